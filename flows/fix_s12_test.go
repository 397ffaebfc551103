package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Lessons of C117-C119 (2026-12-02, fourth session): a report asked for
// in words, or an offer called a fraud, keeps being a report when the
// person then asks whether it is real (C119-012 turned into a check and
// the advert sent next was never reported); "ye to fraud h na?" calls it a
// fraud (C119-007 was checked, not reported).
func TestGenuineAskedInsideAReport(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := e.Step(flows.State{}, flows.Input{Text: "آج کے اخبار میں اشتہار ہے: جاپان میں تین لاکھ چالیس ہزار پاکستانیوں کے لیے نوکریاں، رجسٹریشن فیس ۱۵۰۰ روپے۔ مجھے تو دھوکہ لگتا ہے، شکایت درج کرانی ہے", MessageID: 1, Reference: "HSY-SIM001"}, t0)
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
	res = e.Step(res.State, flows.Input{Text: "کیا واقعی جاپان نے ایسا کوئی کوٹہ دیا ہے؟", MessageID: 2, Reference: "HSY-SIM002"}, t0)
	require.Equal(t, flows.KindReport, res.State.Draft.Kind, joinReplies(res))
	require.Equal(t, flows.NodeReportOffer, res.State.Node)
	require.Contains(t, joinReplies(res), texts.T("ur", "report_genuine_question", nil))
	require.Contains(t, joinReplies(res), "Rs 1,500", "the fee's warning is given")
	res = e.Step(res.State, flows.Input{Text: "نیچے ایک نمبر ۰۳۴۵-۶۰۲۷۷۳۱ اور ’’نیشنل اوورسیز جاب سینٹر‘‘ لکھا ہے", MessageID: 3, Reference: "HSY-SIM003"}, t0)
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
	require.Len(t, res.State.Draft.Texts, 2, "the advert and what came after it are the offer; the question is not")

	for _, s := range []string{
		"tiktok pe ek banda UK care worker visa bech raha h, kehta h carer ka kaam nai karna parega sirf sponsorship chahiye. 7000 pound. ye to fraud h na?",
		"Dubai security guard job, 2 lakh advance mang rahe hain WhatsApp pe. یہ تو فراڈ ہے نا؟",
		"oec-korea-eps-apply.pk wants 5000 registration fee, its a scam right?",
	} {
		require.Equal(t, flows.KindReport, opensKind(t, e, s), s)
	}
	// asked neutrally, it is a check
	require.Equal(t, flows.KindVerify, opensKind(t, e, "Al-Noor Overseas licence 1873/LHR, Saudi electrician visa 1.8 lakh. ye asli hai?"))
}

// "Already told" typed as an answer (C122-022 stored "Already told" as
// the agent's name; C117-027 "bata diya tha" as how one paid): what is
// said beside it is the answer; said alone, the answer is taken from what
// was sent before, or asked for once more, saying it was not found.
func TestAlreadyToldAnswers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	steps := func(msgs ...string) flows.Result {
		var res flows.Result
		for i, m := range msgs {
			res = e.Step(res.State, flows.Input{Text: m, MessageID: int64(i + 1), Reference: "HSY-SIM001"}, t0)
		}
		return res
	}
	ad := "Saw an ad in Daily Khabrain: 'Security Guards for Dubai, ex-army preferred, salary AED 3,200, Falcon Guard Services Rawalpindi, 0333-5190274'. They ask Rs 50,000 registration"
	res := steps(ad, "That is all.", "no", "Newspaper, as I said.", "Already told.")
	require.Equal(t, "newspaper", res.State.Draft.Answers["seen"])
	require.Equal(t, "Falcon Guard Services", res.State.Draft.Answers["recruiter"])
	require.Contains(t, joinReplies(res), "I have it from what you sent: Falcon Guard Services")
	require.Equal(t, flows.NodeReportPhonesAsk, res.State.Node)

	res = steps(ad, "That is all.", "no", "Newspaper", "Already told. Falcon Guards Pvt Ltd.")
	require.Equal(t, "Falcon Guards Pvt Ltd", res.State.Draft.Answers["recruiter"])

	// nothing of the kind sent before: asked once more, kindly, never
	// stored as the answer
	res = steps("I want to report an agent", "he took my passport and 2 lakh for a Saudi visa", "done", "yes", "upar likha hai")
	require.NotContains(t, res.State.Draft.Answers, "seen")
	require.Contains(t, joinReplies(res), texts.T("en", "already_told_missing", nil))

	res = steps("Abu ne facebook pe Hajj season me Makkah me khadim ki naukri dekhi thi. unhon ne 1 lakh 75 hazar total bataye aur medical k liye 35 hazar Jazzcash pe mangwaye, abu bhej chuke hain. ab number band h",
		"bas itna", "haan", "facebook", "Haramain Khidmat Overseas", "0311 9028471")
	require.Equal(t, flows.NodeReportPaidHow, res.State.Node)
	res = e.Step(res.State, flows.Input{Text: "bata diya tha", MessageID: 9, Reference: "HSY-SIM001"}, t0)
	require.Equal(t, "jazzcash", res.State.Draft.Answers["paid_how"], joinReplies(res))
	require.Contains(t, joinReplies(res), "JazzCash")
	// at a question the account did not answer: asked once more
	res = e.Step(res.State, flows.Input{Text: "bata diya tha", MessageID: 10, Reference: "HSY-SIM001"}, t0)
	require.Contains(t, joinReplies(res), texts.T("ur-Latn", "already_told_missing", nil))
	require.NotContains(t, res.State.Draft.Answers, "documents")
}

