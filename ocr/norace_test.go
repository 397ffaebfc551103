//go:build !race

package ocr_test

const raceDetector = false
