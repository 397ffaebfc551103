package triage

import (
	"regexp"
	"strings"
)

// A CNIC is 13 digits, written 12345-1234567-1 or run together (spaces are
// also seen). The first digit is a province code, 1 to 7, which keeps a
// number written with the 0 or 00 of a phone from being taken for one.
var cnicRe = regexp.MustCompile(`([1-7]\d{4})([- ]?)(\d{7})([- ]?)(\d)`)

type cnicSpan struct {
	i, j   int // in the folded text
	masked string
}

// findCNICs returns the CNICs in folded text, masked.
func findCNICs(s string) []cnicSpan {
	var out []cnicSpan
	for _, m := range cnicRe.FindAllStringSubmatchIndex(s, -1) {
		if s[m[4]:m[5]] != s[m[8]:m[9]] { // the two separators must agree
			continue
		}
		if m[2] > 0 && strings.IndexByte("0123456789+-/.", s[m[2]-1]) >= 0 {
			continue
		}
		if m[11] < len(s) && strings.IndexByte("0123456789-/", s[m[11]]) >= 0 {
			continue
		}
		out = append(out, cnicSpan{
			i:      m[2],
			j:      m[11],
			masked: s[m[2]:m[3]] + "-*******-" + s[m[10]:m[11]],
		})
	}
	return out
}

// MaskCNIC returns text with every CNIC number masked as in
// Entities.CNICs ("12345-*******-1"), nothing else changed.
func MaskCNIC(text string) string {
	f := fold(text)
	spans := findCNICs(f.s)
	if len(spans) == 0 {
		return text
	}
	var b strings.Builder
	last := 0
	for _, c := range spans {
		i, j := f.off[c.i], f.end(c.j)
		b.WriteString(text[last:i])
		b.WriteString(c.masked)
		last = j
	}
	b.WriteString(text[last:])
	return b.String()
}
