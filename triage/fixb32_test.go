package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// blind32's two missed emergencies, each a child in exploitation: a boy
// "maybe 11 or 12" kept at a kiln for his father's debt (an age hedged is
// still an age), and children taken abroad and made to beg, told as heard
// ("سنا ہے") and then by a call from one of them today, which is no news
// about others. Neighbours: grown men at a kiln stay urgent; beggars
// asking the writer for money, or news of beggars arrested abroad, are no
// case at all or no emergency.
func TestFixB32ChildrenExploited(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"there is a boy maybe 11 or 12 at the brick kiln near Chunian. owner says he will stay until his father's 2 lakh advance is paid back, father ran away. boy works from fajr and sleeps at the kiln, never goes home",
		"bhatte pe ek larka hai shayad 11 ya 12 saal ka, malik kehta hai baap ka 2 lakh qarz utaro phir jayega, subah se kaam karta hai",
		"بھٹے پر ایک لڑکا ہے شاید ۱۱ یا ۱۲ سال کا، مالک کہتا ہے باپ کا قرض اتارو پھر جائے گا",
		"ہمارے گاؤں سے ایک آدمی ۵ بچوں کو عمرے کے ویزے پر سعودیہ لے گیا، سنا ہے وہاں ان سے بھیک منگواتا ہے۔ آج ایک بچے کا فون آیا وہ بس رو رہا تھا",
		"gaon ka ek banda 5 bachon ko umre ke visa pe saudia le gaya, suna hai wahan un se bheek mangwata hai. aaj ek bache ka phone aya ro raha tha",
		"a man took 5 children from our village to Saudi on umrah visa and makes them beg there. one of the kids called today crying",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q %v", s, r.Danger)
	}
	for _, s := range []string{
		"beggars outside the mosque asked me for money again today",
		"مسجد کے باہر فقیر روز بھیک مانگتے ہیں",
		"khabron mein suna hai Saudi mein bheek mangne wale Pakistani pakre gaye",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q %v", s, r.Danger)
	}
}

// "poori family" is an advert's phrase ("poori family ka visa"), but at a
// kiln a whole family kept at work with a small child among them is a
// child in danger, not a child in an advert (the corpus's RU-0558, whose
// emergency had rested on the model alone).
func TestFixB32FamilyAtTheKiln(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ye jo bhatte wala hai na wo poori family se kaam karwata hai, mera 7 saal ka bhai bhi eentein uthata hai, karz ki wajah se. koi rokta nahi",
		"the kiln owner makes the whole family work, my 7 year old brother also carries bricks, because of the loan",
		"بھٹے والا پوری فیملی سے کام کرواتا ہے، میرا سات سال کا بھائی بھی اینٹیں اٹھاتا ہے، قرضے کی وجہ سے",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q %v", s, r.Danger)
	}
	for _, s := range []string{
		"Poori family ke liye Canada visit visa, bachon ke sath apply karein, fee 50 hazar",
		"پوری فیملی کا ویزا، بچوں سمیت، رابطہ کریں",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q %v", s, r.Danger)
	}
}

// More money asked counts as a smuggler's demand mid-journey only abroad
// or on the journey, and asking more does not itself place the person
// abroad: "a driver job in Saudi … now he asks more money" is told from
// home, a paid scam, routine (C36-002); a brother in Libya asked for more
// to be sent on is urgent.
func TestFixC36MoreMoneyFromHome(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"I sent 25000 on easypaisa to a man on whatsapp for a driver job in Saudi, now he is asking more money for visa",
		"saudia mein driver ki naukri ke liye whatsapp pe ek bande ko 25 hazar easypaisa kiye ab wo aur paise mang raha hai",
		"میں نے سعودیہ میں ڈرائیور کی نوکری کے لیے ایک بندے کو 25 ہزار بھیجے اب وہ اور پیسے مانگ رہا ہے",
	} {
		r := Read(s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q %v", s, r.Danger)
		require.False(t, r.Abroad, s)
	}
	for _, s := range []string{
		"mera bhai Libya mein hai, agent aur paise mang raha hai warna aage nahi bhejega",
		"my brother is in Turkey with the agent's people, they are demanding more money to take him on",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyRoutine, r.Urgency, "%q %v", s, r.Danger)
	}
}

// A smuggler's journey still ahead, told with no danger the rules read, is
// no emergency however sure the model is (C36-015: 85% from "sko",
// "anda"); one who has set out and gone silent on the sea is (blind9
// UR-027, RU-001).
func TestFixC36PlannedJourneyIsNoEmergency(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Salam, Mandi Bahauddin mein ek banda hai jo larkon ko Italy bhej raha hai Libya k raste kashti se. mere padosi ka beta agle hafte jane wala hai. isko koi roko",
		"a man in Mandi Bahauddin sends boys to Italy through Libya by boat. my neighbour's son is going next week. someone stop him",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q %v", s, r.Danger)
		require.Equal(t, CaseSmuggling, r.CaseType, s)
	}
	for _, s := range []string{
		"bhai jan mera chota bhai Gwadar se launch pe nikla tha Oman k liye budh ko agent ne kaha tha 2 din ka safar hai aaj 5wa din hai na call na msg kuch nahi",
		"ابا کہتے تھے جمعرات تک عمان کے کنارے پہنچ جائیں گے۔ کشتی پسنی سے منگل کی رات نکلی تھی۔ آج اتوار ہے، نہ ابا کا فون آیا",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, s)
	}
}

