package flows_test

import "testing"

// Found in the seventh session's rounds (and its closing-note leftovers),
// each with its neighbours in three languages.
func TestSeventhSessionAnswers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		// A relative abroad, the writer at home: Urdu's "میں" is "I" and
		// "in" both, its "ہوں" only "I am"; the writer's town is not where
		// the son is.
		{"help_where", "ur", "بیٹا ملائیشیا میں ہے، میں یہاں ملتان میں ہوں", `{"answer":"abroad"}`},
		{"help_where", "ur-Latn", "beta malaysia me hai, main yahan multan me hun", `{"answer":"abroad"}`},
		{"help_where", "en", "my son is in Malaysia, I am here in Multan", `{"answer":"abroad"}`},
		{"help_where", "ur", "میں ملتان میں ہوں", `{"answer":"pakistan"}`},
		{"help_where", "ur", "بھائی لاہور میں ہے، میں بھی لاہور میں ہوں", `{"answer":"pakistan"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}
