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
