package flows_test

import "testing"

// Found in answers28: a bare "no" to "anything more?" ends the offer;
// "sochna pary ga" is not decided (asked again it was); "ہمسائے کا لڑکا ہے"
// is someone else; "only whatsapp msg pls no calls" agrees to contact by
// message.
func TestA28Readings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"report_offer", "en", "no", `{"answer":"done"}`},
		{"report_offer", "ur", "نہیں", `{"answer":"done"}`},
		{"report_consent", "ur-Latn", "sochna pary ga", `{"answer":"skip"}`},
		{"help_whom", "ur", "ہمسائے کا لڑکا ہے", `{"answer":"other"}`},
		{"report_consent", "en", "only whatsapp msg pls no calls", `{"answer":"yes"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}

// Found in answers29/30: "ap kon ho pehle ye btao" asked at the name question
// is a question (was stored as the agent's name); "nai btaunga" skips.
func TestA30Readings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	readsAsJSON(t, e, "report_recruiter", "ur-Latn", "ap kon ho pehle ye btao", `{"answer":"aside","aside":"who"}`)
	readsAsJSON(t, e, "help_where", "ur-Latn", "nai btaunga", `{"answer":"skip"}`)
}

// Found in C58: "yes 2500 plus 18000 they took by itself" paid both sums.
func TestPaidPlusSum(t *testing.T) {
	t.Parallel()
	e := realEngine()
	readsAsJSON(t, e, "report_paid", "en", "yes 2500 plus 18000 they took by itself", `{"answer":"yes","amount":{"value":20500,"currency":"PKR"}}`)
}
