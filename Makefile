# Developer tasks. A newcomer needs two: `make run` and `make test`.
.PHONY: build run test bench lint clean

build:
	go build -o bin/hoshyar ./cmd/hoshyar

# Starts PostgreSQL if it can, then builds, creates the database and serves.
run:
	bash scripts/run-local.sh

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
