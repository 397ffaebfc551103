package flows_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found by a second usability tester, at the "is this right?" check.

// replied reports whether any reply of r holds s.
func replied(r flows.Result, s string) bool {
	for _, rp := range r.Replies {
		if strings.Contains(rp.Text, s) {
			return true
		}
	}
	return false
}

// A question of the person's own typed at the check ("kya ye baat raaz
// rahegi?", "will the agent find out I complained?") is answered and the
// same check shown again, all that was read kept: its "agent" corrects no
// agent's name, its "nahi" is no answer.
func TestQuestionAtCheckIsAnAside(t *testing.T) {
	t.Parallel()
	privacy := map[string]string{"en": "not told who reported", "ur-Latn": "report kis ne ki", "ur": "رپورٹ کس نے کی"}
	for _, c := range []struct{ locale, first, ask string }{
		{"ur-Latn", "beta malaysia me phansa hai", "kya ye baat raaz rahegi? agent ko pata to nahi chalega?"},
		{"ur-Latn", "mera bhai saudi me phansa hai", "kafeel ko pta chlega ke maine shikayat ki?"},
		{"en", "my son is stuck in Saudi", "will the agent find out I complained?"},
		{"en", "my brother is stuck in Malaysia", "will his employer come to know?"},
		{"ur", "میرا بیٹا سعودی عرب میں پھنسا ہوا ہے", "کیا ایجنٹ کو پتا چلے گا کہ میں نے شکایت کی ہے؟"},
		{"ur", "میرا بھائی ملائیشیا میں پھنسا ہے", "کیا کفیل کو پتہ لگ جائے گا؟"},
		{"ur-Latn", "mjhe saudi ki driver job ka msg aya h 2 lakh mang rhe h|bas", "kya agent ko pata chalega?"},
		{"en", "I got a message for a Saudi driver job, they want 2 lakh|done", "will the agent know I reported him?"},
		{"ur", "مجھے سعودی عرب میں ڈرائیور کی نوکری کا پیغام آیا، ۲ لاکھ مانگ رہے ہیں|بس، ہو گیا", "کیا ایجنٹ کو پتہ چلے گا؟"},
	} {
		r := playHelp(t, strings.Split(c.first, "|")...)
		node := r.State.Node
		require.Contains(t, []string{flows.NodeHelpCheck, flows.NodeReportCheck}, node, c.first)
		read := r.State.Draft.Inferred
		r = realEngine().Step(r.State, flows.Input{Text: c.ask, MessageID: 9, Reference: "HSY-SLOTS1"}, t0)
		require.Equal(t, node, r.State.Node, "%s: %q", c.locale, c.ask)
		require.Equal(t, read, r.State.Draft.Inferred, "%s: %q keeps what was read", c.locale, c.ask)
		require.True(t, replied(r, privacy[c.locale]), "%s: %q is answered", c.locale, c.ask)
	}
}

// "No, I have paid 50 thousand" at a report's check (nothing of paying
// read) is money paid: paid yes with its sum, and every fact read stands.
// The same without a sum is paid yes, its sum asked in turn.
func TestPaidToldAgainstNoAtCheck(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, offer, done, text, amount string }{
		{"ur", "مجھے کویت میں ڈرائیور کی نوکری کا پیغام آیا ہے، ایجنٹ ۳ لاکھ مانگ رہا ہے، نمبر ۰۳۳۳۱۲۳۴۵۶۷", "بس، ہو گیا", "نہیں، میں نے ۵۰ ہزار دے دیے ہیں", "Rs 50,000"},
		{"ur", "مجھے کویت میں ڈرائیور کی نوکری کا پیغام آیا ہے، ایجنٹ ۳ لاکھ مانگ رہا ہے، نمبر ۰۳۳۳۱۲۳۴۵۶۷", "بس، ہو گیا", "نہیں جی، پچاس ہزار بھیج چکا ہوں", "Rs 50,000"},
		{"ur-Latn", "kuwait driver job ka msg aya, agent 3 lakh mang raha hai, number 03331234567", "bas", "nahi maine 50 hazar de diye hain", "Rs 50,000"},
		{"ur-Latn", "kuwait driver job ka msg aya, agent 3 lakh mang raha hai, number 03331234567", "bas", "nai 50k bhej chuka hun", "Rs 50,000"},
		{"en", "I got a message for a Kuwait driver job, the agent wants 3 lakh, number 03331234567", "done", "no, I already paid them 50,000", "Rs 50,000"},
		{"en", "I got a message for a Kuwait driver job, the agent wants 3 lakh, number 03331234567", "done", "no, I have paid 50 thousand rupees", "Rs 50,000"},
		{"ur-Latn", "kuwait driver job ka msg aya, agent 3 lakh mang raha hai, number 03331234567", "bas", "nahi maine paise de diye hain", ""},
		{"en", "I got a message for a Kuwait driver job, the agent wants 3 lakh, number 03331234567", "done", "no, I already paid them", ""},
	} {
		r := playHelp(t, c.offer, c.done)
		require.Equal(t, flows.NodeReportCheck, r.State.Node, c.locale)
		r = realEngine().Step(r.State, flows.Input{Text: c.text, MessageID: 9, Reference: "HSY-SLOTS1"}, t0)
		a := r.State.Draft.Answers
		require.Equal(t, "yes", a["paid"], "%s: %q", c.locale, c.text)
		require.Equal(t, c.amount, a["paid_amount"], "%s: %q", c.locale, c.text)
		require.Equal(t, "+923331234567", a["phones"], "%s: %q", c.locale, c.text)
		require.NotEmpty(t, a["country"], "%s: %q", c.locale, c.text)
		require.Equal(t, "Rs 3,00,000", a["money_asked"], "%s: %q", c.locale, c.text)
		require.NotEqual(t, flows.NodeReportCheck, r.State.Node, "%s: %q", c.locale, c.text)
	}
}

