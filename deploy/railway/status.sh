#!/usr/bin/env bash
# Shows the linked project, the Dash service's deployments and, when DASH_URL (or AGENTOS_URL) is set, its /health.
#
#   deploy/railway/status.sh
set -euo pipefail
# shellcheck source=deploy/railway/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_railway
cd "$DASH_ROOT"
require_linked

railway status
say "Recent logs of $DASH_RAILWAY_SERVICE"
railway logs --service "$DASH_RAILWAY_SERVICE" --lines 20 || true
url=${DASH_URL:-${AGENTOS_URL:-}}
if [[ -n $url ]]; then
    say "Health of $url"
    curl -fsS --max-time 10 "$url/health" || fail "$url/health does not answer."
    echo
fi
