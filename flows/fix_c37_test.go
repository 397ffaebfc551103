package flows_test

import (
	"testing"
)

// Found in C37: calls refused with a promise to write ("call na karen …
// main khud rabta karunga") is no contact; a phone that is sometimes with
// the munshi or the madam makes contact discreet; a plain "call me on my
// number" stays a number.
func TestC37Contact(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"help_contact", "ur-Latn", "call na karen, phone kabhi munshi k paas b hota h. main khud rabta karunga", `{"answer":"none"}`},
		{"help_contact", "ur-Latn", "call na karen, main khud rabta karunga", `{"answer":"none"}`},
		{"help_contact", "en", "dont call, i will contact you myself", `{"answer":"none"}`},
		{"help_contact", "ur", "کال نہ کریں، میں خود رابطہ کروں گا", `{"answer":"none"}`},
		{"help_contact", "ur-Latn", "call na karen, phone kabhi munshi k paas b hota h", `{"answer":"discreet"}`},
		{"help_contact", "ur", "کال نہ کریں، فون کبھی منشی کے پاس ہوتا ہے", `{"answer":"discreet"}`},
		{"help_contact", "en", "call me on my number", `{"answer":"number"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}
