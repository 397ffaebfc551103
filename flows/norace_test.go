//go:build !race

package flows_test

const raceDetector = false