// A ransom call from one held in Libya or Iran, with no word of how he
// went there, is a ransom and no irregular route; one told on the way
// between two countries, or by dunki or a boat, keeps the route.
func TestFixB32RansomWithoutRoute(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"plz madad karo mera bhai Libya me ek ghar me band hai, mafia wale roz maarte hain aur 25 lakh mang rahe, keh rahe warna kidney nikal denge",
		"میرے شوہر کو ایران میں ایجنٹ کے بندوں نے پکڑ رکھا ہے، مارتے ہیں اور ویڈیو بھیج کر ۲۰ لاکھ مانگ رہے ہیں۔ کال اس نمبر سے آتی ہے +98 915 334 7812",
		"got a call from +218 91 447 2630, they said my nephew Faisal is with them in Libya and we must send 10 lakh by friday or they will sell him",
	} {
		r := Read(s)
		require.Equal(t, CaseRansom, r.CaseType, "%q", s)
		require.False(t, hasFlag(r, FlagIrregularRoute), "%q %v", s, r.Flags)
	}
	for _, s := range []string{
		"Abbu ko call aayi +90 531 772 0419 se k tumhara beta hamare paas hai Van me, 15 lakh bhejo 24 ghante me warna goli maar denge. Haider 20 saal ka hai, Iran se Turkey gaya tha",
		"they sent a video of my husband with his hands tied, asking 30 lakh otherwise we will never see him. he went by dunki with agent to Libya 2 months back",
		"میرے شوہر ترکی جانے کے لیے نکلے تھے، ایران میں ایجنٹ کے لوگوں نے انہیں ایک گھر میں بند کر دیا۔ آج فون آیا کہ ۸ لاکھ بھیجو ورنہ گردہ نکال لیں گے",
	} {
		r := Read(s)
		require.Equal(t, CaseRansom, r.CaseType, "%q", s)
		require.True(t, hasFlag(r, FlagIrregularRoute), "%q %v", s, r.Flags)
	}
}

// An agent whose office has shut had an office: the licence such an account
// does not name is no red flag read from its absence (13 accounts in eight
// blind sets, none marked). An account that says nothing of an office, or
// says there is none, still reads the absent licence.
func TestFixB32OfficeClosedIsNoInferredLicence(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"agent ka office 2 mahine se band hai Rawalpindi Saddar me, naam Sky Way Travels. Saudi visa ke 3,50,000 liye the, ab number b band",
		"ایجنٹ کا دفتر تین ہفتوں سے بند ہے، ہم نے عمان کے ویزے کے لیے ۱،۸۰،۰۰۰ روپے دیے تھے۔ اب اس کا فون بھی بند ہے",
		"agent's office in Rawalpindi is band since 2 days, his phone also band. I gave him 1.8 lakh for Saudi visa in June",
	} {
		r := Read(s)
		require.Equal(t, CaseUnlicensedRecruiter, r.CaseType, "%q", s)
		require.False(t, hasFlag(r, FlagNoLicence), "%q %v", s, r.Flags)
	}
	for _, s := range []string{
		"Agent Mushtaq in Dera Ghazi Khan took 6 lakh cash from my father for an Oman labour visa, no receipt, no office, he just sits at a tea shop",
		"Larkana ke ek agent ne mere bhai se 2 lakh 70 hazar liye Saudia bhejne ke, na raseed di na visa, ab kehta hai sabar karo. 8 mahine ho gaye",
		"ایک ایجنٹ نے ملائیشیا کی نوکری کے لیے مجھ سے ۱۲۰۰۰۰ روپے لیے، کہتا تھا دفتر کی ضرورت نہیں گھر پر ہی ملتے ہیں، ایک سال ہو گیا نہ ویزا نہ پیسے",
	} {
		r := Read(s)
		require.True(t, hasFlag(r, FlagNoLicence), "%q %v", s, r.Flags)
	}
}

