package triage

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// How a smuggler says he will move people ("بارڈر سے پیدل اور گاڑیوں میں لے
// جائیں گے", "border paar kr k le jaenge") is the journey, not "they will
// take him away" (C21-016 was raised to an emergency by it). A threat to
// take someone is still a kidnapping.
func TestRound21TakenOnTheRouteIsNoKidnap(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"وہ کہتا ہے بارڈر سے پیدل اور گاڑیوں میں لے جائیں گے، آدھے پیسے پہلے، آدھے پہنچ کر۔ پچھلے سال اسی کے بھیجے دو لڑکے راستے میں مر گئے تھے پھر بھی لوگ جاتے ہیں",
		"ایجنٹ کہتا ہے سرحد پار کروا کے لے جائیں گے، بارہ لاکھ",
		"ایجنٹ کہتا ہے تفتان سے پیدل لے جائیں گے",
		"agent kehta hai border se paidal aur gaariyon me le jayenge, aadhe pehle aadhe pohanch kar",
		"agent bolta hy border paar kr k le jaenge, 12 lakh",
		"wo kehta hai pedal le jaenge phir truck me",
		"he says they will take them on foot across the border, half now half on arrival",
	} {
		r := Read(s)
		require.NotContains(t, r.Situations, "kidnap_ransom", "%q", s)
		require.NotEqual(t, "emergency", r.Urgency, "%q", s)
	}
	for _, s := range []string{
		"پیسے نہ دیے تو بیٹے کو لے جائیں گے",
		"wo keh rahe hain bete ko le jayenge agar paise na diye",
	} {
		require.Contains(t, Read(s).Situations, "kidnap_ransom", "%q", s)
	}
}

// Wanting to come home is not being home ("wants to come back home",
// "گھر واپس آنا چاہتے ہیں", "ghar wapas jana chahta hai"), and an expired
// iqama or visa that keeps a worker from leaving the country is no locking
// in (B21-EN-039: unpaid five months in Jeddah, urgent).
func TestRound21WishToReturnAndExpiredIqama(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"My father in Jeddah has not been paid for 5 months, kafeel says iqama expired and he cant leave. He wants to come back home.",
		"my brother in Riyadh not paid 4 months, visa expired so he can not leave, wants to return home",
		"my brother in Dubai is not paid 4 months, he wants to go back home",
		"ابو جدہ میں ہیں، پانچ مہینے سے تنخواہ نہیں ملی، کفیل کہتا ہے اقامہ ختم ہے اس لیے واپس نہیں جا سکتے، وہ گھر واپس آنا چاہتے ہیں",
		"بھائی دبئی میں ہے، چار مہینے سے تنخواہ نہیں ملی، گھر واپس جانا چاہتا ہے",
		"abbu jeddah me hain 5 mahine se tankhwa nahi mili, kafeel kehta iqama khatam hai wapas nahi ja sakte, wo ghar wapas aana chahte hain",
		"bhai dubai me hai, 4 mahine se salary nahi mili, ghar wapis jana chahta hai",
	} {
		r := Read(s)
		require.Equal(t, "urgent", r.Urgency, "%q", s)
	}
	require.Equal(t, "emergency", Read("they locked him in a room, he cannot leave, visa expired long ago").Urgency)
}

// Hearsay about others ("People say agents kidnap boys at airports", "log
// kehte hain agent larkon ko agwa kar lete hain") beside a relative's plan
// is a worry, not a kidnapping (B21-EN-019); a relative named in the
// hearsay, or a demand, is one.
func TestRound21HearsayOfOthers(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"My cousin is going to Saudi next week with Al-Noor Overseas licence 1234/RWP. People say agents kidnap boys at airports, is this licence real? just worried",
		"mera bhai agle hafte Dubai ja raha hai. log kehte hain agent larkon ko agwa kar lete hain, ye license asli hai?",
		"بھائی اگلے ہفتے سعودیہ جا رہا ہے۔ لوگ کہتے ہیں ایجنٹ لڑکوں کو اغوا کر لیتے ہیں، کیا یہ لائسنس اصلی ہے؟",
	} {
		require.Equal(t, "routine", Read(s).Urgency, "%q", s)
	}
	for _, s := range []string{
		"people say agents kidnapped my brother at the airport, please help",
		"My cousin went to Libya. People say the smugglers kidnap boys there. Now they called and asked 20 lakh or they will kill him",
	} {
		require.Equal(t, "emergency", Read(s).Urgency, "%q", s)
	}
}

// A network's SMS that asks to send an SMS "for verification" (PTA's SIM
// count) is an everyday message, not a request to verify an offer
// (B21-RU-027).
func TestRound21SMSForVerificationIsEveryday(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"PTA: Apke CNIC par 3 SIMs registered hain. Tasdeeq ke liye 668 par SMS karein",
		"PTA: آپ کے شناختی کارڈ پر 4 سمیں رجسٹرڈ ہیں۔ تصدیق کے لیے 668 پر ایس ایم ایس کریں",
		"PTA: 3 SIMs are registered on your CNIC. To verify send SMS to 668",
	} {
		require.Equal(t, CaseOther, Read(s).CaseType, "%q", s)
	}
	require.Equal(t, CaseVerification, Read("is this agent genuine? Al Noor Overseas Lahore").CaseType)
}

