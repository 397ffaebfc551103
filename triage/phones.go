package triage

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hoshyar/hoshyar/lang"
	"github.com/nyaruka/phonenumbers"
)

// phoneRuns finds runs of digits with the separators people put in phone
// numbers: spaces, dashes, dots, brackets and a leading "+" (the Urdu full
// stop and the Unicode dashes between groups are hyphens by then: Extract
// reads the text through lang.NumberMarks).
func phoneRuns(s string) [][2]int {
	var out [][2]int
	sep := func(c byte) bool { return c == ' ' || c == '\t' || c == '-' || c == '.' || c == '(' || c == ')' }
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		start := i
		if start > 0 && s[start-1] == '(' {
			start--
		}
		if start > 0 && s[start-1] == '+' {
			start--
		}
		end := i + 1
		for j := i + 1; j < len(s); j++ {
			c := s[j]
			if c >= '0' && c <= '9' {
				end = j + 1
				continue
			}
			if !sep(c) || c == '.' && s[j-1] >= '0' && s[j-1] <= '9' && j+1 < len(s) && s[j+1] == ' ' {
				break // a full stop and a space end the number: "091-5273840. 3 lakh" (C396-021)
			}
		}
		out = append(out, [2]int{start, end})
		i = end
	}
	return out
}

type phoneSpan struct {
	i, j int
	e164 string
}

type digitGroup struct {
	d    string
	i, j int
}

// findPhones returns the valid phone numbers in s (folded, with CNICs,
// links and licences blanked). A run of digit groups is read from each
// group that can start a number (+, 00, 0, or 92 followed by a full
// Pakistani mobile number), taking the longest prefix of groups that
// phonenumbers accepts as a valid number; so two numbers written side by
// side are found as two. A national number that is not valid in Pakistan
// is tried in each country the text names ("050 123 4567" beside
// "Saudia").
func findPhones(s string, countries []string) []phoneSpan {
	var out []phoneSpan
	cache := map[string]string{}
	for _, m := range phoneRuns(s) {
		i, j := m[0], m[1]
		if i > 0 && (isASCIIAlnum(s[i-1]) || s[i-1] == '/' || s[i-1] == '@') {
			continue
		}
		run := s[i:j]
		plus := strings.HasPrefix(run, "+")
		groups := splitDigitGroups(run, i)
		for g := 0; g < len(groups); g++ {
			first := groups[g].d
			lead := plus && g == 0
			if !lead && !strings.HasPrefix(first, "0") && !strings.HasPrefix(first, "92") {
				continue
			}
			best, bestNum := -1, ""
			digits := ""
			owner, theirs := ownerBefore(s, groups[g].i)
			for e := g; e < len(groups); e++ {
				digits += groups[e].d
				if len(digits) > 15 {
					break
				}
				if len(digits) < 10 {
					continue
				}
				if num, ok := parsePhone(digits, lead, countries, cache); ok {
					// (written with a Pakistani area code's grouping, "Contact
					// 051-2874410" in an advert for Jeddah, blind198 EN-038, a
					// number given is the landline it reads as; a kafeel's
					// "055-3812047" is his mobile)
					pkGrouped := e == g+1 && len(groups[g].d) == 3 && len(groups[e].d) == 7
					if owner && (theirs || !pkGrouped) {
						num = abroadMobile(num, digits, countries)
					}
					best, bestNum = e, num
				}
			}
			if best >= 0 && idBefore(s, i) {
				break // "ٹرانزیکشن آئی ڈی ۰۴۲۷۷۱۹۳۸۰۵": the run is an id, not a number to call
			}
			if best >= 0 {
				out = append(out, phoneSpan{groups[g].i, groups[best].j, bestNum})
				g = best
			}
		}
	}
	return out
}

