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

// A step that leaves only something never shown for a yes or no (another
// name the recruiter goes by) does not ask "is this right?" of an empty
// list (C233-009): it is kept as read and the next question comes.
func TestNothingShownIsNotConfirmed(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, locale := range []string{"en", "ur", "ur-Latn"} {
		st := flows.AtQuestion(flows.NodeReportRecruiter, locale)
		st.Draft.Inferred = map[string]string{flows.SlotRecruiterAlso: "Naveed"}
		res := e.Step(st, flows.Input{Text: "Haji Travels", MessageID: 1}, t0)
		require.NotEqual(t, flows.NodeReportCheck, res.State.Node, locale)
		require.Equal(t, "Naveed", res.State.Draft.Answers[flows.SlotRecruiterAlso], locale)
		require.Equal(t, "Haji Travels", res.State.Draft.Answers["recruiter"], locale)
	}
}

// An invoice sent for a sum is no payment ("7000 pound ka invoice bheja
// h", C234-028 was taken for money lost and made a report of a check), and
// a name given in Latin letters before "نام بتاتے ہیں" is the name, not
// the verb (C233-009).
func TestInvoiceIsNoPaymentAndUrduVerbNoName(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, s := range []string{"bhai ye website asli h? ukcareworkvisa-pk.com. care worker ka visa de rahe hain, 7000 pound ka invoice bheja h",
		"is this site real? ukcareworkvisa-pk.com, they sent me an invoice of 7000 pounds for a care worker visa"} {
		res := e.Step(flows.State{}, flows.Input{Text: s, MessageID: 1}, t0)
		require.Equal(t, flows.KindVerify, res.State.Draft.Kind, s)
	}
	res := stepsAt(e, flows.NodeReportRecruiter, "ur", "Bright Path Immigration Consultants نام بتاتے ہیں، کہتے ہیں مانچسٹر اور لاہور میں دفتر ہے")
	require.Equal(t, "Bright Path Immigration Consultants", sentAnswers(res)["recruiter"])
}

// Asked how much they asked, a question of what the law allows is
// answered and the question asked again; its sum is not stored (C233-004
// stored "Rs 15,000"). A sum told with "is that legal?" is the answer.
func TestLawQuestionAtMoneyIsNoAnswer(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for locale, s := range map[string]string{
		"ur-Latn": "kya 15 hazar se zyada lena allowed h licensed walon ko?",
		"ur":      "کیا لائسنس والے پندرہ ہزار سے زیادہ لے سکتے ہیں؟",
		"en":      "is it allowed for them to take more than 15000?",
	} {
		res := stepsAt(e, flows.NodeReportMoney, locale, s)
		require.Equal(t, flows.NodeReportMoney, res.State.Node, s)
		require.Empty(t, sentAnswers(res)["money_asked"], s)
	}
	require.Equal(t, "Rs 2,00,000", sentAnswers(stepsAt(e, flows.NodeReportMoney, "en", "they asked 2 lakh, is that legal?"))["money_asked"])
}

// Abroad said before, a sum paid told at "what is happening?" is how they
// got there, not the trouble, though that message names no country
// (C184-009: a boat taking water, "agent ne 24 lakh liye the").
func TestPaidToldAfterAbroadIsNoSituation(t *testing.T) {
	t.Parallel()
	e, st := realEngine(), flows.State{}
	msgs := []string{"mdd chahiye jaldi!! mera cousin kashti me h libya se nikle thay kal raat, ab engine band ho gya h samandar me",
		"unhone last location bheji thi, Tobruk k pas se nikle the",
		"agent ne 24 lakh liye the italy tak. ab phone ki battery 10% h, keh raha tha pani andar aa raha h"}
	for i := 0; i < 12 && len(msgs) > 0; i++ {
		text := "haan"
		if st.Node != flows.NodeHelpCheck && st.Node != flows.NodeReportCheck || i == 0 {
			text, msgs = msgs[0], msgs[1:]
		}
		st = e.Step(st, flows.Input{Text: text, MessageID: int64(i + 1)}, t0).State
	}
	require.NotNil(t, st.Draft)
	require.NotEqual(t, "money_taken", st.Draft.Answers["situation"])
	require.NotEqual(t, "money_taken", st.Draft.Inferred["situation"])
}

// An aside typed at a check's later question ("is this service free?") is
// answered and the same question comes again, not the first one that asks
// for what was already sent.
func TestVerifyAsideKeepsTheQuestion(t *testing.T) {
	t.Parallel()
	for locale, msgs := range map[string][]string{
		"ur":      {"کیا الفلاح مین پاور، لائسنس ۲۲۳۱/RWP اصلی ہے؟ نمبر ۰۳۲۱۴۸۸۰۶۱۳", "کیا یہ سروس مفت ہے؟"},
		"en":      {"Can you check if Gulf Star Manpower, licence 1876/KHI, is genuine? Their number is 021-34987215", "is this service free?"},
		"ur-Latn": {"Royal Star Overseas licence 2231/RWP wala sahi hai? number 0321-4880613", "ye service free hai?"},
	} {
		_, said := playLast(t, msgs...)
		require.Equal(t, texts.T(locale, "verify_offer_q", nil), said[len(said)-1], locale)
		require.Greater(t, len(said), 1, locale) // the aside's answer came first
	}
}
