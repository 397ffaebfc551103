package flows_test

import "testing"

// Found in C53: asked how help should reach them, a relative wrote "behan ko
// phone mat krna warna wo log usko aur marenge" (don't phone my sister or
// they will beat her more) and the referral went out as if they wanted to be
// reached discreetly; the one in danger is not to be called, and how the
// writer is reached is asked again. "call me" beside it is the answer.
func TestC53NotThemIsNoContactAnswer(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"help_contact", "ur-Latn", "behan ko phone mat krna warna wo log usko aur marenge", `{"answer":"aside"}`},
		{"help_contact", "en", "please don't call my brother, they check his phone", `{"answer":"aside"}`},
		{"help_contact", "ur", "بہن کو فون نہ کریں ورنہ وہ اسے ماریں گے", `{"answer":"aside"}`},
		{"help_contact", "ur-Latn", "behan ko nahi, mujhe call kro mere number pe", `{"answer":"number"}`},
		{"help_contact", "en", "don't call my sister, call me on my number", `{"answer":"number"}`},
		{"help_contact", "ur-Latn", "mujhe call mat karna, yahin msg karo", `{"answer":"here"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}
