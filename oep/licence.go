package oep

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	// Words that may precede a licence number: "OEP", "Licence No.", "Lic #".
	licencePrefix = regexp.MustCompile(`^(?:(?:OEP|LICEN[CS]E|LIC|NUMBER|NO)[.:#]*|[.:#]+)*`)
	licenceBody   = regexp.MustCompile(`^([0-9]{1,6})([/\\-]?)([A-Z]{2,5})$`)
)

// NormaliseLicence returns a licence number in its canonical form, digits, a
// slash and the city code in capitals ("oep 3456 / rwp" → "3456/RWP"), or ""
// if s is not a licence number. It accepts Urdu and Arabic-Indic digits, a
// leading "OEP" or "Licence No.", and a dash or backslash for the slash; the
// slash may be left out only after such a prefix ("OEP 3456 RWP").
func NormaliseLicence(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r), unicode.Is(unicode.Cf, r): // spaces, zero-width and bidi marks
		case r >= '۰' && r <= '۹':
			b.WriteRune('0' + r - '۰')
		case r >= '٠' && r <= '٩':
			b.WriteRune('0' + r - '٠')
		default:
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	t := b.String()
	prefix := licencePrefix.FindString(t)
	m := licenceBody.FindStringSubmatch(t[len(prefix):])
	if m == nil || (m[2] == "" && prefix == "") {
		return ""
	}
	return m[1] + "/" + m[3]
}
