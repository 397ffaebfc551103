package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Round C17 (test16): what the conversation corpus's misses taught the
// rules, each in three languages with neighbours that must not change.

// A worker who does not go out because the iqama or visa ran out and the
// police would catch him ("iqama expire so i cant go out, police catch",
// C17-007) is no one locked in: his fear keeps him in, not a lock. Wages
// withheld still make it urgent; a room locked still is an emergency.
func TestRound17IqamaExpiredIsNoLock(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"iqama expire so i cant go out, police catch. no salary 5 months",
		"my iqama is expired so I can't go out of the camp, police catch",
		"visa expired so we cannot go out, the police arrest people",
		"iqama khatam hai bahar nahi ja sakta police pakar legi",
		"visa khatam ho gaya hai bahar nahi ja sakta",
		"akama expire hai to bahar nahi nikal sakte",
		"اقامہ ختم ہے باہر نہیں جا سکتا، پولیس پکڑ لے گی",
		"پولیس کے ڈر سے باہر نہیں جا سکتا، اقامہ ختم ہو گیا ہے",
		"ویزا ختم ہو گیا ہے باہر نہیں جا سکتے",
	} {
		r := Read(s)
		require.NotContains(t, r.Situations, "confined", "%q: %v", s, r.Danger)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
	for _, s := range []string{
		"they locked us in the camp, we cant go out",
		"kafeel ne kamre me band kar diya hai, bahar nahi ja sakta",
		"کفیل نے کمرے میں بند کر دیا ہے، باہر نہیں جانے دیتا",
		"my iqama is expired and the kafeel locked me in the room",
	} {
		r := Read(s)
		require.Contains(t, r.Situations, "confined", "%q: %v", s, r.Danger)
	}
}

// A country with a second place inside it before the words of being there
// ("ریاض میں ایک گھر میں کام کرتی ہوں", "Dubai mein ek company mein kaam
// karta hoon", C17-019) is where the person is; a job to be had there
// ("Dubai mein ek company mein naukri milegi") is not.
func TestRound17PresenceThroughASecondPlace(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"میں ریاض میں ایک گھر میں کام کرتی ہوں، چھپ کر لکھ رہی ہوں",
		"میں جدہ میں ایک کمپنی میں کام کرتا ہوں، تنخواہ نہیں ملی",
		"main dubai me aik company me kaam karta hun, tankhwah nahi mili",
		"main riyadh mein ek ghar mein kaam karti hoon, madam passport nahi deti",
		"bhai qatar mein ek camp mein rehta hai, kafeel tang karta hai",
	} {
		require.True(t, Read(s).Abroad, "%q", s)
	}
	for _, s := range []string{
		"Dubai mein ek company mein naukri milegi, 2 lakh do",
		"دبئی میں ایک کمپنی میں نوکری ہے، دو لاکھ لگیں گے",
		"saudi mein ek hospital mein job hai, fees 3 lakh",
	} {
		require.False(t, Read(s).Abroad, "%q", s)
	}
}

// Papers held by the one who arranges a journey still ahead ("بھتیجا اگلے
// مہینے جانے کی تیاری میں ہے … پاسپورٹ اس کے پاس ہے", C17-017; "pehle
// visit pe jao … jane ke waqt", C17-014) are held for the journey;
// papers kept back after the deal went bad ("passport wapis nahi kar
// raha", "keeps making excuses") are not.
func TestRound17PapersForAJourneyAhead(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"میرا بھتیجا اگلے مہینے جانے کی تیاری میں ہے، بھتیجے کا پاسپورٹ اس کے پاس ہے",
		"mera bhai agle mahine jayega, passport agent ke paas hai visa ke liye",
		"my cousin will go next month, the agent has his passport for the visa",
		"bhatija jane ke liye tayyar hai, passport us ke pas hai",
	} {
		require.True(t, Read(s).ForJourney, "%q", s)
	}
	for _, s := range []string{
		"mera bhai agle mahine jayega keh raha tha, ab passport wapis nahi kar raha",
		"he was to send me next month, now he still has my passport and keeps making excuses",
		"اگلے مہینے بھیجنے کا کہا تھا، اب پاسپورٹ واپس نہیں کر رہا",
		"passport us ke pas hai, mangta hun to taal deta hai",
	} {
		require.False(t, Read(s).ForJourney, "%q", s)
	}
}

