package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in C335-C340: the sum paid told in parts, corrected, or as "all";
// a smaller sum told of a sum paid is a part of it, or the receipt's, unless
// the sum known was the total asked.
func TestSession37PaidSums(t *testing.T) {
	t.Parallel()
	checkPaidSums(t, []paidSumCase{
		{flows.NodeReportPaidHow, "en", "Rs 3,80,000", "Rs 3,80,000", "Cash at their office, 2,00,000 first and 1,80,000 after the medical. Receipt only for 15,000", "Rs 3,80,000"},
		{flows.NodeReportPaidHow, "ur-Latn", "Rs 2,50,000", "", "cash Bilal ko diye 2 dafa, 1 lakh aur 1.5, koi raseed nai", "Rs 2,50,000"},
		{flows.NodeReportPaidHow, "ur", "Rs 3,00,000", "", "جاز کیش سے، تین الگ نمبروں پہ۔ ۸۵ ہزار۔ نہیں رکیں بیٹے سے پوچھا ہے، ۹۵ ہزار، آخری دفعہ دس ہزار 'ایمبیسی اپوائنٹمنٹ' کے اور گئے تھے", "Rs 95,000"},
		{flows.NodeReportPaidHow, "en", "Rs 3,50,000", "", "jazzcash, to a number in some woman's name. first 35,000 then 50,000... sorry no, second one was 45,000. so 80k total", "Rs 80,000"},
		{flows.NodeReportPaidHow, "en", "Rs 6,50,000", "Rs 4,00,000", "Cash at their office in two instalments. The receipt they gave is for Rs 21,000 only — 15,000 and 6,000.", "Rs 4,00,000"},
		{flows.NodeReportPaidHow, "en", "Rs 3,20,000", "", "all cash in his office, he gave one slip with his stamp only", "Rs 3,20,000"},
		// the sum known was the total asked: the smaller sum told is the one paid
		{flows.NodeReportPaidHow, "ur-Latn", "Rs 3,20,000", "Rs 3,20,000", "easypaisa pe Bilal k number pe, 5 dafa me 50-50 hazar", "Rs 2,50,000"},
		// a part told of a sum paid that is not all that was asked
		{flows.NodeReportPaidHow, "en", "Rs 5,00,000", "Rs 3,00,000", "bank transfer, 1 lakh to his account", "Rs 3,00,000"},
	})
}

// Asked once more how much was paid in all, a bare "yes" is the sum asked
// (C335-008 "جی" of a Rs 3,500 fee, C337-004 "yes" of Rs 4,500).
func TestSession37YesIsTheSumAsked(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{{"ur", "جی"}, {"en", "yes"}, {"ur-Latn", "ji haan"}} {
		s := flows.AtQuestion(flows.NodeReportPaid, c.locale)
		s.Draft.Answers["money_asked"], s.Draft.Answers["paid"], s.Draft.Answers["paid_how"] = "Rs 4,500", flows.ChoiceYes, "easypaisa"
		s.Draft.Settled = append(s.Draft.Settled, "paid", "paid_how", "paid_amount_again")
		s.Options = []string{flows.ChoiceSkip} // "Type the amount, or press Skip"
		res := realEngine().Step(s, flows.Input{Text: c.text, MessageID: 7, Reference: "HSY-S37T02"}, t0)
		require.Equal(t, "Rs 4,500", sentAnswers(res)["paid_amount"], c.text)
	}
}

// Found in A131-A135: where the offer was seen when a friend passed it on
// from a platform; the name after "think it was" or on a board or a card;
// consent given for messages only, or only when needed; a passport kept
// "until" or "we will keep"; pay put off "next month, next month"; data
// asked to be removed.
func TestSession37Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeReportSeen, "en", "my neighbour forwarded it to me, came on her whatsapp", map[string]string{"seen": "whatsapp"}},
		{flows.NodeReportSeen, "ur", "ہمارے گاؤں والے گروپ میں کسی نے شیئر کیا تھا، فیس بک والا", map[string]string{"seen": "facebook"}},
		{flows.NodeReportSeen, "en", "He came to our street himself. His boys also share his videos on TikTok", map[string]string{"seen": "agent"}},
		{flows.NodeReportSeen, "en", "Agent in person, he came to our house. He also posts on tiktok", map[string]string{"seen": "agent"}},
		{flows.NodeReportRecruiter, "en", "think it was Rana Imtiaz, thats what was on his visiting card", map[string]string{"recruiter": "Rana Imtiaz"}},
		{flows.NodeReportRecruiter, "ur-Latn", "uske office ke board pe Bright Future Consultants likha tha", map[string]string{"recruiter": "Bright Future Consultants"}},
		{flows.NodeReportRecruiter, "ur", "ان کے وزیٹنگ کارڈ پر الفلاح ٹریول اینڈ ٹورز لکھا تھا", map[string]string{"recruiter": "الفلاح ٹریول اینڈ ٹورز"}},
		{flows.NodeReportConsent, "en", "only whatsapp msgs, no calls, my husband checks the call log", map[string]string{"consent": flows.ChoiceYes}},
		{flows.NodeReportConsent, "en", "no calls pls, a text msg is fine", map[string]string{"consent": flows.ChoiceYes}},
		{flows.NodeReportConsent, "ur-Latn", "agar zaroorat ho to hi krna", map[string]string{"consent": flows.ChoiceYes}},
		{flows.NodeReportConsent, "en", "no, dont contact me", map[string]string{"consent": flows.ChoiceNo}},
		{flows.NodeHelpWhat, "ur-Latn", "company walon ne kaha passport hum rakhenge warna bhaag jaoge", map[string]string{"situation": "passport_taken"}},
		{flows.NodeHelpWhat, "ur", "کفیل کہتا ہے پاسپورٹ تب ملے گا جب دو سال پورے ہوں گے", map[string]string{"situation": "passport_taken"}},
		{flows.NodeHelpWhat, "en", "they keep saying nxt month nxt month, its been four months", map[string]string{"situation": "unpaid"}},
	} {
		c.check(t, e)
	}
	require.Equal(t, flows.NodeErase, stepsAt(e, flows.NodeMenu, "en", "i dont want my messages to stay with you, remove them").State.Node)
	require.True(t, erased(stepsAt(e, flows.NodeErase, "ur-Latn", "sab uda do")))
	// "I'd" folds to "id": no account or ID deleted here (C341-017)
	require.Equal(t, flows.NodeErase, stepsAt(e, flows.NodeMenu, "en", "I'd like my details deleted from your system. I sent a report last week but it's settled now").State.Node)
}
