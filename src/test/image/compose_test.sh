#!/usr/bin/env bash
# ./dash image compose-test: compose.yaml as a user runs it (`compose up -d --build`), with podman-compose (Debian's
# package, installed when missing) or `docker compose`, under a project name of its own on spare ports. Where no
# registry answers, the JVM image's base images and pgvector/pgvector:pg17 are local stand-ins (src/test/image/pgvector).
# Then the sample data (generate-data, run inside the service's container), a restart, and the checks of the dev run
# of image_test.sh: /health, the shipped knowledge, a known question without a model, a chart PNG, a non-root process.
# Exits non-zero on any failed check; `compose down -v` on exit.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
# shellcheck source=dash
source "$ROOT/dash"
# shellcheck source=src/test/image/lib.sh
source "$ROOT/src/test/image/lib.sh"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dash-compose-test.XXXXXX")
PROJECT=dash-compose-test-$$
COMPOSE=()
cleanup() {
    if ((${#COMPOSE[@]})); then
        (cd "$ROOT" && timeout 180 "${COMPOSE[@]}" -p "$PROJECT" down -v >/dev/null 2>&1) || true
        # podman-compose 1.0 leaves the project's network behind.
        [[ $ENGINE != podman ]] || podman network rm "${PROJECT}_default" >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

readonly QUESTION='What is our current MRR?'
readonly CHART_QUESTION='How many customers churned per month?'
readonly PGVECTOR_IMAGE=docker.io/pgvector/pgvector:pg17
SHIPPED_QUERIES=$(cat "$ROOT"/knowledge/queries/*.sql | grep -c '^-- <query ')

step "Choosing the container engine and its compose command"
setup_engine
apt_install curl jq
if [[ $ENGINE == podman ]]; then
    # With podman's CNI networks, containers find each other by service name (dash-db) through the dnsname plugin.
    apt_install podman-compose golang-github-containernetworking-plugin-dnsname
    COMPOSE=(podman-compose)
elif docker compose version >/dev/null 2>&1; then
    COMPOSE=(docker compose)
else
    die "docker has no compose command here (docker compose)." "Install Docker's compose plugin, or use podman."
fi
ok "${COMPOSE[*]}"

ensure_base_images jvm
if ! registry_answers "$(registry_of "$PGVECTOR_IMAGE")" && ! engine_has_image "$PGVECTOR_IMAGE"; then
    step "Making a stand-in for $PGVECTOR_IMAGE (no registry answers): Debian trixie's postgresql-17-pgvector"
    timeout 1800 "$ENGINE" build "${PULL_ARGS[@]}" -t "$PGVECTOR_IMAGE" "$ROOT/src/test/image/pgvector" >"$WORK/pgvector.log" 2>&1 ||
        { tail -n 30 "$WORK/pgvector.log" >&2; die "building the pgvector stand-in failed (last lines above)."; }
    printf 'Using a local stand-in for %s (no registry reachable).\n' "$PGVECTOR_IMAGE"
fi

# compose.yaml's variables, all given here so a .env in the checkout changes nothing.
PORT=$(free_port) || die "no free TCP port found on 127.0.0.1"
DB_HOST_PORT=$(free_port "$PORT") || die "no free TCP port found on 127.0.0.1"
URL=http://127.0.0.1:$PORT
export PORT DB_HOST_PORT RUNTIME_ENV=dev DB_USER=dash DB_DATABASE=dash AGENTOS_URL=$URL
# The role passwords stay empty, as for a user without .env: the service derives them from DB_PASS.
DB_PASS=$(random_secret)
export DB_PASS DB_ANALYST_PASS='' DB_ENGINEER_PASS=''
export OPENAI_API_KEY='' OPENAI_BASE_URL='' DASH_MODEL='' SLACK_TOKEN='' SLACK_SIGNING_SECRET='' JWT_VERIFICATION_KEY=''

step "${COMPOSE[*]} -p $PROJECT up -d --build (API on $URL, database on 127.0.0.1:$DB_HOST_PORT)"
(cd "$ROOT" && timeout 1800 "${COMPOSE[@]}" -p "$PROJECT" up -d --build) >"$WORK/up.log" 2>&1 ||
    { tail -n 40 "$WORK/up.log" >&2; die "compose up failed (last lines above)."; }
ok "up"

# The service's container, however the compose command names it (project_service_1 or project-service-1).
API=$("$ENGINE" ps -a --format '{{.Names}}' | grep -E "^${PROJECT}[-_]dash-api[-_]1$" | head -n 1) ||
    die "no dash-api container of project $PROJECT."

wait_for() { # wait_for WHAT: healthy within the limit, or the container's log and a failure
    local seconds
    if ! seconds=$(wait_healthy "$URL" "${DASH_IMAGE_HEALTH_TIMEOUT:-300}" "$API"); then
        show_container_log "$API"
        die "$1: no 200 from $URL/health (container $(container_state "$API"))."
    fi
    ok "$1: healthy after $seconds s (load average $(load_average))"
}
wait_for "dash-api"

step "Sample data: generate-data --seed 42 inside $API, then a restart"
# Through the image's entrypoint (empty variables unset), the one-shot flags in JAVA_OPTS.
timeout 900 "$ENGINE" exec -e JAVA_OPTS="$ONE_SHOT_JAVA_OPTS" "$API" /deployments/entrypoint.sh generate-data --seed 42 \
    >"$WORK/generate-data.log" 2>&1 ||
    { tail -n 30 "$WORK/generate-data.log" >&2; die "generate-data in $API failed (last lines above)."; }
timeout 120 "$ENGINE" restart "$API" >/dev/null
wait_for "dash-api after the restart"

health_ok() { [[ $(http_code "$URL/health") == 200 ]] && jq -e '.status == "ok"' "$WORK/body" >/dev/null; }
knowledge_loaded() {
    [[ $(http_code "$URL/api/knowledge?kind=query&limit=200" -H 'X-User-Id: compose-test') == 200 ]] || return 1
    info "knowledge: $(jq -r '.meta.total_count' "$WORK/body") validated queries (shipped: $SHIPPED_QUERIES)"
    [[ $(jq -r '.meta.total_count' "$WORK/body") == "$SHIPPED_QUERIES" ]]
}
ask() {
    [[ $(http_code "$URL/api/ask" -X POST -H 'Content-Type: application/json' -H 'X-User-Id: compose-test' \
        -d "$(jq -cn --arg q "$1" '{question: $q}')") == 200 ]]
}
answered() {
    ask "$QUESTION" || return 1
    info "answer: $(jq -r '.answer' "$WORK/body" | grep -m 1 -E '\$[0-9]' | cut -c 1-160)"
    jq -e '.status == "completed" and .route == "fast_path" and (.trace.model_calls | length) == 0' "$WORK/body" \
        >/dev/null && jq -r '.answer' "$WORK/body" | grep -qE '\$[0-9]{1,3}(,[0-9]{3})+'
}
chart_png() {
    local run_id
    ask "$CHART_QUESTION" && run_id=$(jq -r '.run_id' "$WORK/body") || return 1
    [[ $(http_code "$URL/api/runs/$run_id/chart.png" -H 'X-User-Id: compose-test') == 200 ]] &&
        [[ $(head -c 8 "$WORK/body" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]]
}
non_root() { local uid; uid=$(container_uid "$API") && info "uid $uid" && [[ $uid -ne 0 ]]; }
database_is_pgvector() {
    PGPASSWORD=$DB_PASS PGCONNECT_TIMEOUT=5 psql -X -w -h 127.0.0.1 -p "$DB_HOST_PORT" -U dash -d dash -tAc \
        "SELECT extversion FROM pg_extension WHERE extname = 'vector'" 2>/dev/null | grep -qE '^[0-9]'
}

check "compose: /health is ok" health_ok
check "compose: the knowledge shipped in the image is loaded" knowledge_loaded
check "compose: \"$QUESTION\" answered without a model, with a formatted \$ figure" answered
check "compose: the chart PNG is drawn inside the container" chart_png
check "compose: the service runs as a non-root user" non_root
if command -v psql >/dev/null; then
    check "compose: the database service has the vector extension" database_is_pgvector
fi
finish "compose"
