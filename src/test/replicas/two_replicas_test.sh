#!/usr/bin/env bash
# Two instances of the built service on one database, as replicas behind a proxy: a conversation started through one
# continues through the other, because sessions, runs, dedup and locks all live in PostgreSQL. `./dash test` runs it
# after `mvnw verify` has built the jar, against the test database, offline (answers come from validated queries).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
jar=$root/target/quarkus-app/quarkus-run.jar
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
[[ -f $jar ]] || fail "no $jar: build first"

# shellcheck source=scripts/lib/ports.sh
source "$root/scripts/lib/ports.sh"

start() {
    local port=$1 name=$2 management
    management=$(free_port "$port") || fail "no free port"
    (cd "$root" && exec env -u OPENAI_API_KEY -u OPENAI_BASE_URL PORT="$port" RUNTIME_ENV=dev \
        DASH_HOST=127.0.0.1 DASH_MANAGEMENT_PORT="$management" \
        DB_DATABASE="$DASH_TEST_DATABASE" \
        java --enable-native-access=ALL-UNNAMED -Dquarkus.scheduler.enabled=false -jar "$jar" \
        >"$work/$name.log" 2>&1) &
    pids+=("$!")
}

healthy() {
    local port=$1 code
    for _ in $(seq 180); do
        # shellcheck disable=SC2016 # $1 expands in the inner shell
        code=$(timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" && printf "GET /health HTTP/1.0\r\n\r\n" >&3 &&
            read -r _ c _ <&3 && printf "%s" "$c"' _ "$port" 2>/dev/null || true)
        [[ $code == 200 ]] && return 0
        sleep 0.5
    done
    return 1
}

ask() {
    local port=$1
    shift
    DASH_URL=http://127.0.0.1:$port DASH_USER=replica-test \
        java -cp "$root/target/quarkus-app/lib/main/*:$root/target/quarkus-app/app/*" \
        dev.dash.cli.client.ClientMain ask --json "$@"
}

field() { grep -o "\"$1\" *: *\"[^\"]*\"" | head -n 1 | sed 's/.*: *"\(.*\)"/\1/'; }

port_a=$(free_port) || fail "no free port"
port_b=$(free_port "$port_a") || fail "no free port"
start "$port_a" a
start "$port_b" b
healthy "$port_a" || { tail -n 30 "$work/a.log" >&2; fail "replica A did not become healthy"; }
healthy "$port_b" || { tail -n 30 "$work/b.log" >&2; fail "replica B did not become healthy"; }

first=$(ask "$port_a" "What's our current MRR?")
session=$(field session_id <<<"$first")
[[ -n $session ]] || fail "replica A gave no session: $first"
[[ $(field status <<<"$first") == completed ]] || fail "replica A did not answer: $first"

second=$(ask "$port_b" --session "$session" "What is our ARPA?")
[[ $(field session_id <<<"$second") == "$session" ]] || fail "replica B did not continue session $session: $second"
[[ $(field status <<<"$second") == completed ]] || fail "replica B did not answer: $second"

runs=$(PGPASSWORD="${DB_PASS:-dash}" psql -h "${DB_HOST:-localhost}" -p "${DB_PORT:-5432}" -U "${DB_USER:-dash}" -d "$DASH_TEST_DATABASE" -Atc \
    "SELECT count(*) FROM dash_internal.runs WHERE session_id = '$session'" 2>/dev/null || true)
[[ $runs == 2 ]] || fail "session $session holds $runs runs, expected 2 (one through each replica)"

printf 'ok: two replicas on one database answered one conversation\n'
