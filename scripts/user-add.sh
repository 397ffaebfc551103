#!/usr/bin/env bash
# Adds a console user to the local database that `make run` uses
# (`make user EMAIL=you@example.org AGENCY=FIA [NAME="…"] [ROLE=supervisor]`),
# with the same settings and key as `make run`, and prints the password on
# the last line. Works whether or not the server is running.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
LOCAL_STEPS=3
# shellcheck source=scripts/local.sh
source scripts/local.sh

email=${EMAIL:-}
agency=${AGENCY:-}
if [[ -z $email || -z $agency ]]; then
	cat >&2 <<'USAGE'
usage: make user EMAIL=you@example.org AGENCY=FIA [NAME="Your Name"] [ROLE=agent|supervisor|admin]
  AGENCY is one of FIA NCCIA PTA PKCERT BEOE OEC OPF MOFA; the console shows that agency's queue.
USAGE
	exit 2
fi
name=${NAME:-${email%%@*}}

local_env
step "PostgreSQL"
pg_ensure "$DATABASE_URL" DATABASE_URL
step "Secret key"
local_key
step "Building $HOSHYAR_BIN"
local_build

"$HOSHYAR_BIN" db create >/dev/null
printf '\n' >&2
exec "$HOSHYAR_BIN" user add --agency "$agency" --email "$email" --name "$name" --role "${ROLE:-agent}"
