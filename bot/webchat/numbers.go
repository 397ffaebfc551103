package webchat

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// part is a piece of a bot message as the page shows it: plain text, a
// phone number to tap (Tel is the tel: target), or a reference. Numbers and
// references are kept on one line and left to right inside Urdu text.
type part struct {
	Text string `json:"text"`
	Tel  string `json:"tel,omitempty"`
	Ref  bool   `json:"ref,omitempty"`
}

// linker finds the phone numbers and references in bot messages. A number
// becomes a tel: link when it is in a dialable form:
//
//   - international: "+92-51-9207887", "+966 11 488 7272", "0092…" (8-15
//     digits after the +); dialled as written;
//   - Pakistani national, with the leading 0: "051-111-247-786",
//     "0300 1234567" (9-12 digits); dialled as +92 without the 0, which
//     also works from abroad, except toll-free and premium 0800/0900
//     numbers, which only work inside Pakistan and are dialled as written;
//   - a known short number, standing alone: the helplines' own short codes
//     (15, 1122, 1799, 999…), given by the caller from the helplines data.
//
// Other digits (amounts, counts, dates, 7-digit numbers without a prefix)
// stay text: a wrong tap must not dial anyone. Digits may be ASCII or Urdu
// (۰-۹, ٠-٩), separated by single spaces or dashes.
type linker struct {
	short map[string]bool
}

func newLinker(short []string) *linker {
	l := &linker{short: map[string]bool{}}
	for _, s := range short {
		if d, ok := asciiDigits(s); ok && len(d) > 0 && len(d) < 7 && d == s {
			l.short[d] = true
		}
	}
	return l
}

// referenceRe matches a report reference as the bot writes it (HSY- and six
// characters of the reference alphabet).
var referenceRe = regexp.MustCompile(`\bHSY-[2-9A-HJ-NP-Z]{6}\b`)

// parts splits text into plain text, tappable numbers and references. The
// parts' texts joined are text.
func (l *linker) parts(text string) []part {
	var out []part
	plain := func(s string) {
		if s == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].Tel == "" && !out[n-1].Ref {
			out[n-1].Text += s
			return
		}
		out = append(out, part{Text: s})
	}
	refs := referenceRe.FindAllStringIndex(text, -1)
	at := 0
	for _, r := range refs {
		l.numbers(text[at:r[0]], plain, &out)
		out = append(out, part{Text: text[r[0]:r[1]], Ref: true})
		at = r[1]
	}
	l.numbers(text[at:], plain, &out)
	return out
}

// numbers appends the parts of a text without references.
func (l *linker) numbers(text string, plain func(string), out *[]part) {
	at := 0
	for i := 0; i < len(text); {
		start, end, ok := runAt(text, i)
		if !ok {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			continue
		}
		for _, c := range l.candidates(text[start:end]) {
			plain(text[at : start+c.from])
			*out = append(*out, part{Text: text[start+c.from : start+c.to], Tel: c.tel})
			at = start + c.to
		}
		i = end
	}
	plain(text[at:])
}

type candidate struct {
	from, to int // byte offsets in the run
	tel      string
}

// candidates are the dialable numbers in one run of digits: the whole run,
// or else each of its space-separated pieces ("1122 15" is two numbers).
func (l *linker) candidates(run string) []candidate {
	if tel := l.dial(run); tel != "" {
		return []candidate{{0, len(run), tel}}
	}
	var out []candidate
	from := 0
	for _, piece := range strings.SplitAfter(run, " ") {
		word := strings.TrimSuffix(piece, " ")
		if tel := l.dial(word); tel != "" && word != run {
			out = append(out, candidate{from, from + len(word), tel})
		}
		from += len(piece)
	}
	return out
}

// dial returns the tel: target of a run of digits, or "" when it is not a
// number to dial.
func (l *linker) dial(run string) string {
	d, _ := asciiDigits(run)
	switch {
	case strings.HasPrefix(run, "+") && len(d) >= 8 && len(d) <= 15:
		return "+" + d
	case strings.HasPrefix(d, "00") && len(d) >= 10 && len(d) <= 17:
		return "+" + d[2:]
	case strings.HasPrefix(d, "0800") || strings.HasPrefix(d, "0900"):
		if len(d) >= 9 && len(d) <= 12 {
			return d
		}
	case strings.HasPrefix(d, "0") && len(d) >= 9 && len(d) <= 12:
		return "+92" + d[1:]
	case l.short[d] && !strings.ContainsAny(run, " -"):
		return d
	}
	return ""
}

// runAt finds a run of digits starting at byte i: an optional +, digits,
// and single spaces or dashes between digits. It refuses a run that is part
// of a word, an amount or a date ("Rs15", "15,000", "12/2024", "10:30").
func runAt(text string, i int) (start, end int, ok bool) {
	r, size := utf8.DecodeRuneInString(text[i:])
	start = i
	if r == '+' {
		next, _ := utf8.DecodeRuneInString(text[i+size:])
		if !isDigit(next) {
			return 0, 0, false
		}
	} else if !isDigit(r) {
		return 0, 0, false
	}
	if before, ok := lastRune(text[:start]); ok {
		if unicode.IsLetter(before) || isDigit(before) || before == '+' || before == '_' {
			return 0, 0, false
		}
		if strings.ContainsRune(",./:", before) {
			if b2, ok := lastRune(text[:start-utf8.RuneLen(before)]); ok && isDigit(b2) {
				return 0, 0, false
			}
		}
	}
	end = i + size
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if isDigit(r) {
			end += size
			continue
		}
		if r == ' ' || r == '-' || r == '\u00a0' {
			if next, _ := utf8.DecodeRuneInString(text[end+size:]); isDigit(next) {
				end += size
				continue
			}
		}
		break
	}
	if after, size := utf8.DecodeRuneInString(text[end:]); end < len(text) {
		if unicode.IsLetter(after) || after == '%' {
			return 0, 0, false
		}
		if strings.ContainsRune(",./:", after) {
			if next, _ := utf8.DecodeRuneInString(text[end+size:]); isDigit(next) {
				return 0, 0, false
			}
		}
	}
	return start, end, true
}

func lastRune(s string) (rune, bool) {
	if s == "" {
		return 0, false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r, true
}

// isDigit reports ASCII digits and the Arabic-Indic digits Urdu uses.
func isDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= '٠' && r <= '٩' || r >= '۰' && r <= '۹'
}

// asciiDigits returns the digits of s in ASCII, and whether s was nothing
// but digits.
func asciiDigits(s string) (string, bool) {
	var b strings.Builder
	only := true
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '٠' && r <= '٩':
			b.WriteRune('0' + r - '٠')
		case r >= '۰' && r <= '۹':
			b.WriteRune('0' + r - '۰')
		default:
			only = false
		}
	}
	return b.String(), only
}

// direction is "rtl" when most of the letters in text are of a
// right-to-left script (Urdu), "ltr" when there are letters and most are
// not, and "auto" when there are none. The first letter alone, which is what
// dir="auto" reads, would make an Urdu message that starts with a reference
// or a Latin name run left to right.
func direction(text string) string {
	rtl, ltr := 0, 0
	for _, r := range text {
		switch {
		case !unicode.IsLetter(r):
		case unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko):
			rtl++
		default:
			ltr++
		}
	}
	switch {
	case rtl > ltr:
		return "rtl"
	case ltr > 0:
		return "ltr"
	}
	return "auto"
}
