package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Case types and urgency learnt from blind12's misses, in wordings written
// here (not the blind set's), with neighbours that must not change.

func requireRead(t *testing.T, caseType, urgency string, texts ...string) {
	t.Helper()
	for _, s := range texts {
		r := Read(s)
		if caseType != "" {
			require.Equal(t, caseType, r.CaseType, "%q: %v %v", s, r.Danger, r.Model)
		}
		if urgency != "" {
			require.Equal(t, urgency, r.Urgency, "%q: %v %v", s, r.Danger, r.Model)
		}
	}
}

// A person kept "as guarantee" until the rest is paid is held for money.
func TestKeptAsGuaranteeIsRansom(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseRansom, UrgencyEmergency,
		"The agent says my son will stay as guarantee in Quetta until we send the other 3 lakh",
		"they are keeping my husband as security in Tripoli till the balance is paid",
		"agent kehta hai tumhara bhai guarantee ke taur par hamare paas rukega jab tak baqi 2 lakh nahi aate",
		"mere bete ko zamanat ke tor pe rakh liya hai Iran me, kehte hain baqi paise bhejo",
		"ایجنٹ نے میرے بھائی کو ضمانت کے طور پر رکھ لیا ہے جب تک باقی پیسے نہیں دیتے",
		"بیٹے کو گارنٹی کے طور پر روک لیا ہے تہران میں",
	)
	// A passport kept as guarantee is a document taken, not a ransom.
	for _, s := range []string{
		"the agent kept my passport as guarantee until I pay the rest",
		"agent ne passport guarantee ke taur par rakh liya hai",
		"ایجنٹ نے پاسپورٹ ضمانت کے طور پر رکھ لیا ہے",
		"100% guarantee visa, pay half now",
	} {
		require.NotEqual(t, CaseRansom, Read(s).CaseType, s)
		require.NotEqual(t, UrgencyEmergency, Read(s).Urgency, s)
	}
}

// Held and more money demanded for them is a ransom; a smuggler asking more
// mid-journey with a passport kept is urgent smuggling.
func TestHeldWhileMoneyDemandedIsRansom(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseRansom, UrgencyEmergency,
		"My brother's last message from Libya: they locked us in a warehouse, nobody can go out. The agent now wants 3000 dollars more",
		"bhai ko ek kamre me band kar rakha hai aur agent aur paise maang raha hai",
		"بھائی کو ایک کمرے میں بند کر رکھا ہے اور ایجنٹ مزید پیسے مانگ رہا ہے",
	)
	requireRead(t, CaseSmuggling, UrgencyUrgent,
		"hum quetta me ek ghar me hain, agent ne passport rakh liya aur aur paise maang raha hai iran ke raste jane ke liye",
	)
}

// "Pay more or your case is closed" threatens the case, not a person.
func TestOrYourCaseIsClosedIsNoThreat(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"I paid 50,000 by JazzCash for a Romania permit, now they say pay 1 lakh more or your file is cancelled",
		"easypaisa se 40 hazar bheje the, ab kehte hain aur 80 hazar do warna case khatam",
		"جاز کیش سے پچاس ہزار بھیجے، اب کہتے ہیں مزید ایک لاکھ دو ورنہ فائل منسوخ",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
		require.NotEqual(t, CaseRansom, r.CaseType, s)
	}
	// A threat to a person stays one.
	requireRead(t, "", UrgencyEmergency,
		"10 lakh bhejo warna tumhare bete ko maar denge",
		"پیسے بھیجو ورنہ اسے مار دیں گے",
	)
}

// Dues and a final settlement withheld are wages withheld: urgent.
func TestDuesWithheldAreWages(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseWorkerDistress, UrgencyUrgent,
		"I am in Dammam, my contract ended and the company is withholding my dues of 9000 riyal",
		"Abu Riyadh me hain, company final settlement nahi de rahi, 2 saal ka",
		"main Kuwait me hun, company wajibat nahi de rahi aur visa cancel kar rahi",
		"میرے شوہر دبئی میں ہیں، کمپنی ان کے واجبات نہیں دے رہی",
		"Greece mein kheton mein kaam kr raha hun, maalik ne 3 mahine ki mazdoori nahi di",
	)
	// Settled or paid: no withheld wages.
	for _, s := range []string{
		"my father got his final settlement from the company in Jeddah, how to bring the money home?",
		"company ne final settlement de di hai, ab ticket kab milega?",
	} {
		require.NotContains(t, Read(s).Situations, "wages_withheld", s)
	}
}

