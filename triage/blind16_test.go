package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A person the keepers say they will keep "until" the money comes, in any
// spelling ("tab tak rakhen gy jab tak ... ni dety", "رکھیں گے جب تک"), is
// held for ransom (blind16 RU-005); a passport kept until the rest is paid
// is no person held.
func TestKeptUntilPaidSpellings(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"beta ko tab tak rakhen gy jab tak dedh lakh ni dety, quetta me kisi ghar me hy",
		"bhai ko tb tak rakhenge jb tak 3 lakh nahi bhejte, kehte hain",
		"mere shohar ko wo log tab tak rokenge jab tak baqi paise nahi dete",
		"wo keh rahe hain larkay ko rakhengy jab tak do lakh na do",
		"میرے بیٹے کو تب تک رکھیں گے جب تک ڈیڑھ لاکھ نہیں دیتے، کوئٹہ میں کسی گھر میں ہے",
		"کہتے ہیں بھائی کو رکھیں گے جب تک ۳ لاکھ نہیں بھیجتے",
		"they said they will hold my brother till we pay 3 lakh more, he is in a house in Quetta",
		"smuggler says he will keep my son until you send the remaining 2 lakh",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
		require.Equal(t, CaseRansom, r.CaseType, "%q", s)
	}
	for _, s := range []string{
		"agent ne passport tab tak rakhen ge jab tak baqi paise nahi dete",
		"ایجنٹ پاسپورٹ تب تک رکھے گا جب تک باقی پیسے نہیں دیتے",
		"company will keep your visa file until you pay 50000 fee",
		"Agency will hold your passport till you pay the remaining 40000",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
		require.NotEqual(t, CaseRansom, r.CaseType, "%q", s)
	}
}

// "Not letting go" in Roman Urdu's other spellings ("jany ni dety",
// "janay nahi detay") is being kept in (blind16 RU-004).
func TestNotLettingGoSpellings(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"mainy apny bhai ko dubai bheja tha, last msg tha k ye log jany ni dety, phone band hy 1 hafty se",
		"beti saudi me hai, kehti hai madam bahar janay nahi detay",
		"wo log usay ghar jany nai dety, Oman me hai",
		"bhai kehta hai ye jany nhi detey, Malaysia me phansa hai",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
		require.Contains(t, r.Situations, "confined", "%q", s)
	}
}

// A smuggler's "send more and we take him on to Turkey" (aage Turkey le
// jayenge, آگے ترکی لے جائیں گے) is a price to go on from a safe house,
// not a threat to take someone away (blind16 UR-043): urgent.
func TestTakenOnwardIsNoThreat(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"بھائی ایران میں کسی سیف ہاؤس میں ہے، ایجنٹ کہتا ہے ایک لاکھ اور بھیجو تو آگے ترکی لے جائیں گے",
		"بیٹا تہران کے سیف ہاؤس میں ہے، ایجنٹ کہتا ہے پچاس ہزار اور دو پھر آگے یونان لے جائیں گے",
		"bhai Iran me safe house me hai, agent kehta 1 lakh aur bhejo to aage Turkey le jayenge",
		"beta safe house me hai Tehran me, dalal bolta hai aur paise do phir agay Turkey le jaenge",
		"my brother is in a safe house in Iran, the agent says send 1 lakh more and they will take him on to Turkey",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q: %v", s, r.Danger)
		require.Equal(t, CaseSmuggling, r.CaseType, "%q", s)
	}
	// Taken away, with nowhere onward named, stays a threat.
	r := Read("بھائی ایران میں ہے، ایجنٹ کہتا ہے پیسے نہیں بھیجے تو اسے لے جائیں گے")
	require.Equal(t, UrgencyEmergency, r.Urgency, "%v", r.Danger)
}

