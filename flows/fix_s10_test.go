package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Lessons of A44 and A45 (2026-12-02, second session): status asked as
// "did anything happen", erasing asked as "don't keep my details", "done kr
// diya", "I think so", a worried question at the erase prompt, "actually
// no, wait", "baad me" that puts off, a sum paid with "no receipt given",
// the name before "naam h", a home that is the kafeel's, and wages that
// never reach the hand.
func TestA44A45Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"menu", "en", "I sent you guys something last week about a fake agent, did anything happen??", `{"answer":"intent","intent":"status"}`},
		{"menu", "en", "i dont want u people to keep my details anymore", `{"answer":"intent","intent":"erase"}`},
		{"report_offer", "ur-Latn", "done kr diya", `{"answer":"done"}`},
		{"report_offer", "ur-Latn", "ji bhej diya jo tha, ab bus", `{"answer":"done"}`},
		{"report_phones", "en", "I think so, looks like the one he called from", `{"answer":"yes"}`},
		{"report_paid", "en", "I don't think so. He is in Lahore, I will ask him.", `{"answer":"unknown"}`},
		{"report_paid", "ur", "۱۲ لاکھ نقد، کوئی رسید نہیں دی", `{"answer":"yes","amount":{"value":1200000,"currency":"PKR"},"how":"cash"}`},
		{"report_paid", "ur-Latn", "bhai ne diye honge, usse poochna parega", `{"answer":"unknown"}`},
		{"report_recruiter", "ur-Latn", "uska naam Zubair hai pindi ka hai satellite town", `{"answer":"text","value":"Zubair"}`},
		{"report_recruiter", "ur-Latn", "wo mere chacha ka dost hai, Akram naam h", `{"answer":"text","value":"Akram"}`},
		{"report_country", "en", "azerbijan", `{"answer":"country","countries":["AZ"]}`},
		{"help_where", "ur", "جدہ، کفیل کے گھر میں", `{"answer":"abroad","countries":["SA"]}`},
		{"help_where", "ur-Latn", "abhi taftan me hun, border k paas", `{"answer":"pakistan"}`},
		{"help_what", "en", "4 months now and not a single riyal in hand", `{"answer":"unpaid"}`},
		{"help_what", "en", "the supervisor uses a pipe on us if we miss the target", `{"answer":"violence"}`},
		{"help_contact", "ur-Latn", "baad mein", `{"answer":"skip"}`},
		{"erase", "en", "wipe it, I don't want any trace of this on here", `{"answer":"yes"}`},
		{"erase", "en", "actually no, wait", `{"answer":"no"}`},
		{"erase", "ur-Latn", "baad me", `{"answer":"skip"}`},
		{"erase", "ur-Latn", "delete hone me kitna time lagta h", `{"answer":"aside","aside":"time"}`},
		{"erase", "ur", "پکا ڈیلیٹ ہو جائے گا؟ کہیں کاپی تو نہیں رہے گی؟", `{"answer":"aside","aside":"privacy"}`},
		// neighbours: "baad me" inside a payment is no skip, a plain
		// "no" erases nothing, "ghar pe hun" is still home
		{"report_paid", "ur-Latn", "g 3.5 lakh, 2 pehle 1.5 baad me", `{"answer":"yes","amount":{"value":350000,"currency":"PKR"}}`},
		{"erase", "en", "no", `{"answer":"no"}`},
		{"help_where", "ur-Latn", "ghar pe hun", `{"answer":"pakistan"}`},
		{"report_recruiter", "ur-Latn", "pata nai yar, har dafa naya naam batata hai", `{"answer":"unknown"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}

// "wo sach me hota h?" asks whether an offer is real (C100-028); "is it
// safe to send screenshots here?" asks about our privacy, no check of an
// offer (A45-0026).
func TestSachMeHotaHIsACheck(t *testing.T) {
	t.Parallel()
	e := realEngine()
	require.Equal(t, flows.KindVerify, opensKind(t, e, "OEC wale Korea jobs ka jo test hota h wo sach me hota h? Facebook pe 'OEC Korea EPS Official' page h jo registration kar raha"))
	readsAsJSON(t, e, "report_offer", "en", "is it safe to send screenshots here? his name is on them", `{"answer":"aside","aside":"privacy"}`)
	// an agency asked about is still checked
	require.Equal(t, flows.KindVerify, opensKind(t, e, "is this agency safe? Gulf Star Manpower Lahore"))
}

// "so that no one finds out" is no "no" (A46-0359 kept the data it was
// asked to erase; A46-0194 refused the contact it allowed).
func TestNoOneShouldKnowIsNoNo(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"erase", "ur", "ڈیلیٹ کر دو، کسی کو پتہ نہ چلے", `{"answer":"yes"}`},
		{"erase", "ur-Latn", "delete kar do, kisi ko pata na chale", `{"answer":"yes"}`},
		{"report_consent", "ur", "کر لیں، لیکن میرے شوہر کو پتہ نہ چلے", `{"answer":"yes"}`},
		{"menu", "en", "whats happening with the complain i sent last week??", `{"answer":"intent","intent":"status"}`},
		{"help_contact", "ur-Latn", "ethe hi gal kar lo", `{"answer":"here"}`},
		// a plain no still is one
		{"erase", "ur-Latn", "nahi, kisi ko pata na chale bas rehne do", `{"answer":"no"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}
