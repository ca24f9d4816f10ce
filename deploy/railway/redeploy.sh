#!/usr/bin/env bash
# Redeploys the Dash service: with --build, uploads this folder and builds a new image; without, restarts the latest
# build (to apply changed variables).
#
#   deploy/railway/redeploy.sh [--build]
set -euo pipefail
# shellcheck source=deploy/railway/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_railway
cd "$DASH_ROOT"
require_linked

case ${1:-} in
    --build)
        say "Uploading and building $DASH_RAILWAY_SERVICE"
        railway up --service "$DASH_RAILWAY_SERVICE" --detach
        ;;
    "")
        say "Redeploying the latest build of $DASH_RAILWAY_SERVICE"
        railway redeploy --service "$DASH_RAILWAY_SERVICE" --yes
        ;;
    *) fail "usage: deploy/railway/redeploy.sh [--build]" ;;
esac
