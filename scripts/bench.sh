#!/usr/bin/env bash
# Measures Hoshyar on this machine (`make bench`). In each of RUNS rounds,
# on the same PostgreSQL and one right after the other:
#
#   1. pgbench: 32 clients, each transaction one single-row INSERT, 10 s;
#   2. the web chat at saturation (hoshyar-load, 60 reporters at once);
#
# and their ratio (answers a second per pgbench transaction a second). Then
# the web chat with 10 reporters (latency), the Telegram webhook at the
# provider's pace, WhatsApp, memory with 10,000 conversations, and the
# step benchmarks (go test -bench). Every figure is printed as the best of
# the rounds and the spread, because other work on the machine moves them.
# Each reporter's first message, which also creates the person, is answered
# but left out of the latency figures (hoshyar-load -warmup 1).
#
#   RUNS                 rounds (default 3)
#   BENCH_DATABASE_URL   database for the server (default …/hoshyar_bench;
#                        dropped and created afresh before each measurement)
#   QUICK=1              one round, smaller loads (a check that it works)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/pg.sh
source scripts/pg.sh

RUNS=${RUNS:-3}
DB_URL=${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/hoshyar_bench?sslmode=disable}
PGBENCH_DB=hoshyar_pgbench_$$ # per run: two benches at once do not collide
ADDR=127.0.0.1:18311
scale=1
if [[ ${QUICK:-} == 1 ]]; then RUNS=1 scale=10; fi

command -v pgbench >/dev/null || { echo "bench: pgbench is needed (Debian: postgresql-client)" >&2; exit 1; }
command -v psql >/dev/null || { echo "bench: psql is needed (Debian: postgresql-client)" >&2; exit 1; }
pg_ensure "$DB_URL" BENCH_DATABASE_URL
pg__parse "$DB_URL"
PGARGS=(-h "$PG_HOST" -p "$PG_PORT" -U "$(sed -E 's#^[a-z]+://([^@:/]+).*#\1#' <<<"$DB_URL")")
BENCH_DB=$PG_DB

echo "+ go build" >&2
mkdir -p bin
go build -o bin/hoshyar ./cmd/hoshyar
go build -o bin/hoshyar-load ./cmd/hoshyar-load

fresh_db() {
	psql "${PGARGS[@]}" -d postgres -qc "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" -c "CREATE DATABASE $BENCH_DB" >/dev/null
}

# load ARGS…: one hoshyar-load run against a fresh database; prints its
# JSON, and counts what failed.
failed=0
load() {
	fresh_db
	local j
	j=$(bin/hoshyar-load -server bin/hoshyar -database-url "$DB_URL" -url "http://$ADDR" -warmup 1 -json "$@" | tail -n 1)
	failed=$((failed + $(field "$j" failed)))
	echo "$j"
}

# field JSON KEY: a number from the load tool's JSON (KEY like answers_per_s
# or answer_ms.p50).
field() {
	local json=$1 key=$2 obj
	if [[ $key == *.* ]]; then
		obj=$(sed -E "s/.*\"${key%%.*}\":\{([^}]*)\}.*/\1/" <<<"$json")
		sed -E "s/.*\"${key#*.}\":([0-9.e+-]+).*/\1/" <<<"$obj"
	else
		sed -E "s/.*\"$key\":([0-9.e+-]+).*/\1/" <<<"$json"
	fi
}

pgbench_tps() {
	psql "${PGARGS[@]}" -d postgres -qc "DROP DATABASE IF EXISTS $PGBENCH_DB WITH (FORCE)" -c "CREATE DATABASE $PGBENCH_DB" >/dev/null
	psql "${PGARGS[@]}" -d "$PGBENCH_DB" -qc "CREATE TABLE bench_insert (id bigserial PRIMARY KEY, v text NOT NULL, at timestamptz NOT NULL DEFAULT now())"
	local script
	script=$(mktemp)
	echo "INSERT INTO bench_insert (v) VALUES ('x');" >"$script"
	pgbench "${PGARGS[@]}" -n -c 32 -j 2 -T "$((10 / scale + 2))" -f "$script" "$PGBENCH_DB" 2>/dev/null |
		sed -nE 's/^tps = ([0-9.]+).*/\1/p'
	rm -f "$script"
	psql "${PGARGS[@]}" -d postgres -qc "DROP DATABASE IF EXISTS $PGBENCH_DB WITH (FORCE)" >/dev/null
}