func splitDigitGroups(run string, base int) []digitGroup {
	var gs []digitGroup
	for k := 0; k < len(run); {
		if run[k] < '0' || run[k] > '9' {
			k++
			continue
		}
		e := k
		for e < len(run) && run[e] >= '0' && run[e] <= '9' {
			e++
		}
		gs = append(gs, digitGroup{run[k:e], base + k, base + e})
		k = e
	}
	return gs
}

// parsePhone returns digits as E.164 if they make a valid number: with a
// "+" as international; with 00 as Pakistan's international prefix; 92
// and twelve digits as a Pakistani number missing its "+"; with 0 as
// national, in Pakistan first and then in each of the countries named.
// cache may be nil.
func parsePhone(digits string, plus bool, countries []string, cache map[string]string) (string, bool) {
	key := digits
	if plus {
		key = "+" + digits
	}
	if cache != nil {
		if v, ok := cache[key]; ok {
			return v, v != ""
		}
	}
	num := ""
	switch {
	case plus:
		num = validE164("+"+digits, "PK")
		if num == "" {
			num = possibleForeign("+" + digits)
		}
	case strings.HasPrefix(digits, "00"):
		num = validE164(digits, "PK")
	case strings.HasPrefix(digits, "92") && len(digits) == 12:
		num = validE164("+"+digits, "PK")
	case strings.HasPrefix(digits, "0"):
		num = validE164(digits, "PK")
		for _, c := range countries {
			if num != "" {
				break
			}
			num = validE164(digits, c)
		}
	}
	if cache != nil {
		cache[key] = num
	}
	return num, num != ""
}

// ownerBefore reports one whose number is abroad (lexicon
// foreign_number_owners: "kafeel", "کفیل") among the four words before
// s[i:] ("کفیل کا نمبر ۰۵۵۳۸۱۲۰۴۷", "kafeel's mobile no. 0553812047"),
// or the writer giving their own (own_number_words: "mera no
// 0568220473", "رابطہ: شفقت ۰۵۵۳۲۱۸۰۷۴"), or a country named right before
// it ("یو اے ای والا نمبر ۰۵۲۷۷۳۹۰۱۸", A67-0331): a writer who names the one
// country where the number is a mobile writes it the way it is dialled
// there (blind26 UR-013, RU-013).
//
// theirs is whether the number is named as one abroad (an owner or a
// country), not only given as the writer's or a contact.
func ownerBefore(s string, i int) (owner, theirs bool) {
	words := wordsBefore(s, i, 80)
	for k := len(words) - 1; k >= 0 && k >= len(words)-4; k-- {
		if lex.numberOwners[words[k]] {
			return true, true
		}
		if lex.ownNumber[words[k]] {
			owner = true
		}
	}
	if countryNumberBefore(words) {
		return true, true
	}
	return owner, false
}

// countryNumberBefore reports words ending in a country's number: the
// country, a "wala" or "ka" maybe, and a word for a number ("یو اے ای والا
// نمبر", "Saudi number", A67-0331); not a country told a clause before
// ("… Saudi Arabia. Office number 051-5536284", C159-007).
func countryNumberBefore(words []string) bool {
	k := len(words) - 1
	if k >= 2 && lex.numberCopulas[words[k]] {
		k-- // "سعودی نمبر ہے ۰۵۵۷۳۱۲۴۹۰", "Saudi number is 0557…" (A112-0336)
	}
	if k < 1 || !lex.numberNouns[words[k]] {
		return false
	}
	k--
	if lex.numberLinks[words[k]] {
		k--
	}
	return k >= 0 && endsAt(words, k, lex.countryWords)
}

// idBefore reports an id word (lexicon not_phone_before: "tid", "otp",
// "ٹرانزیکشن") among the three words before s[i:]. It is read only for a
// run in which a number was found.
func idBefore(s string, i int) bool {
	words := wordsBefore(s, i, 40)
	for k := len(words) - 1; k >= 0 && k >= len(words)-3; k-- {
		if endsAt(words, k, lex.notPhoneBefore) {
			return true
		}
	}
	return false
}

