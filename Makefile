# Developer tasks. A newcomer needs `make run`, `make user` and `make test`.
.PHONY: build run user test bench lint clean

build:
	go build -o bin/hoshyar ./cmd/hoshyar

# Starts PostgreSQL if it can, then builds, creates and migrates the database
# and serves, saying what it does at each step.
run:
	@bash scripts/run-local.sh

# A console user for the local database, with make run's key:
# make user EMAIL=you@example.org AGENCY=FIA [NAME="Your Name"] [ROLE=supervisor]
# Prints the password on its last line.
user:
	@bash scripts/user-add.sh

# Extra go test arguments: make test ARGS="-run TestFlow ./flows/..."
test:
	bash scripts/test.sh $(ARGS)

# Throughput and latency on this machine, with pgbench in the same run:
# RUNS=3 by default; QUICK=1 for a short check. See README "Performance".
bench:
	bash scripts/bench.sh

lint:
	go vet ./...
	@out=$$(find . -path './.*' -prune -o -path ./bin -prune -o -name testdata -prune \
		-o -name '*.go' -exec gofmt -l {} +) || exit 1; \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

# Keeps .data/: it holds the local secret key and database cluster.
clean:
	rm -rf bin coverage.out coverage.html cover.out *.test
