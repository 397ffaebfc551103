package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Sums told in short, in the unit the talk has set: the hazar or lakh of
// the sum asked, or of a sum told in full in the same answer. Counts, days
// and places are no sums, nor are the parts of a sum already told in full.
func TestSession36ShortSums(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		node, locale, asked, paid, text, want string
	}{
		{flows.NodeReportPaidHow, "ur-Latn", "Rs 1,65,000", "", "jazzcash se 2 dafa bheje, 25 aur 20. account kisi Rukhsana Bibi k naam pe tha", "Rs 45,000"},
		{flows.NodeReportPaidHow, "ur-Latn", "Rs 40,000", "", "jazzcash se, pehle 25 phir 15. screenshot h mere pas", "Rs 40,000"},
		{flows.NodeReportPaidHow, "ur", "Rs 40,000", "", "جاز کیش سے، پہلے ۲۵ پھر ۱۵", "Rs 40,000"},
		{flows.NodeReportPaidHow, "ur-Latn", "Rs 2,50,000", "", "easypaisa se 3 dafa bheje, 50 50 aur 1.5", "Rs 2,50,000"},
		{flows.NodeReportPaidHow, "en", "Rs 3,10,000", "Rs 3,10,000", "bank transfer to Gulf Star account in Meezan bank, two parts 1.5 and 1.6", "Rs 3,10,000"},
		{flows.NodeReportPaid, "ur-Latn", "Rs 40,000", "", "g de diye.. shayad 35 diye the, nahi nahi pura 40 diya tha 2 dafa me", "Rs 40,000"},
		{flows.NodeReportPaid, "ur-Latn", "", "", "ji 30 diye.. nai 30 nai 35 hzr, medical wale b", "Rs 35,000"},
		// counts, not sums
		{flows.NodeReportPaidHow, "en", "Rs 3,40,000", "Rs 3,40,000", "Easypaisa, 5 or 6 transfers to different numbers Adnan gave", "Rs 3,40,000"},
		{flows.NodeReportPaidHow, "ur-Latn", "Rs 3,00,000", "", "cash diye office me, DHA phase 5", ""},
		{flows.NodeReportPaidHow, "ur-Latn", "Rs 3,00,000", "", "jazzcash se 3 dafa bheje", ""},
		// after a sum told in full, a short number is a part of it
		{flows.NodeReportPaidHow, "en", "Rs 6,00,000", "Rs 6,00,000", "Cash at his shop, two times, 4 lakh then 2 lakh. Handwritten slip only for the 4", "Rs 6,00,000"},
		{flows.NodeReportPaidHow, "ur", "Rs 1,00,000", "", "جی 65 ہزار دے چکا ہوں، 25 پہلے پھر 40", "Rs 65,000"},
	} {
		s := flows.AtQuestion(c.node, c.locale)
		if c.asked != "" {
			s.Draft.Answers["money_asked"] = c.asked
		}
		if c.paid != "" {
			s.Draft.Answers["paid"], s.Draft.Answers["paid_amount"] = flows.ChoiceYes, c.paid
		}
		res := realEngine().Step(s, flows.Input{Text: c.text, MessageID: 7, Reference: "HSY-S36T01"}, t0)
		require.Equal(t, c.want, sentAnswers(res)["paid_amount"], c.text)
	}
}

// Found in C322-C328: contact allowed "as for the rest" after the name kept
// out; the firm's office told after its name; "what should we do?" asks for
// help; a sum paid twice in equal parts.
func TestSession36Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeReportConsent, "ur-Latn", "mera naam kahin na aye, baqi call kr lo theek h", map[string]string{"consent": flows.ChoiceYes}},
		{flows.NodeReportConsent, "ur", "میرا نام کہیں نہ آئے، باقی کال کر لیں ٹھیک ہے", map[string]string{"consent": flows.ChoiceYes}},
		{flows.NodeReportConsent, "ur-Latn", "mera naam kahin na aye", map[string]string{"consent": flows.ChoiceNo}},
		{flows.NodeReportRecruiter, "en", "Bilal Travels on Daska Road. No licence, i asked at the protector office later. His man Nadeem came and collected the money from my home", map[string]string{"recruiter": "Bilal Travels", "recruiter_also": "Nadeem"}},
		{flows.NodeReportRecruiter, "en", "Khan Travels near Liberty Market", map[string]string{"recruiter": "Khan Travels"}},
	} {
		c.check(t, e)
	}
	s, _ := playLast(t, "میرے ابو نے ایک ایجنٹ کو پانچ لاکھ دیے تھے بحرین کے لیے، اب ایجنٹ غائب ہے۔ ہمیں کیا کرنا چاہیے؟")
	require.Equal(t, flows.NodeHelpCheck, s.Node)
}
