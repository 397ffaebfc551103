package flows_test

import "testing"

// Found in answers24: "delete krne se pehle meri complaint ka status bta do"
// ERASED the person's data; something asked for before the erasing is no
// yes to it (they are told how to see the status, and asked again). "ye
// agent licence wala h ya nai check kr do" is a check: the "nai" of "… or
// not" negates nothing after it. "I'd rather not" is a no.
func TestA24Readings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"erase", "ur-Latn", "delete krne se pehle meri complaint ka status bta do", `{"answer":"aside"}`},
		{"erase", "en", "before you delete it, what is the status of my report?", `{"answer":"aside"}`},
		{"erase", "ur", "ڈیلیٹ کرنے سے پہلے میری شکایت کا سٹیٹس بتا دیں", `{"answer":"aside"}`},
		{"erase", "ur-Latn", "haan delete kar do sab", `{"answer":"yes"}`},
		{"menu", "ur-Latn", "ye agent licence wala h ya nai check kr do plz... Rehman Overseas Employment, Gujrat", `{"answer":"intent","intent":"verify"}`},
		{"menu", "en", "can you check whether this agent is licensed or not, Rehman Overseas Employment", `{"answer":"intent","intent":"verify"}`},
		{"report_consent", "en", "I'd rather not, thanks", `{"answer":"no"}`},
		{"report_consent", "en", "I would prefer not to be contacted", `{"answer":"no"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}
