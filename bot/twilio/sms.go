package twilio

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/hoshyar/hoshyar/bot"
)

// Message size limits. Twilio refuses a body over 1,600 characters; an SMS
// is billed per segment: 160 GSM-7 characters (153 per part once split) or
// 70 UCS-2 ones (67 per part) as soon as one character is not GSM-7.
const (
	maxBodyChars    = 1600
	maxSMSSegments  = 5 // per message we send: 765 GSM-7 or 335 UCS-2 characters
	gsmSingle       = 160
	gsmPart         = 153
	ucs2Single      = 70
	ucs2Part        = 67
	paragraphBreak  = "\n\n"
	optionSeparator = "\n\n"
)

// The GSM 03.38 default alphabet (0x1B, the escape, left out) and its
// extension table, whose characters take two septets.
const (
	gsm7Basic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
		"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
	gsm7Extension = "\f^{}\\[~]|€"
)

var gsm7Cost = func() map[rune]int {
	m := map[rune]int{}
	for _, r := range gsm7Basic {
		m[r] = 1
	}
	for _, r := range gsm7Extension {
		m[r] = 2
	}
	return m
}()

// isGSM7 reports whether s can be sent in the GSM-7 alphabet.
func isGSM7(s string) bool {
	for _, r := range s {
		if gsm7Cost[r] == 0 {
			return false
		}
	}
	return true
}

// segments counts the SMS segments s is billed as. A character is never
// cut across two segments (an extension character's two septets, a UTF-16
// surrogate pair).
func segments(s string) int {
	gsm := isGSM7(s)
	single, part := ucs2Single, ucs2Part
	cost := utf16.RuneLen
	if gsm {
		single, part = gsmSingle, gsmPart
		cost = func(r rune) int { return gsm7Cost[r] }
	}
	total := 0
	for _, r := range s {
		total += cost(r)
	}
	if total <= single {
		return 1
	}
	n, used := 1, 0
	for _, r := range s {
		c := cost(r)
		if used+c > part {
			n++
			used = 0
		}
		used += c
	}
	return n
}

// bodyLen counts characters as Twilio's 1,600 limit does; UTF-16 units are
// the cautious reading (an emoji counts two).
func bodyLen(s string) int { return len(utf16.Encode([]rune(s))) }

func smsFits(s string) bool      { return bodyLen(s) <= maxBodyChars && segments(s) <= maxSMSSegments }
func whatsAppFits(s string) bool { return bodyLen(s) <= maxBodyChars }

// gsm7Replacements turn common typography into GSM-7.
var gsm7Replacements = map[rune]string{
	'‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '`': "'", '´': "'",
	'“': `"`, '”': `"`, '„': `"`, '‟': `"`, '″': `"`, '«': `"`, '»': `"`,
	'‐': "-", '‑': "-", '‒': "-", '–': "-", '—': "-", '―': "-", '−': "-",
	'…': "...", '•': "-", '·': "-", '×': "x", '÷': "/",
	'\t': " ", '\u00A0': " ", '\u2007': " ", '\u202F': " ", '\u3000': " ",
	'،': ",", '؛': ";", '؟': "?", '۔': ".",
}

// toGSM7 rewrites s in the GSM-7 alphabet: typography is replaced,
// accents the alphabet lacks are dropped (á → a), Urdu and Arabic-Indic
// digits become 0–9, and what cannot be written (emoji, invisible format
// characters, other symbols) is removed. ok is false, and s is returned
// unchanged, when s has a letter or digit that has no GSM-7 form (Urdu
// script, say): such a message is sent as UCS-2, as written.
func toGSM7(s string) (string, bool) {
	if isGSM7(s) {
		return s, true
	}
	var b strings.Builder
	removed := false
	for _, r := range s {
		rep, ok := gsm7Rune(r)
		switch {
		case ok && rep == "":
			removed = true
			continue
		case !ok:
			return s, false
		}
		// A removed emoji leaves no double or leading space behind.
		if rep == " " && removed && (b.Len() == 0 || strings.HasSuffix(b.String(), " ")) {
			continue
		}
		removed = false
		b.WriteString(rep)
	}
	return strings.TrimRight(b.String(), " "), true
}

