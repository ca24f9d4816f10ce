# shellcheck shell=bash
# Helpers of the image tests (image_test.sh, compose_test.sh): checks that count, a test key pair and tokens, health
# polling with a deadline, HTTP calls with a time limit, and what a container measures (RSS, uid). Sourced after
# ./dash, whose functions (step, info, ok, warn, die, ENGINE) they use. Secrets go to files in WORK, never to output.

PASSED=0
FAILED=()

# JAVA_OPTS of a one-shot command run through the image's entrypoint (generate-data): off the serving ports, no schedules.
# shellcheck disable=SC2034 # used by the tests that source this file
readonly ONE_SHOT_JAVA_OPTS="--enable-native-access=ALL-UNNAMED -XX:MaxRAMPercentage=75 -Dquarkus.http.host-enabled=false \
-Dquarkus.management.host-enabled=false -Dquarkus.scheduler.enabled=false"

# check NAME COMMAND...: runs one assertion, prints PASS or FAIL, counts it.
check() {
    local name=$1
    shift
    if "$@"; then
        printf '  PASS %s\n' "$name"
        PASSED=$((PASSED + 1))
    else
        printf '  FAIL %s\n' "$name"
        FAILED+=("$name")
    fi
}

# finish LABEL: the summary line, and the exit status (non-zero when a check failed).
finish() {
    printf '%s: %d passed, %d failed\n' "$1" "$PASSED" "${#FAILED[@]}"
    if ((${#FAILED[@]})); then
        printf '  failed: %s\n' "${FAILED[@]}" >&2
        return 1
    fi
}

# load_average: the 1-minute load average now (uptime's first figure).
load_average() { uptime | sed -E 's/.*load averages?: *([0-9.]+).*/\1/'; }

# ---------------------------------------------------------------------------
# A test key pair and tokens (RS256), made with openssl. The private key and the tokens stay in files under WORK.
# ---------------------------------------------------------------------------
base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# make_key_pair DIR: DIR/private.pem and DIR/public.pem (RSA 2048).
make_key_pair() {
    local dir=$1
    (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/private.pem" 2>/dev/null)
    openssl pkey -in "$dir/private.pem" -pubout -out "$dir/public.pem" 2>/dev/null
}

# mint_token PRIVATE_KEY SUBJECT SCOPES_JSON: a JWT signed with the key, valid for an hour, on stdout.
mint_token() {
    local key=$1 sub=$2 scopes=$3 now header payload signature
    now=$(date +%s)
    header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
    payload=$(printf '{"sub":"%s","scopes":%s,"iat":%d,"exp":%d}' "$sub" "$scopes" "$now" $((now + 3600)) | base64url)
    signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | base64url)
    printf '%s.%s.%s' "$header" "$payload" "$signature"
}

# write_auth_header FILE TOKEN: a curl header file (-H @FILE), so the token never appears in a command line.
write_auth_header() { (umask 077 && printf 'Authorization: Bearer %s\n' "$2" >"$1"); }

# ---------------------------------------------------------------------------
# HTTP, each call with a time limit.
# ---------------------------------------------------------------------------
# http_code URL [CURL-ARGS...]: the status code (000 when nothing answers); the body goes to $WORK/body.
http_code() {
    local url=$1
    shift
    curl -sS -o "$WORK/body" -w '%{http_code}' --max-time "${HTTP_TIMEOUT:-60}" "$@" "$url" 2>/dev/null || true
}

# wait_healthy URL SECONDS CONTAINER: polls URL/health every 0.2 s until 200; prints the seconds it took (one decimal).
# Fails when the deadline passes or the container stops.
wait_healthy() {
    local url=$1 limit=$2 container=$3 start now code
    start=$(date +%s%N)
    while :; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url/health" 2>/dev/null) || true
        now=$(date +%s%N)
        if [[ $code == 200 ]]; then
            printf '%s' "$(awk -v ns=$((now - start)) 'BEGIN { printf "%.1f", ns / 1e9 }')"
            return 0
        fi
        [[ $(container_state "$container") == running ]] || return 1
        (((now - start) / 1000000000 < limit)) || return 1
        sleep 0.2
    done
}

# ---------------------------------------------------------------------------
# Containers (ENGINE is docker or podman).
# ---------------------------------------------------------------------------
container_state() { timeout 30 "$ENGINE" inspect --format '{{.State.Status}}' "$1" 2>/dev/null || printf 'gone'; }

# container_rss_mib CONTAINER: the resident memory of the container's main process (pid 1, the JVM), MiB.
container_rss_mib() {
    timeout 30 "$ENGINE" exec "$1" cat /proc/1/status | awk '/^VmRSS:/ { printf "%d", $2 / 1024 }'
}

# container_uid CONTAINER: the real uid the main process runs as.
container_uid() { timeout 30 "$ENGINE" exec "$1" cat /proc/1/status | awk '/^Uid:/ { print $2 }'; }

# show_container_log CONTAINER: its last lines, to see why it failed.
show_container_log() {
    printf -- '--- last lines of container %s ---\n' "$1" >&2
    timeout 30 "$ENGINE" logs --tail 40 "$1" 2>&1 | sed 's/^/    | /' >&2 || true
    printf -- '---\n' >&2
}
