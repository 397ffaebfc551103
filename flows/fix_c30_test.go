package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in the unseen conversations C30 (26/36 at first play), each with
// neighbours in three languages: a last sum that adds up the others is
// the total however worded ("25000 + 20000 medical so 45000"); "X each,
// Y for both" asks Y; "both boys' passports" gives passports, not both
// documents; "should I pay the 20000 medical or not" asks, it answers
// nothing; "they say" after a name is no part of it.
func TestC30Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"report_money", "en", "25000 + 20000 medical so 45000", `{"answer":"amount","amount":{"value":45000,"currency":"PKR"}}`},
		{"report_money", "ur-Latn", "30 hazar visa aur 18 hazar medical, 48 hazar", `{"answer":"amount","amount":{"value":48000,"currency":"PKR"}}`},
		{"report_money", "ur", "۳۰ ہزار ویزا، ۱۸ ہزار میڈیکل، ۴۸ ہزار", `{"answer":"amount","amount":{"value":48000,"currency":"PKR"}}`},
		{"report_money", "ur", "ایک بندے کے ساڑھے تین لاکھ، دونوں کے سات لاکھ", `{"answer":"amount","amount":{"value":700000,"currency":"PKR"}}`},
		{"report_money", "ur-Latn", "ek bande ke 3.5 lakh, dono ke 7 lakh", `{"answer":"amount","amount":{"value":700000,"currency":"PKR"}}`},
		{"report_money", "en", "3.5 lakh each, 7 lakh for both", `{"answer":"amount","amount":{"value":700000,"currency":"PKR"}}`},
		{"report_docs", "ur", "دونوں لڑکوں کے پاسپورٹ اسی کے پاس ہیں", `{"answer":"passport"}`},
		{"report_docs", "ur-Latn", "dono larkon ke passport uske paas hain", `{"answer":"passport"}`},
		{"report_docs", "ur", "دونوں دیے تھے", `{"answer":"both"}`},
		{"report_paid_how", "en", "should i pay the 20000 medical or not", `{"answer":"aside","aside":"pay_more"}`},
		{"report_paid_how", "ur-Latn", "kya main 20000 medical ke de dun?", `{"answer":"aside","aside":"pay_more"}`},
		{"report_recruiter", "en", "Al Haramain Hajj Services they say", `{"answer":"text","value":"Al Haramain Hajj Services"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}

// "can u check one agent for me", then the agent's details: a check of
// the agent named, not an advert brought as a report (C30-010); a kiln
// whose owner adds to the debt every week is help for the workers
// (C30-020), in every language.
func TestC30Flows(t *testing.T) {
	t.Parallel()
	st, _ := typeAs(t, false, "hi can u check one agent for me",
		"His name is Faraz, company GreenLine HR Solutions, he says Malaysia palm oil plantation job, 6 lakh total. Number 0318-4402977. No licence number, he says they work direct with the Malaysian company")
	require.NotEqual(t, flows.NodeReportOffer, st.Node)
	st, _ = typeAs(t, false, "agent check karna hai", "naam Faraz hai, GreenLine HR Solutions, Malaysia ki job ke 6 lakh maang raha, 0318-4402977, licence nahi bataya")
	require.NotEqual(t, flows.NodeReportOffer, st.Node)
	for _, s := range []string{
		"بھٹہ مالک ہر ہفتے کھاتے میں قرض بڑھا دیتا ہے، مزدوری ساری کاٹ لیتا ہے۔ کیا کریں",
		"bhatta malik har hafte khate me qarz barha deta hai, mazdoori sari kaat leta hai. kya karein",
		"the kiln owner adds to our debt every week and cuts all our wages. what to do",
	} {
		st, _ := typeAs(t, true, s)
		require.NotNil(t, st.Draft, s)
		require.Equal(t, flows.KindHelp, st.Draft.Kind, "%s (node %s)", s, st.Node)
	}
}

// C33-002: a total told in a later message ("85k total they said") is the
// sum asked, not the first sum read ("sent 25k on easypaisa"); asked how
// they paid, "can u get my 25k back or not" is a question, answered, and
// the question stands.
func TestC33MoneyTold(t *testing.T) {
	t.Parallel()
	st, said := typeAs(t, true, "sent 25k on easypaisa for qatar job registration",
		"msg came in whatsapp group, qatar hotel waiter 1800 riyal. name Gulf Link HR. 85k total they said", "done")
	require.Equal(t, flows.NodeReportCheck, st.Node, said)
	require.Contains(t, said, "85,000", said)
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"en", "can u get my 25k back or not"},
		{"ur-Latn", "mere 25 hazar wapis mil sakte hain?"},
		{"ur", "کیا میرے ۲۵ ہزار واپس مل سکتے ہیں؟"},
	} {
		var a labelled
		a.ID, a.Question, a.Lang, a.Text = "T", "report_paid_how", c.lang, c.text
		a.Want.Answer, a.Want.Aside = "aside", "question"
		ok, why := outcome(e, a)
		require.True(t, ok, "%s: %s", c.text, why)
	}
}
