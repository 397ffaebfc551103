package flows

import (
	"regexp"
	"strings"

	"github.com/hoshyar/hoshyar/lang"
)

// A report's reference: "HSY-" and six characters from 2-9 and A-Z without
// I and O, easy to read over the phone. It is read with Urdu digits too
// ("HSY-۴K۷P۲Q"); one written wrong ("HSY-AB12CD": a 1, an O for a 0) is
// told to be no reference, with the right form, not taken for anything
// else.

var (
	referenceRe = regexp.MustCompile(`(?i)\bhsy[\s-]?([23456789abcdefghjklmnpqrstuvwxyz]{6})\b`)
	// nearReferenceRe is what a person types for one: HSY and a few
	// letters and digits after it.
	nearReferenceRe = regexp.MustCompile(`(?i)\bhsy[\s-]*([0-9a-z]{3,9})\b`)
)

// refDigits folds Urdu and Arabic-Indic digits to ASCII.
func refDigits(text string) string {
	return strings.Map(func(r rune) rune {
		if f, ok := lang.FoldRune(r); ok && f >= '0' && f <= '9' {
			return f
		}
		return r
	}, text)
}

// FindReference returns the first report reference (HSY-XXXXXX) in text,
// upper-cased, or "".
func FindReference(text string) string {
	m := referenceRe.FindStringSubmatch(refDigits(text))
	if m == nil {
		return ""
	}
	return "HSY-" + strings.ToUpper(m[1])
}

// badReference returns a reference typed wrong in text ("HSY-AB12CD"),
// upper-cased as written, or "" when there is none or a right one.
func badReference(text string) string {
	if FindReference(text) != "" {
		return ""
	}
	m := nearReferenceRe.FindStringSubmatch(refDigits(text))
	if m == nil {
		return ""
	}
	return "HSY-" + strings.ToUpper(m[1])
}

// withoutReference is text with any reference, right or wrong, taken out.
func withoutReference(text string) string {
	return nearReferenceRe.ReplaceAllString(refDigits(text), " ")
}

// statusOf answers a message that names a reference: the report's status,
// or, for one typed wrong, what a reference looks like.
func (st *step) statusOf(text string) {
	if bad := badReference(text); bad != "" {
		st.say("status_bad_ref", map[string]any{"Reference": ltr(bad)})
		st.afterStatus()
		return
	}
	st.status(FindReference(text))
}
