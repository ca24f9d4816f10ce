#!/usr/bin/env bash
# The Railway scripts (deploy/railway/*.sh): shellcheck clean, and run against a stub `railway` on PATH that records its
# calls and keeps a little state (linked project, existing services). Prints "railway: N passed, M failed".
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
SCRIPTS=$ROOT/deploy/railway
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dash-railway-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
passed=0
failed=0

check() {
    local name=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
        printf '  ok    %s\n' "$name"
    else
        failed=$((failed + 1))
        printf '  FAIL  %s\n' "$name"
    fi
}

# A PATH without any real railway CLI.
clean_path=
IFS=: read -ra dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
    [[ -x $dir/railway ]] || clean_path+=${clean_path:+:}$dir
done

mkdir -p "$WORK/bin" "$WORK/state"
cat >"$WORK/bin/railway" <<'STUB'
#!/usr/bin/env bash
# Records each call as one line: railway [arg] [arg]..., newlines inside an argument written as \n.
{
    printf 'railway'
    for arg in "$@"; do printf ' [%s]' "${arg//$'\n'/\\n}"; done
    printf '\n'
} >>"$STUB_LOG"
service=
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    [[ ${args[i]} == --service ]] && service=${args[i + 1]}
done
case $1 in
    whoami) [[ ${STUB_LOGGED_IN:-1} == 1 ]] || { echo "Unauthorized. Please login with 'railway login'" >&2; exit 1; } ;;
    status) [[ -f $STUB_STATE/linked ]] || { echo "No linked project found" >&2; exit 1; }; echo "Project: dash" ;;
    init) touch "$STUB_STATE/linked" ;;
    deploy) touch "$STUB_STATE/service-pgvector" ;;
    add) touch "$STUB_STATE/service-$service" ;;
    variables) [[ " $* " != *" --kv "* || -f $STUB_STATE/service-$service ]] || exit 1 ;;
    domain) echo "https://dash-production.up.railway.app" ;;
esac
exit 0
STUB
chmod +x "$WORK/bin/railway"
export STUB_LOG=$WORK/calls STUB_STATE=$WORK/state
export DASH_ENV_PRODUCTION=$WORK/env.production

pem_body='MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'
cat >"$DASH_ENV_PRODUCTION" <<ENV
# Production settings
OPENAI_API_KEY=sk-test-secret-1   # trailing comment
export DASH_MODEL=gpt-4.1-mini

SLACK_SIGNING_SECRET='single quoted # not a comment'
JWT_VERIFICATION_KEY="-----BEGIN PUBLIC KEY-----
$pem_body
-----END PUBLIC KEY-----"
ESCAPED="line one\nline two"
ENV

run() { # run SCRIPT [ARGS...]: runs a script with the stub first on PATH; output in $WORK/out
    : >"$STUB_LOG"
    PATH=$WORK/bin:$clean_path "$@" >"$WORK/out" 2>&1
}
calls_are() { diff <(printf '%s\n' "$@") "$STUB_LOG" >&2; }
called() { grep -qxF -- "$1" "$STUB_LOG"; }
not_called() { ! grep -q -- "$1" "$STUB_LOG"; }
output_has() { grep -qF -- "$1" "$WORK/out"; }
no_secret_in_output() { ! grep -qE 'sk-test-secret|MIIBIjAN|single quoted' "$WORK/out"; }

echo "railway scripts"
check "shellcheck passes" shellcheck -x "$SCRIPTS"/*.sh "${BASH_SOURCE[0]}"

# No CLI at all: a clear message, nothing else tried.
PATH=$clean_path "$SCRIPTS/up.sh" >"$WORK/out" 2>&1 && status=0 || status=$?
check "up without the CLI fails" test "$status" -ne 0
check "up without the CLI says how to install it" output_has "the railway CLI is not installed"

STUB_LOGGED_IN=0 run "$SCRIPTS/env.sh" && status=0 || status=$?
check "env.sh when logged out fails" test "$status" -ne 0
check "env.sh when logged out says railway login" output_has "railway login"
check "env.sh when logged out calls only whoami" calls_are "railway [whoami]"

set_call() { printf 'railway [variables] [--service] [dash] [--skip-deploys] [--set] [%s]' "$1"; }
expected_env=(
    "railway [whoami]"
    "$(set_call 'OPENAI_API_KEY=sk-test-secret-1')"
    "$(set_call 'DASH_MODEL=gpt-4.1-mini')"
    "$(set_call 'SLACK_SIGNING_SECRET=single quoted # not a comment')"
    "$(set_call "JWT_VERIFICATION_KEY=-----BEGIN PUBLIC KEY-----\\n$pem_body\\n-----END PUBLIC KEY-----")"
    "$(set_call 'ESCAPED=line one\nline two')"
)
run "$SCRIPTS/env.sh"
check "env.sh sets each variable once, PEM lines kept" calls_are "${expected_env[@]}"
check "env.sh prints names, never values" no_secret_in_output
check "env.sh names what it set" output_has "set JWT_VERIFICATION_KEY"
run "$SCRIPTS/env.sh"
check "env.sh re-run makes the same calls" calls_are "${expected_env[@]}"

echo 'BROKEN="never closed' >"$WORK/broken.env"
run "$SCRIPTS/env.sh" "$WORK/broken.env" && status=0 || status=$?
check "env.sh refuses an unclosed quote" test "$status" -ne 0
check "env.sh names the variable with the unclosed quote" output_has "BROKEN: the \" quote is never closed"

run "$SCRIPTS/redeploy.sh" && status=0 || status=$?
check "redeploy before up fails: not linked" test "$status" -ne 0
check "redeploy before up says to run up.sh" output_has "deploy/railway/up.sh"

run "$SCRIPTS/up.sh"
check "up creates the project" called "railway [init] [--name] [dash]"
check "up deploys the pgvector template" called "railway [deploy] [--template] [3jJFCA]"
# shellcheck disable=SC2016 # the reference is literal: Railway resolves it
check "up creates the app service with database references" \
    grep -qF 'railway [add] [--service] [dash] [--variables] [DB_HOST=${{pgvector.PGHOST}}]' "$STUB_LOG"
check "up builds from the native Dockerfile" grep -qF '[RAILWAY_DOCKERFILE_PATH=src/main/docker/Dockerfile.native]' "$STUB_LOG"
check "up sets the variables" called "$(set_call 'DASH_MODEL=gpt-4.1-mini')"
check "up deploys detached" called "railway [up] [--service] [dash] [--detach]"
check "up asks for a domain" called "railway [domain] [--service] [dash]"
check "up prints no secret" no_secret_in_output

run "$SCRIPTS/up.sh"
check "up again creates nothing" not_called "\[init\]\|\[add\]\|\[deploy\]"
check "up again still deploys" called "railway [up] [--service] [dash] [--detach]"

run "$SCRIPTS/redeploy.sh"
check "redeploy restarts the latest build" calls_are "railway [whoami]" "railway [status]" "railway [redeploy] [--service] [dash] [--yes]"
run "$SCRIPTS/redeploy.sh" --build
check "redeploy --build uploads" called "railway [up] [--service] [dash] [--detach]"

run "$SCRIPTS/status.sh"
check "status shows the project and logs" calls_are "railway [whoami]" "railway [status]" "railway [status]" \
    "railway [logs] [--service] [dash] [--lines] [20]"

printf 'railway: %d passed, %d failed\n' "$passed" "$failed"
[[ $failed -eq 0 ]]
