package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FoldMatch folds a rune for word matching (after FoldRune).
func FoldMatch(r rune) rune {
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

// ClauseBreak reports punctuation that ends a sentence or clause; a phrase
// does not run across one and a negation does not reach over one.
func ClauseBreak(r rune) bool {
	switch r {
	case '!', '?', ';', '\n', '۔', '؟', '،', ',', '|', '•', '\r', '؛', '…':
		return true
	}
	return false
}

// groupingComma reports a comma between digits ("60,000", "1,85,000"):
// it groups a number, and a phrase runs across it ("sent 60,000 from
// Riyadh").
func groupingComma(text string, i int) bool {
	if text[i] != ',' || i == 0 || i+1 >= len(text) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsDigit(before) && unicode.IsDigit(after) // ASCII, Urdu or Arabic-Indic
}

// Token is one word or number of the text, normalised for matching.
type Token struct {
	S          string // the word, normalised
	Start, End int    // byte range in the original text
	Brk        bool   // a clause break comes before it
	Digits     bool   // S is all ASCII digits
	Amount     bool   // part of an amount (set by triage for the # pattern)
	ID         int32  // the word's number in the lexicon's vocabulary, 0 if none
}

// Tokenize splits text into normalised tokens. Letters and digits are
// separate tokens ("Rs400" is "rs", "400"); apostrophes join ("can't" is
// "cant"); letters stretched three or more times are squeezed.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5+1)
	var b []rune
	kind := 0 // 0 none, 1 letter, 2 digit
	start, end := 0, 0
	brk := false
	flush := func() {
		if len(b) == 0 {
			return
		}
		t := Token{Start: start, End: end, Brk: brk, Digits: kind == 2}
		switch {
		case end-start == len(b) && asciiAlnum(text[start:end]):
			t.S = asciiLowerSqueeze(text[start:end]) // no allocation when already clean
		case kind == 1:
			t.S = squeezeRunes(b)
		default:
			t.S = string(b)
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
				if ClauseBreak(r) && !groupingComma(text, i) || c == '.' && (i+1 >= len(text) || text[i+1] == ' ' || text[i+1] == '\n') && !afterAbbreviation(toks, text[i+1:]) && !afterInitial(text, toks, i) {
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
		f, ok := FoldRune(r)
		if ok && harakat(f) && kind == 1 {
			end = i + size // "مصطفیٰ": the mark is read past, but the word as written keeps it
			continue
		}
		if !ok || harakat(f) {
			continue
		}
		if apostrophe(f) && kind == 1 {
			continue
		}
		f = FoldMatch(f)
		k := 0
		switch {
		case f >= '0' && f <= '9':
			k = 2
		case unicode.IsLetter(f) || unicode.Is(unicode.Mn, f) || unicode.Is(unicode.Mc, f):
			k = 1
		}
		if k == 0 {
			flush()
			if ClauseBreak(f) || f == '.' && (i+1 >= len(text) || text[i+1] == ' ' || text[i+1] == '\n') && !afterAbbreviation(toks, text[i+1:]) && !afterInitial(text, toks, i) {
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

// asciiLowerSqueeze is Tokenize's normalisation for a plain ASCII word:
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
	// squeeze runs of three or more to one (as Squeeze)
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
	// titles written before a name: "Ch. Travels", "Sh. Rasheed", "Engr. Tariq"
	"ch": true, "chd": true, "sh": true, "engr": true, "prof": true, "capt": true, "col": true, "maj": true, "mohd": true, "muhd": true,
}

// afterAbbreviation reports a full stop that ends an abbreviation ("Pvt.
// Ltd.", "contact no. 0300…"), not a sentence. A "No." that opens the text
// with no digits after it is the answer no ("No. I paid 80000", "no. he
// took it"), and its full stop ends it.
// afterInitial reports a full stop at i that ends an initial, a capital
// letter alone before a capitalised name ("M. Usman", "in the name M.
// Arslan", C139-008, C142-004): no clause ends there.
func afterInitial(text string, toks []Token, i int) bool {
	if len(toks) == 0 {
		return false
	}
	last := toks[len(toks)-1]
	if last.End != i || last.End-last.Start != 1 || text[last.Start] < 'A' || text[last.Start] > 'Z' {
		return false
	}
	rest := strings.TrimLeft(text[i+1:], " ")
	return rest != "" && rest[0] >= 'A' && rest[0] <= 'Z'
}

func afterAbbreviation(toks []Token, rest string) bool {
	if len(toks) == 1 && toks[0].S == "no" {
		rest = strings.TrimLeft(rest, " \n")
		return rest != "" && (rest[0] >= '0' && rest[0] <= '9' || rest[0] == '+')
	}
	if len(toks) == 0 || !abbreviations[toks[len(toks)-1].S] {
		return false
	}
	if legalEnds[toks[len(toks)-1].S] {
		// "Harbour Lane Staffing Ltd. The person who handled me is …"
		// (C243-002): a firm's legal form, then a capitalised word that is
		// no other legal form, ends the sentence ("Pvt. Ltd." does not)
		rest = strings.TrimLeft(rest, " ")
		if rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
			w, _, _ := strings.Cut(rest, " ")
			return legalEnds[strings.ToLower(strings.TrimRight(w, ".,"))]
		}
	}
	return true
}

// legalEnds are the abbreviations of a firm's legal form.
var legalEnds = map[string]bool{"co": true, "ltd": true, "pvt": true, "inc": true, "llc": true, "corp": true, "sp": true}

// Squeeze shortens letters repeated three or more times to one
// ("pleeease" → "please", "madaaad" → "madad"), as people stretch words; a
// double letter ("saab", "maar") is kept.
func Squeeze(s string) string { return squeezeRunes([]rune(s)) }

func squeezeRunes(rs []rune) string {
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

// Words returns the normalised words of s (for lexicon entries).
func Words(s string) []string {
	toks := Tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.S
	}
	return out
}

// Word normalises s, which must be a single word; ok is false otherwise.
func Word(s string) (string, bool) {
	w := Words(s)
	if len(w) != 1 {
		return "", false
	}
	return w[0], true
}

// NormalizeWord normalises a run of letters (already folded by Fold) as
// Tokenize does a word: lower case, harakat dropped, letter variants
// folded, stretched letters squeezed.
func NormalizeWord(w string) string {
	if asciiAlnum(w) {
		return asciiLowerSqueeze(w)
	}
	rs := make([]rune, 0, len(w))
	for _, r := range w {
		if !harakat(r) {
			rs = append(rs, FoldMatch(r))
		}
	}
	return squeezeRunes(rs)
}

// Normalize returns the normalised words of s joined by single spaces: the
// form in which two wordings are compared.
func Normalize(s string) string { return strings.Join(Words(s), " ") }
