package flows_test

import "testing"

// Found in C55 and C56: a payment told in goes ("cash, three times at their
// office, 2 lakh, 1.5 lakh, 1 lakh") is their sum (the first part was kept);
// "full name Nasir Abbasi" is the name; "admin Rizwan", "سب ایجنٹ شوکت" name
// the man beside the firm by his role; "bas ehi ae" (Punjabi) ends the offer.
func TestC55Readings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"report_paid_how", "en", "cash, three times at their office, 2 lakh, 1.5 lakh, 1 lakh. no receipt at all", `{"answer":"cash","amount":{"value":450000,"currency":"PKR"}}`},
		{"report_recruiter", "en", "Nasir bhai, full name Nasir Abbasi i think", `{"answer":"text","value":"Nasir Abbasi"}`},
		{"report_offer", "ur-Latn", "bas ehi ae", `{"answer":"done"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}
