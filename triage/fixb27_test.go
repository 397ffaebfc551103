package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// blind27's missed emergency, read as a family: a minor whose marriage is
// fixed with a man abroad, money taken for it, and who will be taken
// away (China in Urdu script, "چین", read as the country; its "peace"
// senses are not).
func TestFixB27ChildBrideAbroad(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ہمارے محلے میں ایک بچی ہے عمر ۱۳ سال۔ اس کے ماموں نے اس کا رشتہ چین کے ایک آدمی سے طے کر دیا ہے، پیسے بھی لے لیے ہیں۔ اگلے مہینے نکاح ہے پھر وہ اسے ساتھ لے جائے گا",
		"hamare gaon me 14 saal ki larki ka rishta China ke aadmi se tay kar diya, chacha ne paise bhi le liye, nikah ke baad wo use le jayega",
		"a 15 year old girl in our street, her uncle fixed her marriage with a Chinese man from China and took money, after the nikah next week he will take her with him",
	} {
		r := Read(s)
		require.Equal(t, CaseTrafficking, r.CaseType, "%q", s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q %v", s, r.Danger)
	}
	for _, s := range []string{
		"دل کو چین نہیں آتا، بیٹا دبئی میں ہے",
		"بیٹا دبئی سے واپس آیا تو ہمیں چین آیا",
		"ab chain se so jao, beta Dubai pohanch gaya",
	} {
		require.NotContains(t, Read(s).Entities.Countries, "CN", "%q", s)
	}
	require.Equal(t, []string{"CN"}, Read("میرا بھائی چین میں کام کرتا ہے").Entities.Countries)
}

// blind27's false emergency, read as a family: a worker abroad, unpaid or
// with papers expired, who hides indoors for fear of the police, with no
// harm, threat or holding told, is urgent; the same worker locked in or
// beaten stays an emergency.
func TestFixB27HidingFromPoliceIsUrgent(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"my husband is in Malaysia on a palm oil estate, employer not paid 4 months and now says his permit is expired, he hides in the workers quarters",
		"mera bhai Saudia me hai, iqama khatam ho gaya, 5 mahine se tankhwa nahi mili, police ke darr se bahar nahi nikalta",
		"میرا بیٹا دبئی میں ہے، ویزا ختم ہو گیا ہے، تین مہینے سے تنخواہ نہیں ملی، پولیس کے ڈر سے باہر نہیں نکلتا",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q %v", s, r.Danger)
	}
	for _, s := range []string{
		"my husband is in Malaysia, permit expired, he hides in the quarters and the supervisor beat him yesterday, he is bleeding",
		"میری بہن ریاض میں ہے اور صرف رات کو چھپ کر میسج کرتی ہے، بہت ڈری ہوئی ہے، ایجنٹ نے اسے بیچ دیا",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
}

// A number written the local way after a roommate or a colleague abroad
// is read in the one named country where it is a mobile (blind27 EN-007);
// a Pakistani mobile beside the same words stays Pakistani.
func TestFixB27PeerAbroadNumber(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, want string }{
		{"brother fell from scaffolding in Jeddah, company not taking him to hospital. his room mate number 0562 118 430", "+966562118430"},
		{"bhai Riyadh me beemar hai, uske saathi ka number 0553812047", "+966553812047"},
		{"ابو ریاض میں بیمار ہیں، ان کے ساتھی کا نمبر ۰۵۵۳۸۱۲۰۴۷", "+966553812047"},
		{"bhai Riyadh me hai, uske roommate ka number 0300 1234567", "+923001234567"},
	} {
		require.Equal(t, []string{c.want}, Read(c.text).Entities.Phones, "%q", c.text)
	}
}

