package flows

import (
	"strings"
	"unicode"
)

// letterFolds maps Arabic and Persian letter variants to the Urdu letters,
// and Urdu and Arabic-Indic digits to ASCII digits.
var letterFolds = strings.NewReplacer(
	"ي", "ی", "ى", "ی", "ك", "ک", "ه", "ہ", "ة", "ہ",
	"۰", "0", "۱", "1", "۲", "2", "۳", "3", "۴", "4", "۵", "5", "۶", "6", "۷", "7", "۸", "8", "۹", "9",
	"٠", "0", "١", "1", "٢", "2", "٣", "3", "٤", "4", "٥", "5", "٦", "6", "٧", "7", "٨", "8", "٩", "9",
)

// invisible reports zero-width and bidi control characters, which people
// paste along with text and which must not change what a word means.
func invisible(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F, // zero-width space, joiners, LRM, RLM
		r >= 0x202A && r <= 0x202E, // bidi embeddings and overrides
		r >= 0x2066 && r <= 0x2069, // bidi isolates
		r == 0xFEFF, r == 0x061C, r == 0x00AD:
		return true
	}
	return false
}

// Normalize prepares text for matching: invisible marks dropped, letter
// variants and digits folded, lower case, punctuation to spaces, and runs of
// spaces collapsed. It is for matching only; what the person wrote is kept
// as they wrote it.
func Normalize(s string) string {
	s = strings.Map(func(r rune) rune {
		if invisible(r) {
			return -1
		}
		return r
	}, s)
	s = letterFolds.Replace(strings.ToLower(s))
	var b strings.Builder
	space := true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '/' {
			b.WriteRune(r)
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}
