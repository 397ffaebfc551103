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
	for _, c := range []struct {
		node, locale, asked, paid, text, want string
	}{
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
	} {
		s := flows.AtQuestion(c.node, c.locale)
		s.Draft.Answers["money_asked"] = c.asked
		if c.paid != "" {
			s.Draft.Answers["paid"], s.Draft.Answers["paid_amount"] = flows.ChoiceYes, c.paid
		}
		res := realEngine().Step(s, flows.Input{Text: c.text, MessageID: 7, Reference: "HSY-S37T01"}, t0)
		require.Equal(t, c.want, sentAnswers(res)["paid_amount"], c.text)
	}
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
