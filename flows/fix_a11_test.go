package flows_test

import (
	"testing"
)

// Found in the unseen typed answers A11 (327/360 at first play on
// 14d4a31), each with neighbours in three languages: misspellings kept as
// data ("paspot", "whtsap", "tiktk", "cal", "khd", "mar pit"); "talk to
// insan not computer" wants a person; whether sending a picture is safe
// is a question about privacy, not a check of the offer; "call after 9 pm
// only" consents; "myself and 4 other boys" includes the writer; "don't
// want to give number" skips.
func TestA11Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"report_docs", "ur-Latn", "paspot", `{"answer":"passport"}`},
		{"report_docs", "ur-Latn", "paspot to us k pas hai 2 saal se, id card ki copy b li thi", `{"answer":"both"}`},
		{"report_seen", "ur-Latn", "whtsap grup me", `{"answer":"whatsapp"}`},
		{"report_seen", "ur-Latn", "tiktk pe ek bnda video dalta hai", `{"answer":"tiktok"}`},
		{"help_contact", "en", "u can cal", `{"answer":"number"}`},
		{"help_whom", "ur-Latn", "khd", `{"answer":"self"}`},
		{"help_what", "ur-Latn", "mar pit", `{"answer":"violence"}`},
		{"help_what", "ur", "مار پیٹ کرتے ہیں", `{"answer":"violence"}`},
		{"menu", "en", "i want talk to insan not computer", `{"answer":"intent","intent":"human"}`},
		{"menu", "ur-Latn", "kisi insaan se baat karni hai, computer se nahi", `{"answer":"intent","intent":"human"}`},
		{"menu", "ur", "کسی انسان سے بات کرنی ہے", `{"answer":"intent","intent":"human"}`},
		{"report_offer", "en", "is it safe to send u the pic? he will not know?", `{"answer":"aside","aside":"privacy"}`},
		{"report_offer", "en", "will the agent know i sent this?", `{"answer":"aside","aside":"privacy"}`},
		{"report_consent", "en", "call after 9 pm only", `{"answer":"yes"}`},
		{"report_consent", "ur-Latn", "raat 9 ke baad call karna", `{"answer":"yes"}`},
		{"help_whom", "en", "myself and 4 other boys from our village", `{"answer":"self"}`},
		{"help_whom", "en", "4 boys from our village", `{"answer":"other"}`},
		{"help_number", "en", "dont want to give number", `{"answer":"skip"}`},
		{"help_number", "ur-Latn", "number nahi dena", `{"answer":"skip"}`},
		{"help_number", "ur", "نمبر نہیں دینا", `{"answer":"skip"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}
