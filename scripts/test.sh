#!/usr/bin/env bash
# Runs the Go tests against a real PostgreSQL (`make test`). Makes sure the
# server answers, installs Chromium and Tesseract when they are missing and
# this user can (Debian packages, saying so), then runs `go test $GOTESTFLAGS ./...`; when the whole
# module is tested it also runs `hoshyar triage eval`, which fails below the
# thresholds it documents (README "Triage"), on the corpus's test split and on
# the held-out everyday messages (triage/testdata/everyday18-held.jsonl) and
# everyday20's learnt half (triage/testdata/everyday20.jsonl).
#
#   GOTESTFLAGS        replaces the default flags (-count=1 -race -timeout 10m);
#                      set it empty for none
#   TEST_DATABASE_URL  the test database (created if missing)
#   extra arguments    passed to go test; ./... is added unless a package
#                      (./store, ./bot/...) is among them
#
# Under -race the OCR package skips its image tests (the race detector makes
# pixel work 10-25 times slower) and the end-to-end OCR test skips too (its
# CPU would crowd the timing of the pipeline tests running beside it); when
# ./... is tested with -race, both run afterwards without it, so the OCR
# targets are always checked. The flows package's corpus replays (thousands of
# conversations and typed answers, pure engine work) likewise skip under -race
# and run without it, beside the race pass at the lowest priority (`nice`).
#
#   scripts/test.sh -run TestFlow ./flows/...
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/pg.sh
source scripts/pg.sh

export TEST_DATABASE_URL=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/hoshyar_test?sslmode=disable}
pg_ensure "$TEST_DATABASE_URL" TEST_DATABASE_URL
# The harness creates the database too; doing it once here spares the test
# binaries, which run in parallel, a race to create it.
pg_create_db "$TEST_DATABASE_URL" || echo "test: could not create the test database here; the harness will try" >&2

# What the browser and OCR tests need, installed when missing and possible
# (they skip without it, outside CI).
# shellcheck source=scripts/browser.sh
source scripts/browser.sh
browser_ensure
# shellcheck source=scripts/ocr.sh
source scripts/ocr.sh
ocr_ensure

read -r -a flags <<<"${GOTESTFLAGS--count=1 -race -timeout 10m}"
pkgs=(./...)
for arg in "$@"; do
	case $arg in
	. | ./* | ../* | github.com/hoshyar/hoshyar*) pkgs=() ;;
	esac
done
ocr_again=()
if [[ ${pkgs[*]-} == ./... && " ${flags[*]-} " == *" -race "* ]]; then
	for f in ${flags[@]+"${flags[@]}"}; do
		[[ $f == -race ]] || ocr_again+=("$f")
	done
fi
set -- ${flags[@]+"${flags[@]}"} ${pkgs[@]+"${pkgs[@]}"} "$@"
rc=0
corpus_pid=
if ((${#ocr_again[@]})); then
	# The corpus replays need no database and no timing: they run beside the
	# race pass at the lowest priority, on the CPU its waits leave idle, and
	# their output is shown when they end.
	corpus_log=$(mktemp)
	echo "+ nice go test ${ocr_again[*]} -run 'TestConversationsCorpus\$|TestAnswersCorpus\$' ./flows/ (the corpus replays, without -race, beside the race pass at low priority)" >&2
	# (a longer timeout: the race pass may leave it little CPU for a while)
	nice -n 19 go test "${ocr_again[@]}" -timeout 20m -run 'TestConversationsCorpus$|TestAnswersCorpus$' ./flows/ >"$corpus_log" 2>&1 &
	corpus_pid=$!
fi
echo "+ go test $*" >&2
go test "$@" || rc=$?
if ((${#ocr_again[@]})); then
	echo "+ go test ${ocr_again[*]} ./ocr/ (image tests, without -race)" >&2
	go test "${ocr_again[@]}" ./ocr/ || rc=$?
	echo "+ go test ${ocr_again[*]} -run TestE2EAdvertImageBecomesReferral ./cmd/hoshyar/ (without -race)" >&2
	go test "${ocr_again[@]}" -run TestE2EAdvertImageBecomesReferral ./cmd/hoshyar/ || rc=$?
	echo "+ (the corpus replays, started beside the race pass)" >&2
	wait "$corpus_pid" || rc=$?
	cat "$corpus_log"
	rm -f "$corpus_log"
fi
if [[ ${pkgs[*]-} == ./... ]]; then
	echo "+ go run ./cmd/hoshyar triage eval (the corpus's test split, against the documented thresholds)" >&2
	go run ./cmd/hoshyar triage eval || rc=$?
	echo "+ go run ./cmd/hoshyar triage eval triage/testdata/everyday18-held.jsonl (held-out everyday messages: under 3% given a case, amounts)" >&2
	go run ./cmd/hoshyar triage eval triage/testdata/everyday18-held.jsonl || rc=$?
	echo "+ go run ./cmd/hoshyar triage eval triage/testdata/everyday20.jsonl (everyday20's learnt half: no case, no emergency, amounts)" >&2
	go run ./cmd/hoshyar triage eval triage/testdata/everyday20.jsonl || rc=$?
fi
exit "$rc"
