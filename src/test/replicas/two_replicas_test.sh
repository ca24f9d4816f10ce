#!/usr/bin/env bash
# Two instances of the built service on one database, as replicas behind a proxy: a conversation started through one
# continues through the other, because sessions, runs, dedup and locks all live in PostgreSQL. `./dash test` runs it
# after `mvnw verify` has built the jar, against the test database, offline (answers come from validated queries).
set -euo pipefail

# shellcheck source=src/test/replicas/lib/replicas.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/replicas.sh"

start() {
    launch "$2" "$1" -u OPENAI_API_KEY -u OPENAI_BASE_URL
}

ask() {
    local port=$1
    shift
    client DASH_URL="http://127.0.0.1:$port" DASH_USER=replica-test -- ask --json "$@"
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

runs=$(sql "SELECT count(*) FROM dash_internal.runs WHERE session_id = '$session'")
[[ $runs == 2 ]] || fail "session $session holds $runs runs, expected 2 (one through each replica)"

printf 'ok: two replicas on one database answered one conversation\n'
