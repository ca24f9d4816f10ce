#!/usr/bin/env bash
# Creates the Railway project (or reuses the linked one), a pgvector PostgreSQL service and the Dash service built from
# src/main/docker/Dockerfile.native, then sets .env.production's variables and deploys. Safe to re-run: what exists is kept.
#
#   deploy/railway/up.sh
set -euo pipefail
# shellcheck source=deploy/railway/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_railway
cd "$DASH_ROOT"

if railway status >/dev/null 2>&1; then
    say "Using the Railway project this folder is linked to"
else
    say "Creating Railway project $DASH_RAILWAY_PROJECT"
    railway init --name "$DASH_RAILWAY_PROJECT"
fi

# Railway's pgvector template (PostgreSQL with the vector extension and a volume); its login is a superuser, so Dash
# creates the extension, the agent roles and the hardening itself at startup.
if railway variables --service "$DASH_RAILWAY_DB_SERVICE" --kv >/dev/null 2>&1; then
    say "Database service $DASH_RAILWAY_DB_SERVICE exists"
else
    say "Deploying the pgvector database ($DASH_RAILWAY_DB_SERVICE)"
    railway deploy --template "${DASH_RAILWAY_PG_TEMPLATE:-3jJFCA}"
fi

db="$DASH_RAILWAY_DB_SERVICE"
# Railway resolves ${{service.VAR}} references itself: the password never passes through this script.
refs=(
    --variables "DB_HOST=\${{$db.PGHOST}}"
    --variables "DB_PORT=\${{$db.PGPORT}}"
    --variables "DB_USER=\${{$db.PGUSER}}"
    --variables "DB_PASS=\${{$db.PGPASSWORD}}"
    --variables "DB_DATABASE=\${{$db.PGDATABASE}}"
    --variables "RAILWAY_DOCKERFILE_PATH=src/main/docker/Dockerfile.native"
    --variables "RUNTIME_ENV=prd"
)
if railway variables --service "$DASH_RAILWAY_SERVICE" --kv >/dev/null 2>&1; then
    say "App service $DASH_RAILWAY_SERVICE exists"
else
    say "Creating the app service $DASH_RAILWAY_SERVICE"
    railway add --service "$DASH_RAILWAY_SERVICE" "${refs[@]}"
fi

"$DASH_ROOT/deploy/railway/env.sh"

say "Building and deploying (native image: the build takes several minutes)"
railway up --service "$DASH_RAILWAY_SERVICE" --detach

say "Public domain"
railway domain --service "$DASH_RAILWAY_SERVICE"

cat <<'NEXT'

Next:
  - Set the service's config file to /deploy/railway/railway.toml (Settings > Config-as-code) for the health check
    and restart policy.
  - Watch the build:   deploy/railway/status.sh
  - Load the data and knowledge inside Railway's network: see README.md, "Deploying to Railway".
NEXT
