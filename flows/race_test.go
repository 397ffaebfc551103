//go:build race

package flows_test

// raceDetector: this test binary is built with -race, under which the corpus
// replays (pure engine work, one goroutine each) take several times longer;
// scripts/test.sh runs them again without it.
const raceDetector = true
