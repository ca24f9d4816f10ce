# shellcheck shell=bash
# Shared by the replica tests (sourced): the built jar, a scratch directory, the processes stopped at exit
# ($stop_signal, TERM unless the test sets it), and replicas of the service on free ports.

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
jar=$root/target/quarkus-app/quarkus-run.jar
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "-${stop_signal:-TERM}" "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
[[ -f $jar ]] || fail "no $jar: build first"

# shellcheck source=scripts/lib/ports.sh
source "$root/scripts/lib/ports.sh"

# launch NAME PORT [ENV...]: the built service on PORT (and a management port of its own), in dev, on the test
# database, without schedules; ENV... go to env(1) first (assignments or -u NAME). Logs to $work/NAME.log; sets $started.
launch() {
    local name=$1 port=$2 management
    shift 2
    management=$(free_port "$port") || fail "no free port"
    (cd "$root" && exec env "$@" PORT="$port" RUNTIME_ENV=dev DASH_HOST=127.0.0.1 \
        DASH_MANAGEMENT_PORT="$management" DB_DATABASE="$DASH_TEST_DATABASE" \
        java --enable-native-access=ALL-UNNAMED -Dquarkus.scheduler.enabled=false -jar "$jar" \
        >>"$work/$name.log" 2>&1) &
    started=$!
    pids+=("$started")
}

# healthy PORT: waits up to 90 s for /health to answer 200.
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

# sql STATEMENT: one value from the test database, as the service's own login.
sql() {
    PGPASSWORD="${DB_PASS:-dash}" psql -h "${DB_HOST:-localhost}" -p "${DB_PORT:-5432}" -U "${DB_USER:-dash}" \
        -d "$DASH_TEST_DATABASE" -Atc "$1" 2>/dev/null || true
}

# client [ENV...] -- ARGS...: the built jar's HTTP client (./dash ask) with ENV... set.
client() {
    local env=()
    while [[ $1 != -- ]]; do env+=("$1"); shift; done
    shift
    env "${env[@]}" java -cp "$root/target/quarkus-app/lib/main/*:$root/target/quarkus-app/app/*" \
        dev.dash.cli.client.ClientMain "$@"
}
