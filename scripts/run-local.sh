#!/usr/bin/env bash
# Runs Hoshyar on this machine (`make run`): makes sure PostgreSQL answers,
# keeps a local secret key in .data/secret.key, builds bin/hoshyar, creates the
# database if missing and serves. Installs the OCR packages when it can
# (Hoshyar runs without them, with OCR off). Every setting can be overridden from the
# environment; extra arguments go to `hoshyar serve`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/pg.sh
source scripts/pg.sh
# shellcheck source=scripts/ocr.sh
source scripts/ocr.sh

export HOSHYAR_ENV=${HOSHYAR_ENV:-local}
export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/hoshyar?sslmode=disable}
export HTTP_ADDR=${HTTP_ADDR:-:8080}
export PUBLIC_BASE_URL=${PUBLIC_BASE_URL:-http://localhost:8080}

if ! command -v go >/dev/null 2>&1; then
	echo "run-local: Go is not installed (Hoshyar needs Go 1.26: https://go.dev/dl/)" >&2
	exit 1
fi

pg_ensure "$DATABASE_URL" DATABASE_URL
ocr_ensure

# The key encrypts reporters' addresses: generate it once and never lose it,
# or the local database becomes unreadable.
if [[ -z ${HOSHYAR_SECRET_KEY:-} ]]; then
	key_file=.data/secret.key
	if [[ ! -s $key_file ]]; then
		mkdir -p .data
		(
			umask 077
			od -An -v -tx1 -N32 /dev/urandom | tr -d ' \n' >"$key_file.tmp"
		)
		mv "$key_file.tmp" "$key_file"
		echo "run-local: generated a local secret key in $key_file" >&2
	fi
	chmod 600 "$key_file"
	HOSHYAR_SECRET_KEY=$(<"$key_file")
	export HOSHYAR_SECRET_KEY
fi

echo "run-local: building bin/hoshyar" >&2
go build -o bin/hoshyar ./cmd/hoshyar
bin/hoshyar db create

exec bin/hoshyar serve "$@"
