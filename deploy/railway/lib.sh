# shellcheck shell=bash
# Shared by the Railway scripts: the service names and the checks every script runs first.

DASH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export DASH_ROOT
# Names of the services in the Railway project (override to run several deployments side by side).
DASH_RAILWAY_PROJECT=${DASH_RAILWAY_PROJECT:-dash}
DASH_RAILWAY_SERVICE=${DASH_RAILWAY_SERVICE:-dash}
DASH_RAILWAY_DB_SERVICE=${DASH_RAILWAY_DB_SERVICE:-pgvector}

say() { printf '==> %s\n' "$*"; }
fail() {
    printf 'error: %s\n' "$1" >&2
    [[ -n ${2:-} ]] && printf '       %s\n' "$2" >&2
    exit 1
}

# Fails early, with what to do, when the CLI is missing or not logged in.
require_railway() {
    command -v railway >/dev/null 2>&1 ||
        fail "the railway CLI is not installed." "Install it (npm i -g @railway/cli, or see https://docs.railway.com/guides/cli), then run: railway login"
    railway whoami >/dev/null 2>&1 ||
        fail "the railway CLI is not logged in." "Run: railway login   (or set RAILWAY_TOKEN for a project token)"
}

# Fails unless this folder is linked to a Railway project (up.sh links it).
require_linked() {
    railway status >/dev/null 2>&1 ||
        fail "this folder is not linked to a Railway project." "Run deploy/railway/up.sh first, or: railway link"
}
