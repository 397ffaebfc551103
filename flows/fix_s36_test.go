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
	checkPaidSums(t, []paidSumCase{
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
	})
}

// paidSumCase is an answer typed at node with the sum asked and the sum
// paid already known (either may be empty), and the sum paid it leaves.
type paidSumCase struct {
	node, locale, asked, paid, text, want string
}

func checkPaidSums(t *testing.T, cases []paidSumCase) {
	t.Helper()
	for _, c := range cases {
		s := flows.AtQuestion(c.node, c.locale)
		if c.asked != "" {
			s.Draft.Answers["money_asked"] = c.asked
		}
		if c.paid != "" {
			s.Draft.Answers["paid"], s.Draft.Answers["paid_amount"] = flows.ChoiceYes, c.paid
		}
		res := realEngine().Step(s, flows.Input{Text: c.text, MessageID: 7, Reference: "HSY-PAID01"}, t0)
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
		// "contact" before the person at the firm; a fee's purpose "k naam pe" is no account holder
		{flows.NodeReportRecruiter, "en", "Golden Horizon Tech Co., contact Ms Lily", map[string]string{"recruiter": "Golden Horizon Tech Co.", "recruiter_also": "Ms Lily"}},
		{flows.NodeReportPaidHow, "ur-Latn", "registration aur LMIA file k naam pe 1.5 lac bheje bank me", map[string]string{"paid_amount": "Rs 1,50,000", "paid_to": "", "recruiter_also": ""}},
		{flows.NodeReportPaidHow, "ur-Latn", "easypaisa se bheje, account kisi Zeeshan Ali k naam pe tha", map[string]string{"paid_to": "Zeeshan Ali"}},
		// the sum the parts make, told short after "so" or "total"
		{flows.NodeReportMoney, "en", "2.8 lac total he said at start, now 1 lac more on top so 3.8", map[string]string{"money_asked": "Rs 3,80,000"}},
		{flows.NodeReportMoney, "ur-Latn", "pehle 25 hazar bola visa fee phir medical k 15 alag mangay, total 40", map[string]string{"money_asked": "Rs 40,000"}},
		// the company pays all: no money asked
		{flows.NodeReportMoney, "en", "no, he said everything is on the company, I just have to go", map[string]string{"money_asked": "none"}},
		{flows.NodeReportMoney, "ur-Latn", "nai, ulta keh rahe the company sab kharcha degi", map[string]string{"money_asked": "none"}},
		// not a riyal in six months: unpaid; one's own situation: self
		{flows.NodeHelpWhat, "ur", "چھ مہینے سے ایک ریال نہیں دیا", map[string]string{"situation": "unpaid"}},
		{flows.NodeHelpWhom, "en", "my own situation", map[string]string{"whom": "self"}},
		// a message at a time she is alone: discreet
		{flows.NodeHelpContact, "ur", "رات دس بجے کے بعد میسج کریں جب میں اکیلی ہوتی ہوں", map[string]string{"contact": "discreet"}},
		{flows.NodeHelpContact, "en", "message after 10pm when i am alone", map[string]string{"contact": "discreet"}},
	} {
		c.check(t, e)
	}
	// "let no record remain": erase
	res := stepsAt(e, flows.NodeErase, "ur-Latn", "g kr do, koi record na rahe")
	require.True(t, hasEffect(res, flows.EffectErase))
	s, _ := playLast(t, "میرے ابو نے ایک ایجنٹ کو پانچ لاکھ دیے تھے بحرین کے لیے، اب ایجنٹ غائب ہے۔ ہمیں کیا کرنا چاہیے؟")
	require.Equal(t, flows.NodeHelpCheck, s.Node)
}
