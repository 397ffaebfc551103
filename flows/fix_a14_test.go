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
