package triage

import (
	"regexp"
	"strings"
)

// An OEP licence number as BE&OE issues it: digits, a slash and the code of
// the Protectorate city, "3456/RWP". It counts when a licence keyword
// ("licence", "License #", "OEP", "لائسنس نمبر") comes shortly before it, or
// when the city code is a known one (lexicon.json).
var licenceRe = regexp.MustCompile(`(?i)(\d{1,5})\s*/\s*([a-z]{2,4})`)

// keywordWindow is how many bytes before the number a keyword may be.
const keywordWindow = 48

type licenceSpan struct {
	i, j int
	norm string
}

func findLicences(s string) []licenceSpan {
	var out []licenceSpan
	lower := strings.ToLower(s)
	for _, m := range licenceCandidates(s) {
		i, j := m[0], m[1]
		if i > 0 && (isASCIIAlnum(s[i-1]) || s[i-1] == '/' || s[i-1] == '.' || s[i-1] == ',') {
			continue
		}
		if j < len(s) && (isASCIIAlnum(s[j]) || s[j] == '/') {
			continue
		}
		code := strings.ToUpper(s[m[4]:m[5]])
		if !lex.licenceCities[code] && !keywordBefore(lower, i) {
			continue
		}
		out = append(out, licenceSpan{i, j, s[m[2]:m[3]] + "/" + code})
	}
	return out
}

// spelledLicenceRe is a licence number whose city code is written as the
// names of its letters in Urdu script: "۲۴۱۱/ایل ایچ آر" (Urdu digits are
// folded to ASCII before) is 2411/LHR, as people type what they read off a
// board in Latin letters.
var spelledLicenceRe = regexp.MustCompile(`(\d{1,5})\s*/\s*(\p{Arabic}+(?:\s\p{Arabic}+){1,4})`)

func findSpelledLicences(s string) []licenceSpan {
	var out []licenceSpan
	lower := strings.ToLower(s)
	for _, m := range spelledLicenceRe.FindAllStringSubmatchIndex(s, -1) {
		if m[0] > 0 && (isASCIIAlnum(s[m[0]-1]) || s[m[0]-1] == '/') {
			continue
		}
		code, end := "", m[4]
		for _, w := range strings.Fields(s[m[4]:m[5]]) {
			letter, ok := lex.licenceLetters[w]
			if !ok || len(code) == 4 {
				break
			}
			code += letter
			end += strings.Index(s[end:m[5]], w) + len(w) // past this name, not a first one spelled the same
		}
		if len(code) < 2 || !lex.licenceCities[code] && !keywordBefore(lower, m[0]) {
			continue
		}
		out = append(out, licenceSpan{m[0], end, s[m[2]:m[3]] + "/" + code})
	}
	return out
}

// licenceCandidates runs licenceRe only in a small window around each
// slash, not over the whole text.
func licenceCandidates(s string) [][]int {
	var out [][]int
	last := 0
	for k := strings.IndexByte(s, '/'); k >= 0; {
		from, to := k-16, k+16
		if from < last {
			from = last
		}
		if to > len(s) {
			to = len(s)
		}
		if m := licenceRe.FindStringSubmatchIndex(s[from:to]); m != nil && from+m[0] <= k && k < from+m[1] {
			for n := range m {
				if m[n] >= 0 {
					m[n] += from
				}
			}
			out = append(out, m)
			last = m[1]
		}
		next := strings.IndexByte(s[k+1:], '/')
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return out
}

func keywordBefore(lower string, i int) bool {
	from := i - keywordWindow
	if from < 0 {
		from = 0
	}
	w := lower[from:i]
	for _, k := range lex.licenceKeywords {
		if strings.Contains(w, k) {
			return true
		}
	}
	return false
}

// writtenLicenceRe is a licence number written otherwise than "3456/RWP":
// with a dash or a space before the city ("1234-RWP", "1234 rwp"), or
// with the city's name ("1234 rawalpindi", "1234/راولپنڈی"; Urdu digits
// are folded before). The words after the number are read as a city by
// licenceCity.
var writtenLicenceRe = regexp.MustCompile(`(\d{2,5})(\s*[-–/]\s*|\s+)(\pL+(?:[ \t]+\pL+){0,2})`)

// findWrittenLicences finds those. As such a form is also how other
// numbers are written ("5000 lahore me diye"), it counts only when it
// cannot be one: after a slash or a dash, a known city; after a space, a
// known city and a licence keyword just before ("license 1234 rawalpindi",
// "lic no. 1234 rwp") or nothing else in the text ("1234 rwp" typed alone).
// A phone number, an amount or a date is none: it has no city after it.
func findWrittenLicences(s string) []licenceSpan {
	var out []licenceSpan
	lower := strings.ToLower(s)
	for _, m := range writtenLicenceRe.FindAllStringSubmatchIndex(s, -1) {
		i := m[0]
		if i > 0 && (isASCIIAlnum(s[i-1]) || strings.IndexByte("/.,+-", s[i-1]) >= 0) {
			continue
		}
		code, end := licenceCity(lower[m[6]:m[7]])
		if code == "" {
			continue
		}
		end += m[6]
		sep := s[m[4]:m[5]]
		spaced := strings.TrimSpace(sep) == ""
		if spaced && !keywordJustBefore(lower[:i]) && !(strings.TrimSpace(s[:i]) == "" && strings.Trim(s[end:], " \t\n.!?۔") == "") {
			continue
		}
		out = append(out, licenceSpan{i, end, s[m[2]:m[3]] + "/" + code})
	}
	return out
}

// licenceCity reads the city at the start of words: a code ("rwp") or a
// name of up to three words ("rawalpindi", "dera ghazi khan", "اسلام
// آباد"), the longest; it returns the code and where the city ends.
func licenceCity(words string) (string, int) {
	ends := []int{}
	for k := 0; k <= len(words); k++ {
		if k == len(words) || words[k] == ' ' || words[k] == '\t' {
			if k > 0 && words[k-1] != ' ' && words[k-1] != '\t' {
				ends = append(ends, k)
			}
		}
	}
	for n := len(ends) - 1; n >= 0; n-- {
		w := strings.Join(strings.Fields(words[:ends[n]]), " ")
		if code, ok := lex.licenceNames[w]; ok {
			return code, ends[n]
		}
		if n == 0 && lex.licenceCities[strings.ToUpper(w)] {
			return strings.ToUpper(w), ends[n]
		}
	}
	return "", 0
}

// licenceNumberWords may stand between a licence keyword and its number
// ("licence no. 1234", "لائسنس نمبر ۱۲۳۴").
var licenceNumberWords = map[string]bool{"no": true, "no.": true, "number": true, "num": true, "nmbr": true, "nambar": true,
	"#": true, ":": true, "is": true, "hai": true, "he": true, "h": true, "نمبر": true, "ہے": true}

// keywordJustBefore reports a licence keyword right before the end of
// before, over the words of licenceNumberWords ("Licence No. ", "lic # ").
func keywordJustBefore(before string) bool {
	f := strings.Fields(before)
	for len(f) > 0 && licenceNumberWords[strings.Trim(f[len(f)-1], ":#")] || len(f) > 0 && strings.Trim(f[len(f)-1], ":#.") == "" {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return false
	}
	last := strings.Trim(f[len(f)-1], ":#.,")
	for _, k := range lex.licenceKeywords {
		if last == k {
			return true
		}
	}
	return false
}