// blind27's amounts as families: a round price written without grouping
// ("for 20000", "28000 me"); money cut from an account; "2000 more" in the
// currency of the sum before it; yen in Urdu; instalments and boys counted,
// not paid.
func TestFixB27Amounts(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		want []Amount
	}{
		{"a man says he is from OEC and will put my name in Korea list for 20000", []Amount{{Value: 20000, Currency: "PKR"}}},
		{"medical sirf unki lab se karwaya 28000 me jabke baqi jagah 8000 me hota hai", []Amount{{Value: 28000, Currency: "PKR"}, {Value: 8000, Currency: "PKR"}}},
		{"I put my details on a fake site then 32000 cut from my account", []Amount{{Value: 32000, Currency: "PKR"}}},
		{"fake site pe details dali, 45000 account se kat gaye", []Amount{{Value: 45000, Currency: "PKR"}}},
		{"I paid 3,500 pounds in 2 instalments to a bank account in Lahore, now they want 2000 more for BRP fee", []Amount{{Value: 3500, Currency: "GBP"}, {Value: 2000, Currency: "GBP"}}},
		{"kehta hai jaapan me naukri hai ۳ لاکھ ین تنخواہ", []Amount{{Value: 300000, Currency: "JPY"}}},
		{"جاپان میں ۳ لاکھ ین تنخواہ، فیس ۹ لاکھ", []Amount{{Value: 300000, Currency: "JPY"}, {Value: 900000, Currency: "PKR"}}},
		{"maine 1.2 lac easypaisa kiya 2 kist me, ab kehta hai 50k aur do", []Amount{{Value: 120000, Currency: "PKR"}, {Value: 50000, Currency: "PKR"}}},
		{"collecting 1.5 lakh each from boys for Romania. About 30 boys gave", []Amount{{Value: 150000, Currency: "PKR"}}},
		{"ہر لڑکے سے ڈیڑھ لاکھ لیے، ۲۰ لڑکوں نے دیے", []Amount{{Value: 150000, Currency: "PKR"}}},
	} {
		got := Read(c.text).Entities.Amounts
		require.Len(t, got, len(c.want), "%q %v", c.text, got)
		for i := range got {
			require.Equal(t, c.want[i].Value, got[i].Value, "%q", c.text)
			require.Equal(t, c.want[i].Currency, got[i].Currency, "%q", c.text)
		}
	}
	// neighbours: a year, a count, and a second sum "and" a fee of its own
	for _, c := range []struct {
		text string
		want []Amount
	}{
		{"he went for 2019 batch", nil},
		{"salary 6000 riyal. Apni CNIC copy aur 15,000 processing fee bhejein", []Amount{{Value: 6000, Currency: "SAR"}, {Value: 15000, Currency: "PKR"}}},
	} {
		got := Read(c.text).Entities.Amounts
		require.Len(t, got, len(c.want), "%q %v", c.text, got)
		for i := range got {
			require.Equal(t, c.want[i].Currency, got[i].Currency, "%q", c.text)
		}
	}
}

// A danger over and done, told as a memory or beside thanks for the work,
// is no report (blind27 UR-043, RU-043); the same told with a complaint
// against the agent keeps its case; scam work done on Facebook is no
// news (EN-012).
func TestFixB27PastStoryAndFacebookWork(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"میرا بھائی دو سال پہلے ایران کے راستے گیا تھا، راستے میں بہت مار کھائی، اللہ کا شکر ہے واپس آ گیا۔ بس آپ کا پیج دیکھ کر یاد آ گیا",
		"mera bhai 2019 me Greece ke jungle se pakra gaya tha, deport ho ke aaya. ab Alhamdulillah Dubai me legal kaam karta hai. aap log acha kaam kar rahe ho",
		"my uncle went to Greece through Iran in 2015, he was beaten on the way but thank God he came back. keep it up, you are doing good work",
	} {
		require.Equal(t, CaseOther, Read(s).CaseType, "%q", s)
	}
	r := Read("My son went to Sihanoukville for a chat support job. They took his passport on the first day. The work is cheating people on facebook, 14 hours, they say he owes 2500 dollars")
	require.NotEqual(t, UrgencyRoutine, r.Urgency, "%v", r.Danger)
	require.NotEqual(t, UrgencyRoutine, Read("beta Cambodia me hai, unhone passport le liya, facebook pe logon ko dhoka dene ka kaam karwate hain").Urgency)
}

// A document whose barcode or QR code does not scan, or whose stamp comes
// with the English misspelt, is forged (blind27 UR-036), in three
// languages; an offer letter with bad spelling alone stays an offer.
func TestFixB27ForgedDocumentSigns(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ایجنٹ نے ملائیشیا کا ورک پرمٹ بھیجا ہے، اس پر مہر ہے لیکن سپیلنگ غلط ہیں اور بارکوڈ سکین نہیں ہوتا۔ ۵۰ ہزار دیے تھے",
		"agent ne Dubai ka visa bheja hai lekin uska barcode scan nahi hota, 2 lakh diye the",
		"the agent sent my Saudi work visa on whatsapp but the QR code does not scan, I paid 3 lakh",
	} {
		require.Equal(t, CaseDocumentFraud, Read(s).CaseType, "%q", s)
	}
	require.NotEqual(t, CaseDocumentFraud, Read("got an offer letter from a Dubai company, the spelling is wrong everywhere, they want 50000 fee").CaseType)
}
