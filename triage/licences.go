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
	for _, m := range licenceRe.FindAllStringSubmatchIndex(s, -1) {
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
