package triage

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file turns text into two forms, both mapped back to the original:
//
//   - fold: invisible marks dropped, Arabic letter variants and Urdu and
//     Arabic-Indic digits folded, everything else (case, punctuation)
//     kept. Phone numbers, links, amounts, licences and CNICs are found in
//     it, because they need punctuation ("+92", "3456/RWP", "Rs4,00,000").
//   - tokenize: the folded text further lower-cased, with harakat dropped,
//     do-chashmi he and alif madda folded, Pashto letters mapped to their
//     Urdu neighbours and letters stretched three or more times squeezed,
//     split into words. Phrases from the lexicon go through the same
//     function, so both sides always agree.
//
// The folds are those of flows.Normalize (flows/normalize.go); triage keeps
// its own copy so that it depends on nothing but the standard library and
// phonenumbers.

// foldBasic folds one rune for fold. ok is false for a rune to drop.
func foldBasic(r rune) (rune, bool) {
	switch {
	case invisible(r):
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

// invisible reports zero-width and bidi control characters, which people
// paste along with text and which must not change what a word means.
func invisible(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F, // zero-width space, joiners, LRM, RLM
		r >= 0x202A && r <= 0x202E, // bidi embeddings and overrides
		r >= 0x2066 && r <= 0x2069, // bidi isolates
		r == 0xFEFF, r == 0x061C, r == 0x00AD, r == 0x2060:
		return true
	}
	return false
}

// folded is text after fold, with the byte offset in the original text of
// every byte (off has one more entry, the original length).
type folded struct {
	s   string
	off []int32
	src string // the original text
}

// fold applies foldBasic to text, keeping offsets.
func fold(text string) folded {
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
		f, ok := foldBasic(r)
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
	return folded{s: b.String(), off: off, src: text}
}

// orig returns the original text of the folded byte range [i, j).
func (f folded) orig(text string, i, j int) string {
	return strings.TrimSpace(text[f.at(i):f.end(j)])
}

// at returns the original offset of folded byte i.
func (f folded) at(i int) int { return int(f.off[i]) }

// end returns the original offset just after the rune that folded byte
// j-1 came from, so that marks dropped by fold after a span stay outside it.
func (f folded) end(j int) int {
	if j <= 0 {
		return f.at(0)
	}
	start := f.at(j - 1)
	_, w := utf8.DecodeRuneInString(f.src[start:])
	return start + w
}

// foldMatch folds a rune for word matching (after foldBasic).
func foldMatch(r rune) rune {
	switch r {
	case 'ھ': // do-chashmi he: people type ہ and ھ for one another
		return 'ہ'
	case 'آ', 'أ', 'إ', 'ٱ': // alif with madda or hamza: often typed without
		return 'ا'
	case 'ۓ':
		return 'ے'
	case 'ټ': // Pashto letters to the Urdu letters people read them as
		return 'ٹ'
	case 'ډ':
		return 'ڈ'
	case 'ړ':
		return 'ڑ'
	case 'ګ':
		return 'گ'
	case 'ښ':
		return 'ش'
	case 'ڼ':
		return 'ن'
	case 'ې', 'ۍ':
		return 'ی'
	}
	return unicode.ToLower(r)
}

// harakat are Arabic short-vowel and other marks; they are dropped for
// matching ("بیرونِ" is "بیرون").
func harakat(r rune) bool {
	return (r >= 0x064B && r <= 0x065F) || r == 0x0670 || r == 0x0640 || (r >= 0x06D6 && r <= 0x06ED)
}

func apostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '`', '´':
		return true
	}
	return false
}

// clauseBreak reports punctuation that ends a sentence or clause; a phrase
// does not run across one and a negation does not reach over one.
func clauseBreak(r rune) bool {
	switch r {
	case '!', '?', ';', '\n', '۔', '؟', '،', ',', '|', '•', '\r', '؛':
		return true
	}
	return false
}

// token is one word or number of the text, normalised for matching.
type token struct {
	s          string
	start, end int   // byte range in the original text
	brk        bool  // a clause break comes before it
	digits     bool  // s is all ASCII digits
	amount     bool  // part of an amount (set by Assess for the # pattern)
	id         int32 // the word's number in the lexicon's vocabulary, 0 if none
}