// A desert where a worker herds a kafeel's goats or camels is his place of
// work abroad, not a smuggling route (B21-UR-011: trafficking, as the
// corpus labels shepherds held in the desert); a desert on the way still
// is one.
func TestRound21DesertHerdingIsNoRoute(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"سعودیہ کے صحرا میں بکریاں چرا رہا ہوں، کفیل مارتا ہے، پانی بھی تھوڑا دیتا ہے",
		"اونٹوں کے باڑے میں ہوں صحرا میں، کفیل مارتا ہے",
		"saudi ke registan me bakriyan chara raha hun, kafeel marta hai",
		"I am grazing goats in the Saudi desert, the kafeel beats me and gives little water",
		"kafeel leaves me alone in desert with camels, he beats me",
	} {
		r := Read(s)
		require.NotContains(t, r.Situations, "at_sea_or_border", "%q", s)
		require.NotEqual(t, CaseSmuggling, r.CaseType, "%q", s)
	}
	r := Read("ghar walon ko batao hum Mashkel se aage registan me hain, smuggler ki gaari kharab, pani 1 liter bacha hai")
	require.Contains(t, r.Situations, "at_sea_or_border")
}

// People locked in by smugglers with a sum demanded from each of them
// ("ہر ایک سے ۵ لاکھ مانگ رہے ہیں", "har ek se 5 lakh mang rahe", "demanding 5
// lakh from each of us") are held for money: ransom, as the corpus labels
// it (RU2-0434), not a smuggler's price to go on from a safe house; a
// boatman's price a head for a trip still to come is no demand on people
// held.
func TestRound21LockedInWithASumFromEach(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ایران بارڈر کے پاس ڈنکی والوں نے ہمیں ایک گھر میں بند کر رکھا ہے، ۱۵ لوگ ہیں، ہر ایک سے ۵ لاکھ مانگ رہے ہیں",
		"iran border ke paas dunki walon ne hamein ek ghar me band kar rakha hai, 15 log hain, har ek se 5 lakh mang rahe hain",
		"smugglers ne hum sab ko ek kamre me band kiya hua hai, hum sab se 3 lakh mang rahe hain",
		"the dunki people have locked us in a house near the Iran border, 15 of us, demanding 5 lakh from each of us",
	} {
		r := Read(s)
		require.Equal(t, CaseRansom, r.CaseType, "%q", s)
		require.Equal(t, "emergency", r.Urgency, "%q", s)
	}
	r := Read("Agents people in Tehran are keeping 12 of us in a basement safe house, they say pay 1.5 lakh more each for the Turkey border crossing")
	require.Equal(t, CaseSmuggling, r.CaseType)
	require.Equal(t, "urgent", r.Urgency)
	// no ransom; a cousin who goes next week is still at home: routine
	// (TestLeavingSoonOnASmugglersRoute)
	r = Read("پسنی سے ناخدا ہر ایک سے ستر ہزار مانگ رہا ہے، کزن اگلے ہفتے جائے گا")
	require.Equal(t, "routine", r.Urgency)
	require.NotEqual(t, CaseRansom, r.CaseType)
}

// A question whether an announcement of jobs is true is no impersonation
// (B21-EN-038); an advert or message that makes the claim still is.
func TestRound21AnnouncementDoubtedIsNoImpersonation(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Is it true Japan announced 340,000 jobs for Pakistanis? my uncle wants to pay an agent 1 lakh for registration",
		"kya ye sach hai Japan ne Pakistanion ke liye 3 lakh naukriyon ka elan kiya hai? chacha agent ko 1 lakh dena chahte hain",
		"جاپان نے ساڑھے تین لاکھ پاکستانیوں کے لیے نوکریوں کا اعلان کیا ہے، کیا یہ خبر سچ ہے؟",
	} {
		r := Read(s)
		require.False(t, slices.ContainsFunc(r.Flags, func(f Flag) bool { return f.Code == FlagImpersonation }), "%q %v", s, r.Flags)
	}
}

// A recruiter collecting a sum from each person ("colecting passports and
// 50k each", "پچاس ہزار فی بندہ جمع کر رہا ہے", "50 hazar fi banda jama kar
// raha") is taking money before any contract, azad visa or not: blind4,
// 5, 6 and 8 mark the fee on 4 of their 5 such accounts (B21-EN-034).
func TestRound21CollectingEachIsPaid(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"a man in our villege near bahawalpur is colecting passports and 50k each for saudi driver visa, says azad visa 100% garanti",
		"a man is collecting 50,000 each from boys for saudi azad visa",
		"ہمارے گاؤں میں ایک آدمی سعودی آزاد ویزا کے لیے پاسپورٹ اور پچاس ہزار فی بندہ جمع کر رہا ہے",
		"gaon me ek banda saudi azad visa ke liye 50 hazar fi banda jama kar raha hai",
	} {
		r := Read(s)
		require.True(t, slices.ContainsFunc(r.Flags, func(f Flag) bool { return f.Code == FlagFeeBefore }), "%q %v", s, r.Flags)
	}
}

// A government's stamp or logo on an offer letter, advert or receipt
// ("حکومت کی مہر لگی ہے", "hukumat ki mohar", "with Ministry of Health
// logo") passes the sender off as the state: impersonation, as the corpus
// marks it (EN-0234, EN-0336, EN-0370; B21-UR-048). "آفر لیٹر" is an offer
// of a job as "offer letter" is.
func TestRound21GovernmentStampIsImpersonation(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"مجھے آسٹریلیا کا آفر لیٹر بھیجا گیا ہے، اس پر حکومت کی مہر لگی ہے لیکن کمپنی کا نام گوگل پر کہیں نہیں ملتا",
		"آسٹریلیا کی نوکری کا خط آیا ہے جس پر سرکاری مہر ہے",
		"mujhe Australia ka offer letter aya hai, us par hukumat ki mohar lagi hai",
		"I got an offer letter for Australia with a government stamp on it, but the company name is nowhere on Google",
	} {
		r := Read(s)
		require.True(t, slices.ContainsFunc(r.Flags, func(f Flag) bool { return f.Code == FlagImpersonation }), "%q %v", s, r.Flags)
	}
}
