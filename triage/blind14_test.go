package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// cueFound reports whether the lexicon's cue key is read in text.
func cueFound(text, key string) bool {
	e := Extract(text)
	a := newAnalysis(text, e.Amounts)
	a.collect(lex.all)
	return a.cue(key)
}

// Months of wages not sent home are wages withheld, not a person gone
// silent: "8 mahine se tankha ghar nahi bheji" has the shape of "8 din se
// koi khabar nahi" (blind14 RU-045, read as an emergency from it).
func TestWagesNotSentAreNotSilence(t *testing.T) {
	t.Parallel()
	wages := []string{
		"bhai Dubai me driver hai, 5 mahine se salary ghar nahi bheji company ne, roz baat hoti hai",
		"abbu Qatar mein hain, 4 mahine se tankhwa nahi mili, baat hoti rehti hai",
		"meri beti Riyadh me kaam karti hai, 3 mahine se tankha nahi di unhon ne",
		"Abu Dhabi me company ne 3 mahine se salry nahi di, hum bahar ja sakte hain",
		"میری بہن سعودیہ میں گھر کا کام کرتی ہے، چھ مہینے سے تنخواہ نہیں ملی، فون پر بات ہوتی ہے",
		"میرے شوہر دبئی میں ہیں، 4 مہینے سے تنخواہ گھر نہیں بھیجی",
		"My sister is a maid in Riyadh, for 7 months no salary, we talk on the phone",
		"my husband is in Kuwait, his salary not sent for 5 months, he calls every week",
	}
	for _, s := range wages {
		require.False(t, cueFound(s, "k_gone"), s)
	}
	requireUrgency(t, UrgencyUrgent, wages)
	for _, s := range []string{
		"bhai Dubai me hai, 3 mahine se rabta nahi, salary bhi nahi mili",
		"beta Oman gaya tha, 5 din se koi khabar nahi",
		"دس دن سے رابطہ نہیں، تنخواہ بھی نہیں ملی تھی",
		"for 2 weeks no contact with my son in Libya",
	} {
		require.True(t, cueFound(s, "k_gone"), s)
	}
}

// One hurt or ill who is cared for now (in treatment the employer pays
// for) or one who says they are free now is safe now: the danger words
// are over (blind14 EN-017, UR-046, UR-019). Care refused, or none
// named, is not.
func TestCaredForOrFreeNowIsSafe(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"My brother was beaten by the foreman in Riyadh, he is in hospital now and the company is paying, my cousin is with him",
		"bhai ko Dubai me supervisor ne mara tha, ab hospital me hai, company ilaj karwa rahi hai",
		"abbu ko Saudia me chot lagi thi, kafeel ne ilaj karwaya, ab theek ho rahe hain",
		"والد عمان میں بیمار ہیں، کمپنی نے علاج کروایا، اب واپس آنا چاہتے ہیں",
		"شوہر کو سعودیہ میں مارا تھا، اب علاج ہو رہا ہے اور کمپنی نے خرچ اٹھایا",
		"main do saal bhatte pe qaid thi, ab azad hun aur silai karti hun",
		"میں تین سال پہلے بھٹے پر قید تھی، اب آزاد ہوں",
		"I was locked in by my employer in Lahore two years ago, I am free now",
	} {
		require.True(t, cueFound(s, "ctx_safe_now"), s)
		require.NotEqual(t, UrgencyEmergency, Read(s).Urgency, s)
	}
	for _, s := range []string{
		"bhai ko Dubai me supervisor ne mara, company ilaj nahi karwa rahi, wo kamre me band hai",
		"کمپنی نے علاج نہیں کروایا، وہ کمرے میں بند ہے",
		"my brother was beaten and is in hospital, the company is not paying and they won't let us see him",
		"the company paid 5 lakh to the agent, they beat him",
	} {
		require.False(t, cueFound(s, "ctx_safe_now"), s)
	}
	requireUrgency(t, UrgencyEmergency, []string{
		"my brother was beaten and is in hospital, the company is not paying and they won't let us see him",
		"کمپنی نے علاج نہیں کروایا، وہ کمرے میں بند ہے",
	})
}