// "Not an OEP" says the recruiter has no licence, in all three languages;
// an OEP that gave no receipt, or a question whether one is an OEP, does
// not.
func TestFixB32NotAnOEP(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Malik Travels in Sialkot took 6.5 lakh from me for a Romania work permit in January. They are a travel agency, not an OEP. Their office has a new lock now",
		"Baku Jobs Consultants ne 30 larkon se Azerbaijan me hotel jobs ke liye 50,000 har ek se liye. 2 hafte se dafter band hai. ye BEOE me registered OEP nahi the",
		"اس ٹریول ایجنسی نے عمان کے ویزے کے لیے ۳ لاکھ لیے، یہ اوورسیز ایمپلائمنٹ پروموٹر نہیں ہیں، صرف ٹکٹ بیچتے ہیں",
	} {
		r := Read(s)
		require.True(t, hasFlag(r, FlagNoLicence), "%q %v", s, r.Flags)
		require.NotEqual(t, inferredNoLicence, flagReason(r, FlagNoLicence), "%q", s)
	}
	for _, s := range []string{
		"OEP 'Crescent Manpower' lic 1733/GRW ne Saudi ke liye 3.8 lakh liye, raseed b nahi di, keh rahe cash hi chalta hai yahan",
		"Licensed OEP 'Star Link Manpower' 4412/ISB took 3,20,000 for Oman driver job. receipt was given only for 15000",
		"اوورسیز ایمپلائمنٹ پروموٹر (لائسنس 3381/MLN) نے کویت کے لیے ۴ لاکھ لیے لیکن رسید صرف ۲۰ ہزار کی دی",
	} {
		r := Read(s)
		require.False(t, hasFlag(r, FlagNoLicence), "%q %v", s, r.Flags)
	}
}

func flagReason(r Result, code string) string {
	for _, f := range r.Flags {
		if f.Code == code {
			return f.Reason
		}
	}
	return ""
}

// A complaint against the agent by one whose ordeal abroad is over, told
// in the past, carries no fee before contract and no licence read from its
// absence; the same agent's money taken now, or a complaint with no ordeal
// told, still does.
func TestFixB32ComplaintAfterOrdeal(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"پچھلے سال مجھے سعودیہ میں ایک کمرے میں بند رکھا گیا تھا، اب الحمدللہ واپس ملتان آ گئی ہوں۔ اس ایجنٹ کے خلاف شکایت کرنی ہے جس نے ۳ لاکھ لیے تھے",
		"Alhamdulillah my brother is back home now. last year he was locked in a warehouse in Libya for 2 months. we paid the agent 10 lakh. I want to file a complaint against the agent",
		"2 saal pehle Qatar me phans gaya tha, kafeel ne passport rakh liya tha, ab wapas aa gaya hun aur theek hun. bas us agent ke khilaf shikayat karni hai jis ne 3 lakh liye the",
	} {
		r := Read(s)
		require.False(t, hasFlag(r, FlagFeeBefore), "%q %v", s, r.Flags)
		require.False(t, hasFlag(r, FlagNoLicence), "%q %v", s, r.Flags)
	}
	for _, s := range []string{
		"Larkana ke ek agent ne mere bhai se 2 lakh 70 hazar liye Saudia bhejne ke, na raseed di na visa, ab kehta hai sabar karo. 8 mahine ho gaye",
		"An agent in Gujranwala took 6 lakh from my father for Romania work permit, no visa. I want to file a complaint against him",
	} {
		r := Read(s)
		require.True(t, hasFlag(r, FlagFeeBefore), "%q %v", s, r.Flags)
	}
}

// Held once on a smugglers' route, home now, and a complaint against the
// agent: the smuggler's journey is the case (blind5, 12, 14, 15, 20, 23,
// 29, 31, 32 all so), in all three languages. A threat now from the
// agent's men stays a ransom; a complaint after trouble in Saudi Arabia is
// no smuggling.
func TestFixB32PastRouteComplaintIsSmuggling(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"In 2023 my brother was kept in a locked warehouse in Libya for 4 months by the agent's people, we paid 12 lakh to get him out. Alhamdulillah he is home in Sialkot now and fine. I want to file a complaint against agent Naveed Butt who sent him by dunki",
		"اللہ کا شکر ہے میرا بھائی لیبیا کی قید سے چھوٹ کر پچھلے مہینے گھر آ گیا ہے اور ٹھیک ہے۔ اب ہم اس ایجنٹ کے خلاف شکایت کرنا چاہتے ہیں جس نے اٹلی بھیجنے کے ۲۲ لاکھ لیے تھے",
		"mere dost ka bhai 2 saal pehle Libya me kidnap hua tha, ghar walon ne paise de kar chhurwaya, ab wo ghar pe hai. dost puch raha hai k us agent k khilaf ab bhi case ho sakta hai?",
	} {
		r := Read(s)
		require.Equal(t, CaseSmuggling, r.CaseType, "%q", s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q", s)
	}
	for _, s := range []string{
		"Since my son complained to FIA about agent Naeem in Mardan, Naeem's men call us at night: 'your son owes us 4 lakh for the Greece trip, pay or we will harm your daughters'",
		"پچھلے سال مجھے سعودیہ میں ایک کمرے میں بند رکھا گیا تھا، اب الحمدللہ واپس ملتان آ گئی ہوں۔ اس ایجنٹ کے خلاف شکایت کرنی ہے جس نے ۳ لاکھ لیے تھے",
	} {
		r := Read(s)
		require.NotEqual(t, CaseSmuggling, r.CaseType, "%q", s)
	}
}
