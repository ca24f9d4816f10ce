#!/usr/bin/env bash
# Runs ./dash's private-cluster path on a spare port with a throw-away state directory:
# the cluster starts, the login/database/vector extension exist, a second bootstrap changes nothing,
# and `./dash down` stops it. Prints "launcher: N passed, M failed"; exits non-zero on any failure.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
# shellcheck source=src/test/shell/lib/check.sh
source "$ROOT/src/test/shell/lib/check.sh"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dash-launcher-test.XXXXXX")
chmod 755 "$WORK" # the postgres OS user must reach the cluster directory

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pick_port() {
    local port
    for port in $(seq $((55432 + RANDOM % 2000)) 59999); do
        port_is_free "$port" && { printf '%s' "$port"; return; }
    done
    echo "no free port >= 55432" >&2
    exit 1
}

export DASH_STATE_DIR=$WORK/state DASH_ENV_FILE=$WORK/env
export DB_HOST=localhost DB_PORT DB_USER=dash_launcher_test DB_DATABASE=dash_launcher_test
export DB_PASS DB_ANALYST_PASS=analyst-test DB_ENGINEER_PASS=engineer-test
DB_PORT=$(pick_port)
DB_PASS=$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')

cleanup() {
    "$ROOT/dash" down >/dev/null 2>&1 || true
    local pg_root
    pg_root=$(cat "$DASH_STATE_DIR/pg-root" 2>/dev/null || true)
    [[ $pg_root == /var/lib/dash/* ]] && rm -rf "$pg_root"
    rm -rf "$WORK"
}
trap cleanup EXIT

# check NAME COMMAND...: runs one assertion and counts it.

# run_dash LOG ARGS...: runs ./dash, keeping its output in LOG and showing it when it fails.
run_dash() {
    local log=$WORK/$1
    shift
    if "$ROOT/dash" "$@" >"$log" 2>&1; then
        return 0
    fi
    sed 's/^/    | /' "$log"
    return 1
}

as_login() {
    PGPASSWORD=$DB_PASS psql -X -q -w -h 127.0.0.1 -p "$DB_PORT" -U "$DB_USER" -d "$DB_DATABASE" -tAc "$1"
}

postmaster_pid() { head -n 1 "$(cat "$DASH_STATE_DIR/pg-root")/data/postmaster.pid" 2>/dev/null; }

first_bootstrap_starts_cluster() {
    run_dash first.log db &&
        grep -q 'Creating a private PostgreSQL' "$WORK/first.log" &&
        pg_isready -q -h 127.0.0.1 -p "$DB_PORT"
}

login_and_database_exist() {
    [[ $(as_login "SELECT current_user || '@' || current_database() || ' createrole=' || rolcreaterole
                   FROM pg_roles WHERE rolname = current_user") == "$DB_USER@$DB_DATABASE createrole=true" ]]
}

vector_extension_exists() {
    [[ -n $(as_login "SELECT extversion FROM pg_extension WHERE extname = 'vector'") ]]
}

second_bootstrap_is_a_no_op() {
    local before after
    before=$(postmaster_pid)
    run_dash second.log db || return 1
    after=$(postmaster_pid)
    [[ -n $before && $before == "$after" ]] &&
        grep -q 'is running' "$WORK/second.log" &&
        ! grep -qE 'Creating|Starting|Building|created|apt-get install' "$WORK/second.log"
}

down_stops_cluster() {
    run_dash down.log down &&
        grep -q 'Stopping the private PostgreSQL cluster' "$WORK/down.log" &&
        ! pg_isready -q -h 127.0.0.1 -p "$DB_PORT" &&
        port_is_free "$DB_PORT"
}

echo "launcher: private cluster on 127.0.0.1:$DB_PORT, state in $DASH_STATE_DIR"
check "first bootstrap creates and starts a private cluster" first_bootstrap_starts_cluster
check "login $DB_USER (CREATEROLE) and database $DB_DATABASE exist" login_and_database_exist
check "the vector extension is installed in $DB_DATABASE" vector_extension_exists
check "a second bootstrap is a no-op" second_bootstrap_is_a_no_op
check "./dash down stops the cluster and frees the port" down_stops_cluster

echo "launcher: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