// gsm7Rune returns r's GSM-7 form ("" to drop it); ok is false for a letter
// or digit that has none.
func gsm7Rune(r rune) (string, bool) {
	if gsm7Cost[r] > 0 {
		return string(r), true
	}
	if rep, ok := gsm7Replacements[r]; ok {
		return rep, true
	}
	if unicode.IsSpace(r) {
		return " ", true
	}
	switch {
	case r >= '٠' && r <= '٩': // Arabic-Indic digits
		return strconv.Itoa(int(r - '٠')), true
	case r >= '۰' && r <= '۹': // Extended Arabic-Indic (Urdu) digits
		return strconv.Itoa(int(r - '۰')), true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		// A letter with an accent GSM-7 lacks: keep the base letter.
		d := norm.NFD.String(string(r))
		base, size := utf8.DecodeRuneInString(d)
		if gsm7Cost[base] > 0 && strings.IndexFunc(d[size:], func(m rune) bool { return !unicode.Is(unicode.Mn, m) }) < 0 {
			return string(base), true
		}
		return "", false
	}
	return "", true // emoji, symbols, zero-width and bidi marks
}

// numbered renders buttons as the numbered options WhatsApp and SMS show;
// the flow understands the typed number as well as the word.
func numbered(buttons []bot.Button) string {
	var b strings.Builder
	for i, btn := range buttons {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(strconv.Itoa(i + 1))
		b.WriteString(". ")
		b.WriteString(btn.Label)
	}
	return b.String()
}

// compose turns a reply into the bodies to send, in order: the text with
// its numbered options, split so that each body fits, the options all in
// the last body.
func compose(channel, text string, buttons []bot.Button) []string {
	text = strings.TrimSpace(text)
	options := numbered(buttons)
	fits := whatsAppFits
	if channel == bot.SMS {
		fits = smsFits
		// GSM-7 only when the whole reply can be: one Urdu letter makes
		// it UCS-2 anyway, and then it goes as written.
		if t, ok := toGSM7(text); ok {
			if o, ok := toGSM7(options); ok {
				text, options = t, o
			}
		}
	}
	if options == "" {
		return split(text, fits)
	}
	join := func(s string) string {
		if s == "" {
			return options
		}
		return s + optionSeparator + options
	}
	if fits(join(text)) {
		return []string{join(text)}
	}
	if !fits(options) {
		return split(join(text), fits)
	}
	parts := split(text, fits)
	last := parts[len(parts)-1]
	tail := split(last, func(s string) bool { return fits(join(s)) })
	tail[len(tail)-1] = join(tail[len(tail)-1])
	return append(parts[:len(parts)-1], tail...)
}

// split cuts text into parts that each satisfy fits (which must hold for
// every prefix of a part that holds), at a paragraph break, else after a
// sentence, else between words, else anywhere, keeping each part at least
// half as long as it could be.
func split(text string, fits func(string) bool) []string {
	var parts []string
	for text != "" && !fits(text) {
		end := longestFit(text, fits)
		cut := cutPoint(text, end)
		if part := strings.TrimRightFunc(text[:cut], unicode.IsSpace); part != "" {
			parts = append(parts, part)
		}
		text = strings.TrimLeftFunc(text[cut:], unicode.IsSpace)
	}
	if text != "" || len(parts) == 0 {
		parts = append(parts, text)
	}
	return parts
}

// longestFit returns the end of the longest prefix of text that fits, at
// least one character.
func longestFit(text string, fits func(string) bool) int {
	var ends []int
	for i, r := range text {
		ends = append(ends, i+utf8.RuneLen(r))
	}
	n := sort.Search(len(ends), func(i int) bool { return !fits(text[:ends[i]]) })
	if n == 0 {
		return ends[0]
	}
	return ends[n-1]
}

// cutPoint picks where to end a part within text[:end].
func cutPoint(text string, end int) int {
	if end >= len(text) {
		return end
	}
	half := end / 2
	if i := strings.LastIndex(text[:end], paragraphBreak); i >= half && i > 0 {
		return i
	}
	sentence, word := -1, -1
	for i, r := range text[:end] {
		if i < half {
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[i+utf8.RuneLen(r):])
		switch {
		case r == '\n':
			sentence = i
		case strings.ContainsRune(".!?۔؟", r) && unicode.IsSpace(next):
			sentence = i + utf8.RuneLen(r)
		}
		if unicode.IsSpace(r) {
			word = i
		}
	}
	if next, _ := utf8.DecodeRuneInString(text[end:]); unicode.IsSpace(next) {
		word = end
	}
	switch {
	case sentence > 0:
		return sentence
	case word > 0:
		return word
	}
	return end
}
