package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Typed answers found in the forty-third session (C433–C436, A159), each
// at its question.
func TestSession43Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		// what was to be paid after the flight is owed, not paid
		// (C434-005 stored the whole Rs 16,00,000)
		{flows.NodeReportPaid, "en", "Yes 12 lakh paid, 4 lakh was to be given after the flight", map[string]string{"paid": "yes", "paid_amount": "Rs 12,00,000"}},
		// a route closed is no one locked in (C434-031 stored
		// "locked_in"); a beating not told of is none
		{flows.NodeHelpWhat, "ur-Latn", "agent kehta h rasta band h, abhi intezar karo", map[string]string{"situation": "other"}},
		{flows.NodeHelpWhat, "ur", "ایجنٹ کہتا ہے راستہ بند ہے", map[string]string{"situation": "other"}},
		{flows.NodeHelpWhat, "en", "the agent says the border is closed, we have to wait here", map[string]string{"situation": "other"}},
		// what the advert says ends a name; what everyone calls him is it
		{flows.NodeReportRecruiter, "en", "Qatar World Logistics is what the ad says. the guy on the phone said his name is Faizan", map[string]string{"recruiter": "Qatar World Logistics", "recruiter_also": "Faizan"}},
		{flows.NodeReportRecruiter, "en", "I dont know his real name, everyone just calls him Doctor sahib", map[string]string{"recruiter": "Doctor sahib"}},
		// a country misspelt (A159-0106)
		{flows.NodeReportCountry, "ur-Latn", "kuwiat", map[string]string{"country": "Kuwait"}},
	} {
		c.check(t, e)
	}
	// a receipt on a letterhead "only for 'ticket 1,20,000'" is no sum
	// paid (C433-005 stored Rs 1,20,000 over the Rs 7,00,000 paid)
	res := atWith(t, flows.NodeReportPaidHow, "en", "7 lakh cash in the office. They gave a receipt on the travel agency letterhead only for 'ticket 1,20,000'",
		map[string]string{"money_asked": "Rs 7,00,000", "paid": "yes", "paid_amount": "Rs 7,00,000"})
	require.Equal(t, "Rs 7,00,000", sentAnswers(res)["paid_amount"])
	require.Equal(t, "cash", sentAnswers(res)["paid_how"])
}

// Asked whether a number is an official body's, or whether the body
// itself sends people, a check is wished (C433-022, C434-033 opened
// reports); money "stuck" with an agent is no one stuck (C433-025 opened
// help). "ye number kis ka he" still checks the number (C11-028).
func TestSession43Intents(t *testing.T) {
	t.Parallel()
	e := realEngine()
	requireOpens(t, e, flows.KindVerify,
		"یہ نمبر او ای سی کا ہے؟ ۰۳۲۲۷۸۰۱۵۵۶ سے کال آئی کہ کوریا کی نوکری کے لیے آپ کا نام آیا ہے",
		"ye number OEC ka hai? call aayi thi k japan ki job me naam aa gaya",
		"OEC wale khud Japan bhej rahe hain caregiver k liye? ek msg aya h",
		"کیا او ای سی والے خود جاپان بھیج رہے ہیں؟ ایک میسج آیا ہے",
		"Is OEC really sending caregivers to Japan? got a msg",
		"ye number kis ka he 0331-7208846 keh raha Japan me job dilata hun 3 lakh me",
	)
	requireOpens(t, e, flows.KindReport,
		"Gujranwala me aik banda Italy k season wale visa k naam pe paisay ikathay kr raha h. koi office nai, koi license nai. mera 4 lakh phans gaya h",
		"ایک ایجنٹ نے سعودیہ کے ویزے کا کہہ کر پیسے لیے، میرے دو لاکھ پھنس گئے ہیں",
	)
}

