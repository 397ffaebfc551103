package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind36: a smuggler asking more for each person "or stay here",
// "or I won't take you to Greece" is the journey's urgent price
// (red-flags.md: "a smuggler demanding more money mid-journey"; UR-007 and
// RU-036 were routine); held "until we pay" stays an emergency.
func TestFixB36MoreOrStayHere(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ہم ترکی میں ایک گھر میں ٹھہرے ہوئے ہیں، ایجنٹ کہتا ہے یونان کا بارڈر پار کرانے کے لیے ہر بندہ ۳ لاکھ اور دے ورنہ یہیں رہو۔ گھر والوں سے پیسے مانگ رہا ہے",
		"smuggler ne Turkey pohnch kr bola 3 lakh aur bhejo warna Greece nai le k jaunga, hum ek ghar me 20 log ruke hue hain, ghar walon ko call kr raha",
		"hum Iran me hain, agent kehta hai 2 lakh aur do warna yahin raho",
		"ایجنٹ نے ترکی پہنچ کر کہا ۲ لاکھ اور بھیجو ورنہ یونان نہیں لے کر جاؤں گا",
		"we are in Turkey, the agent says send 2 lakh more or stay here",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, s)
		require.Equal(t, CaseSmuggling, r.CaseType, s)
	}
	for _, s := range []string{
		"they are keeping my brother in a house in Libya until we pay 5 lakh more, they beat him",
		"بھائی کو لیبیا میں ایک کمرے میں بند کر رکھا ہے، کہتے ہیں ۵ لاکھ اور دو ورنہ مار دیں گے",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, s)
	}
}

// A threat to hand a relative to the police there unless more is paid
// ("بھائی کو وہاں پولیس کے حوالے کروا دے گا", UR-037) is extortion of the
// family (urgent), not a person handed over to traffickers.
func TestFixB36HandToPoliceThreat(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"جس ایجنٹ نے میرے بھائی کو یونان بھیجا تھا وہ اب ہمارے گھر والوں کو دھمکیاں دے رہا ہے کہ ڈیڑھ لاکھ اور نہ دیا تو بھائی کو وہاں پولیس کے حوالے کروا دے گا",
		"agent hamein dhamkiyan de raha hai ke 1 lakh na diya to bhai ko wahan police ke hawale karwa dega",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, s)
	}
	require.Equal(t, UrgencyEmergency, Read("ایجنٹ نے میری بیٹی کو کسی اور کے حوالے کر دیا ہے").Urgency)
}

// An employer's price to go home "for release" (a kafeel's exit fee,
// EN-033) is no ransom: the worker's urgent case, not an emergency.
func TestFixB36KafeelReleaseFee(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"I am driver in Muscat, 150 rial was promised, they give 60. 4 months no day off. kafeel says if you want to go back pay 800 rial for release. I am using friend phone",
		"I work in Jeddah, salary not paid 3 months, company says if you want to go home pay 5000 riyal for exit",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, s)
		require.Equal(t, CaseWorkerDistress, r.CaseType, s)
	}
	require.Equal(t, UrgencyEmergency, Read("they took my brother in Libya, pay 10 lakh for release").Urgency)
}

// A threat to send a relative's fingers for the "remaining amount" is a
// ransom (EN-039 read as a suspicious job offer).
func TestFixB36BodyPartsSent(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Uncle the man called again from an Iran number, said Bilal's fingers will be sent to us if we dont send the 'remaining amount' tonight. Abu says dont tell anyone. what should we do",
		"Iran se call aya, keh rahe bhai ki ungliyan kaat ke bhejenge agar baqi paise nahi diye",
		"ایران سے فون آیا کہ باقی رقم نہ بھیجی تو بھائی کی انگلیاں کاٹ کر بھیجیں گے",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, s)
		require.Equal(t, CaseRansom, r.CaseType, s)
	}
}

// Made to send fraud messages in a scam compound, with a price to leave
// and no harm (UR-011) is forced scam work: urgent, not routine.
func TestFixB36FraudMessages(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"کمبوڈیا میں کسٹمر سروس کی نوکری کا کہہ کر بلایا تھا۔ یہاں ہمیں لوگوں کو آن لائن فراڈ کے میسج بھیجنے پر لگایا ہوا ہے۔ میں ٹھیک ہوں، مارتے نہیں، مگر کہتے ہیں ۵۰۰۰ ڈالر دو تو جانے دیں گے",
		"Cambodia me customer service ka keh ke bulaya, yahan logon ko fraud msg bhejne pe lagaya hua hai",
		"they brought me to Cambodia for customer service, now they put us on sending scam messages to people",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, s)
		require.Equal(t, CaseTrafficking, r.CaseType, s)
	}
}

// A visa sticker or a protector stamp put "without going to the embassy /
// the BEOE", a fake experience letter, a visa photoshopped, are document
// fraud (UR-001 a verification request, RU-010 other).
func TestFixB36DocumentFraud(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ایک آدمی کہہ رہا ہے کہ ۸۰ ہزار میں اٹلی کا ورک ویزا اسٹیکر لگا دے گا، سفارت خانے جانے کی ضرورت نہیں۔ کیا یہ ممکن ہے؟",
		"ek banda keh raha 40 hazar me protector ki mohar laga dega bina BEOE gaye, aur naqli experience letter b bana dega",
		"agent says he will put the Italy work visa sticker for 80,000, no need to go to the embassy. is it possible?",
		"ایک ایجنٹ ۳۰ ہزار میں جعلی تجربے کا سرٹیفکیٹ بنا دیتا ہے",
		"یہ کوریا کے ویزے کی تصویر ہے جو ایجنٹ نے بھیجی، ڈیزائن اصل والے سے بالکل مختلف ہے، مجھے لگتا ہے فوٹوشاپ کیا ہوا ہے",
	} {
		require.Equal(t, CaseDocumentFraud, Read(s).CaseType, s)
	}
}

