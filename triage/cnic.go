package triage

import "github.com/hoshyar/hoshyar/lang"

import "strings"

// A CNIC is 13 digits, written 12345-1234567-1 or run together (spaces are
// also seen). The first digit is a province code, 1 to 7, which keeps a
// number written with the 0 or 00 of a phone from being taken for one.
// The two separators must agree, and the number must not run on into more
// digits.

type cnicSpan struct {
	i, j   int // in the lang.Folded text
	masked string
}

// findCNICs returns the CNICs in folded text, masked.
func findCNICs(s string) []cnicSpan {
	var out []cnicSpan
	for i := 0; i < len(s); i++ {
		if s[i] < '1' || s[i] > '7' || i > 0 && strings.IndexByte("0123456789+-/.", s[i-1]) >= 0 {
			continue
		}
		j, ok := cnicAt(s, i)
		if !ok || j < len(s) && strings.IndexByte("0123456789-/", s[j]) >= 0 {
			continue
		}
		out = append(out, cnicSpan{i: i, j: j, masked: s[i:i+5] + "-*******-" + s[j-1:j]})
		i = j - 1
	}
	return out
}

// cnicAt reads 5 digits, a separator, 7 digits, the same separator and a
// digit at s[i:], returning the end.
func cnicAt(s string, i int) (int, bool) {
	digits := func(k, n int) bool {
		if k+n > len(s) {
			return false
		}
		for _, c := range []byte(s[k : k+n]) {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	if !digits(i, 5) {
		return 0, false
	}
	k := i + 5
	sep := byte(0)
	if k < len(s) && (s[k] == '-' || s[k] == ' ') {
		sep = s[k]
		k++
	}
	if !digits(k, 7) {
		return 0, false
	}
	k += 7
	if sep != 0 {
		if k >= len(s) || s[k] != sep {
			return 0, false
		}
		k++
	}
	if !digits(k, 1) {
		return 0, false
	}
	return k + 1, true
}

// MaskCNIC returns text with every CNIC number masked as in
// Entities.CNICs ("12345-*******-1"), nothing else changed.
func MaskCNIC(text string) string {
	f := lang.Fold(text)
	spans := findCNICs(f.S)
	if len(spans) == 0 {
		return text
	}
	var b strings.Builder
	last := 0
	for _, c := range spans {
		i, j := f.At(c.i), f.End(c.j)
		b.WriteString(text[last:i])
		b.WriteString(c.masked)
		last = j
	}
	b.WriteString(text[last:])
	return b.String()
}