// Lessons of C120-C122: one's passport held at home to make one pay more,
// told short with no agent named, is a plea (C121-030, C117-024); so is
// work for a landlord "qarze me pakra hua" (C120-023); a licensed
// promoter who took the passport and the money is his report (C113-013).
// A reference forgotten, the report made "isi number se", asks how it
// stands (C120-032).
func TestPassportHeldPleaAndDebtHeld(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, s := range []string{
		"An agent in Peshawar has kept my passport for 3 months and now says he will return it only if I pay 50,000 more. I don't even want to go anymore.",
		"ایجنٹ نے میرا پاسپورٹ رکھا ہوا ہے اور کہتا ہے ایک لاکھ اور دو تو واپس کروں گا۔ دھمکیاں بھی دے رہا ہے",
		"assalam o alaikum mai sheikhupura k ek zamindar k pas kaam krta hun. usne qarze me pakra hua h",
	} {
		require.Equal(t, flows.KindHelp, opensKind(t, e, s), s)
	}
	require.Equal(t, flows.KindReport, opensKind(t, e, "Sir, retired Havaldar here from Chakwal. My nephew's case. A licensed promoter in Rawalpindi took his passport and Rs 6 lakh for a Kuwait driver job 10 months ago. No visa, no refund, passport not returned."))
	readsAsJSON(t, e, "menu", "ur-Latn", "ref no yaad nai, isi number se ki thi last month, Sargodha wale agent ki", `{"answer":"intent","intent":"status"}`)
}

// Lessons of C123 and C125: "mera number system se hatwana h" asks to
// erase (C123-015 opened a report); "Yes, please also mention they're
// still messaging me" at the summary sends the report with the words kept
// (C123-022 went to "which answer to change?"); a question that names the
// bank is asked, not answered (C125-013 stored "bank"); how one paid,
// typed at another question, is not the agent's name.
func TestEraseAddNoteAndPaymentElsewhere(t *testing.T) {
	t.Parallel()
	e := realEngine()
	readsAsJSON(t, e, "menu", "ur-Latn", "mujhe apni pichli shikayat aur mera number system se hatwana h. ghar walon ko pata chal gaya aur woh naraz hain", `{"answer":"intent","intent":"erase"}`)

	steps := func(res flows.Result, msgs ...string) flows.Result {
		for i, m := range msgs {
			res = e.Step(res.State, flows.Input{Text: m, MessageID: int64(i + 1), Reference: "HSY-SIM001"}, t0)
		}
		return res
	}
	res := steps(flows.Result{}, "Good evening. I applied through an online form for 'Vacancies in Qatar - Hamad Port Logistics' and got an email saying congratulations on my selection. I paid Rs 45,000 and now they want Rs 90,000 more for 'work permit stamping'.",
		"done", "yes", "website", "Hamad Port Logistics", "skip")
	require.Equal(t, flows.NodeReportPaidHow, res.State.Node)
	res = steps(res, "Will the bank be able to reverse the transfer if I complain now?")
	require.Equal(t, flows.NodeReportPaidHow, res.State.Node, "asked again")
	require.NotContains(t, res.State.Draft.Answers, "paid_how")
	res = steps(res, "skip", "Bank transfer from my HBL account to an account in Faisalabad, the title was M. Naveed, not a company")
	require.Equal(t, "Hamad Port Logistics", res.State.Draft.Answers["recruiter"])
	require.Equal(t, "bank", res.State.Draft.Answers["paid_how"])

	res = steps(res, "passport", "yes")
	require.Equal(t, flows.NodeReportSummary, res.State.Node)
	res = steps(res, "Yes, please also mention they're still messaging me")
	spec := createdSpec(res)
	require.NotNil(t, spec, joinReplies(res))
	require.Contains(t, spec.Text, "still messaging me")
}
