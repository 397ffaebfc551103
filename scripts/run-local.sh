#!/usr/bin/env bash
# Runs Hoshyar on this machine (`make run`), saying what it does at each step:
# makes sure PostgreSQL answers, keeps a local secret key in .data/secret.key,
# installs the OCR packages when it can (Hoshyar runs without them, with OCR
# off), builds bin/hoshyar, creates the database if missing, migrates it and
# serves.
# Every setting can be overridden from the environment (see scripts/local.sh);
# extra arguments go to `hoshyar serve`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
LOCAL_STEPS=6
# shellcheck source=scripts/local.sh
source scripts/local.sh
# shellcheck source=scripts/ocr.sh
source scripts/ocr.sh

local_env

step "PostgreSQL"
pg_ensure "$DATABASE_URL" DATABASE_URL

step "OCR (Tesseract, to read images and PDFs)"
ocr_ensure

step "Secret key"
local_key

step "Building $HOSHYAR_BIN (the first build compiles about 370 packages: a few minutes; later ones take seconds)"
local_build

step "Database"
"$HOSHYAR_BIN" db create 2>&1 | sed 's/^/      /' >&2

step "Schema"
"$HOSHYAR_BIN" migrate 2>&1 | sed 's/^/      /' >&2

printf '\nStarting Hoshyar on %s (logs follow; it says where to go once it listens)\n\n' "$HTTP_ADDR" >&2
exec "$HOSHYAR_BIN" serve "$@"
