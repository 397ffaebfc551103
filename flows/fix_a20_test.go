package flows_test

import "testing"

// Found in answers20: a thing left out of the summary asked to be added
// ("پاسپورٹ بھی دیا تھا، وہ لکھیں", "ad wala msg bhi add krna h") is a
// correction; a place not given ("i won't share the location", "location
// nai bhej skta abi") skips the question; "ابھی نہیں" at "which number?"
// is no number now.
func TestA20Readings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"report_summary", "ur", "میں نے پاسپورٹ بھی دیا تھا، وہ لکھیں", `{"answer":"fix","field":"documents"}`},
		{"report_summary", "ur-Latn", "passport bhi diya tha wo bhi likh do", `{"answer":"fix","field":"documents"}`},
		{"report_summary", "en", "i gave the passport too, add that", `{"answer":"fix","field":"documents"}`},
		{"report_summary", "ur-Latn", "ad wala msg bhi add krna h", `{"answer":"fix","field":"offer"}`},
		{"help_place", "en", "i won't share the location", `{"answer":"skip"}`},
		{"help_place", "ur-Latn", "location nai bhej skta abi", `{"answer":"skip"}`},
		{"help_place", "ur", "لوکیشن نہیں بھیج سکتا", `{"answer":"skip"}`},
		{"help_number", "ur", "ابھی نہیں", `{"answer":"skip"}`},
		{"help_number", "en", "not yet", `{"answer":"skip"}`},
		{"help_number", "ur-Latn", "0301-6652938", `{"answer":"phone","phones":["+923016652938"]}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}