// Found in C437–C440 and A160 (first played on eaca8a4): sums asked
// and paid told together, a correction of the sum paid at the summary,
// questions asked where deleting is asked, and a wish to message only.
func TestSession43SumsAndErasing(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		// the sum paid is not the one asked when a larger one is told
		// beside it (C437-002, C439-025 stored the part paid as asked)
		{flows.NodeReportMoney, "en", "Full fee was 14 lakh rupees, half before the CoS and half before the visa. He's paid 7 lakh of it in two goes", map[string]string{"money_asked": "Rs 14,00,000", "paid_amount": "Rs 7,00,000"}},
		{flows.NodeReportMoney, "ur-Latn", "18 lakh bola tha, 10 diye 8 visa k baad dene the", map[string]string{"money_asked": "Rs 18,00,000", "paid_amount": "Rs 10,00,000"}},
		// a total, and the part paid of it (C437-028 stored all 16 lakh
		// as paid); the parts a sum is made of are no payment of a part
		// (C132-014)
		{flows.NodeReportMoney, "ur-Latn", "16 lakh total, 8 to de diye dost k bhai ne, 8 Turkey ja k", map[string]string{"money_asked": "Rs 16,00,000", "paid_amount": "Rs 8,00,000"}},
		{flows.NodeReportMoney, "ur-Latn", "4 lakh liye the. nahi 4 nahi, 4.5 lakh, 50 hazar protector aur medical k alag diye the", map[string]string{"money_asked": "Rs 4,50,000", "paid_amount": "Rs 4,50,000"}},
		// a yes corrected, the rest "taken later in the name of the
		// medical": paid, and the medical is no one's name (C438-002
		// stored "no")
		{flows.NodeReportPaid, "ur", "جی پانچ لاکھ دیے۔ نہیں معاف کرنا، ساڑھے پانچ، پچاس ہزار بعد میں میڈیکل کے نام پر لیا تھا", map[string]string{"paid": "yes", "paid_amount": "Rs 5,50,000", "paid_to": "", "recruiter_also": ""}},
		// message only, no calls, is contact allowed (A160-0190)
		{flows.NodeReportConsent, "ur", "صرف واٹس ایپ پر میسج کریں، کال نہیں", map[string]string{"consent": "yes"}},
		{flows.NodeReportConsent, "ur-Latn", "sirf whatsapp pe msg karein, call nahi", map[string]string{"consent": "yes"}},
	} {
		c.check(t, e)
	}
	// "amount paid is 5.5 lakh not 5" at the summary changes the sum paid,
	// not the sum asked (C440-004)
	res := atWith(t, flows.NodeReportSummary, "en", "Yes correct, amount paid is 5.5 lakh not 5",
		map[string]string{"money_asked": "Rs 18,00,000", "paid": "yes", "paid_how": "bank"})
	require.Equal(t, "Rs 18,00,000", sentAnswers(res)["money_asked"])
	require.Equal(t, "Rs 5,50,000", sentAnswers(res)["paid_amount"])
	// a question about deleting deletes nothing and keeps nothing back
	// unasked: what erasing does is told, and the question asked again
	// (A160-0358 was erased; A160-0351 was kept as a no)
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "delete krne ka kya faida hoga"},
		{"ur", "ڈیلیٹ کرنے کے بعد واپس تو نہیں آئے گا؟"},
	} {
		res := stepsAt(e, flows.NodeErase, c.locale, c.text)
		require.False(t, erased(res), c.text)
		require.Equal(t, flows.NodeErase, res.State.Node, c.text)
	}
	require.True(t, erased(stepsAt(e, flows.NodeErase, "ur-Latn", "haan delete kar do")))
}

// An opening about a visa's status asks no report's status (C439-028
// was told it has no report); a fake paper told with "what do i do" and
// no money lost is its report (C439-005 opened help), money lost and
// the agent gone is still a plea (C30-032); "I need all of this gone" at
// the menu asks to erase (A160-0007).
func TestSession43Openings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	requireOpens(t, e, flows.KindReport,
		"ek website h jo saudi embassy ki lagti h, visa status check krne k liye passport aur cnic number mangti h phir 'verification fee' 4500. report krna h isko",
		"got a romania work permit from an agent in sialkot, showed it to a visa consultant n he says its fake. what do i do",
	)
	requireOpens(t, e, flows.KindHelp,
		"agent ne dubai k naam pe 3.5 lakh le liye ab ghayab ha, kya karun",
		"میرے ابو نے ایک ایجنٹ کو پانچ لاکھ دیے تھے بحرین کے لیے، اب ایجنٹ غائب ہے۔ ہمیں کیا کرنا چاہیے؟",
	)
	res := stepsAt(e, flows.NodeMenu, "en", "my brother checks my phone, I need all of this gone from here")
	require.Equal(t, flows.NodeErase, res.State.Node)
}

// A payment only the father says was made, by someone else, to be
// confirmed with him, is not known (C440-003 stored "yes"); told plainly
// it is a yes.
func TestSession43HeardPayment(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeReportPaid, "ur-Latn", "pata nai yar, maine khud nai diye. abu keh rahe hain unho ne de diye the kisi k through lekin koi receipt nai mil rahi. abu se puch k confirm krta hun", map[string]string{"paid": "unknown"}},
		{flows.NodeReportPaid, "ur-Latn", "haan abbu keh rahe hain 2 lakh de diye the", map[string]string{"paid": "yes", "paid_amount": "Rs 2,00,000"}},
	} {
		c.check(t, e)
	}
}
