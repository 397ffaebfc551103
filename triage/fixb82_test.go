package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind82 and blind83 (first plays, 2026-12-02, second session):
// a man "safe with them" while money is asked for him, "take me from
// here" after a marriage that was a trap, a silence that was only "no
// water", a phone snatched by robbers, a hold in a house on the smugglers'
// road, work too shameful to tell, stories and thanks, and questions about
// the service.
func TestSafeWithThemWhileMoneyIsAsked(t *testing.T) {
	t.Parallel()
	r := Read("My brother went with an agent towards Iran 3 weeks ago. Still no news from him. Now unknown people are calling my mother asking for money, they say he is 'safe with them for now' and we should not tell anyone. They want 8 lakh.")
	require.Equal(t, CaseRansom, r.CaseType, r.Danger)
	require.Equal(t, UrgencyEmergency, r.Urgency, r.Danger)
	// safe, in his own word, and nothing asked
	requireUrgency(t, UrgencyRoutine, []string{"bhai Iran se wapas aa gaya hai, ab theek hai, bas bata raha tha"})
}

func TestTakeMeFromHereIsAPlea(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyEmergency, []string{
		"meri cousin ko shadi ka keh k le gaye thay, ab pata chala usko Sindh me kisi zamindar k ghar kaam pe laga diya. Aaj uski call ayi bas itna boli 'mujhe le jao yahan se' aur phone kat gaya. Tab se band",
		"بہن کا فون آیا، بس اتنا کہا مجھے یہاں سے لے جاؤ، پھر فون بند",
		"she called and only said come and take me, then the line went dead",
	})
}

func TestNoWaterIsNoSilence(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseOther, []string{
		"My uncle always tells how in 1981 he went to Muscat by road and was stuck in the desert for three days with no water, he laughs about it now over tea. Those were different times.",
	})
	// a silence of days on the road is still one
	requireUrgency(t, UrgencyEmergency, []string{"my brother crossed into Iran with the agent's people, for three days no news, phone off"})
}

func TestPhoneSnatchedByRobbers(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Robbers stopped us near the canal last night and snatched my phone at gunpoint. Everyone is fine, FIR done this morning. Using Ammi's number for now.",
		"kal raat daku ne gun point pe mobile chheen liya, sab theek hain, FIR karwa di",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, "%q %v", s, r.Danger)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q %v", s, r.Danger)
	}
	// a phone taken by the keepers is not a robbery
	requireUrgency(t, UrgencyUrgent, []string{"company ne sab ke phone jama kar liye hain, Riyadh camp"})
}

func TestHeldOnTheSmugglersRoad(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseSmuggling, []string{
		"bro cant talk much. they took everyones phone, using the driver's phone. we are in a farm house near Tripoli, they dont let anyone go outside, there are guys with guns at the gate. if i dont reply after today just tell ammi im fine ok",
		"میرے شوہر کے ساتھ جانے والے لڑکے نے وین سے فون کیا تھا کہ وہ سب ترکی میں وان کے قریب ایک تہہ خانے میں ہیں اور ایجنٹ کے بندے کسی کو اوپر جانے نہیں دیتے۔ شوہر کا فون دو ہفتے سے بند ہے",
	})
	// made to work there, it is trafficking
	requireCase(t, CaseTrafficking, []string{"we are kept in a house in Tripoli, they make us work on a farm all day without pay, they don't let anyone go outside"})
}

func TestWorkTooShamefulToTell(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyEmergency, []string{
		"میری بیٹی کو ملازمت کے نام پر عراق لے گئے تھے۔ اب وہ ایک گھر میں ہے، پاسپورٹ ان کے پاس ہے اور اس سے ایسے کام کروا رہے ہیں جو وہ فون پر بتا بھی نہیں سکتی۔",
		"beti ko Iraq le gaye, ab us se aise kaam karwa rahe hain jo wo bata bhi nahi sakti",
	})
}

func TestStoriesAndThanksAreNoReport(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseOther, []string{
		"دادا جان سناتے ہیں کہ ۱۹۷۲ میں وہ گوادر سے لانچ میں بیٹھ کر دبئی گئے تھے، تین دن سمندر میں رہے اور پانی ختم ہو گیا تھا۔ ہم سب ہنستے ہیں کہ دادا نے بھی ڈنکی لگائی تھی 😄",
		"Dost ka dost bata raha tha k usko Cambodia me ek scam company me band rakha gaya tha, bohot bura haal tha. Khair wo 2023 ki baat h, ab wo Lahore me software house me job karta h",
		"Last year I almost paid an agent 3 lakh for a fake Italy visa but my cousin stopped me in time. Just wanted to say your awareness posts are really good, keep it up.",
	})
	// a sum paid last year is still a report
	requireCase(t, CaseUnlicensedRecruiter, []string{"Last year I paid an agent 3 lakh in cash for an Italy visa, he never gave it. He is still in Gujrat. I want to complain"})
}

func TestServiceQuestionsAreOtherToo(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseOther, []string{
		"یہ نمبر کس کا ہے؟ کیا یہ کوئی سرکاری سروس ہے؟ میرے دوست نے کہا یہاں نوکری کی شکایت کر سکتے ہیں۔",
		"Ye kya service h? kya yahan se bahar ki naukri milti h?",
	})
}

func TestKualaLumpurIsAbroad(t *testing.T) {
	t.Parallel()
	r := Read("میں کوالالمپور میں ہوں۔ آج کمپنی کے مالک نے لوہے کی راڈ سے مارا، سر سے خون بہہ رہا ہے۔ ہسپتال لے کر نہیں جا رہے")
	require.Contains(t, Extract("میں کوالالمپور میں ہوں").Countries, "MY")
	require.Equal(t, UrgencyEmergency, r.Urgency)
	require.NotEqual(t, CaseForcedLabour, r.CaseType) // forced labour is in Pakistan
}

func TestFormFilledIsNoPayment(t *testing.T) {
	t.Parallel()
	// "Maine form bhar dia tha" is no "maine ... diya" of money: the fee
	// is asked, not paid
	r := Read("FB pe 'BEOE Online Registration 2025' ka page h, google form khulta h, CNIC ki photo aur 1500 rupay JazzCash fee. Maine form bhar dia tha lekin paise nahi bheje. ab kya karun?")
	for _, f := range r.Flags {
		if f.Code == FlagFeeBefore {
			require.Contains(t, f.Reason, "Asks", f.Reason)
		}
	}
}
