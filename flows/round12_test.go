package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/flows"
)

// A check asked for something to check by, answered with only where the
// offer was seen or what it asks (round C12), keeps that and asks once
// more; what comes then is checked. An answer with something to check by
// is checked at once.
func TestVerifyAnswerWithNothingToCheckAsksAgain(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		locale, question, context, details, phone string
	}{
		{"en", "Is Crescent HR Solutions a genuine agency? They want 1.2 lakh for electrician job in Saudi", "saw their post on facebook",
			"the guys number is 0321-7740652", "+923217740652"},
		{"en", "is this agent real? they want 2 lakh for Dubai", "it was in the newspaper",
			"his number 0300 1234567", "+923001234567"},
		{"ur", "کیا یہ ایجنسی اصلی ہے؟ اسکائی لنک اوورسیز ایمپلائمنٹ پروموٹرز، لائسنس نمبر ۲۴۱۱/ایل ایچ آر", "اخبار میں دبئی کے لیے ہیلپر کی نوکری کا اشتہار تھا، ایک لاکھ اسی ہزار مانگ رہے ہیں",
			"اسکائی لنک اوورسیز، لاہور، فون ۰۴۲۳۵۷۱۸۸۴۰", "+924235718840"},
		{"ur", "یہ بندہ ٹھیک ہے؟ سعودیہ کا ویزا دو لاکھ میں دے رہا ہے", "فیس بک پر پوسٹ دیکھی تھی",
			"اس کا نمبر ۰۳۳۳۱۲۳۴۵۶۷ ہے", "+923331234567"},
		{"ur-Latn", "ye banda sahi hai? bahrain me waiter ki job, 95 hazar maang raha", "tiktok pe video dekhi thi",
			"Hassan Raza naam hai, number 0345 8827361", "+923458827361"},
		{"ur-Latn", "ye agent asli hai? oman ka visa 3 lakh me", "akhbar me ad tha",
			"0312 7654321 hai uska", "+923127654321"},
	} {
		e := realEngine()
		st := flows.State{}
		var r flows.Result
		for i, text := range []string{c.question, c.context} {
			r = e.Step(st, flows.Input{Text: text, MessageID: int64(i + 1), Reference: "HSY-ROUND2"}, t0)
			st = r.State
		}
		require.Equal(t, flows.NodeVerify, st.Node, "%s: %q is nothing to check by", c.locale, c.context)
		require.Empty(t, createdSpec(r), c.context)
		r = e.Step(st, flows.Input{Text: c.details, MessageID: 3, Reference: "HSY-ROUND2"}, t0)
		spec := createdSpec(r)
		require.NotNil(t, spec, c.details)
		require.Equal(t, "verify", spec.Kind)
		require.Contains(t, spec.Text, c.context, "what was said is kept")
		require.Contains(t, casework.Signals(spec.Text).Phones, c.phone)
	}
	// neighbours: a number with a name asks once what they offer, and is
	// checked with the answer or a skip; a number alone asks once who they
	// are, and the name typed goes with it
	for locale, c := range map[string]struct{ named, bare, name string }{
		"en":      {"is Haris Overseas real? his number is 0300 1234567", "is this agent real? his number is 0300 1234567", "his name is Waqas, asking 9 lakh"},
		"ur":      {"کیا یہ اصلی ہے؟ اس کا نام ارشد ہے، نمبر ۰۳۰۰۱۲۳۴۵۶۷", "کیا یہ اصلی ہے؟ نمبر ۰۳۰۰۱۲۳۴۵۶۷", "نام طارق بتایا، کوریا کی نوکری کا کہہ رہا ہے"},
		"ur-Latn": {"ye banda asli hai? naam Sajid hai, number 0300 1234567", "ye banda asli hai? number 0300 1234567", "naam Sajid btaya tha, 3 lakh mang raha"},
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: c.named, MessageID: 1, Reference: "HSY-ROUND3"}, t0)
		require.Nil(t, createdSpec(r), "%s: %q", locale, c.named)
		require.Equal(t, texts.T(locale, "verify_offer_q", nil), r.Replies[len(r.Replies)-1].Text, locale)
		r = realEngine().Step(r.State, flows.Input{Choice: flows.ChoiceSkip, MessageID: 2, Reference: "HSY-ROUND3"}, t0)
		require.NotNil(t, createdSpec(r), "%s: %q then skip", locale, c.named)
		r = realEngine().Step(flows.State{}, flows.Input{Text: c.bare, MessageID: 1, Reference: "HSY-ROUND3"}, t0)
		require.Nil(t, createdSpec(r), "%s: %q", locale, c.bare)
		require.Equal(t, texts.T(locale, "verify_more_q", nil), r.Replies[len(r.Replies)-1].Text, locale)
		r = realEngine().Step(r.State, flows.Input{Text: c.name, MessageID: 2, Reference: "HSY-ROUND3"}, t0)
		spec := createdSpec(r)
		require.NotNil(t, spec, "%s: %q", locale, c.name)
		require.Contains(t, spec.Text, c.name)
	}
}

func createdSpec(r flows.Result) *flows.ReportSpec {
	for _, ef := range r.Effects {
		if ef.Kind == flows.EffectCreateReport {
			return ef.Report
		}
	}
	return nil
}

// Sums paid one after another with no currency written are paid in all
// ("35000 first then 30000 after 2 days"); a payment channel denied is not
// how it was paid ("cash, they said no bank").
func TestPaidHowInstalmentsAndDenied(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, amount, how string }{
		{"en", "easypaisa, 35000 first then 30000 after 2 days", "Rs 65,000", "easypaisa"},
		{"en", "jazzcash 20000 then 15000", "Rs 35,000", "jazzcash"},
		{"ur-Latn", "easypaisa se pehle 35000 phir 30000", "Rs 65,000", "easypaisa"},
		{"ur-Latn", "jazzcash pe 10000 phir 5000 bheje", "Rs 15,000", "jazzcash"},
		{"ur", "ایزی پیسہ سے پہلے 35000 پھر 30000", "Rs 65,000", "easypaisa"},
		{"ur", "جاز کیش پر 20000 اس کے بعد 15000", "Rs 35,000", "jazzcash"},
		// neighbours: one sum, or two with no word of sequence
		{"en", "easypaisa 35000", "Rs 35,000", "easypaisa"},
		{"ur-Latn", "35000 easypaisa, 2 din baad", "Rs 35,000", "easypaisa"},
		// a channel denied
		{"en", "cash, they said no bank", "", "cash"},
		{"en", "in cash, not bank transfer", "", "cash"},
		{"ur-Latn", "cash diye, no bank", "", "cash"},
		{"ur-Latn", "naqd diye, jazzcash nahi", "", "cash"},
		{"ur", "نقد دیے، جاز کیش نہیں", "", "cash"},
		{"ur", "نقد، بینک نہیں", "", "cash"},
	} {
		a := answers(at(t, flows.NodeReportPaidHow, c.locale, c.text))
		require.Equal(t, c.how, a["paid_how"], "%s: %q", c.locale, c.text)
		if c.amount != "" {
			require.Equal(t, c.amount, a["paid_amount"], "%s: %q", c.locale, c.text)
		}
	}
}
