#!/usr/bin/env bash
# Sets every variable of .env.production (or the file given) on the Dash service. Values may span lines inside double
# quotes (PEM keys) or use \n escapes. Prints names only, never values. Safe to re-run: each set replaces the value.
#
#   deploy/railway/env.sh [FILE]
set -euo pipefail
# shellcheck source=deploy/railway/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

file=${1:-${DASH_ENV_PRODUCTION:-$DASH_ROOT/.env.production}}
[[ -f $file ]] || fail "no $file." "Copy .env.example to .env.production and fill in the production values."
require_railway

# Reads the file into names and values (comments and blank lines skipped); fails before any call on a line it cannot read.
names=()
values=()
parse_env() {
    local line name value quote number=0
    while IFS= read -r line || [[ -n $line ]]; do
        number=$((number + 1))
        line=${line%$'\r'}
        [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
        [[ $line =~ ^[[:space:]]*(export[[:space:]]+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]] ||
            fail "$file: line $number is not NAME=VALUE."
        name=${BASH_REMATCH[2]}
        value=${BASH_REMATCH[3]}
        quote=${value:0:1}
        if [[ $quote == '"' || $quote == "'" ]]; then
            value=${value:1}
            # A value that does not close on its line continues on the next ones (a PEM key).
            while [[ $value != *"$quote" ]]; do
                IFS= read -r line || fail "$file: $name: the $quote quote is never closed."
                value+=$'\n'${line%$'\r'}
            done
            value=${value%"$quote"}
            [[ $quote == '"' ]] && value=${value//\\n/$'\n'}
        else
            value=${value%%[[:space:]]#*}
            value=${value%"${value##*[![:space:]]}"}
        fi
        names+=("$name")
        values+=("$value")
    done <"$file"
}

parse_env
for i in "${!names[@]}"; do
    # One variable per call: a value is one argument, newlines included, and never on a command line we print.
    railway variables --service "$DASH_RAILWAY_SERVICE" --skip-deploys --set "${names[i]}=${values[i]}" >/dev/null
    say "set ${names[i]}"
done
say "${#names[@]} variables set on $DASH_RAILWAY_SERVICE (apply them with deploy/railway/redeploy.sh)"