// An office or shop locked is the recruiter gone, no one locked in
// (blind16 EN-043).
func TestOfficeLockedIsNoConfinement(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"They took 40,000 registration for Romania jobs. Office in Rawalpindi Saddar now locked and phone off",
		"paid 60k for Poland visa, their office in Blue Area is now locked, nobody answers",
		"the agency office was sealed and the shop is locked, we paid 2 lakh for Saudi",
		"office ab locked hai, 50 hazar le gaye Dubai ke naam pe",
		"دفتر پر تالا لگا ہے، دبئی کے لیے ایک لاکھ لے گئے",
		"dafter pe tala hai aur number band, 80 hazar diye the",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
		require.NotContains(t, r.Situations, "confined", "%q", s)
	}
	for _, s := range []string{
		"we are locked in a room in the office in Dubai, they beat us",
		"humein office ke kamre mein band kar diya hai Riyadh mein",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
}

// A question about a lawful step itself (when the Protector's office opens,
// whether OPF insurance is compulsory, how many days a visa takes after the
// protector), with nothing to check beside it, reports nothing: other
// (blind16 EN-016, EN-041, UR-012). An agent's price for the same step is a
// check of the agent.
func TestLawfulStepQuestionsAreOther(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"The Protector office in Peshawar was band today, when will it open? I need stamp for my Qatar visa",
		"protector office Lahore kab khulega? Saudi visa pe stamp lagwana hai",
		"پروٹیکٹر کا دفتر کب کھلے گا؟ عمان کے ویزے پر مہر لگوانی ہے",
		"how do I get the OPF insurance before going to Qatar? is it compulsory",
		"kya OPF insurance zaroori hai Dubai jane se pehle? kaise milti hai",
		"کیا او پی ایف انشورنس لازمی ہے؟ سعودیہ جانا ہے",
		"یہ گرمی تو جان لے رہی ہے۔ ویسے کویت کا ویزا پروٹیکٹر کے بعد کتنے دن میں لگتا ہے؟",
		"protector ke baad kitne din me visa lagta hai Kuwait ka?",
		"how many days after protector does the Saudi visa get stamped?",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, "%q: %v", s, r.Model)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q", s)
	}
	for _, s := range []string{
		"agent says protector ke baad 15 din me visa lagega, 2 lakh do, sahi hai?",
		"the agent asks 60,000 for OPF insurance, is it compulsory? 0300-1234567",
	} {
		r := Read(s)
		require.NotEqual(t, CaseOther, r.CaseType, "%q", s)
	}
}

// Stranded abroad with one's visa or iqama expired is urgent, whatever else
// is said (blind16 EN-046, RU-043); either alone, or an expired visa told
// from home, is not made urgent by it.
func TestStrandedWithPapersExpiredIsUrgent(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Stranded in Baku, company closed, visa expired, 6 of us from Swat. need help to come back",
		"we are stuck in Muscat, the company shut down and our iqama expired, 9 Pakistanis",
		"Bahrain me company band ho gayi, hum 12 log phanse hue hain, visa bhi khatam, koi madad",
		"bhai Malaysia me phasa hua hai, company bhag gayi, visa khtm ho gaya",
		"hum Oman me phanse hain, iqama expire ho gaya aur kafeel ghaib",
		"بحرین میں کمپنی بند ہو گئی، ہم بارہ لوگ پھنسے ہوئے ہیں، ویزا بھی ختم",
		"ابو ملائیشیا میں پھنس گئے ہیں، ویزے ختم ہو گئے، کمپنی والے غائب",
		"Azerbaijan me phanse hue hain 6 log, visa khatam ho gaya, wapis aana hai",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q: %v", s, r.Danger)
		require.Equal(t, CaseWorkerDistress, r.CaseType, "%q", s)
	}
	for _, s := range []string{
		"main Lahore me traffic me phansa hua hun, late ho jaunga",
		"my visa expired last year, now I am in Pakistan, can I apply again for Dubai?",
	} {
		r := Read(s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q: %v", s, r.Danger)
	}
}

