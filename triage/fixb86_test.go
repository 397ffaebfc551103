package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in C107 and C106 (first plays, 2026-12-02, third session): a man
// who "sits on" a passport and makes a family work his land until "first
// pay off the debt" (Punjabi-coloured Roman Urdu read as nothing at all),
// and a son gone to Saudi with "no news received".
func TestPassportSatOnAndDebtFirst(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseForcedLabour, UrgencyUrgent,
		"ik banda mera passport rakh ke baitha h te apni zameen te kam karwa riya h, kehnda pehle qarza utaar",
		"ek banda mera passport rakh ke baitha hai aur apni zameen pe kaam karwa raha hai, kehta hai pehle qarza utaar")
	requireSituations(t, []string{"documents_taken"}, []string{"agent mera passport daba ke baitha hai, wapis nahi karta"})
	requireSituations(t, []string{"debt_bondage"}, []string{"malik kehta hai pehle qarza utaro phir jana"})
	requireSituations(t, []string{"lost_contact"}, []string{
		"beta saudia gaya tha koi khabar nahi mili, kuch pata chala?",
		"my son went to saudi 2 months ago, no news since",
	})
}

// Found in blind86-blind90 (first plays): a headline passed on of
// strangers is no report; memories told with thanks or of the old days
// report nothing; a wallet's transaction id is no phone number; a kiln
// owner who "forcibly picked up" a husband and a son, and a maid who has
// "not went outside since 8 months", are emergencies.
func TestHeadlinesAndMemories(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseOther, []string{
		"BBC: At least 40 migrants are missing after a boat capsized off the coast of Mauritania, rescuers say.",
		"اقوام متحدہ: لیبیا کے ساحل کے قریب کشتی الٹنے سے ۱۶ تارکین وطن ہلاک، کئی لاپتہ",
		"Khabar: FIA ne Sialkot airport pe 3 musafir offload kiye jin k paas jaali Schengen visa the, agent b giraftar",
		"TV pe khabar chal rahi thi k Cambodia me scam center se 40 pakistani larke chhuraye gaye. Allah un sab ko khairiyat se ghar pohanchaye, ameen",
		"ہمارے پڑوسی حاجی صاحب بتاتے ہیں کہ اسی کی دہائی میں وہ جدہ میں ایک سال بغیر تنخواہ کے پھنسے رہے، کفیل نے پاسپورٹ بھی رکھ لیا تھا۔ اب تو ماشاءاللہ بیٹے ان کی دیکھ بھال کرتے ہیں۔",
		"Dost k abbu ne sunaya k 90s me wo Muscat gaye the, kafeel ne 2 saal passport rakh liya tha, phir bhi wahan se kama k ghar bana liya. Purane log bhi kya hausle wale the",
		"الحمدللہ، پچھلے سال میں سعودیہ میں ایک کفیل کے پاس پھنس گیا تھا، تنخواہ نہیں ملتی تھی۔ اب چھ مہینے سے گھر پر ہوں۔ آپ لوگوں کا کام اچھا ہے، اللہ برکت دے۔",
		"Update: I was stuck at Doha airport for 2 days because of a transit visa issue but it's sorted now, I'm at my hotel in Toronto. Thanks everyone for the duas",
	})
	// neighbours: news with one's own in it, a report of an agent, a
	// boat sinking now
	requireCase(t, CaseSmuggling, []string{
		"Reporting agent Tahir in Sialkot (Pasrur road). He sends boys to Spain by 'game': fly to Serbia on a visit visa, then walk through Bosnia. 15 lakh all inclusive. He posts videos on TikTok.",
	})
	requireUrgency(t, UrgencyEmergency, []string{
		"hamari kashti doob rahi hai, 40 log hain, help",
		"بھٹے کے مالک نے میرے شوہر اور بیٹے کو زبردستی اٹھا لیا ہے کیونکہ ہم بھٹہ چھوڑ کر چلے گئے تھے۔ کہتا ہے دو لاکھ قرضہ دو ورنہ واپس نہیں کروں گا",
		"how can i delete chats so no one can see? madam checks my phone every night. I not went outside since 8 months, only roof. please reply only after 11 pm",
	})
	for _, s := range []string{
		"جاز کیش: آپ نے ۲,۰۰۰ روپے محمد یونس کو کامیابی سے بھیج دیے۔ ٹرانزیکشن آئی ڈی ۰۴۲۷۷۱۹۳۸۰۵۔",
		"Trx ID 04277193805. Rs 500 sent to Ali",
	} {
		require.Empty(t, Extract(s).Phones, s)
	}
	require.Len(t, Extract("his whatsapp id 03001234567").Phones, 1)
}

