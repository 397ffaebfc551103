package flows_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// A check of a firm whose name, licence and number are all given, with
// nothing of the offer, first asks once what the offer is: the answer's
// sum gets its warning and goes to OEC with the rest (C229-027, C232-027).
// A check that tells the sum already goes at once.
func TestVerifyAsksTheOfferOnce(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, opening, offer, asked string }{
		{"en", "Assalamualaikum. Can you check if Gulf Star Manpower, licence 1876/KHI, is genuine? Their number is 021-34987215",
			"They posted on Facebook hiring welders for Qatar. Asking Rs 2,50,000 after the interview. I've not paid anything", "verify_offer_q"},
		{"ur", "یہ نمبر ۰۳۰۰۷۶۴۲۹۱۸ والا کہتا ہے بیورو آف امیگریشن کا افسر ہوں، نام ارشد چوہدری، اٹلی کا سیزنل ورک ویزا لگوا دوں گا۔ کیا یہ سچ ہے؟",
			"تین لاکھ مانگ رہا ہے، ابھی دیے نہیں", "verify_sum_q"}, // the country told: the sum asked
		{"ur-Latn", "Royal Star Overseas licence 2231/RWP wala sahi hai? number 0321-4880613",
			"saudia driver visa, 3.5 lakh mang rahe hain, abi diye nai", "verify_offer_q"},
	} {
		_, said := playLast(t, c.opening)
		require.Equal(t, texts.T(c.locale, c.asked, nil), said[len(said)-1], c.opening)
		e, state := realEngine(), flows.State{}
		var spec *flows.ReportSpec
		var replies []string
		for i, m := range []string{c.opening, c.offer} {
			res := e.Step(state, flows.Input{Text: m, MessageID: int64(i + 1), Reference: "HSY-S23VER"}, t0)
			state = res.State
			for _, r := range res.Replies {
				replies = append(replies, r.Text)
			}
			for _, ef := range res.Effects {
				if ef.Report != nil {
					spec = ef.Report
				}
			}
		}
		require.NotNil(t, spec, c.opening)
		require.Equal(t, flows.KindVerify, spec.Kind)
		require.Contains(t, spec.Text, c.offer)
		require.Contains(t, strings.Join(replies, "\n"), "⁦", c.locale) // the sum's warning names it
	}
	// the sum told already: checked at once
	_, said := playLast(t, "Gulf Star Manpower licence 1876/KHI 021-34987215 asking 2 lakh for Qatar, genuine?")
	require.NotEqual(t, texts.T("en", "verify_offer_q", nil), said[len(said)-1])
	require.Contains(t, strings.Join(said, "\n"), "HSY-")
	// asked for what to check, a licence and a number sent are the
	// answer: checked at once
	_, said = playLast(t, "check an agent", "licence 1876/KHI, 021-34987215")
	require.Contains(t, strings.Join(said, "\n"), "HSY-")
}