// A question about the law ("is working on a visit visa a crime?", "what
// is the law on peshgi?"), asked with a mark or in words ("bas ye poochna
// hai"), with no agent, sum or danger now, is a question, not a report,
// even beside a danger over and done (blind14 UR-018, UR-019).
func TestLawQuestionIsOther(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseOther, []string{
		"kya visit visa pe kaam karna jurm hai?",
		"ویسے پوچھنا تھا کیا وزٹ ویزا پر کام کرنا جرم ہے؟",
		"Is working on a visit visa illegal in Dubai?",
		"bas ye poochna hai ke peshgi ka qanoon kya hai",
		"پیشگی کے بارے میں قانون کیا کہتا ہے؟",
		"what does the law say about peshgi at brick kilns?",
		"mujhe 5 saal pehle bhatte pe qaid rakha tha, ab azad hun. peshgi ka qanoon kya hai?",
		"I was kept at a kiln years ago, now I am free. What is the law on advance loans?",
	})
	for _, s := range []string{
		"agent ne 2 lakh liye aur visa nahi diya, kya visit visa pe kaam karna jurm hai?",
		"bhatta malik ne hamein band kar rakha hai, qanoon kya kehta hai?",
		"Our maid's daughter works in a house in Karachi, the family doesn't pay her and keeps her phone. Is this legal?",
	} {
		require.NotEqual(t, CaseOther, Read(s).CaseType, s)
	}
}

// One who sells visas, names his price for a visa or a job ("11 lakh
// lainda e", "takes 50,000 token money") or asks a sum with no office to
// be found recruits without a licence (blind14 EN-040, RU-040, RU-050);
// fake visas sold are document fraud, a licensed promoter's price or an
// online page's is not his.
func TestSellerOfVisasIsUnlicensedRecruiter(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseUnlicensedRecruiter, []string{
		"Mardan me ek banda Canada ke visa ke 5 lakh leta hai, koi office nahi",
		"ہمارے گاؤں میں ایک آدمی دبئی کے ویزے کے تین لاکھ لیتا ہے، کوئی دفتر نہیں",
		"A man in Gujrat takes 2,00,000 for Dubai visas, no office, he meets people at a tea shop",
		"ye banda Saudi ke visay bechta hai, 4 lakh mang raha hai",
		"وہ شخص عمان کے ویزے بیچتا ہے، دو لاکھ مانگ رہا ہے",
		"he sells Saudi visas from a mobile shop for 3 lakh",
		"Sialkot wala Rauf azad visa bech raha hai, mujh se 3 lakh maang raha hai",
		"saade pind ch ek banda Italy da visa 12 lakh lainda e, daftar koi nahi",
	})
	requireCase(t, CaseDocumentFraud, []string{
		"Someone in Saddar is selling fake Schengen visa stickers for 12 lakh",
	})
	for _, s := range []string{
		"licensed OEP Al Noor 2 lakh leta hai Saudi visa ka, receipt nahi di",
		"Facebook page 'Dubai Jobs' takes 50,000 registration through JazzCash",
	} {
		require.NotEqual(t, CaseUnlicensedRecruiter, Read(s).CaseType, s)
	}
}

// A sum said with a word of taking ("95,000 le chuka", "takes 50,000"),
// the currencies of Azerbaijan, Australia, Thailand and China, and no sum
// inside a reference code ("HSY-9KD2WX", "LE7719283"; blind14 EN-036,
// RU-016, RU-042, UR-049).
func TestAmountsTakenCodesCurrencies(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		want []Amount
	}{
		{"kisi ne Qatar ka visa bheja, 95,000 le chuka hy", []Amount{{Value: 95000, Currency: "PKR"}}},
		{"Shahid takes 50,000 token money for farm jobs", []Amount{{Value: 50000, Currency: "PKR"}}},
		{"وہ ایجنٹ 80,000 لے چکا ہے", []Amount{{Value: 80000, Currency: "PKR"}}},
		{"he must pay 3000 manat to get his passport back", []Amount{{Value: 3000, Currency: "AZN"}}},
		{"Baku me company 1200 manat salary deti hai", []Amount{{Value: 1200, Currency: "AZN"}}},
		{"salary 5000 AUD, fees sirf 9 lakh", []Amount{{Value: 5000, Currency: "AUD"}, {Value: 900000, Currency: "PKR"}}},
		{"تنخواہ 4000 آسٹریلین ڈالر", []Amount{{Value: 4000, Currency: "AUD"}}},
		{"Bangkok me 30000 baht salary", []Amount{{Value: 30000, Currency: "THB"}}},
		{"میری شکایت کا ریفرنس نمبر HSY-9KD2WX ہے", nil},
		{"complaint reference HSY-4KD7QZ, no reply yet", nil},
		{"ٹریکنگ LE7719283 پارسل پہنچ گیا", nil},
		{"salary 5000AED", []Amount{{Value: 5000, Currency: "AED"}}},
		{"Rs5000 diye", []Amount{{Value: 5000, Currency: "PKR"}}},
		{"salary 50k-60k", []Amount{{Value: 50000, Currency: "PKR"}, {Value: 60000, Currency: "PKR"}}},
	} {
		got := Extract(c.text).Amounts
		require.Len(t, got, len(c.want), "%s: %v", c.text, got)
		for i, w := range c.want {
			require.Equal(t, w.Value, got[i].Value, c.text)
			require.Equal(t, w.Currency, got[i].Currency, c.text)
		}
	}
}

