# shellcheck shell=bash
# Sourced by the launcher's shell tests: `check NAME COMMAND...` runs one check and counts it in $passed / $failed.
# (A folder of its own: ./dash test runs every src/test/shell/*.sh as a test.)
passed=0
failed=0

check() {
    local name=$1
    shift
    if "$@"; then
        printf '  PASS %s\n' "$name"
        passed=$((passed + 1))
    else
        printf '  FAIL %s\n' "$name"
        failed=$((failed + 1))
    fi
}
