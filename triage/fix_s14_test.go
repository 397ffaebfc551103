package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Lessons of blind115-blind118. A story seen in a video is the story's
// danger, not the writer's; an owner who calls the children's fainting a
// drama does not make it one. A guard sitting outside a room, money to
// come before the journey goes on, is a hold; a guard's job is not. A
// question about this service, with nothing of a report, is no case; nor
// is a trade named alone. Money or a shot is a ransom.
func TestLessonsOfBlind115To118(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine,
		"Ek video dekhi YouTube pe, ek banda bata raha tha k usko Libya me 8 mahine ek godam me rakha, roz maarte the. Bohat dard bhari kahani thi yaar, sab ko dikhao taa k koi dunki na lagaye",
		"یہ سروس کس ادارے کی ہے؟ کیا یہاں بیرون ملک نوکریوں کی معلومات بھی ملتی ہیں یا صرف شکایت درج ہوتی ہے؟",
		"ye number kis cheez ka h? kisi ne forward kia tha k yahan job k baare me shikayat hoti h. abhi koi masla nahi bas pooch raha",
		"Hi, is this service open on Sundays? I want to ask about how to register with BEOE before going abroad",
		"Is this Sajid electrician? Fan not working since morning, pls come after Asr, house no 14 street 3")
	requireUrgency(t, UrgencyEmergency, []string{
		"patheri me pani nahi, 46 degree me bachay ent thap rahe hain, 2 behosh ho gaye, malik kehta hai dramay hain",
		"bhaiii sunnn... yaar ye log... Batumi me hotel k kamre me hain... bahar guard betha h... keh rahe Europe tab le jayenge jab aur paise aayenge... mera phone b le lenge shayad... bas jaldi kuch karo... abbu ko...",
	})
	r := Read("bhaiii sunnn... yaar ye log... Batumi me hotel k kamre me hain... bahar guard betha h... keh rahe Europe tab le jayenge jab aur paise aayenge...")
	require.Contains(t, r.Situations, "confined")
	require.Contains(t, r.Situations, "more_money")
	require.NotContains(t, Read("Dubai me bahar guard ki job, salary 2000 dirham").Situations, "confined")
	requireRead(t, CaseRansom, UrgencyEmergency,
		"Uncle called from Tobruk, men with guns standing around him. they said if 15 lakh is not sent by Friday they shoot him. they gave account of some man in Karachi")
	// a job named with a country, a sum or an agent is still an offer
	require.Equal(t, CaseJobOfferSuspicious, Read("electrician chahiye Saudia ke liye, salary 1500 riyal, agent se rabta karein").CaseType)
}

// Lessons of blind121-blind122: a code agreed for trouble ("if she writes
// 'the weather is nice' it means she is in trouble") and a message to
// pass on if none comes ("if i dont msg by friday tell my brother") are
// pleas; one in a house in Sohar, Oman, beaten and locked in, is abroad.
func TestLessonsOfBlind121To122(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseTrafficking, UrgencyEmergency,
		"My daughter Mehwish, 17, was married in October through a marriage bureau to a Chinese man and taken to Hebei. Before she left we agreed that if she writes 'the weather is nice' it means she is in trouble. This morning she wrote only: 'Ammi the weather is very nice here'.",
		"cant talk. they have my passport n phone, this is the cook's phone. same building as b4, Al Quoz Dubai. if i dont msg by friday tell my brother Saeed 0333 5190442",
		"خدا کے لیے مدد کریں۔ میں عمان کے شہر صحار میں ایک گھر میں ہوں۔ مالک مجھے مارتا ہے اور کمرے میں بند رکھتا ہے۔ آج اس نے مجھے جلانے کی دھمکی دی ہے۔")
	require.Contains(t, Read("they have my passport n phone").Situations, "phone_taken")
	// a phone taken and a friend's phone used, with no hold, stays urgent
	requireUrgency(t, UrgencyUrgent, []string{"قطر میں کمپنی نے ہم سب کے فون جمع کر لیے ہیں، ہفتے میں صرف جمعہ کو ایک گھنٹے کے لیے دیتے ہیں۔ یہ میسج دوست کے فون سے کر رہا ہوں"})
}
