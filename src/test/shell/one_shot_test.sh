#!/usr/bin/env bash
# A one-shot command (`./dash reports`, `eval`, `ask`, …) prints only what its user asked for: run_jar_command runs a
# stand-in `java` that prints its answer on stdout and log lines only where Quarkus would (the console unless told
# otherwise, the log file it is given). Prints "one-shot: N passed, M failed".
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
# shellcheck source=src/test/shell/lib/check.sh
source "$ROOT/src/test/shell/lib/check.sh"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dash-one-shot-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

mkdir -p "$WORK/bin"
cat >"$WORK/bin/java" <<'STUB'
#!/usr/bin/env bash
console=true log=
for arg in "$@"; do
    case $arg in
        -Dquarkus.log.console.enabled=false) console=false ;;
        -Dquarkus.log.file.path=*) log=${arg#*=} ;;
    esac
done
line="INFO  [io.quarkus] dash started in 1.2s"
[[ -z $log ]] || echo "$line" >>"$log"
[[ $console == false ]] || echo "$line"
echo "monday_digest  0 0 9 ? * MON"
[[ ${STUB_FAIL:-0} == 0 ]] || { [[ -z $log ]] || echo "ERROR [dev.dash] the cause" >>"$log"; exit 1; }
STUB
chmod +x "$WORK/bin/java"

# ran ENV...: run_jar_command reports, with ENV and the stand-in java; prints everything it printed.
ran() {
    # shellcheck disable=SC2016 # $1 expands in the inner shell
    env "$@" PATH="$WORK/bin:$PATH" DASH_STATE_DIR="$WORK/state" \
        bash -c 'source "$1/dash"; run_jar_command reports' _ "$ROOT" 2>&1 || true
}

only_the_answer() {
    local got
    got=$(ran)
    grep -q 'monday_digest' <<<"$got" && ! grep -q 'dash started' <<<"$got" &&
        grep -q 'dash started' "$WORK/state/logs/reports.log"
}

verbose_shows_the_log() {
    grep -q 'dash started' <<<"$(ran DASH_VERBOSE=1)"
}

a_failure_shows_the_cause() {
    local got
    got=$(ran STUB_FAIL=1)
    grep -q 'the cause' <<<"$got" && grep -q 'logs/reports.log' <<<"$got"
}

check "a one-shot command prints its answer, the service's log goes to .dash/logs" only_the_answer
check "DASH_VERBOSE=1 shows the service's log lines too" verbose_shows_the_log
check "a failure shows the log's last lines and where the log is" a_failure_shows_the_cause

echo "one-shot: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