// A copy of a visa or a permit that was edited is a forged document.
func TestEditedDocumentIsDocumentFraud(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseDocumentFraud, "",
		"The agent sent my visa copy but the visa number looks edited, the font is different",
		"iqama ki copy photoshopped lag rahi hai, naam alag font me hai",
		"ویزا کی کاپی ایڈٹ کی ہوئی لگتی ہے، تاریخ بدلی ہوئی ہے",
	)
	// Editing a CV is no forgery.
	for _, s := range []string{
		"can you help me edit my CV for a Dubai job?",
		"maine apni CV edit ki hai, ab apply karun?",
	} {
		require.NotEqual(t, CaseDocumentFraud, Read(s).CaseType, s)
	}
}

// A question about a complaint already made, or about becoming a licensed
// promoter, is no report and no verification request.
func TestProcessQuestionIsOther(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine,
		"How do I check the status of my complaint? My reference number is HSY-22XK",
		"What is the process to become a licensed overseas employment promoter?",
		"Can I withdraw my complaint? the agent returned my money",
		"meri shikayat ka status kaise pata karun?",
		"promoter ka licence kaise milta hai? kya documents chahiye",
		"kya main apni complaint wapis le sakti hun? agent ne paise lota diye",
		"میری شکایت کا اسٹیٹس کیا ہے؟ ریفرنس نمبر HSY-9QW2",
		"کیا میں اپنی شکایت واپس لے سکتا ہوں؟",
		"لائسنس یافتہ پروموٹر کیسے بنتے ہیں؟",
	)
	// Checking an offer or a recruiter is still a verification request.
	requireRead(t, CaseVerification, "",
		"Is this agent licensed? Gulf Star Manpower, they want 2 lakh for Qatar",
		"ye agent asli hai? licence number 2211/LHR bata raha hai",
		"کیا یہ ایجنسی اصلی ہے؟ سعودیہ کا ویزا دے رہی ہے",
	)
}

// Money returned is not money paid.
func TestMoneyReturnedIsNotPaid(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"agent ne paise lota diye hain",
		"ایجنٹ نے پیسے واپس کر دیے ہیں",
		"the agent returned the money last week",
	} {
		a := newAnalysis(s, Extract(s).Amounts)
		a.collect(lex.all)
		require.False(t, a.cue("paid"), s)
	}
	a := newAnalysis("agent ko 2 lakh diye the", Extract("agent ko 2 lakh diye the").Amounts)
	a.collect(lex.all)
	require.True(t, a.cue("paid"))
}

// Danger long past, safe now, and a complaint about the money the agent
// took: the complaint's case type. A complaint about the danger itself keeps
// the danger's.
func TestPastDangerComplaintAboutMoney(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseUnlicensedRecruiter, UrgencyRoutine,
		"Three years ago my kafeel in Riyadh took my passport. I am back home and fine now. I want to file a complaint against the agent who took 4 lakh from me",
		"2 saal pehle Oman me mujhe qaid rakha tha, ab ghar wapis aa gaya hun, us agent ke khilaf shikayat karni hai jis ne 3 lakh liye the",
		"پچھلے سال دبئی میں مجھے کمرے میں بند رکھا تھا، اب گھر پر خیریت سے ہوں، اس ایجنٹ کے خلاف شکایت کرنی ہے جس نے دو لاکھ لیے",
	)
	requireRead(t, CaseTrafficking, UrgencyRoutine,
		"In 2020 the agent's people in Muscat locked me in a room and took my passport. I came home and I am safe now. Can I still make a case against that agent?",
	)
}

