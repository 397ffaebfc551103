package telegram

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitText cuts text into parts of at most limit UTF-16 code units (the
// unit Telegram counts in). It cuts at the last paragraph break, line
// break, sentence end or space in the second half of a part, and failing
// those between two characters, never before a combining mark or joiner
// (an Urdu vowel sign stays with its letter). Text within the limit is
// returned as it is; a blank text gives no parts.
func splitText(text string, limit int) []string {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	var parts []string
	rest := text
	for {
		cut := prefixLen(rest, limit)
		if cut == len(rest) {
			if part := strings.TrimSpace(rest); part != "" {
				parts = append(parts, rest)
			}
			return parts
		}
		at := boundary(rest, cut)
		if part := strings.TrimRightFunc(rest[:at], unicode.IsSpace); strings.TrimSpace(part) != "" {
			parts = append(parts, part)
		}
		rest = strings.TrimLeftFunc(rest[at:], unicode.IsSpace)
	}
}

// prefixLen is the length in bytes of the longest prefix of s that holds
// at most limit UTF-16 code units.
func prefixLen(s string, limit int) int {
	units := 0
	for i, r := range s {
		n := 1
		if r >= 0x10000 {
			n = 2 // a surrogate pair
		}
		if units+n > limit {
			return i
		}
		units += n
	}
	return len(s)
}

// boundary picks where to cut s, at or before byte cut (cut < len(s)).
func boundary(s string, cut int) int {
	_, size := utf8.DecodeRuneInString(s[cut:])
	window := s[:cut+size] // the character after the cut may be the space to cut at
	low := cut / 2
	if i := strings.LastIndex(window, "\n\n"); i >= low {
		return i
	}
	if i := strings.LastIndex(window, "\n"); i >= low {
		return i
	}
	if i := lastSentenceEnd(window); i >= low {
		return i
	}
	if i := strings.LastIndexFunc(window, unicode.IsSpace); i >= low {
		return i
	}
	at := cut
	for range 8 { // step back before marks that belong to the previous letter
		r, _ := utf8.DecodeRuneInString(s[at:])
		if !unicode.Is(unicode.M, r) && r != '\u200c' && r != '\u200d' {
			break
		}
		_, size := utf8.DecodeLastRuneInString(s[:at])
		if at-size <= 0 {
			break
		}
		at -= size
	}
	return at
}

// lastSentenceEnd returns the byte offset just past the last sentence end
// (., !, ?, the Urdu full stop ۔ or question mark ؟) followed by a space,
// or -1.
func lastSentenceEnd(s string) int {
	end := -1
	prevEnd := -1 // offset past an ender seen just before
	for i, r := range s {
		if prevEnd >= 0 && unicode.IsSpace(r) {
			end = prevEnd
		}
		prevEnd = -1
		switch r {
		case '.', '!', '?', '۔', '؟':
			prevEnd = i + utf8.RuneLen(r)
		}
	}
	return end
}
