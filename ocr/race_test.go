//go:build race

package ocr_test

// raceDetector: the binary is built with -race, under which image work is
// 10–25 times slower.
const raceDetector = true