# summary NAME UNIT BETTER VALUES…: best (BETTER=max|min) and spread.
summary() {
	local name=$1 unit=$2 better=$3
	shift 3
	printf '%s\n' "$@" | awk -v name="$name" -v unit="$unit" -v better="$better" '
		{ v[NR] = $1; if (NR == 1 || $1 < lo) lo = $1; if (NR == 1 || $1 > hi) hi = $1 }
		END { best = (better == "max") ? hi : lo
		      printf "%-46s best %10.3f %s   (%d runs: %.3f .. %.3f)\n", name, best, unit, NR, lo, hi }'
}

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
declare -a tps answers ratio p50_10 p99_10 ack99_10 tg_ack50 tg_ack95 tg_ack99 tg_rate tg_peak wa_rate wa_ack99
for run in $(seq "$RUNS"); do
	echo "+ round $run of $RUNS" >&2
	t=$(pgbench_tps)
	load -mode webchat -reporters $((600 / scale)) -messages 20 -concurrency 60 >"$tmp"
	j=$(<"$tmp")
	a=$(field "$j" answers_per_s)
	tps+=("$t") answers+=("$a")
	ratio+=("$(awk -v a="$a" -v t="$t" 'BEGIN { printf "%.4f", a / t }')")

	load -mode webchat -reporters $((200 / scale)) -messages 20 -concurrency 10 >"$tmp"
	j=$(<"$tmp")
	p50_10+=("$(field "$j" answer_ms.p50)") p99_10+=("$(field "$j" answer_ms.p99)") ack99_10+=("$(field "$j" ack_ms.p99)")

	load -mode telegram -reporters 40 -messages $((15 / scale + 1)) >"$tmp"
	j=$(<"$tmp")
	tg_rate+=("$(field "$j" answers_per_s)") tg_peak+=("$(field "$j" provider.peak_per_s)")
	tg_ack50+=("$(field "$j" ack_ms.p50)") tg_ack95+=("$(field "$j" ack_ms.p95)") tg_ack99+=("$(field "$j" ack_ms.p99)")

	load -mode whatsapp -reporters $((400 / scale)) -messages 20 -concurrency 40 >"$tmp"
	j=$(<"$tmp")
	wa_rate+=("$(field "$j" answers_per_s)") wa_ack99+=("$(field "$j" ack_ms.p99)")
done

echo "+ memory with $((10000 / scale)) conversations" >&2
load -mode whatsapp -reporters $((10000 / scale)) -messages 2 -concurrency 500 >"$tmp"
j=$(<"$tmp")
rss=$(field "$j" rss_peak_mb)
conversations=$(field "$j" reporters)

echo "+ step benchmarks" >&2
steps=$(TEST_DATABASE_URL=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/hoshyar_test?sslmode=disable} \
	go test -run '^$' -bench 'Ingest|ProcessStep|SendStep' -benchtime "$((300 / scale))x" -benchmem ./bot/ ./jobs/ 2>/dev/null |
	grep '^Benchmark' || true)

echo
echo "Hoshyar benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, PostgreSQL at $PG_HOST:$PG_PORT, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
summary "pgbench, 32 clients, one-row insert" "tps" max "${tps[@]}"
summary "web chat at saturation (60 at once)" "answers/s" max "${answers[@]}"
summary "  ratio to pgbench, same round" "" max "${ratio[@]}"
summary "web chat, 10 at once: answer p50" "ms" min "${p50_10[@]}"
summary "web chat, 10 at once: answer p99" "ms" min "${p99_10[@]}"
summary "web chat, 10 at once: ack p99" "ms" min "${ack99_10[@]}"
summary "telegram, 40 chats at the pace: answers/s" "/s" max "${tg_rate[@]}"
summary "telegram: most sendMessage in one second" "/s" min "${tg_peak[@]}"
summary "telegram: webhook ack p50" "ms" min "${tg_ack50[@]}"
summary "telegram: webhook ack p95" "ms" min "${tg_ack95[@]}"
summary "telegram: webhook ack p99" "ms" min "${tg_ack99[@]}"
summary "whatsapp, 40 at once: answers/s" "/s" max "${wa_rate[@]}"
summary "whatsapp, 40 at once: webhook ack p99" "ms" min "${wa_ack99[@]}"
printf '%-46s %10.1f MB  (%s conversations, 500 at once)\n' "server peak RSS" "$rss" "$conversations"
echo "step benchmarks (one at a time, go test -bench):"
echo "$steps"
if ((failed > 0)); then
	echo "WARNING: $failed messages of the load runs failed (see hoshyar-load's first_error); figures may be off"
fi