// endsAt reports an entry of set (a wordSet, whose entries may be of up
// to three words: "او ٹی پی") ending at words[k].
func endsAt(words []string, k int, set map[string]bool) bool {
	for n := 1; n <= 3 && n <= k+1; n++ {
		if set[strings.Join(words[k-n+1:k+1], " ")] {
			return true
		}
	}
	return false
}

// wordsBefore returns the words of the n bytes before s[i:] (from a rune's
// start).
func wordsBefore(s string, i, n int) []string {
	from := max(0, i-n)
	for from > 0 && !utf8.RuneStart(s[from]) {
		from++
	}
	return lang.Words(s[from:i])
}

// abroadMobile reads a number written the local way (0 and nine digits)
// that Pakistan takes for a landline ("055-3812047", Gujranwala) as the
// mobile it is in the one country the text names where it is one
// (Saudi Arabia's 05XXXXXXXX): the caller has found it to be a kafeel's
// (blind25 UR-011). A Pakistani mobile, a number valid in no named
// country or in two of them, is left as it was.
func abroadMobile(num, digits string, countries []string) string {
	if !strings.HasPrefix(digits, "0") || strings.HasPrefix(digits, "00") || !strings.HasPrefix(num, "+92") {
		return num
	}
	if p, err := phonenumbers.Parse(num, "PK"); err != nil || phonenumbers.GetNumberType(p) != phonenumbers.FIXED_LINE {
		return num
	}
	found := ""
	for _, c := range countries {
		p, err := phonenumbers.Parse(digits, c)
		if err != nil || !phonenumbers.IsValidNumber(p) {
			continue
		}
		if t := phonenumbers.GetNumberType(p); t != phonenumbers.MOBILE && t != phonenumbers.FIXED_LINE_OR_MOBILE {
			continue
		}
		f := phonenumbers.Format(p, phonenumbers.E164)
		if found != "" && found != f {
			return num // mobile in two countries named: no telling which
		}
		found = f
	}
	if found == "" {
		return num
	}
	return found
}

// possibleForeign accepts a number written with its "+" and a country code
// other than Pakistan's when its length is possible there, though the
// metadata does not list its range (a new mobile range, a number kept for
// examples such as +44 7700 900xxx): the "+" says it is a phone number.
func possibleForeign(s string) string {
	p, err := phonenumbers.Parse(s, "ZZ")
	if err != nil || p.GetCountryCode() == 92 || phonenumbers.IsPossibleNumberWithReason(p) != phonenumbers.IS_POSSIBLE {
		return ""
	}
	if phonenumbers.GetRegionCodeForNumber(p) == "" && phonenumbers.GetRegionCodeForCountryCode(int(p.GetCountryCode())) == "ZZ" {
		return ""
	}
	return phonenumbers.Format(p, phonenumbers.E164)
}

func validE164(s, region string) string {
	p, err := phonenumbers.Parse(s, region)
	if err != nil || !phonenumbers.IsValidNumber(p) {
		return ""
	}
	return phonenumbers.Format(p, phonenumbers.E164)
}

// mobilePrefixOh is a Pakistani mobile's prefix typed with the letter O for
// a zero ("03O1-2238876", A114-0336).
var mobilePrefixOh = regexp.MustCompile(`\b(?:03[0-9]?[oO]|0[oO]3|[oO]3[0-9])[0-9oO]?[-\s]?[0-9]{6,7}\b`)

// ohAsZero returns masked with the O typed for a zero in a mobile prefix
// made a zero (a copy; the same length, so spans still fit the text).
func ohAsZero(masked []byte) []byte {
	locs := mobilePrefixOh.FindAllIndex(masked, -1)
	if locs == nil {
		return masked
	}
	out := slices.Clone(masked)
	for _, l := range locs {
		for k := l[0]; k < l[1] && k < l[0]+5; k++ {
			if out[k] == 'o' || out[k] == 'O' {
				out[k] = '0'
			}
		}
	}
	return out
}