// Work given on a pilgrimage visa ("ziyarat ke visa pe aya tha, ajent ne
// hotel me kaam pe laga diya", RU-003) is the visit-visa red flag; a
// pilgrimage told alone is not.
func TestFixB36PilgrimVisaWork(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"main Iraq me hun ziyarat ke visa pe aya tha, ajent ne ek hotel me kaam pe laga diya ab raat ko kamre me band kr dete hain, maar peet b hoti h. plz mdd kro",
		"میں عراق میں زیارت کے ویزے پر آیا تھا، ایجنٹ نے ایک ہوٹل میں کام پر لگا دیا",
		"umrah ke visa pe gaya tha, wahan agent ne ek factory me kaam pe lagwa diya",
	} {
		require.True(t, hasFlag(Read(s), FlagVisitVisaWork), s)
	}
	require.False(t, hasFlag(Read("ammi ziyarat ke visa pe Iraq ja rahi hain, kya documents chahiye?"), FlagVisitVisaWork))
}

// "not a proper receipt" is no receipt (EN-030), whatever "proper receipt"
// says alone.
func TestFixB36NotAProperReceipt(t *testing.T) {
	t.Parallel()
	s := "Agent Rafaqat Butt in Sialkot took 3.5 lakh from me for Saudi free visa, gave a handwritten slip not a proper receipt. he has no office, meets in a hotel. 8 months nothing. his no 0300 6129047"
	require.True(t, hasFlag(Read(s), FlagNoReceipt), s)
	require.True(t, hasFlag(Read("agent ne 2 lakh liye, pakki raseed nahi di, sirf parchi"), FlagNoReceipt))
}

// A job offered "for" a sum ("job de raha 25 hazar registration le k",
// RU-008) asks the fee; nothing was paid: a suspicious offer, not a paid
// scam. Money taken ("25 hazar le k bhaag gaya") stays paid.
func TestFixB36OfferForAFee(t *testing.T) {
	t.Parallel()
	require.Equal(t, CaseJobOfferSuspicious, Read("FB page 'OEC Pakistan Official Jobs' Korea ki job de raha 25 hazar registration le k, asli OEC to free hota h na?").CaseType)
	require.Equal(t, CaseJobOfferSuspicious, Read("ek page Dubai ki job de raha hai 30 hazar le kar, maine abhi nahi diye").CaseType)
	require.Equal(t, CaseJobScamPaid, Read("facebook page wala Dubai job ke liye mujh se 30 hazar le kar bhaag gaya, ab number band").CaseType)
}

// One who speaks from a city abroad ("Riyadh se bol raha hun", "calling
// from Dubai") is there: an unpaid worker stranded with his company gone
// is worker distress (blind23 RU-046 was read from home and raised to an
// emergency by a retrain's model).
func TestFixB36SpeakingFrom(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Assalam alaikum, main Abdul Ghaffar Riyadh se bol raha hun. Hamari company ka malik bhaag gaya hai aur company band ho gayi hai. 4 mahine se kisi ko tankhwah nahi mili. Humein sirf apni tankhwah aur exit chahiye taake ghar ja sakein.",
		"میں جدہ سے بول رہا ہوں، کمپنی بند ہو گئی ہے، چار مہینے سے تنخواہ نہیں ملی",
		"I am writing from Dubai, company closed, 4 months no salary, we want to go back",
	} {
		r := Read(s)
		require.True(t, r.Abroad, s)
		require.Equal(t, CaseWorkerDistress, r.CaseType, s)
		require.Equal(t, UrgencyUrgent, r.Urgency, s)
	}
}

// A price asked to put a name on a government list ("put his name in the
// list for 1.5 lakh", EN-001) is a fee before any contract; a name on a
// merit list told alone asks nothing.
func TestFixB36NameOnTheListForASum(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"my son got offer for Korea EPS from a man in Mardan who says he can put his name in the list for 1.5 lakh. is EPS done by govt only?",
		"Mardan me ek banda keh raha 1.5 lakh me Korea EPS ki list me naam daal dega, kya EPS sirf govt se hota hai?",
		"مردان میں ایک آدمی کہتا ہے ڈیڑھ لاکھ میں کوریا ای پی ایس کی لسٹ میں نام ڈال دے گا، کیا یہ صرف حکومت کرتی ہے؟",
	} {
		require.True(t, hasFlag(Read(s), FlagFeeBefore), s)
	}
	require.False(t, hasFlag(Read("my name is in the EPS merit list, result came, what next?"), FlagFeeBefore))
}

// Asking whether the OEC runs a scheme ("OEC ka koi program h?", RU-045)
// names the body; no one claims to be it: no impersonation. A page that
// calls itself the OEC and asks a fee still is one.
func TestFixB36AskedAboutAProgram(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Germany k nursing visa k liye OEC ka koi program h? ek agent 12 lakh mang raha h",
		"کیا جرمنی کی نرسنگ کے لیے او ای سی کا کوئی پروگرام ہے؟ ایک ایجنٹ ۱۲ لاکھ مانگ رہا ہے",
		"Is there any OEC program for Germany nursing visa? an agent is asking 12 lakh",
	} {
		require.False(t, hasFlag(Read(s), FlagImpersonation), s)
	}
	require.True(t, hasFlag(Read("FB page 'OEC Pakistan Official Jobs' Korea ki job de raha 25 hazar registration le k, asli OEC to free hota h na?"), FlagImpersonation))
}