// tokenize splits text into normalised tokens. Letters and digits are
// separate tokens ("Rs400" is "rs", "400"); apostrophes join ("can't" is
// "cant"); letters stretched three or more times are squeezed.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+1)
	var b []rune
	kind := 0 // 0 none, 1 letter, 2 digit
	start, end := 0, 0
	brk := false
	flush := func() {
		if len(b) == 0 {
			return
		}
		t := token{start: start, end: end, brk: brk, digits: kind == 2}
		switch {
		case end-start == len(b) && asciiAlnum(text[start:end]):
			t.s = asciiLowerSqueeze(text[start:end]) // no allocation when already clean
		case kind == 1:
			t.s = squeezeRepeats(b)
		default:
			t.s = string(b)
		}
		toks = append(toks, t)
		b = b[:0]
		kind = 0
		brk = false
	}
	for i, r := range text {
		if r < utf8.RuneSelf { // ASCII: the common case, without table lookups
			c := byte(r)
			k := 0
			switch {
			case c >= '0' && c <= '9':
				k = 2
			case c >= 'a' && c <= 'z':
				k = 1
			case c >= 'A' && c <= 'Z':
				k = 1
				c += 'a' - 'A'
			case (c == '\'' || c == '`') && kind == 1:
				continue
			}
			if k == 0 {
				flush()
				if clauseBreak(r) || c == '.' && (i+1 >= len(text) || text[i+1] == ' ' || text[i+1] == '\n') && !afterAbbreviation(toks) {
					brk = true
				}
				continue
			}
			if k != kind {
				flush()
				kind = k
				start = i
			}
			b = append(b, rune(c))
			end = i + 1
			continue
		}
		size := utf8.RuneLen(r)
		if r == utf8.RuneError {
			_, size = utf8.DecodeRuneInString(text[i:]) // 1 for an invalid byte
		}
		f, ok := foldBasic(r)
		if !ok || harakat(f) {
			continue
		}
		if apostrophe(f) && kind == 1 {
			continue
		}
		f = foldMatch(f)
		k := 0
		switch {
		case f >= '0' && f <= '9':
			k = 2
		case unicode.IsLetter(f) || unicode.Is(unicode.Mn, f) || unicode.Is(unicode.Mc, f):
			k = 1
		}
		if k == 0 {
			flush()
			if clauseBreak(f) || f == '.' && (i+1 >= len(text) || text[i+1] == ' ' || text[i+1] == '\n') && !afterAbbreviation(toks) {
				brk = true
			}
			continue
		}
		if k != kind {
			flush()
			kind = k
			start = i
		}
		b = append(b, f)
		end = i + size
	}
	flush()
	return toks
}

func asciiAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// asciiLowerSqueeze is tokenize's normalisation for a plain ASCII word:
// lower case, letter runs of three or more squeezed to one. It returns s
// itself when nothing changes.
func asciiLowerSqueeze(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || i >= 2 && c == s[i-1] && c == s[i-2] && c > '9' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	if b[0] >= '0' && b[0] <= '9' {
		return string(b)
	}
	// squeeze runs of three or more to one (as squeezeRepeats)
	out := b[:0]
	for i := 0; i < len(b); {
		j := i
		for j+1 < len(b) && b[j+1] == b[i] {
			j++
		}
		n := j - i + 1
		if n >= 3 {
			n = 1
		}
		for k := 0; k < n; k++ {
			out = append(out, b[i])
		}
		i = j + 1
	}
	return string(out)
}

// abbreviations end with a dot that does not end a sentence ("No. 3456",
// "Rs. 800", "Mr. Khan").
var abbreviations = map[string]bool{
	"no": true, "nos": true, "rs": true, "mr": true, "mrs": true, "ms": true, "dr": true, "lic": true, "sr": true,
	"st": true, "co": true, "ltd": true, "pvt": true, "reg": true, "ref": true, "govt": true, "dept": true, "www": true,
}

func afterAbbreviation(toks []token) bool {
	return len(toks) > 0 && abbreviations[toks[len(toks)-1].s]
}

// squeezeRepeats shortens letters repeated three or more times to one
// ("pleeease" → "please", "madaaad" → "madad"), as people stretch words; a
// double letter ("saab", "maar") is kept. Same rule as flows.squeezeRepeats.
func squeezeRepeats(rs []rune) string {
	var b strings.Builder
	b.Grow(len(rs))
	for i := 0; i < len(rs); i++ {
		j := i
		for j+1 < len(rs) && rs[j+1] == rs[i] {
			j++
		}
		n := j - i + 1
		if n >= 3 {
			n = 1
		}
		for k := 0; k < n; k++ {
			b.WriteRune(rs[i])
		}
		i = j
	}
	return b.String()
}

// words returns the normalised words of s (for lexicon entries).
func words(s string) []string {
	toks := tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.s
	}
	return out
}

// word normalises s, which must be a single word; ok is false otherwise.
func word(s string) (string, bool) {
	w := words(s)
	if len(w) != 1 {
		return "", false
	}
	return w[0], true
}