// Danger over and done beside a question where to find licensed agents: a
// verification request.
func TestPastDangerAndTheList(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseVerification, UrgencyRoutine,
		"My cousin was locked up in Libya last year, now he is home and fine. Where is the list of licensed agents?",
		"pichle saal mamu ko Dubai me qaid kiya tha, ab wo wapis aa gaye. licensed agents ki list kahan milti hai?",
	)
}

// News of a boat sunk, "none of ours went": a question about others.
func TestNewsNotOursIsOther(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine,
		"Saw in the news a boat sank near Italy, were boys from Mandi Bahauddin on it? No relative of ours went, just asking",
		"khabron mein dekha Libya ke paas kashti doob gayi, hamara koi rishtedar nahi gaya, bas pooch raha hun",
		"خبروں میں سنا کہ لیبیا کے قریب کشتی ڈوب گئی، ہمارا کوئی رشتہ دار نہیں گیا تھا",
	)
	// One of ours on the boat is a report.
	requireRead(t, CaseSmuggling, "",
		"khabron mein dekha Libya ke paas kashti doob gayi, mera bhai bhi usi kashti me tha, koi khabar nahi",
	)
}

// Locked in at the place of work inside Pakistan is forced labour.
func TestLockedInAtWorkInPakistanIsForcedLabour(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseForcedLabour, UrgencyEmergency,
		"my sister works at a factory in Faisalabad, the owner locks the gate at night and does not let the girls go home",
		"bhai Lahore me ek factory me kaam karta hai, seth raat ko bahar se taala laga deta hai, ghar nahi aane deta",
		"میری بہن کراچی میں ایک سیلون میں کام کرتی ہے، مالک اسے گھر نہیں جانے دیتا اور دروازہ باہر سے بند کرتا ہے",
	)
	// The same abroad is trafficking.
	requireRead(t, CaseTrafficking, UrgencyEmergency,
		"my sister works at a salon in Dubai, the owner locks her in at night and took her passport",
	)
	// An office closed with the gate locked is no confinement.
	requireRead(t, "", UrgencyRoutine,
		"went to the protector office in Lahore, gate locked, the guard said closed till Monday",
	)
}

// A danger over and done, told as a report ("can it still be reported?"),
// is a report of that danger unless the model is sure it is none.
func TestPastDangerStillReported(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseTrafficking, UrgencyRoutine,
		"A woman from our village was trafficked to Oman and kept locked in a house years ago, she came back long ago and is married now. Can such cases still be reported?",
		"suna tha ke hamare mohalle ki ek larki ko Dubai me bech diya gaya tha, magar wo kafi arsa pehle wapis aa gayi aur ab shadi shuda hai. kya aise cases ki ittila ab bhi di ja sakti hai?",
		"ek aurat ke bare me suna tha ke usko Oman me bech diya tha, wo bohat pehle wapis aa gayi. kya ab report ho sakti hai?",
		"ہمارے گاؤں کی ایک لڑکی کے بارے میں سنا تھا کہ اسے مسقط میں بیچ دیا گیا تھا، مگر وہ بہت پہلے واپس آ گئی اور اب شادی شدہ ہے۔ کیا ایسے کیسز کی اطلاع اب بھی دی جا سکتی ہے؟",
	)
	// The same in a drama is no report.
	requireRead(t, CaseOther, UrgencyRoutine,
		"drama me dikhaya ke ek larki ko Dubai me bech diya gaya, kya aisa sach me hota hai?",
	)
}

// Told to withdraw a complaint under a threat is no process question.
func TestThreatToWithdrawIsNoProcessQuestion(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"agent ke aadmi kehte hain shikayat wapis lo warna tumhare bhai ko utha lenge",
		"they said withdraw your complaint or we will burn your house",
		"ایجنٹ کے بندے کہتے ہیں شکایت واپس لو ورنہ گھر جلا دیں گے",
	} {
		require.NotEqual(t, CaseOther, Read(s).CaseType, s)
		require.NotEqual(t, UrgencyRoutine, Read(s).Urgency, s)
	}
}
