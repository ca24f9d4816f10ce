#!/usr/bin/env bash
# ./dash image test: builds the JVM image (./dash image build jvm) and runs it as a user would, on the host network
# against PostgreSQL (DB_HOST:DB_PORT, prepared as ./dash up prepares it) in a database of its own (dash_image,
# DASH_IMAGE_DATABASE), dropped and made afresh so the knowledge the image ships is what it loads:
#   dev   the image loads its knowledge at start, answers a known question without a model ($ figures), draws the
#         chart PNG inside the container, and runs as a non-root user;
#   prd   refuses to start without JWT_VERIFICATION_KEY; with a test key pair (openssl) refuses a request without a
#         token (401) and answers one with a token; timed to healthy as a plain JVM and with the image's AOT cache.
# Prints the image size, the time to healthy and the RSS after the first answers, each with the load average then.
# Exits non-zero on any failed check; removes every container it started.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
# shellcheck source=dash
source "$ROOT/dash"
# shellcheck source=src/test/image/lib.sh
source "$ROOT/src/test/image/lib.sh"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dash-image-test.XXXXXX")
NAME_PREFIX=dash-image-test-$$
STARTED=()
cleanup() {
    local name
    for name in "${STARTED[@]}"; do
        timeout 60 "$ENGINE" rm -f "$name" >/dev/null 2>&1 || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

readonly QUESTION='What is our current MRR?'
# A known question whose result draws a chart (months and a count: a line).
readonly CHART_QUESTION='How many customers churned per month?'
readonly HEALTH_LIMIT=${DASH_IMAGE_HEALTH_TIMEOUT:-300}
# The shipped knowledge, counted in the repository: what the image must have loaded.
SHIPPED_QUERIES=$(cat "$ROOT"/knowledge/queries/*.sql | grep -c '^-- <query ')
SHIPPED_TABLES=$(find "$ROOT/knowledge/tables" -name '*.json' | wc -l)
MEASURES=()

# ---------------------------------------------------------------------------
# Engine, image, database
# ---------------------------------------------------------------------------
step "Choosing the container engine"
setup_engine
apt_install curl jq openssl
TAG=$(image_tag jvm)
build_image jvm
IMAGE_MB=$(image_size_mb "$TAG")

prepare_env
SERVED=$DB_DATABASE
export DB_DATABASE=${DASH_IMAGE_DATABASE:-dash_image}
[[ $DB_DATABASE != "$SERVED" ]] ||
    die "DASH_IMAGE_DATABASE is $DB_DATABASE, the database ./dash up serves." "Pick another name: the test drops it."
ensure_client_tools
ensure_server
if find_superuser; then
    step "Dropping database $DB_DATABASE for a fresh start"
    superuser_psql postgres -c "DROP DATABASE IF EXISTS \"$DB_DATABASE\" WITH (FORCE)" >/dev/null
else
    warn "no superuser: $DB_DATABASE is reused as it is, so its knowledge may predate this image"
fi
ensure_database "$DB_DATABASE"

PORT=$(free_port) || die "no free TCP port found on 127.0.0.1"
DASH_MANAGEMENT_PORT=$(free_port "$PORT") || die "no free TCP port found on 127.0.0.1"
URL=http://127.0.0.1:$PORT
export PORT DASH_MANAGEMENT_PORT
# Offline: a known question must be answered without any model.
unset OPENAI_API_KEY OPENAI_BASE_URL DASH_MODEL SLACK_TOKEN SLACK_SIGNING_SECRET JWT_VERIFICATION_KEY

make_key_pair "$WORK"
write_auth_header "$WORK/auth" "$(mint_token "$WORK/private.pem" image-test '["agent_os:admin"]')"

# image_command NAME RUNTIME_ENV [ENGINE-RUN-ARGS...] [-- COMMAND...]: sets CMD to the engine's run of the image on
# the host network, named NAME_PREFIX-NAME, with the database's settings passed from the environment (-e NAME: no
# value on any command line). The caller adds -d or --rm.
CMD=()
image_command() {
    local name=$NAME_PREFIX-$1 mode=$2 args=() vars=(DB_HOST DB_PORT DB_USER DB_PASS DB_DATABASE DB_ANALYST_PASS
        DB_ENGINEER_PASS PORT DASH_MANAGEMENT_PORT RUNTIME_ENV)
    shift 2
    while (($#)) && [[ $1 != -- ]]; do args+=("$1"); shift; done
    (($#)) && shift
    [[ -n ${JWT_VERIFICATION_KEY:-} ]] && vars+=(JWT_VERIFICATION_KEY)
    local settings=("RUNTIME_ENV=$mode")
    [[ -n ${JAVA_OPTS:-} ]] && vars+=(JAVA_OPTS) settings+=("JAVA_OPTS=$JAVA_OPTS")
    STARTED+=("$name")
    CMD=(env "${settings[@]}" "$ENGINE" run --name "$name" --network=host "${vars[@]/#/-e}" "${args[@]}" "$TAG" "$@")
}

stop_image() { timeout 60 "$ENGINE" rm -f "$NAME_PREFIX-$1" >/dev/null 2>&1 || true; }

# start_serving NAME RUNTIME_ENV: starts the image, waits for /health (HEALTHY_S, LOAD_AT_START), then for the
# startup line that follows the knowledge load ("Dash serving: ..."), which /health does not wait for (SERVING_S).
start_serving() {
    local name=$1 container=$NAME_PREFIX-$1 start=$SECONDS
    image_command "$@" -d
    timeout 300 "${CMD[@]}" >/dev/null || die "$ENGINE run failed for $name."
    if ! HEALTHY_S=$(wait_healthy "$URL" "$HEALTH_LIMIT" "$container"); then
        show_container_log "$container"
        die "$name: no 200 from $URL/health within $HEALTH_LIMIT s (container $(container_state "$container"))."
    fi
    LOAD_AT_START=$(load_average)
    ok "$name healthy after $HEALTHY_S s (load average $LOAD_AT_START)"
    until timeout 30 "$ENGINE" logs "$container" 2>&1 | grep -q 'Dash serving:'; do
        if ((SECONDS - start > HEALTH_LIMIT)) || [[ $(container_state "$container") != running ]]; then
            show_container_log "$container"
            die "$name: no 'Dash serving:' line within $HEALTH_LIMIT s: the knowledge load did not finish."
        fi
        sleep 0.5
    done
    SERVING_S=$((SECONDS - start))
    info "knowledge loaded, serving after ~$SERVING_S s: $(timeout 30 "$ENGINE" logs "$container" 2>&1 | grep -o 'Dash serving:[^"]*' | head -n 1)"
}

# ---------------------------------------------------------------------------
# What a user sees
# ---------------------------------------------------------------------------
health_ok() { [[ $(http_code "$URL/health") == 200 ]] && jq -e '.status == "ok"' "$WORK/body" >/dev/null; }

# knowledge_count KIND HEADER...: how many entries of that kind GET /api/knowledge lists.
knowledge_count() {
    local kind=$1
    shift
    [[ $(http_code "$URL/api/knowledge?kind=$kind&limit=200" "$@") == 200 ]] || return 1
    jq -r '.meta.total_count' "$WORK/body"
}

shipped_knowledge_loaded() {
    local queries tables
    queries=$(knowledge_count query "$@") && tables=$(knowledge_count table "$@") || return 1
    info "knowledge: $queries validated queries (shipped: $SHIPPED_QUERIES), $tables tables (shipped: $SHIPPED_TABLES)"
    [[ $queries == "$SHIPPED_QUERIES" && $tables == "$SHIPPED_TABLES" ]]
}

# ask QUESTION HEADER...: POST /api/ask; the response in $WORK/answer.json, the run id in RUN_ID.
RUN_ID=''
ask() {
    local code question=$1
    shift
    code=$(http_code "$URL/api/ask" -X POST -H 'Content-Type: application/json' \
        -d "$(jq -cn --arg q "$question" '{question: $q}')" "$@")
    cp "$WORK/body" "$WORK/answer.json"
    RUN_ID=$(jq -r '.run_id // empty' "$WORK/answer.json" 2>/dev/null || true)
    [[ $code == 200 ]] || { info "POST /api/ask: HTTP $code $(head -c 300 "$WORK/body")"; return 1; }
}

# The answer came from the validated query without a model and shows the figure as money ($1,234,567.89).
answered_without_model() {
    jq -e '.status == "completed" and .route == "fast_path" and (.trace.model_calls | length) == 0' \
        "$WORK/answer.json" >/dev/null || { info "response: $(head -c 400 "$WORK/answer.json")"; return 1; }
    local headline
    headline=$(jq -r '.answer' "$WORK/answer.json" | grep -m 1 -oE '\$[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?' || true)
    info "answer: $(jq -r '.answer' "$WORK/answer.json" | grep -m 1 -F "$headline" | cut -c 1-160)"
    [[ -n $headline ]]
}

# chart_png HEADER...: the chart of CHART_QUESTION's run, drawn in the container, is a PNG (magic bytes 89 50 4E 47
# 0D 0A 1A 0A).
chart_png() {
    ask "$CHART_QUESTION" "$@" && [[ -n $RUN_ID ]] || return 1
    [[ $(http_code "$URL/api/runs/$RUN_ID/chart.png" "$@") == 200 ]] || return 1
    [[ $(head -c 8 "$WORK/body" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || return 1
    info "chart: $(wc -c <"$WORK/body") bytes of PNG"
}

non_root() {
    local uid
    uid=$(container_uid "$NAME_PREFIX-$1") || return 1
    info "the JVM (pid 1) runs as uid $uid"
    [[ $uid =~ ^[0-9]+$ && $uid -ne 0 ]]
}

refused_without_token() {
    local code
    code=$(http_code "$URL/api/ask" -X POST -H 'Content-Type: application/json' -d '{"question": "hi"}')
    [[ $code == 401 ]] && jq -e '.code == "missing_token"' "$WORK/body" >/dev/null
}

# measure LABEL NAME: the figures of a prd run after its first answers.
measure() {
    local rss
    rss=$(container_rss_mib "$NAME_PREFIX-$2") || rss='?'
    MEASURES+=("$(printf '%-16s healthy after %5s s (load average %s), serving after ~%s s; RSS after the first answers %s MiB (load average %s)' \
        "$1" "$HEALTHY_S" "$LOAD_AT_START" "$SERVING_S" "$rss" "$(load_average)")")
}

# ---------------------------------------------------------------------------
# The runs
# ---------------------------------------------------------------------------
step "Sample data: generate-data --seed 42, run by the image itself"
JAVA_OPTS=$ONE_SHOT_JAVA_OPTS image_command generate-data dev --rm -- generate-data --seed 42
timeout 900 "${CMD[@]}" >"$WORK/generate-data.log" 2>&1 ||
    { tail -n 30 "$WORK/generate-data.log" >&2; die "generate-data in the image failed (last lines above)."; }
ok "sample data in $DB_DATABASE"

step "dev: RUNTIME_ENV=dev on $URL (a fresh database: the image loads its knowledge; empty model variables)"
# Empty model variables, as `docker run --env-file` passes a .env's empty lines: they must count as unset (offline).
start_serving dev dev -e OPENAI_API_KEY= -e OPENAI_BASE_URL= -e DASH_MODEL=
check "dev: /health is ok" health_ok
check "dev: the knowledge shipped in the image is loaded" shipped_knowledge_loaded -H 'X-User-Id: image-test'
check "dev: \"$QUESTION\" is answered" ask "$QUESTION" -H 'X-User-Id: image-test'
check "dev: ... without a model, with a formatted \$ figure" answered_without_model
check "dev: the chart PNG is drawn inside the container" chart_png -H 'X-User-Id: image-test'
check "dev: the process runs as a non-root user" non_root dev
stop_image dev

step "prd without JWT_VERIFICATION_KEY: must refuse to start"
image_command no-key prd
if timeout 300 "${CMD[@]}" >"$WORK/no-key.log" 2>&1; then
    no_key_rc=0
else
    no_key_rc=$?
fi
refused_to_start() { [[ $no_key_rc -ne 0 && $no_key_rc -ne 124 ]] && grep -q 'requires JWT_VERIFICATION_KEY' "$WORK/no-key.log"; }
check "prd: refuses to start without a key (exit $no_key_rc, says why)" refused_to_start
stop_image no-key

JWT_VERIFICATION_KEY=$(<"$WORK/public.pem")
export JWT_VERIFICATION_KEY

readonly PLAIN_JVM="--enable-native-access=ALL-UNNAMED -XX:MaxRAMPercentage=75 -XX:AOTMode=off"
readonly WITH_AOT="--enable-native-access=ALL-UNNAMED -XX:MaxRAMPercentage=75 -XX:AOTMode=on"

step "prd, plain JVM (-XX:AOTMode=off), with the test key"
JAVA_OPTS=$PLAIN_JVM start_serving prd-jvm prd
check "prd: /health is ok" health_ok
check "prd: a request without a token is refused (401)" refused_without_token
check "prd: the knowledge is listed with a token" shipped_knowledge_loaded -H "@$WORK/auth"
check "prd: \"$QUESTION\" is answered with a token" ask "$QUESTION" -H "@$WORK/auth"
check "prd: ... without a model, with a formatted \$ figure" answered_without_model
check "prd: the chart PNG is drawn inside the container" chart_png -H "@$WORK/auth"
check "prd: the process runs as a non-root user" non_root prd-jvm
measure "JVM" prd-jvm
stop_image prd-jvm

if timeout 120 "$ENGINE" run --rm --entrypoint test "$TAG" -f /deployments/dash.aot; then
    step "prd with the image's AOT cache (-XX:AOTMode=on: the JVM fails rather than run without it)"
    JAVA_OPTS=$WITH_AOT start_serving prd-aot prd
    check "prd+AOT: \"$QUESTION\" is answered with a token" ask "$QUESTION" -H "@$WORK/auth"
    check "prd+AOT: ... without a model, with a formatted \$ figure" answered_without_model
    check "prd+AOT: the chart PNG is drawn inside the container" chart_png -H "@$WORK/auth"
    measure "JVM + AOT cache" prd-aot
    stop_image prd-aot
    # The machine is shared: more rounds of both, alternating, so one busy moment does not decide the comparison.
    for ((round = 2; round <= ${DASH_IMAGE_TIMING_ROUNDS:-2}; round++)); do
        step "Timing round $round: plain JVM, then the AOT cache (prd, the first answers, then RSS)"
        for mode in jvm aot; do
            opts=$PLAIN_JVM label="JVM"
            [[ $mode == aot ]] && opts=$WITH_AOT label="JVM + AOT cache"
            JAVA_OPTS=$opts start_serving "prd-$mode-$round" prd
            check "prd ($label, round $round): answered, chart drawn" chart_png -H "@$WORK/auth"
            ask "$QUESTION" -H "@$WORK/auth" >/dev/null || true
            measure "$label" "prd-$mode-$round"
            stop_image "prd-$mode-$round"
        done
    done
else
    check "the image has its AOT cache (/deployments/dash.aot)" false
fi

printf '\n%sImage %s: %s MB (%s)%s\n' "$C_BOLD" "$TAG" "$IMAGE_MB" "$ENGINE" "$C_OFF"
printf '  %s\n' "${MEASURES[@]}"
finish "image"
