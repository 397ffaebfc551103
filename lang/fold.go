package lang

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// This file and token.go turn text into two forms, both mapped back to the
// original:
//
//   - Fold: invisible marks dropped, Arabic letter variants and Urdu and
//     Arabic-Indic digits folded, everything else (case, punctuation)
//     kept. Phone numbers, links, amounts, licences and CNICs are found in
//     it, because they need punctuation ("+92", "3456/RWP", "Rs4,00,000").
//   - Tokenize: the folded text further lower-cased, with harakat dropped,
//     do-chashmi he and alif madda folded, Pashto letters mapped to their
//     Urdu neighbours and letters stretched three or more times squeezed,
//     split into words. Phrases from the lexicon go through the same
//     function, so both sides always agree.

// FoldRune folds one rune for Fold. ok is false for a rune to drop.
func FoldRune(r rune) (rune, bool) {
	switch {
	case Invisible(r):
		return 0, false
	case r >= '۰' && r <= '۹': // Extended Arabic-Indic (Urdu) digits
		return '0' + (r - '۰'), true
	case r >= '٠' && r <= '٩': // Arabic-Indic digits
		return '0' + (r - '٠'), true
	}
	switch r {
	case 'ي', 'ى': // Arabic yeh, alef maksura
		return 'ی', true
	case 'ك': // Arabic kaf
		return 'ک', true
	case 'ه', 'ة', 'ۀ', 'ۂ': // Arabic heh, teh marbuta, heh with hamza
		return 'ہ', true
	case '\u00a0', '\u2007', '\u202f': // no-break spaces
		return ' ', true
	}
	return r, true
}

// Invisible reports zero-width and bidi control characters, which people
// paste along with text and which must not change what a word means.
func Invisible(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F, // zero-width space, joiners, LRM, RLM
		r >= 0x202A && r <= 0x202E, // bidi embeddings and overrides
		r >= 0x2066 && r <= 0x2069, // bidi isolates
		r == 0xFEFF, r == 0x061C, r == 0x00AD, r == 0x2060:
		return true
	}
	return false
}

// Folded is text after fold, with the byte offset in the original text of
// every byte (off has one more entry, the original length).
type Folded struct {
	S   string
	off []int32
	src string // the original text
}

// Fold applies FoldRune to text, keeping offsets.
func Fold(text string) Folded {
	var b strings.Builder
	b.Grow(len(text))
	off := make([]int32, 0, len(text)+1)
	for i, r := range text {
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
			off = append(off, int32(i))
			continue
		}
		if r == utf8.RuneError {
			continue
		}
		f, ok := FoldRune(r)
		if !ok {
			continue
		}
		n := b.Len()
		b.WriteRune(f)
		for j := n; j < b.Len(); j++ {
			off = append(off, int32(i))
		}
	}
	off = append(off, int32(len(text)))
	return Folded{S: b.String(), off: off, src: text}
}

// Orig returns the original text of the Folded byte range [i, j).
func (f Folded) Orig(text string, i, j int) string {
	return strings.TrimSpace(text[f.At(i):f.End(j)])
}

// At returns the original offset of Folded byte i.
func (f Folded) At(i int) int { return int(f.off[i]) }

// End returns the original offset just after the rune that Folded byte
// j-1 came from, so that marks dropped by fold after a span stay outside it.
func (f Folded) End(j int) int {
	if j <= 0 {
		return f.At(0)
	}
	start := f.At(j - 1)
	_, w := utf8.DecodeRuneInString(f.src[start:])
	return start + w
}

// DigitRun finds runs of at least 7 digits, ASCII or Urdu, with single
// spaces, dashes or dots between them, as phone numbers are printed
// (0300-1234567, +92 300 123 4567, ۰۳۰۰۱۲۳۴۵۶۷), an Urdu full stop as a
// dash too ("۰۳۳۱۔۸۲۰۵۵۴۹", C540-008).
var DigitRun = regexp.MustCompile(`\+?[0-9۰-۹](?:[ .\-۔]?[0-9۰-۹]){6,}`)

// Digits returns the digits of s in ASCII (Urdu and Arabic-Indic digits
// folded), everything else dropped.
func Digits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := FoldRune(r); ok && f >= '0' && f <= '9' {
			b.WriteRune(f)
		}
	}
	return b.String()
}
