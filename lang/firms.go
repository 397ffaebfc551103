package lang

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// firmRe finds a recruiting firm's name as adverts write it: capitalised
// words ending in a trade word ("Al-Haram Manpower Services", "Falcon Gulf
// Manpower", "Sadaf Travels"), a second trade joined with "and" or "&"
// its own ("Skyline Travel and Tours", C25-003).
var firmRe = regexp.MustCompile(`\b((?:[A-Z][\w&'.-]*[ \t]+){0,4}?(?:[A-Z][\w&'.-]*[ \t]+)?(?:Manpower|Overseas|Travels?|Tours|Recruit(?:ing|ment)|Agency|Enterprises?|Consultants?|Consultancy|Services|Employment|Promoters?|International|Associates|Corporation|Solutions|Immigration|Hub|Careers|Tech|Technologies|Visa[ \t]+Services|HR)\b(?:[ \t]+(?:and|&)[ \t]+(?:Tours|Travels?|Services|Consultants?|Manpower|Recruitment|Promoters?)\b)?(?:[ \t]+(?:Services|Solutions|Consultants?|Employment|Promoters?|Agency|International|Pvt|Private|Ltd|Limited|Co|Company|Group|Careers|Pakistan|Official|Corporation|Corp)\b\.?)*)`)

// FirmNames returns the firms' names written in text, in order: two words
// at least ("Manpower" alone, or "Visa Services", names no firm), each on
// one line ("Saudi Arabia" on the line above is no part of a firm).
func FirmNames(text string) []string {
	var out []string
	for _, m := range firmRe.FindAllStringSubmatch(text, -1) {
		f := strings.Fields(m[1])
		for k := len(f) - 2; k >= 0; k-- {
			if sentenceEnd(f[k]) {
				f = f[k+1:] // "… an OEP in Karachi. Pak Gulf Manpower": a sentence ended before it
				break
			}
		}
		for len(f) > 0 && notFirmWords[strings.ToLower(f[0])] {
			f = f[1:] // "Contact Al-Haram Manpower": the verb is no part of it
		}
		name := strings.Join(f, " ")
		if strings.HasSuffix(name, ".") && !abbrevEnd.MatchString(name) {
			name = strings.TrimRight(name, ".") // "… Recruiting Agency." ends a sentence
		}
		if len(strings.Fields(name)) >= 2 && !strings.EqualFold(name, "Visa Services") {
			out = append(out, name)
		}
	}
	// A name in quote marks with a word of the trade, in any script
	// ("کمپنی «النور اوورسیز ایمپلائمنٹ» لائسنس نمبر …", C245-013): the
	// pattern above reads capitalised Latin names only.
	for _, q := range quotedFirms(text) {
		if !slices.ContainsFunc(out, func(o string) bool { return strings.Contains(o, q) || strings.Contains(q, o) }) {
			out = append(out, q)
		}
	}
	slices.SortStableFunc(out, func(a, b string) int { return strings.Index(text, a) - strings.Index(text, b) })
	return out
}

// quotedFirms are the texts in quote marks, two to six words, that hold a
// word of the trade ("overseas", "اوورسیز", "travels").
func quotedFirms(text string) []string {
	var out []string
	for _, q := range quotePairs {
		for from := 0; from < len(text); {
			a := strings.Index(text[from:], q[0])
			if a < 0 {
				break
			}
			a += from + len(q[0])
			b := strings.Index(text[a:], q[1])
			if b <= 0 {
				break
			}
			in := strings.TrimSpace(text[a : a+b])
			if n := len(strings.Fields(in)); n >= 2 && n <= 6 && stdReader.tradeIn(stdReader.Read(in).toks) && !notFirmEnd(in) {
				out = append(out, in)
			}
			from = a + b + len(q[1])
		}
	}
	return out
}

// notFirmEnd reports a quoted text that ends on a word of a charge or of
// a person's trade ("she owes $5000 'recruitment cost'", C307-016; "pay
// USD 850 to their 'immigration lawyer'", C308-007): what the money is
// called, or who takes it, not a firm.
func notFirmEnd(in string) bool {
	toks := Tokenize(in)
	return len(toks) > 0 && notFirmEnds[toks[len(toks)-1].S]
}

var notFirmEnds = mustClass("quoted_not_firm_ends")

// sentenceEnd reports a word that ends a sentence: a full stop that is
// not an abbreviation's ("Pvt.", "Ch.", "M.").
func sentenceEnd(w string) bool {
	if !strings.HasSuffix(w, ".") || abbrevEnd.MatchString(w) {
		return false
	}
	core := strings.TrimRight(w, ".")
	return len([]rune(core)) > 3 && !strings.Contains(core, ".")
}

// abbrevEnd is a company's abbreviation whose full stop is its own.
var abbrevEnd = regexp.MustCompile(`(?i)\b(pvt|ltd|co|inc|corp|intl)\.$`)

// notFirmWords begin a sentence before a firm's name, capitalised.
var notFirmWords = mustClass("not_firm_words")

// GroupLakh writes v as people in Pakistan read it, in lakhs and crores:
// 350000 → "3,50,000", 12500000 → "1,25,00,000".
func GroupLakh(v int64) string {
	s := strconv.FormatInt(v, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	if len(s) > 3 {
		head, tail := s[:len(s)-3], s[len(s)-3:]
		var parts []string
		for len(head) > 2 {
			parts = append([]string{head[len(head)-2:]}, parts...)
			head = head[:len(head)-2]
		}
		if head != "" {
			parts = append([]string{head}, parts...)
		}
		s = strings.Join(parts, ",") + "," + tail
	}
	if neg {
		return "-" + s
	}
	return s
}
