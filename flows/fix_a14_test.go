package flows_test

import (
	"testing"
)

// Found in the unseen typed answers A14 (347/360 at first play): "agey
// chalo" skips; روزنامہ names a newspaper; "rather not" asked for consent
// is no; people who listen where the person is ("yahan log sunte hain")
// make a message-only answer discreet, while "chat here, on a call they'd
// hear" stays here.
func TestA14Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"report_offer", "ur-Latn", "screenshot nai hai mere pas, agey chalo", `{"answer":"skip"}`},
		{"report_docs", "ur-Latn", "agey chalo", `{"answer":"skip"}`},
		{"report_seen", "ur", "روزنامہ ایکسپریس میں اشتہار تھا", `{"answer":"newspaper"}`},
		{"report_seen", "ur-Latn", "roznama jang me ad tha", `{"answer":"newspaper"}`},
		{"report_consent", "en", "rather not, my family doesnt know about this", `{"answer":"no"}`},
		{"help_contact", "ur-Latn", "sirf msg karna, call bilkul nai, yahan log sunte hain", `{"answer":"discreet"}`},
		{"help_contact", "ur", "صرف میسج کریں، کال بالکل نہیں، یہاں لوگ سنتے ہیں", `{"answer":"discreet"}`},
		{"help_contact", "en", "only text, never call, others hear everything", `{"answer":"discreet"}`},
		{"help_contact", "ur-Latn", "yahin chat pe baat kar lo, call pe ghar wale sun lenge", `{"answer":"here"}`},
		{"help_contact", "en", "just text me, no calls", `{"answer":"here"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}

// A sum said and then said anew is replaced by the later one, not added
// to it ("pehle 80 hazar kaha phir bola 1 lakh 20 hazar lagenge",
// A14-0128); sums for different things, one after another, still add up.
func TestA14SumSaidAnew(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"report_money", "ur-Latn", "pehle 80 hazar kaha phir bola 1 lakh 20 hazar lagenge", `{"answer":"amount","amount":{"value":120000,"currency":"PKR"}}`},
		{"report_money", "ur", "پہلے چار لاکھ کہا پھر بولا ساڑھے پانچ لاکھ لگیں گے", `{"answer":"amount","amount":{"value":550000,"currency":"PKR"}}`},
		{"report_money", "en", "he said 4 lakh then told 5.5 lakh", `{"answer":"amount","amount":{"value":550000,"currency":"PKR"}}`},
		{"report_money", "ur-Latn", "pehle 15000 registration, phir 40000 visa", `{"answer":"amount","amount":{"value":55000,"currency":"PKR"}}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}