// People the smugglers hold on the road, before the boat or the border,
// made to do no work ("donkey wale ne hamare phone le liye … kamre me band
// … kal raat kashti se spain", C17-030), are smuggled: the rules' reading
// stands over a model that reads trafficking from the lock. Made to work,
// they are trafficked.
func TestRound17HeldBySmugglersIsSmuggling(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseSmuggling, []string{
		"bhai madad kro hum 30 log ek kamre me band hain. dost ke phone se likh raha hn, donkey wale ne hamare phone le liye. kehte hain kal raat kashti se spain jana hai",
		"the dunki agents locked us in a house in Libya, tomorrow they will put us on a boat to Italy",
		"ڈنکی والوں نے ہمیں لیبیا میں ایک گھر میں بند کر رکھا ہے، کل کشتی سے اٹلی بھیجیں گے",
		"smugglers keep us locked in a room in Mauritania, they say the boat to Spain leaves soon",
	})
	requireCase(t, CaseTrafficking, []string{
		"agent ne dunki se bheja tha, ab libya me ek factory me zabardasti kaam karwate hain, bahar nahi jane dete",
	})
}

// Work from the early morning into the night ("صبح چھ سے رات ایک بجے تک
// کام", "subah 6 se raat 1 baje tak", "from 6 am to 1 am", C17-019) is
// excessive work, an ILO indicator: forced work. A working day that ends
// in the evening is not, nor are long hours told with the pay on time.
func TestRound17MorningToNightIsForcedWork(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"صبح چھ سے رات ایک بجے تک کام۔ پاسپورٹ اور اقامہ مدام کے پاس ہے",
		"subah 6 se raat 1 baje tak kaam karwati hai, passport madam ke pas hai",
		"subha 5 baje se raat 12 tak kaam, chutti nahi",
		"I work from 6 am to 1 am every day, madam keeps my passport",
		"they make us work from morning till midnight",
	} {
		require.Contains(t, Read(s).Situations, "forced_work", s)
	}
	for _, s := range []string{
		"subah 9 se shaam 5 tak duty hai, tankhwah nahi mili",
		"duty from 8 am to 5 pm, salary is late",
		"bhai ye log humein maar dalenge kaam se 😩 14 ghante roz, overtime ka paisa nahi. lekin shukar hai tankha time pe aati hai",
	} {
		require.NotContains(t, Read(s).Situations, "forced_work", s)
	}
}

// A visa or iqama that runs out in so many days ("visa 5 din me khatam ho
// raha", "expires in 5 days", "دس دن میں ختم ہو جائے گا", C17-032) has not
// expired: stranded with it is not yet "papers expired". Expired, it is
// (TestStrandedWithPapersExpiredIsUrgent).
func TestRound17PapersNotYetExpired(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"bhai main sharjah me phasa hua hun, visa 5 din me khatam ho raha, ticket ke pese ni",
		"we are stuck in Muscat, our visa expires in 5 days",
		"ہم دبئی میں پھنسے ہیں، ویزا دس دن میں ختم ہو جائے گا",
		"hum dubai me phanse hain visa agle hafte khatam ho jayega",
	} {
		require.NotContains(t, Read(s).Danger, "stranded abroad with papers expired", s)
	}
	for _, s := range []string{
		"ہم عمان میں پھنسے ہیں، اقامہ ختم ہو گیا ہے",
		"hum Oman me phanse hain, iqama expire ho gaya aur kafeel ghaib",
		"we are stuck in Muscat, the company shut down and our iqama expired",
	} {
		require.Contains(t, Read(s).Danger, "stranded abroad with papers expired", s)
	}
}
