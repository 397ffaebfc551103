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
