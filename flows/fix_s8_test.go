package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// phonesAnswered types text at "What are the agent's phone numbers?" and
// returns what was stored.
func phonesAnswered(t *testing.T, e *flows.Engine, locale, text string) string {
	t.Helper()
	s := flows.AtQuestion(flows.NodeReportPhonesAsk, locale)
	res := e.Step(s, flows.Input{Text: text, MessageID: 99, Reference: "HSY-TEST22"}, t0)
	require.NotEqual(t, flows.NodeReportPhonesAsk, res.State.Node, text)
	return res.State.Draft.Answers["phones"]
}

// Found in C85: the writer's own number typed beside the agent's, at the
// question for the agent's, marked before it ("mera number 0300…") or
// after it ("ye 0312… mera apna number h"), is not the agent's; "my
// number, his is 0345…" marks only the first.
func TestC85OwnNumberBesideTheAgents(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "unka number 0345-9016632 tha. mera number 0300 4471298 h agar call krni ho", "+923459016632"},
		{"ur-Latn", "0347-5521809 ye uska hai. aur ye 0312 8840217 mera apna number h agar zaroorat ho", "+923475521809"},
		{"ur", "۰۳۳۶۲۷۱۸۰۵۴ اشتہار والا، اور یہ میرا نمبر ہے ۰۳۱۱۶۴۰۲۹۷۳", "+923362718054"},
		{"en", "0300 4471298 is my number, his is 0345 9016632", "+923459016632"},
		{"en", "his is 0345 9016632, 0300 4471298 is my number", "+923459016632"},
		{"ur-Latn", "mera number: 0300 4471298, uska 0345 9016632", "+923459016632"},
		// both the agent's: "and my number" names the next one, not this
		{"ur-Latn", "0345 1234567 aur 0333 7654321", "+923451234567, +923337654321"},
		// only the writer's own given: kept, there is nothing else to keep
		{"en", "0300 4471298", "+923004471298"},
	} {
		require.Equal(t, c.want, phonesAnswered(t, e, c.locale, c.text), c.text)
	}
}