// Emergencies missed in blind91, blind93 and blind94 (first plays): a
// brother "picked up in a car" and "will not be found alive"; smugglers
// who "will not release him" unless paid; "pay five lakh, then we let you
// talk"; girls never seen outside, "help, we are kept locked"; a girl of
// 13 working in a house, her name between "daughter" and her age; a father
// kept at the kiln "till the hisaab is settled".
func TestEmergenciesOfRoundFour(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseRansom, UrgencyEmergency,
		"Mere bhai ko agent k bandon ne Rawalpindi Saddar se gaari me utha liya h. Keh rahe hain 3 lakh aur do warna bhai zinda nahi milega",
		"Smugglers in Iran are holding my son Bilal. They called and demand 15 lakh more, otherwise they will not release him.",
		"میرے میاں ایران کے راستے گئے تھے۔ بیس دن ہو گئے، ابھی تک نہ پہنچے نہ واپس آئے اور وہ لوگ پیسے مانگ رہے ہیں۔ کہتے ہیں پانچ لاکھ دو پھر بات کرواتے ہیں")
	requireUrgency(t, UrgencyEmergency, []string{
		"ہماری گلی کے آخری مکان میں کچھ جوان لڑکیاں رہتی ہیں جو کبھی باہر نظر نہیں آتیں، رات کو گاڑیاں آتی جاتی ہیں۔ آج صبح ایک لڑکی نے چھت سے پرچی پھینکی جس پر لکھا تھا 'مدد، ہمیں بند رکھا ہے'",
		"My daughter Rimsha is 13, she works for a family in DHA Karachi since last year. The man who took her said 12,000 monthly but we never get the money. Last Sunday I went to see her and the guard did not let me in.",
		"Abbu hasn't come home from the kiln owner's dera since Friday. Munshi says he will come back when the hisaab is settled. His phone is off and when my uncle went there they told him to go away.",
	})
	// neighbours: a grown son named and aged; a release already paid for
	requireCase(t, CaseOther, []string{"My son Ali is 25, he got married last month"})
	requireUrgency(t, UrgencyRoutine, []string{"My son Ali is 25, he got married last month"})
}

// One who is abroad now on a visit visa the agent promised to turn into
// work is a worker stranded abroad (C115-020, C106-020: read as a forged
// document at 95% and as smuggling); a wife invited on a visit visa, asked
// about, is still a check.
func TestStrandedOnAVisitVisa(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseWorkerDistress, []string{
		"salam mai dubai me hun visit visa pe aya tha. agent ne bola tha yahan aa k work visa lag jaye ga. ab agent ka number band h",
		"I am in Dubai since 3 weeks on visit visa, agent said job will be ready on arrival. Now nobody picks my call and the hotel is asking us to leave.",
	})
	requireCase(t, CaseVerification, []string{
		"meri wife ko Dubai me nanny ki job ka offer aya 'Happy Homes Agency' se. wo visit visa pe bula rahe hain k wahan ja k work visa lag jayega. kia ye agency bureau me registered h?",
	})
}

// Not back yet from the office, school or shop is no kidnap ("abbu abhi tak
// wapas nahi aaye office se, khana thanda ho raha" was a ransom
// emergency); not back, with money asked or the agent's phone off, still is.
func TestNotBackFromTheOfficeIsNoKidnap(t *testing.T) {
	t.Parallel()
	requireUrgency(t, UrgencyRoutine, []string{
		"abbu abhi tak wapas nahi aaye office se, khana thanda ho raha",
		"ابو ابھی تک واپس نہیں آئے دفتر سے",
		"bhai abhi tak wapas nahi aaya school se, pata karo",
	})
	requireUrgency(t, UrgencyEmergency, []string{
		"bhai abhi tak wapas nahi aaya aur wo log paise maang rahe",
		"beta abhi tak wapas nahi aaya, 3 din ho gaye, agent ka phone band",
	})
}
