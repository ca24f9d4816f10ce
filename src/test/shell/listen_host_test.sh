#!/usr/bin/env bash
# The server ./dash starts listens on 127.0.0.1 unless DASH_HOST says otherwise, and says where: start_server runs
# against a stand-in `java` that records the environment it was given. Prints "listen: N passed, M failed".
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
# shellcheck source=src/test/shell/lib/check.sh
source "$ROOT/src/test/shell/lib/check.sh"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dash-listen-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

mkdir -p "$WORK/bin"
cat >"$WORK/bin/java" <<'STUB'
#!/usr/bin/env bash
printf 'DASH_HOST=%s\nDASH_MANAGEMENT_PORT=%s\n' "${DASH_HOST:-}" "${DASH_MANAGEMENT_PORT:-}" >"$JAVA_STUB_OUT"
STUB
chmod +x "$WORK/bin/java"

# started ENV...: runs ./dash's start_server with ENV and a stand-in java; prints what java got, then the output.
started() {
    local out=$WORK/java.env
    rm -f "$out"
    # shellcheck disable=SC2016 # $1 expands in the inner shell
    env -u DASH_HOST -u DASH_MANAGEMENT_PORT "$@" PATH="$WORK/bin:$PATH" JAVA_STUB_OUT="$out" \
        DASH_STATE_DIR="$WORK/state" PORT=18000 JAVA_HOME= \
        bash -c 'source "$1/dash"; start_server; wait' _ "$ROOT" >"$WORK/start.log" 2>&1
    for _ in $(seq 50); do [[ -s $out ]] && break; sleep 0.1; done
    cat "$out" "$WORK/start.log"
}

local_by_default() {
    local got
    got=$(started)
    grep -qx 'DASH_HOST=127.0.0.1' <<<"$got" && grep -qx 'DASH_MANAGEMENT_PORT=9000' <<<"$got" &&
        grep -q 'listening on 127.0.0.1:18000 only' <<<"$got"
}

told_otherwise() {
    local got
    got=$(started DASH_HOST=0.0.0.0 RUNTIME_ENV=dev)
    grep -qx 'DASH_HOST=0.0.0.0' <<<"$got" && grep -q 'no auth' <<<"$got"
}

images_keep_every_interface() {
    # shellcheck disable=SC2016 # the property's text, not a shell expansion
    grep -q '^quarkus.http.host=${DASH_HOST:0.0.0.0}$' "$ROOT/src/main/resources/application.properties" &&
        ! grep -q 'DASH_HOST' "$ROOT/src/main/docker/Dockerfile.jvm" "$ROOT/compose.yaml" &&
        ! grep -q 'EXPOSE.*9000' "$ROOT/src/main/docker/Dockerfile.jvm" "$ROOT/src/main/docker/Dockerfile.native"
}

check "./dash starts the server on 127.0.0.1 and says so" local_by_default
check "DASH_HOST=0.0.0.0 is passed on, with a warning in dev" told_otherwise
check "the images listen on 0.0.0.0 and publish no management port" images_keep_every_interface

echo "listen: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