// At a plea's check, a no that corrects what is not shown ("nahi wo mera
// bhai hai" to "About: someone else", a son read) keeps the place read; the
// words go to the officer.
func TestKinCorrectedAtCheckKeepsPlace(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, plea, text string }{
		{"ur-Latn", "beta malaysia me phansa hai", "nahi wo mera bhai hai"},
		{"ur-Latn", "mera beta malaysia me phansa hai", "nai ji mera bhai hai"},
		{"en", "my son is stuck in Malaysia", "no, he is my brother"},
		{"en", "my son is stuck in Malaysia", "no it's my husband"},
		{"ur", "میرا بیٹا ملائیشیا میں پھنسا ہے", "نہیں وہ میرا بھائی ہے"},
		{"ur", "میرا بیٹا ملائیشیا میں پھنسا ہے", "نہیں جی، میرے شوہر ہیں"},
	} {
		r := playHelp(t, c.plea, c.text)
		a := r.State.Draft.Answers
		require.Equal(t, "abroad", a["where"], "%s: %q", c.locale, c.text)
		require.NotEmpty(t, a["place"], "%s: %q", c.locale, c.text)
		require.Equal(t, "other", a["whom"], "%s: %q", c.locale, c.text)
		require.Contains(t, r.State.Draft.Texts, c.text, "%s: %q", c.locale, c.text)
	}
}

// What is happening told at a plea's check instead of yes or no ("پاسپورٹ
// لے لیا", "tankhwa nahi mili": its no is the situation's) is added to what
// was read, which stands, and the check shown again; "ج" (SMS for جی) is
// a yes.
func TestSituationAtCheckAddsToIt(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, plea, text, situation string }{
		{"ur", "بھائی دبئی میں پھنسا ہے", "پاسپورٹ لے لیا", "passport_taken"},
		{"ur", "بھائی دبئی میں پھنسا ہے", "تنخواہ نہیں دی", "unpaid"},
		{"ur-Latn", "bhai dubai me phansa hai", "passport le liya", "passport_taken"},
		{"ur-Latn", "bhai dubai me phansa hai", "tankhwa nahi mili", "unpaid"},
		{"en", "my brother is stuck in Dubai", "they took his passport", "passport_taken"},
		{"en", "my brother is stuck in Dubai", "salary not paid for 3 months", "unpaid"},
	} {
		r := playHelp(t, c.plea, c.text)
		require.Equal(t, flows.NodeHelpCheck, r.State.Node, "%s: %q", c.locale, c.text)
		require.Equal(t, "abroad", slot(r, "where"), "%s: %q", c.locale, c.text)
		require.NotEmpty(t, slot(r, "place"), "%s: %q", c.locale, c.text)
		require.Equal(t, c.situation, slot(r, "situation"), "%s: %q", c.locale, c.text)
	}
	for _, yes := range []string{"ج", "جی", "y"} {
		r := realEngine().Step(playHelp(t, "بھائی دبئی میں پھنسا ہے").State, flows.Input{Text: yes, MessageID: 5, SMS: true}, t0)
		require.Equal(t, "abroad", r.State.Draft.Answers["where"], yes)
		require.NotEqual(t, flows.NodeHelpCheck, r.State.Node, yes)
	}
}

// A place corrected at the check, after the emergency numbers were said
// for the one read, gets the new country's local numbers; a place told at
// the help flow's "where?" with more of the account is shown in the check
// and gets its local number.
func TestPlaceToldOrCorrectedGetsLocalNumbers(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, plea, text, place, number string }{
		{"ur-Latn", "beta malaysia me phansa hai", "nahi, wo thailand me hai", "Thailand", "191"},
		{"en", "my brother is stuck in Dubai", "no, he is in Oman now", "Oman", "9999"},
		{"ur", "میرا بھائی ملائیشیا میں پھنسا ہے", "نہیں، وہ اب تھائی لینڈ میں ہے", "", "191"},
		{"en", "help", "my son is in Qatar, his salary is not paid", "Qatar", "999"},
		{"ur-Latn", "help", "mera beta qatar me hai uski tankhwa nahi mil rahi", "Qatar", "999"},
		{"ur", "مدد", "میرا بیٹا قطر میں ہے اس کی تنخواہ نہیں مل رہی", "", "999"},
	} {
		r := playHelp(t, c.plea)
		r = realEngine().Step(r.State, flows.Input{Text: c.text, MessageID: 5, Reference: "HSY-SLOTS1"}, t0)
		require.True(t, replied(r, c.number), "%s: %q: %v", c.locale, c.text, r.Replies)
		if c.place != "" {
			require.Equal(t, c.place, slot(r, "place"), "%s: %q", c.locale, c.text)
		}
		require.NotEmpty(t, slot(r, "place"), "%s: %q", c.locale, c.text)
		if r.State.Node == flows.NodeHelpCheck {
			require.Contains(t, r.Replies[len(r.Replies)-1].Text, slot(r, "place"), "%s: %q: the place is in the check", c.locale, c.text)
		}
	}
	// the numbers of the place read are not said twice
	r := playHelp(t, "beta malaysia me phansa hai", "haan")
	require.False(t, replied(r, "999"))
}
