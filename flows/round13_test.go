package flows

import (
	"testing"

	"github.com/hoshyar/hoshyar/locales"
)

// "How much, how and to whom?" answered with only how ("نقد دیے تھے ہاتھ
// میں، رسید نہیں دی", round C13) asks once for the sum; an answer with a
// sum in it does not, nor a second answer with none.
func TestPaidHowWithoutSumAsksSumOnce(t *testing.T) {
	t.Parallel()
	how := map[string][]string{
		"en":      {"cash, in his office, no receipt", "gave it by hand to his munshi"},
		"ur":      {"نقد دیے تھے ہاتھ میں، رسید نہیں دی", "اس کے دفتر میں ہاتھ میں دیے"},
		"ur-Latn": {"cash diya tha haath me, raseed nahi di", "uske office me jaa ke diye"},
	}
	for _, locale := range locales.All {
		for _, answer := range how[locale] {
			c := newConvo(t, locale)
			c.say("1")
			c.say("Dubai security guard job, contact 0300-1234567")
			c.press(ChoiceDone)
			c.press(ChoiceYes)
			c.say("2")
			c.say("Al Noor Manpower")
			c.press(ChoiceSkip)
			c.expectAsk(NodeReportPaid, "report_paid_q")
			c.press(ChoiceYes)
			c.expectAsk(NodeReportPaidHow, "report_paid_how_q")
			c.say(answer)
			c.expectAsk(NodeReportPaid, "report_paid_amount_q") // the sum, asked as the paid question's (C25-017)
			c.say("pata nahi, yaad nahi")
			c.expectAsk(NodeReportDocs, "report_docs_q")
		}
		// a sum in the answer, read or not: no second question
		for _, answer := range []string{"50 hazar JazzCash pe bheje", "تین لاکھ نقد دیے", "paid two lakh in cash"} {
			c := newConvo(t, locale)
			c.say("1")
			c.say("Dubai security guard job, contact 0300-1234567")
			c.press(ChoiceDone)
			c.press(ChoiceYes)
			c.say("2")
			c.say("Al Noor Manpower")
			c.press(ChoiceSkip)
			c.press(ChoiceYes)
			c.say(answer)
			c.expectAsk(NodeReportDocs, "report_docs_q")
		}
	}
}