// Papers or a phone taken, told with "they don't hit her" and nothing of
// being kept in, is urgent: the model must be sure to raise it (blind16
// EN-045). Not being hit frees no one locked in.
func TestNotHitWithPapersTakenIsUrgent(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"My sister works in a house in Beirut, madam took her phone and passport, she calls from neighbours phone once a week. She says they dont hit her",
		"my wife is a maid in Riyadh, the sponsor has her passport and mobile, she says they do not beat her",
		"behan Kuwait me ghar ka kaam karti hai, madam ne passport aur phone le liya, kehti hai maarte nahi hain",
		"beti Oman me hai, kafeel ne passport rakh liya, hafte me ek dafa call karti hai, kehti hai hath nahi lagate",
		"میری بہن بیروت میں ایک گھر میں کام کرتی ہے، مالکن نے پاسپورٹ اور فون لے لیا، کہتی ہے مارتے نہیں",
		"بیوی ریاض میں ہے، کفیل نے پاسپورٹ رکھ لیا ہے، کہتی ہے ہاتھ نہیں لگاتے",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q: %v", s, r.Danger)
	}
	for _, s := range []string{
		"my sister is a maid in Beirut, they took her passport and they dont hit her but they lock her in the room",
		"behan Kuwait me hai, passport le liya, maarte nahi magar kamre me band rakhte hain",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
}

// A salary said twice, first with a currency of two words ("۱۲۰۰ سعودی
// ریال", "1500 saudi riyal"), then bare, is two sums in that currency; "mil"
// apart from its number is Roman Urdu's "get" ("800 mil rahi hai"), not a
// million (blind16 UR-047).
func TestSalaryTwiceInRiyal(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		want []Amount
	}{
		{"او ای پی نے کہا تھا تنخواہ ۱۲۰۰ سعودی ریال ہوگی، یہاں ۸۰۰ مل رہی ہے", []Amount{{Value: 1200, Currency: "SAR"}, {Value: 800, Currency: "SAR"}}},
		{"تنخواہ ۱۵۰۰ ریال بتائی تھی، یہاں ۹۰۰ ملتے ہیں", []Amount{{Value: 1500, Currency: "SAR"}, {Value: 900, Currency: "SAR"}}},
		{"OEP ne 1500 saudi riyal kaha tha, ab 900 milte hain", []Amount{{Value: 1500, Currency: "SAR"}, {Value: 900, Currency: "SAR"}}},
		{"salary 1200 riyal bataya tha, yahan 800 mil rahi hai", []Amount{{Value: 1200, Currency: "SAR"}, {Value: 800, Currency: "SAR"}}},
		{"tankhwa 1800 saudi rial thi contract me, 1000 mil rahe hain", []Amount{{Value: 1800, Currency: "SAR"}, {Value: 1000, Currency: "SAR"}}},
		{"the contract said 1600 qatari riyal, they pay 1100", []Amount{{Value: 1600, Currency: "QAR"}, {Value: 1100, Currency: "QAR"}}},
		{"promised 2000 Saudi riyals a month, getting only 1200 here", []Amount{{Value: 2000, Currency: "SAR"}, {Value: 1200, Currency: "SAR"}}},
		{"is mahine ki salary 45,000 mil gayi", []Amount{{Value: 45000, Currency: "PKR"}}},
	} {
		got := Extract(c.text).Amounts
		require.Len(t, got, len(c.want), "%q: %v", c.text, got)
		for i, w := range c.want {
			require.Equal(t, w.Value, got[i].Value, "%q: %v", c.text, got)
			require.Equal(t, w.Currency, got[i].Currency, "%q: %v", c.text, got)
		}
	}
	got := Extract("he says 5mil dollars").Amounts
	require.Len(t, got, 1)
	require.Equal(t, 5e6, got[0].Value)
}

