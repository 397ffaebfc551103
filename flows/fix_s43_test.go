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