// Money for Hajj, Umrah or a tour given to a travel agent is no job
// abroad: other (blind14 RU-046), unless work is named beside it.
func TestPilgrimageMoneyIsNoJob(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseOther, []string{
		"Umrah ke liye travel agent ko 3 lakh diye, ab wo bhaag gaya",
		"حج کے پیسے لے کر ٹریول ایجنٹ غائب ہو گیا",
		"the travel agency took 4 lakh for our Hajj package and cancelled",
		"ziyarat ka package liya tha Iraq ka, agent ne paise le liye aur flight nahi hui",
		"عمرہ پیکج کے لیے ایجنٹ کو دو لاکھ دیے، اب فون نہیں اٹھاتا",
	})
	for _, s := range []string{
		"Umrah visa pe le ja kar Saudi me kaam dilwate hain, 2.5 lakh naqad liye",
		"ایجنٹ نے عمرہ ویزے پر سعودیہ بھیج کر نوکری کا کہا، تین لاکھ لیے",
		"agent took 3 lakh, said go on Umrah visa and the job will be arranged there",
	} {
		require.NotEqual(t, CaseOther, Read(s).CaseType, s)
	}
}

// An agency's office shut, the money paid there in person: the
// recruiter is gone, an unlicensed recruiter whatever the model reads
// (blind14 UR-016).
func TestOfficeShutWithMoneyIsUnlicensed(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseUnlicensedRecruiter, []string{
		"ایجنسی کا دفتر بند ہے، ہم نے تین لاکھ دیے تھے اٹلی کے ویزے کے لیے",
		"agency ka office band ho gaya, 2 lakh diye the Saudi visa ke liye",
		"agent ka daftar band hai aur number bhi band, 1.5 lac liye the Dubai ke",
		"The Manpower office in Gujrat is closed, I paid them 1,80,000 for Oman",
		"دفتر پر تالا لگا ہے، ایجنٹ نے ڈیڑھ لاکھ لیے تھے قطر کے ویزے کے",
	})
}

// One sold on or held while "until you pay, he stays" is said is held for
// ransom (blind14 UR-007): the demand is read as more money wanted for
// the person; a fee asked before a visa at home is not a person held.
func TestUntilYouPayHeldIsRansom(t *testing.T) {
	t.Parallel()
	requireCase(t, CaseRansom, []string{
		"agent ne bhai ko aage bech diya, ab Iraq me kisi aur ke paas hai, kehta hai jab tak 2000 dollar nahi doge wapis nahi aayega",
		"ایجنٹ نے بھائی کو آگے بیچ دیا، اب وہ عراق میں ہے، کہتا ہے جب تک پیسے نہیں بھیجو گے نہیں چھوڑیں گے",
		"میرے بیٹے کو لیبیا میں کمرے میں بند کیا ہے، کہتے ہیں جب تک تین لاکھ نہیں دو گے واپس نہیں آئے گا",
		"beta Iran me ek ghar me band hai, wo kehte hain jab tak paise nahi bhejoge nahi chhorenge",
	})
	for _, s := range []string{
		"jab tak fees nahi doge visa nahi lagega",
		"agent kehta hai jab tak 50 hazar nahi doge protector nahi hoga",
	} {
		r := Read(s)
		require.NotEqual(t, CaseRansom, r.CaseType, s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, s)
	}
}
