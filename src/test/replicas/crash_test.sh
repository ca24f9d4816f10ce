#!/usr/bin/env bash
# A crash loses no question: two replicas of the built service on one database, each with a question in flight (the
# model endpoint never answers). Replica A is killed with SIGKILL and started again: its run is marked interrupted,
# question kept, and both APIs show it so; replica B, alive all along, keeps its run running. B then stops cleanly and
# marks its own run. `./dash test` runs it after `mvnw verify` has built the jar, against the test database.
set -euo pipefail

stop_signal=KILL
# shellcheck source=src/test/replicas/lib/replicas.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/replicas.sh"

user=crash-test-$RANDOM$RANDOM
model_port=$(free_port) || fail "no free port"
java "$root/src/test/replicas/SilentModel.java" "$model_port" >"$work/model.log" 2>&1 &
pids+=("$!")

# start PORT NAME: a replica that beats every second and takes one silent for 3 s as stopped. Sets $started.
start() {
    launch "$2" "$1" OPENAI_API_KEY=crash-test OPENAI_BASE_URL="http://127.0.0.1:$model_port/v1" \
        DASH_RUN_DEADLINE=240s DASH_REPLICA_HEARTBEAT=1s DASH_REPLICA_LEASE=3s
}

# get PORT PATH: the body of a GET as the test's user.
get() {
    # shellcheck disable=SC2016 # $1..$3 expand in the inner shell
    timeout 10 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" &&
        printf "GET %s HTTP/1.0\r\nHost: localhost\r\nX-User-Id: %s\r\nAuthorization: Bearer dev\r\n\r\n" "$2" "$3" >&3 &&
        cat <&3' _ "$1" "$2" "$user" | sed '1,/^\r$/d'
}

# ask PORT QUESTION: asks in the background; the answer never comes.
ask() {
    client DASH_URL="http://127.0.0.1:$1" DASH_USER="$user" -- ask --json "$2" >>"$work/asks.log" 2>&1 &
    pids+=("$!")
}

# status_of QUESTION: the status of the test user's run with that question.
status_of() {
    sql "SELECT status FROM dash_internal.runs WHERE user_id = '$user' AND question = '$1'"
}

# await QUESTION STATUS SECONDS
await() {
    for _ in $(seq $(($3 * 4))); do
        [[ $(status_of "$1") == "$2" ]] && return 0
        sleep 0.25
    done
    fail "the run of \"$1\" is $(status_of "$1"), not $2, after $3 s"
}

port_a=$(free_port) || fail "no free port"
port_b=$(free_port "$port_a") || fail "no free port"
start "$port_a" a
pid_a=$started
start "$port_b" b
pid_b=$started
healthy "$port_a" || { tail -n 30 "$work/a.log" >&2; fail "replica A did not become healthy"; }
healthy "$port_b" || { tail -n 30 "$work/b.log" >&2; fail "replica B did not become healthy"; }

lost="Write a short poem about our customers ($user)"
kept="Write a short song about our customers ($user)"
ask "$port_a" "$lost"
await "$lost" running 60
ask "$port_b" "$kept"
await "$kept" running 60

kill -9 "$pid_a"
wait "$pid_a" 2>/dev/null || true
start "$port_a" a
healthy "$port_a" || { tail -n 30 "$work/a.log" >&2; fail "replica A did not come back"; }

await "$lost" interrupted 30
[[ $(status_of "$kept") == running ]] || fail "replica B is alive, yet its run is $(status_of "$kept")"
code=$(sql "SELECT response -> 'error' ->> 'code' FROM dash_internal.runs WHERE user_id = '$user' AND question = '$lost'")
[[ $code == interrupted ]] || fail "the interrupted run's error code is '$code'"

session=$(sql "SELECT session_id FROM dash_internal.runs WHERE user_id = '$user' AND question = '$lost'")
page=$(get "$port_a" "/api/sessions/$session")
[[ $page == *'"status":"interrupted"'* && $page == *"\"question\":\"$lost\""* ]] ||
    fail "/api/sessions/$session does not show the interrupted run with its question: $page"
history=$(get "$port_a" "/sessions/$session/runs")
[[ $history == *'"status":"ERROR"'* && $history == *"$lost"* && $history == *'service stopped'* ]] ||
    fail "/sessions/$session/runs does not show the interrupted run: $history"

kill -TERM "$pid_b"
wait "$pid_b" 2>/dev/null || true
await "$kept" interrupted 5

printf 'ok: a killed replica'"'"'s run was marked interrupted with its question; a live replica'"'"'s run was left alone\n'