// An ordeal over and done at smugglers' hands, told to warn others, keeps
// the case type its words name: smuggling, not the model's second guess
// (blind16 EN-013).
func TestPastOrdealBySmugglersIsSmuggling(t *testing.T) {
	t.Parallel()
	// (blind16 EN-013 itself, "... Now I am back home in Gujrat and working
	// in my uncle's shop. I want to share my story to warn other boys", is
	// a memory shared since the thirty-third session: settled into a life
	// of one's own, nothing asked, as B233-EN-029, B234-UR-033 and
	// B235-EN-029 label the same telling; TestSession33Triage)
	for _, s := range []string{
		"Three years ago smugglers kept me in a house in Libya and beat me. Now I am back home in Sialkot. I want to tell other boys not to go",
		"2 saal pehle Libya me smugglers ne ek farm pe band rakha aur maara, ab wapis Gujrat aa gaya hun, baqi larkon ko batana chahta hun",
		"pichle saal dunki me Iran border pe smugglers ne ek kamre me band rakha tha aur maara, ab ghar aa gaya hun, doosron ko khabardar karna hai",
		"دو سال پہلے لیبیا میں اسمگلروں نے مجھے ایک فارم پر بند رکھا اور مارا، اب گجرات واپس آ گیا ہوں، دوسرے لڑکوں کو خبردار کرنا چاہتا ہوں",
		"پچھلے سال ڈنکی میں ایران میں اسمگلروں نے قید رکھا اور مارا، اب گھر واپس آ گیا ہوں",
	} {
		r := Read(s)
		require.Equal(t, CaseSmuggling, r.CaseType, "%q: %v", s, r.Model)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
}

// A protector stamp the agent put on himself ("مہر خود لگا دی", "mohar
// khud laga di"), or "no need to go to the office", is forged, even asked
// "is it real?" (blind16 UR-045); asking whether one must go is a question.
func TestProtectorStampByTheAgentIsForged(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ایجنٹ نے پاسپورٹ پر پروٹیکٹر کی مہر خود لگا دی، کہتا ہے دفتر جانے کی ضرورت نہیں۔ یہ اصلی ہے؟",
		"ایجنٹ نے پروٹیکٹر کی مہر لگا کر دی ہے، کیا یہ اصلی ہے؟",
		"agent ne passport pe protector ki mohar khud laga di, kehta hai office jane ki zaroorat nahi. ye asli hai?",
		"agent ne protector ki stamp laga ke di, bureau jaane ki zaroorat nahi thi",
		"dalal ne protector ki mohr khud lagai hai, bureau jane ki zarurat nahi boli",
		"the agent put the protector stamp himself, says no need to go to the office. is it real?",
		"he stamped the protector himself on my passport, is this valid?",
	} {
		r := Read(s)
		require.Equal(t, CaseDocumentFraud, r.CaseType, "%q: %v", s, r.Model)
	}
	r := Read("protector stamp kab lagti hai? office jane ki zaroorat hai kya?")
	require.NotEqual(t, CaseDocumentFraud, r.CaseType)
}

// An advert that asks for a CNIC and a photo to be sent by WhatsApp ("bas
// CNIC aur photo whatsapp karein") asks for personal data (blind16 RU-036;
// the table's convention); "whatsapp karein" for details alone does not.
func TestDataSentByWhatsAppIsAsked(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"JAPAN JOBS. Factory worker salary 4 lakh mahana. Visa guaranteed. bas CNIC aur photo whatsapp karein 0340-5566112",
		"Dubai jobs, apna shanakhti card aur tasveer whatsapp kro 0301-1234567",
		"دبئی نوکری، شناختی کارڈ اور تصویر واٹس ایپ کریں ۰۳۰۰۱۲۳۴۵۶۷",
		"Saudi driver jobs, CNIC aur photo whatsapp kar dein 0345-1112223",
	} {
		r := Read(s)
		require.Contains(t, flagCodes(r), FlagPersonalData, "%q", s)
	}
	r := Read("Qatar jobs, for details whatsapp karein 0300-1234567")
	require.NotContains(t, flagCodes(r), FlagPersonalData)
}
