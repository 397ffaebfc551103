package flows_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in the unseen typed answers A10 (340/360 at first play on
// d9daeba), each kind with its neighbours in three languages: a "don't
// know" at the erase question keeps the data and moves on; "no no, the
// complaint must go on" is a no; "is this really FIA's number?" at the
// menu asks who we are; a skip that opens the message, with its reason
// after; "me and my brother" is the writer too; a time when the boss
// sleeps, or a message before a call, is discreet; a number to be sent
// later is skipped; "only his number" and an offer to tell the name later
// give no name; "call me Waqas" gives one; "survey k liye" is no sum; an
// officer who may call, "but don't give the agent my number", is a yes;
// "actually no" corrects what came before it.
func TestA10Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"erase", "en", "hmm i dont know", `{"answer":"skip"}`},
		{"erase", "ur-Latn", "pata nai", `{"answer":"skip"}`},
		{"erase", "ur", "پتا نہیں، سوچ کر بتاؤں گا", `{"answer":"skip"}`},
		{"erase", "ur", "نہیں نہیں، شکایت چلنی چاہیے", `{"answer":"no"}`},
		{"erase", "ur-Latn", "nahi nahi, shikayat chalni chahiye", `{"answer":"no"}`},
		{"erase", "en", "no no, keep the complaint going", `{"answer":"no"}`},
		{"erase", "ur-Latn", "haan delete kr do", `{"answer":"yes"}`},
		{"erase", "en", "delete... actually no, leave it", `{"answer":"no"}`},
		{"erase", "ur-Latn", "haan delete... nahi ruko, rehne do", `{"answer":"no"}`},
		{"erase", "en", "no wait, yes delete it", `{"answer":"yes"}`},
		{"menu", "ur", "کیا یہ واقعی ایف آئی اے کا نمبر ہے؟", `{"answer":"aside","aside":"who"}`},
		{"menu", "en", "is this really FIA?", `{"answer":"aside","aside":"who"}`},
		{"menu", "ur-Latn", "kya ye sach me FIA ka number hai?", `{"answer":"aside","aside":"who"}`},
		{"menu", "ur-Latn", "kya ye agent asli hai?", `{"answer":"intent","intent":"verify"}`},
		{"report_offer", "ur-Latn", "skip kr do abhi screenshot nai mil rha", `{"answer":"skip"}`},
		{"report_offer", "en", "skip this, i lost the screenshot", `{"answer":"skip"}`},
		{"report_offer", "ur", "چھوڑ دیں، اسکرین شاٹ نہیں مل رہا", `{"answer":"skip"}`},
		{"help_whom", "ur-Latn", "hum dono, mai aur mera bhai dono yahan phanse hain", `{"answer":"self"}`},
		{"help_whom", "en", "both of us, me and my brother", `{"answer":"self"}`},
		{"help_whom", "ur", "ہم دونوں، میں اور میرا بھائی", `{"answer":"self"}`},
		{"help_whom", "ur-Latn", "mera bhai", `{"answer":"other"}`},
		{"help_contact", "en", "after 10pm only, when the supervisor sleeps", `{"answer":"discreet"}`},
		{"help_contact", "ur-Latn", "jab madam so jaye tab, pehle msg karna", `{"answer":"discreet"}`},
		{"help_contact", "ur", "پہلے میسج کریں پھر کال", `{"answer":"discreet"}`},
		{"help_contact", "en", "call me", `{"answer":"number"}`},
		{"help_number", "ur", "نمبر بعد میں بھیجوں گا، ابھی سم پاس نہیں ہے", `{"answer":"skip"}`},
		{"report_recruiter", "ur", "نام نہیں پتا، بس نمبر ہے اس کا", `{"answer":"unknown"}`},
		{"report_recruiter", "en", "dont know the name, only his number", `{"answer":"unknown"}`},
		{"report_recruiter", "ur-Latn", "naam yaad nai aa rha, kal bata dun?", `{"answer":"unknown"}`},
		{"report_recruiter", "en", "no company name he told, only said call me Waqas", `{"answer":"text","value":"Waqas"}`},
		{"report_recruiter", "ur-Latn", "company ka naam nahi bataya, bola mujhe Bilal kaho", `{"answer":"text","value":"Bilal"}`},
		{"report_money", "ur-Latn", "nai koi paisa nai manga, bas CNIC aur photo maangi thi survey k liye", `{"answer":"no"}`},
		{"report_money", "ur-Latn", "haan 15k mange survey k liye", `{"answer":"amount","amount":{"value":15000,"currency":"PKR"}}`},
		{"report_docs", "en", "gave the passport... actually no, only photocopy of cnic, passport is still with me", `{"answer":"cnic"}`},
		{"report_docs", "en", "passport... no actually only the cnic copy", `{"answer":"cnic"}`},
		{"report_docs", "ur-Latn", "passport diya tha.. nahi sorry, sirf cnic ki copy, passport mere paas hai", `{"answer":"cnic"}`},
		{"report_consent", "ur-Latn", "officer call kr skta hai lekin agent ko mera number na dena", `{"answer":"yes"}`},
		{"report_consent", "en", "officer can call but dont give my number to the agent", `{"answer":"yes"}`},
		{"report_consent", "ur", "افسر کال کر سکتا ہے لیکن ایجنٹ کو میرا نمبر نہ دیں", `{"answer":"yes"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}

// readsAsJSON judges a typed answer at a question as the answers corpus
// does, the wanted reading written as the corpus writes it
// (`{"answer":"text","value":"Waqas"}`).
func readsAsJSON(t *testing.T, e *flows.Engine, q, lang, text, want string) {
	t.Helper()
	var a labelled
	a.ID, a.Question, a.Lang, a.Text = "T", q, lang, text
	require.NoError(t, json.Unmarshal([]byte(want), &a.Want))
	ok, why := outcome(e, a)
	require.True(t, ok, "%s %s: %s", q, text, why)
}
