package triage

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind80 and blind81 (first plays, 2026-12-02, second session):
// bonded labour told through a kiln owner's loan, a door fastened from
// outside after "all is fine here", "we will not see him again", a ransom
// someone only thinks a joke, old stories told for their own sake, a phone
// taken by a mother until the exams, a payment "sent by JazzCash", and a
// night departure from a beach.
func TestKilnOwnersLoanIsBondedLabour(t *testing.T) {
	t.Parallel()
	text := "Baji my cousin's wedding is on the 20th but chacha and his family can't come, the kiln owner says first clear the loan. His men sit at the kiln gate at night. Even little Bilal, he's 9, makes bricks all day now."
	r := Read(text)
	require.Equal(t, CaseForcedLabour, r.CaseType, r.Danger)
	require.Equal(t, UrgencyEmergency, r.Urgency, r.Danger)
	// a wedding alone is no report
	requireCase(t, CaseOther, []string{"Baji my cousin's wedding is on the 20th, chacha and his family can't come, they are busy"})
}

func TestDoorFastenedFromOutside(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyEmergency, []string{
		"باجی کیسی ہیں؟ یہاں سب ٹھیک ہے بس وہ لوگ دروازہ باہر سے لگا کر جاتے ہیں اور کھانا ایک دفعہ دیتے ہیں۔ ابو کو مت بتانا۔ فون واپس رکھنا ہے جلدی۔",
		"yahan sab theek hai bas wo log darwaza bahar se band kar ke jate hain, khana ek dafa dete hain",
	})
	// asked to lock one's own door on the way out
	requireUrgency(t, UrgencyRoutine, []string{
		"دروازہ باہر سے بند کر دینا جاتے ہوئے، چابی گملے کے نیچے رکھ دینا",
		"darwaza bahar se lock kar dena jate hue, chabi gamle ke neeche",
	})
}

func TestNotSeeHimAgainIsARansom(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"My husband left with the agent's people for the Iran border 12 days ago. He hasn't come back yet and those people keep calling asking for money, 5 lakh more, they say otherwise we will not see him again.",
		"agent ke log phone kar ke 5 lakh aur maang rahe hain, kehte hain warna beta dobara nahi dekhoge",
		"ایجنٹ کے آدمی کہتے ہیں پانچ لاکھ اور بھیجو ورنہ اسے دوبارہ نہیں دیکھو گے",
	} {
		r := Read(s)
		require.Equal(t, CaseRansom, r.CaseType, "%q %v", s, r.Danger)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q %v", s, r.Danger)
	}
}

func TestThoughtAJokeIsNoJoke(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyEmergency, []string{
		"Aunty ka beta Ahmed jo Malaysia gaya tha, uska 2 hafte se kuch pata nai. Aaj ek ajeeb number se msg aya 'apna beta zinda chahiye to 5 lakh bhejo'. Aunty samajh rahi hain koi mazaq h.",
		"Her son in Malaysia has not called for 2 weeks and today a message came: send 5 lakh if you want him alive. She thinks it's a prank.",
	})
	// a joke told as one is still a joke
	requireUrgency(t, UrgencyRoutine, []string{"bhai ne kaha 5 lakh bhejo warna tumhara phone tod dunga 😂 mazaq kar raha tha"})
}

func TestOldStoriesAreNoReport(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseOther, []string{
		"My nana always tells us how he went through Iran and Turkey on foot in 1989 with smugglers, walked 9 days in the snow and reached Greece. Now he laughs about it over chai. Crazy times.",
		"ہماری گلی کے ایک بزرگ بتا رہے تھے کہ اسّی کی دہائی میں وہ ایک لانچ میں چھپ کر مسقط گئے تھے، تین دن سمندر میں رہے۔ اب ہنس ہنس کر یہ قصہ سناتے ہیں۔",
		"Mere dost k abba ne sunaya k 1995 me wo Muscat se launch me chhup k Iran aaye the, 2 din bhooke rahe. Kehte hain ab soch k b dar lagta h. Kya zamana tha",
	})
	// a journey by boat now is not a story
	requireCase(t, CaseSmuggling, []string{"mera bhai kal launch me chhup ke Muscat ja raha hai, agent ne 3 lakh liye"})
}

func TestPhoneTakenUntilExams(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Ammi ne mera phone chheen liya h exams tak 😭 ab laptop se msg kar rahi hun, shaam ko bahar bhi nahi jane deti",
		"abbu ne papers tak phone le liya hai, bahar bhi nahi jane dete",
	} {
		r := Read(s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q %v", s, r.Danger)
		require.Equal(t, CaseOther, r.CaseType, "%q", s)
	}
	// a phone taken by the employer abroad still is not studies
	requireUrgency(t, UrgencyEmergency, []string{"kafeel ne phone chheen liya hai aur bahar nahi jane deta, Riyadh, please help"})
}

func TestSentByJazzCashIsPaid(t *testing.T) {
	t.Parallel()
	text := "I applied on a website for 'Vacancies in Qatar' warehouse helper. Got an email from hr.gulfstar.qatar@gmail.com saying congratulations you are selected, pay Rs 28,000 visa processing. I sent it by JazzCash to 0308-5529017. Now they want 65,000 more for ticket and medical. I have not sent that one. Can I get the first money back?"
	r := Read(text)
	require.Equal(t, CaseJobScamPaid, r.CaseType)
	var reason string
	for _, f := range r.Flags {
		if f.Code == FlagFeeBefore {
			reason = f.Reason
		}
	}
	// the reason names the sum paid, not the one asked beside it
	require.True(t, strings.HasPrefix(reason, "Rs 28,000 paid"), reason)
	// sending one's CV is no payment
	requireCase(t, CaseJobOfferSuspicious, []string{"I sent my CV to hr.gulfjobs@gmail.com for the Dubai driver job, salary AED 3,000, they asked 50,000 for visa"})
}

func TestNightDepartureFromABeach(t *testing.T) {
	t.Parallel()
	r := Read("Bro if you get this tell my mother I'm ok. We are leaving tonight from the beach at Zuwara, the man took all phones, says 2 days to reach. Don't tell police. sorry for everything")
	require.Equal(t, CaseSmuggling, r.CaseType, r.Danger)
	require.Equal(t, UrgencyEmergency, r.Urgency, r.Danger)
}