// Found in A39 (335/360 at first play), with neighbours: "baharain"; "ختم
// کریں سب کچھ" at the erase question; a wish to erase with a question asked
// first ("… لیکن پہلے بتائیں … ہو گی نا؟") is answered and asked again, its
// tag "نا" taking nothing back; "I don't mind being contacted"; "not for
// me, for my cousin"; a page "band ho gya" is no "done"; no screenshot to
// send is done.
func TestA39Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"help_where", "ur-Latn", "baharain", `{"answer":"abroad"}`},
		{"help_where", "en", "in bahreen, manama", `{"answer":"abroad"}`},
		{"erase", "ur", "ختم کریں سب کچھ، مجھے ڈر لگ رہا ہے", `{"answer":"yes"}`},
		{"erase", "ur-Latn", "sab kuch khatam kar do", `{"answer":"yes"}`},
		{"erase", "ur", "مٹا دیں لیکن پہلے بتائیں کہ ایجنٹ کے خلاف کارروائی تو ہو گی نا؟", `{"answer":"aside","aside":"other_question"}`},
		{"erase", "ur-Latn", "delete kr do lekin pehle ye batao agent k khilaf action hoga na?", `{"answer":"aside","aside":"other_question"}`},
		{"erase", "ur-Latn", "delete kar do... nahi rehne do", `{"answer":"no"}`},
		{"report_consent", "en", "I don't mind being contacted", `{"answer":"yes"}`},
		{"report_consent", "en", "i dont mind, call me", `{"answer":"yes"}`},
		{"help_whom", "ur", "خود کے لیے نہیں، کزن کے لیے", `{"answer":"other"}`},
		{"help_whom", "ur-Latn", "khud ke liye nahi, bhai ke liye", `{"answer":"other"}`},
		{"report_offer", "ur-Latn", "Romania k liye work permit ka ad tha facebook pe, 'Europe Jobs Pk' page, abhi page band ho gya", `{"answer":"more"}`},
		{"report_offer", "ur-Latn", "page band ho gya", `{"answer":"more"}`},
		{"report_offer", "ur-Latn", "bas ho gaya", `{"answer":"done"}`},
		{"report_offer", "ur", "بس ہو گیا", `{"answer":"done"}`},
		{"report_offer", "ur-Latn", "screenshot nahi hai, delete kr diya tha usne msg", `{"answer":"done"}`},
		{"report_offer", "en", "sorry I don't have the screenshot anymore", `{"answer":"done"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}

// Found in C86 and blind70: a complaint made and nothing heard since asks
// how it stands ("3 hafte pehle shikayat ki thi agent ki, kuch nai hua ab
// tak", "… شکایت کی تھی، اس کا کیا بنا؟"); "nothing happened yet" of a
// visa an agent promised is still the agent's report.
func TestC86ComplaintMadeNothingHeard(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text, want string }{
		{"ur-Latn", "salam 3 hafte pehle shikayat ki thi agent ki, kuch nai hua ab tak. wo aur logon se b paise le raha h", `{"answer":"intent","intent":"status"}`},
		{"ur", "میں نے پچھلے ہفتے یہاں ایجنٹ کے خلاف شکایت کی تھی، اس کا کیا بنا؟ ابھی تک کوئی جواب نہیں آیا", `{"answer":"intent","intent":"status"}`},
		{"en", "I filed a complaint about an agent last month and nothing has happened yet", `{"answer":"intent","intent":"status"}`},
		{"ur-Latn", "mene 2 hafte pehle report ki thi uska kia bna", `{"answer":"intent","intent":"status"}`},
		{"ur-Latn", "agent ne 2 lakh liye the visa ke liye, 6 mahine ho gaye ab tak kuch nahi hua, koi jawab nahi aya", `{"answer":"intent","intent":"report"}`},
	} {
		readsAsJSON(t, e, "menu", c.lang, c.text, c.want)
	}
}

// Found in C88: one who cannot write asks for an officer ("koi officer sahab
// se baat ho sakti h? mujhe ye cheezain likhni nahi aati").
func TestC88OfficerSahab(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "koi officer sahab se baat ho sakti h? mujhe ye cheezain likhni nahi aati, main Chaman se hun, call pe samjha dunga"},
		{"ur", "کسی افسر سے بات ہو سکتی ہے؟ مجھے لکھنا نہیں آتا"},
		{"ur-Latn", "afsar sahab se baat karni hai"},
	} {
		readsAsJSON(t, e, "menu", c.lang, c.text, `{"answer":"intent","intent":"human"}`)
	}
}

// Found in C88 and C85: what is said after a correction decides whether
// money went ("haan diye the... nahi ruko, nahi diye" is no; "nahi... ruko
// haan diye the, 1.2 lac pehli qist" is yes); a "no wait" that corrects a
// sum takes back no payment ("yes, 1 lac in march and 2 lac in may... no
// wait sorry the second was 1.5 lac not 2. so 2.5 total. bank transfer",
// stored as not paid), and "2.5 total" after sums in lakhs is 2.5 lakh.
func TestC88PaidAfterCorrection(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text, want string }{
		{"ur-Latn", "haan diye the... nahi ruko, nahi diye", `{"answer":"no"}`},
		{"ur-Latn", "nahi... ruko haan diye the, 1.2 lac pehli qist", `{"answer":"yes","amount":{"value":120000,"currency":"PKR"}}`},
		{"en", "yes, 1 lac in march and 2 lac in may... no wait sorry the second was 1.5 lac not 2. so 2.5 total. bank transfer both times to his HBL account",
			`{"answer":"yes","amount":{"value":250000,"currency":"PKR"},"how":"bank"}`},
		{"en", "yes... no actually I didn't pay, they asked 2 lakh", `{"answer":"no"}`},
		{"ur-Latn", "haan 50 hazar diye... nahi ruko 60 hazar", `{"answer":"yes","amount":{"value":60000,"currency":"PKR"}}`},
	} {
		readsAsJSON(t, e, "report_paid", c.lang, c.text, c.want)
	}
}
