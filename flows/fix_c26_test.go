package flows_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in the unseen conversations C26 (23/36 at first play): a list of
// papers with photos in it names both documents; an officer named in a
// long account is no wish to talk to one; "only here" with a wish about
// when or a chat deleted is the careful way; and the rest, judged as the
// answers corpus judges its rows.
func TestC26Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	type want struct{ answer, value string }
	for _, c := range []struct {
		node, locale, text string
		want               want
	}{
		// papers in a list with more beside them (C26-004)
		{"report_docs", "en", "Original passport, CNIC copy and 6 photos", want{answer: "both"}},
		{"report_docs", "ur-Latn", "original passport, cnic ki copy aur 4 tasveerein", want{answer: "both"}},
		{"report_docs", "ur", "اصل پاسپورٹ، شناختی کارڈ کی کاپی اور چھ تصویریں", want{answer: "both"}},
		{"report_docs", "ur-Latn", "passport unke paas hai, CNIC mere paas", want{answer: "passport"}},
		// only here, with care (C26-007)
		{"help_contact", "en", "only here and dont send msgs in day time, they check phones sometimes. i delete chat after", want{answer: "discreet"}},
		{"help_contact", "ur-Latn", "sirf yahin msg karein, din mein msg mat karna", want{answer: "discreet"}},
		{"help_contact", "ur", "صرف یہیں میسج کریں، دن میں میسج مت کریں", want{answer: "discreet"}},
		{"help_contact", "en", "only here, they check the phone", want{answer: "here"}},
		{"help_contact", "ur-Latn", "sirf yahan msg karein", want{answer: "here"}},
		// a name and a verb after it (C26-027)
		{"report_recruiter", "ur-Latn", "apna naam Mr Kevin HR likhta h", want{answer: "text", value: "Mr Kevin HR"}},
	} {
		var a labelled
		a.ID, a.Question, a.Lang, a.Text = "C26-T", c.node, c.locale, c.text
		a.Want.Answer, a.Want.Value = c.want.answer, c.want.value
		ok, why := outcome(e, a)
		assert.True(t, ok, "%s %s: %q\n%s", c.node, c.locale, c.text, why)
	}
}

// An officer named inside a long account ("in the name 'BEOE Account
// Officer'") opens the report it tells, not a handover to a person
// (C26-005); a short wish to talk to an officer still is one.
func TestC26OfficerNamedInAnAccount(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"hi. there is a site beoe-registration-pk.com which looks exactly like Bureau of Emigration website, same logo and everything. it asks CNIC and Rs 3,500 registration fee by JazzCash to 0302-6614873 in the name 'BEOE Account Officer'",
		"ایک ویب سائٹ بیورو کی نقل ہے، رجسٹریشن فیس ساڑھے تین ہزار جاز کیش پر مانگتے ہیں، نام لکھا ہے اکاؤنٹ افسر، نمبر 0302-6614873",
		"ek website beoe jaisi bani hui hai, 3500 registration fee jazzcash pe mangte hain 03026614873 pe, naam likha hai account officer",
	} {
		st, _ := typeAs(t, false, text)
		require.NotEqual(t, flows.NodeHuman, st.Node, text)
	}
	for _, text := range []string{"mujhe kisi officer se baat karni hai", "I want to talk to an officer", "کسی افسر سے بات کروا دیں"} {
		st, _ := typeAs(t, false, text)
		require.Equal(t, flows.NodeHuman, st.Node, text)
	}
}

// A sum said, taken back after "…" (the one-character ellipsis) and given
// again, is the sum paid: the "no" that opens the correction denies
// nothing paid (C26-015).
func TestC26EllipsisEndsAClause(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, paid string }{
		{"ur", "جی ۵ لاکھ دیے تھے… نہیں معاف کریں، ساڑھے ۵ لاکھ", "Rs 5,50,000"},
		{"ur-Latn", "g 5 lakh diye the… nahi sorry, sadhe 5 lakh", "Rs 5,50,000"},
		{"en", "paid 5 lakh… no sorry, 5.5 lakh", "Rs 5,50,000"},
	} {
		st := flows.AtQuestion(flows.NodeReportPaid, c.locale)
		res := realEngine().Step(st, flows.Input{Text: c.text, MessageID: 90}, t0)
		require.Equal(t, flows.ChoiceYes, res.State.Draft.Answers["paid"], c.text)
		require.Equal(t, c.paid, res.State.Draft.Answers["paid_amount"], c.text)
	}
}
