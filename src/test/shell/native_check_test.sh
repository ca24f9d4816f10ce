#!/usr/bin/env bash
# ./dash native-check's shell side (scripts/lib/native.sh) without the builder: the builder's fatal errors are picked
# out of its log, and a stand-in builder's exit status and deadline are kept. Prints "native-check: N passed, M failed".
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
# shellcheck source=src/test/shell/lib/check.sh
source "$ROOT/src/test/shell/lib/check.sh"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dash-native-check-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

not() { ! "$@"; }

# shellcheck source=/dev/null # ./dash, sourced for its functions
source "$ROOT/dash"
native_dir() { printf '%s' "$WORK"; }

cat >"$WORK/failed.log" <<'LOG'
[2/8] Performing analysis...  [******]                                                          (95.1s @ 6.12GB)
Error: Detected a started Thread in the image heap. Thread name: slack-api-metrics-worker-1.
Detailed message:
Trace: Object was reached by
  reading field com.slack.api.SlackConfig.DEFAULT
LOG
printf '[2/8] Performing analysis...\n   26,708 types, 24,000 fields, 136,062 methods reachable\n' >"$WORK/passed.log"

errors=$(native_errors "$WORK/failed.log")
check "the builder's error is printed from its first line" \
    test "$(head -n 1 <<<"$errors")" = "Error: Detected a started Thread in the image heap. Thread name: slack-api-metrics-worker-1."
check "with the trace that follows it" grep -q 'SlackConfig.DEFAULT' <<<"$errors"
check "a log without errors has none" test -z "$(native_errors "$WORK/passed.log")"

mkdir -p "$WORK/jdk/bin"
stub_builder() {
    printf '#!/usr/bin/env bash\n%s\n' "$1" >"$WORK/jdk/bin/java"
    chmod +x "$WORK/jdk/bin/java"
}

stub_builder 'echo "analysis done"; exit 0'
check "a builder that exits 0 passes" native_run_builder "$WORK/args" "$WORK/run.log" "$WORK" 30
check "its output is logged" grep -q 'analysis done' "$WORK/run.log"

stub_builder 'echo "Error: boom"; exit 1'
check "a builder that fails fails" not native_run_builder "$WORK/args" "$WORK/run.log" "$WORK" 30

stub_builder 'sleep 60'
out=$( (native_run_builder "$WORK/args" "$WORK/run.log" "$WORK" 2) 2>&1 || true)
check "a builder past its deadline is stopped and reported" grep -q 'did not finish within 2 s' <<<"$out"

check "shellcheck passes" shellcheck -x "$ROOT/scripts/lib/native.sh" "${BASH_SOURCE[0]}"

printf 'native-check: %d passed, %d failed\n' "$passed" "$failed"
((failed == 0))
