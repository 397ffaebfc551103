package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Wordings of danger the rules read since the second cross-validation round
// (README "Triage"), and their neighbours that are no danger. Written here,
// not taken from the corpus.
func TestDangerWordingsAndNeighbours(t *testing.T) {
	t.Parallel()
	emergency := []string{
		// suicide hinted at, not named
		"bhai ne phone pe kaha ab main ye sab khatam kar dunga, ammi ko salam kehna, phir phone band",
		"میرا بیٹا کہتا ہے اب جینا نہیں چاہتا، دبئی میں تنخواہ نہیں ملی",
		// arson threatened
		"زمیندار کہتا ہے جو کام پر نہ آیا اس کے گھر کو آگ لگا دیں گے",
		// sent to a war
		"my cousin went to Russia for a factory job, now they gave him a uniform and say they will send him to the front",
		// inside a container
		"we are 25 people inside a container since morning, the air is finishing",
		"bhai truck ke container me hai, 5 ghante se darwaza nahi khula",
		// abuse in a euphemism
		"munshi meri behen ko raat ko apne kamre mein bula leta hai, hum peshgi ki wajah se ja nahi sakte",
		// a real heart attack, kept from care
		"My brother had a heart attack at the camp and the company won't take him to hospital",
		// a hostage called a guest, a threat of pieces
		"call aayi ke tumhara beta hamara mehman hai, 10 lakh bhejo warna tukdon mein wapis aayega",
		// shocks
		"seth ne kal se usko godown me rakha hua hai aur current laga rahe hain",
		// a child by an age range or in brackets
		"kiln owner keeps two boys of 12-13 years for their father's debt",
		"Our son (16) was taken to Oman by the agent and works on a farm without pay",
	}
	for _, s := range emergency {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
	notEmergency := []string{
		"The electricity bill almost gave me a heart attack",
		"fee tukdon mein de sakte hain? 3 qiston mein",
		"aap sab hamare mehman hain, shadi ki dawat hai",
		"meri naukri 2 se 3 saal ki hai, Dubai",
		"sauda sulf lene bazaar gaya tha",
		"sabzi wala kehta hai sauda ho gaya",
	}
	for _, s := range notEmergency {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
}

// Being sold, in words that say it of a person, is a concept the model
// reads; "sauda" for shopping is not.
func TestSoldOfAPerson(t *testing.T) {
	t.Parallel()
	require.Contains(t, Features("wo kehte hain tera sauda ho chuka hai, ab tu hamara hai"), "x:cue:k_sold")
	require.Contains(t, Features("ye log kehte hain ab tu hamari hai"), "x:cue:k_sold")
	require.NotContains(t, Features("sauda sulf lene bazaar gaya tha"), "x:cue:k_sold")
}

// A person who says they can come and go is exploited but not in danger
// now: urgent. Harm named beside it keeps the emergency.
func TestFreeToGoIsUrgent(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"passport seth ke paas hai aur karz khatam nahi hota, lekin hum raat ko ghar chale jate hain, koi sakhti nahi karta",
		"The contractor kept our ID cards until the advance is paid. We can go out, nobody has hit us",
		"ٹھیکیدار نے شناختی کارڈ رکھ لیے ہیں، ایڈوانس واپس کرو تو ملیں گے، ہم آ جا سکتے ہیں",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q: %v", s, r.Danger)
	}
	r := Read("hum bahar ja sakte hain lekin kal supervisor ne mere bhai ko bohat maara")
	require.Equal(t, UrgencyEmergency, r.Urgency, "%v", r.Danger)
}

// Danger in the past, with the person safe now, leaves no urgency behind;
// safe but still unpaid stays urgent.
func TestPastAndSafeNow(t *testing.T) {
	t.Parallel()
	r := Read("2 saal pehle Malaysia mein company ne passport rakha tha aur tankhwah nahi di thi. ab main Lahore mein hun, bas batana tha")
	require.Equal(t, UrgencyRoutine, r.Urgency, "%v", r.Danger)
	r = Read("I am in Dubai, no danger to me, but the company has not paid my salary for three months")
	require.Equal(t, UrgencyUrgent, r.Urgency, "%v", r.Danger)
}

// Scam work forced on someone, in the ways people put it: "they make him
// cheat people", "dhoka dilwate hain", "دھوکہ دینے پر مجبور"; cheating
// the writer is no such situation.
func TestForcedScamWordings(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Now he says it is a fraud company and they make him cheat people online all day",
		"they are forcing them scam people on facebook",
		"wo us se logon ko online dhoka dilwate hain",
		"usay logon ko online dhoka dene pe majboor karte hain",
		"اس سے زبردستی لوگوں کو آن لائن دھوکہ دلواتے ہیں",
		"اسے لوگوں کو دھوکہ دینے پر مجبور کرتے ہیں",
	} {
		require.Contains(t, Read(s).Situations, "forced_scam", s)
	}
	for _, s := range []string{
		"the agent cheated me and took 2 lakh",
		"agent ne dhoka diya, paise le kar bhaag gaya",
		"ایجنٹ نے دھوکہ دیا اور پیسے لے گیا",
	} {
		require.NotContains(t, Read(s).Situations, "forced_scam", s)
	}
}

// Kept until a loan is paid is a debt, in English as in Urdu ("peshgi").
func TestDebtUntilPaidWordings(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"he says I cant leave till I pay 2 lakh loan",
		"we cannot go until we repay the advance",
		"the loan keeps increasing, he adds food in it",
	} {
		require.Contains(t, Read(s).Situations, "debt_bondage", s)
	}
	require.NotContains(t, Read("I took a loan to pay the agent").Situations, "debt_bondage")
}
