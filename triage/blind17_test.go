package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Money a relative sends home from abroad is no payment for a job: the
// country is where it comes from, not an offer (blind17 RL-032). Money sent
// from abroad to an agent, or with a visa or a job named, is still read.
func TestRemittanceFromAbroadIsNoReport(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"bhai ne Dubai se 50 hazar bheje hain, kal bank se nikalwa lena",
		"abbu ne Saudia se 35 hazar bhejay hain western union se, ammi ko de dena",
		"Chachu ne Qatar sy 20k bheje, Easypaisa pe aa gaye",
		"My brother sent 60,000 from Riyadh through Western Union, I will collect it tomorrow",
		"Husband sent money from Dubai via the bank, 45,000 came today",
		"Received 500 dirham from Sharjah on JazzCash, thanks bhaijan",
		"بھائی نے سعودیہ سے ۴۰ ہزار بھیجے ہیں، کل بینک سے نکلوا لوں گی",
		"ابو نے دبئی سے پیسے بھیجے ہیں ویسٹرن یونین سے، کل جا کر لے آنا",
		"ماموں نے قطر سے 25 ہزار بھیجے، امی کو دے دو",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, "%q: %v", s, r.Model)
		require.Empty(t, r.Flags, s)
	}
	for _, s := range []string{
		"bhai ne Dubai se agent ko 2 lakh bheje visa ke liye, ab agent ka phone band hai",
		"I sent 1 lakh from Riyadh to the agent for my brother's work visa, he disappeared",
		"بھائی نے دبئی سے ایجنٹ کو ویزے کے لیے دو لاکھ بھیجے، اب فون بند ہے",
	} {
		r := Read(s)
		require.NotEqual(t, CaseOther, r.CaseType, s)
	}
}

// A fee named in a school's or a shop's advert, with no job, country or
// agent, is no offer (blind17 RL-025), and a price by the month is a sum;
// a fee asked for a job abroad still is.
func TestFeeAloneInAnAdvertIsNoOffer(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Admissions open! Bright Future Academy, apne bachon ka mustaqbil humare hawale karein. Fee sirf 3500/month. 0301 2233445",
		"Little Angels Montessori: admission fee 2000, monthly fee 4000 per month, call 0333 1122334",
		"Quran academy online classes, fees only 1500 per month, contact 0345 6677889",
		"داخلے جاری ہیں! الفلاح اسکول، فیس صرف 3000 ماہانہ، رابطہ 0300 1234567",
		"Gym membership fee sirf 2500/month, ladies timing 10 se 1",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, "%q: %v", s, r.Model)
		require.Empty(t, r.Flags, s)
	}
	for _, s := range []string{"Fee sirf 4500/month", "fees 1500 per month", "fee 300 per day"} {
		require.NotEmpty(t, Extract(s).Amounts, s)
	}
	for _, s := range []string{
		"Saudi driver job, processing fee 25000 pehle jama karwayen, WhatsApp 0300 1234567",
		"دبئی میں نوکری، فیس پچاس ہزار پہلے جمع کروائیں",
	} {
		r := Read(s)
		require.NotEqual(t, CaseOther, r.CaseType, s)
	}
}

// Overtime unpaid while the salary comes is no salary withheld: the blind
// and corpus writers call such underpayment routine (blind17 EN-040); a
// salary not paid still is withheld.
func TestOvertimeUnpaidIsNotWagesWithheld(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"my husband works in Sharjah, salary comes but overtime not paid for 3 months",
		"company pays basic salary on time, overtime never paid. Dubai",
		"Qatar me bhai ki tankha time pe aati hai, overtime ka paisa nahi milta",
		"bhai Riyadh me hai, overtime ke paise nahi dete, salary theek aati hai",
		"شوہر دبئی میں ہیں، تنخواہ وقت پر ملتی ہے لیکن اوورٹائم کے پیسے نہیں ملتے",
	} {
		r := Read(s)
		require.NotContains(t, r.Situations, "wages_withheld", s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, s)
	}
	for _, s := range []string{
		"my husband in Sharjah has not been paid for 4 months",
		"bhai ko Riyadh me 3 mahine se tankhwah nahi mili",
		"شوہر کو دبئی میں تین مہینے سے تنخواہ نہیں ملی",
	} {
		require.Contains(t, Read(s).Situations, "wages_withheld", s)
	}
}

// A threat of the law, to hand someone to the police or put a false case
// on a family, is a threat (urgent), not someone held now (blind17 RL-015,
// EN-015).
func TestLegalThreatIsUrgentNotHeld(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"beta dunki se Greece gaya tha, ab agent kehta hai baqi 5 lakh do warna bete ko wahan police ke hawale kar denge",
		"agent ke bande ghar aaye, kehte hain baqi 3 lakh do warna bhai ko Italy me police k hawale kardenge",
		"smuggler says pay the rest or he will get my brother arrested in Greece",
		"the agent who sent my son to Greece says if we go to FIA he will put a false case on us",
		"agent ne dhamki di hai ke FIA gaye to hum par jhoota case dalwa dega, bhai Spain pohanch chuka hai",
		"ایجنٹ کہتا ہے باقی پیسے دو ورنہ تمہارے بیٹے کو یونان میں پولیس کے حوالے کر دیں گے",
		"اگر ایف آئی اے میں شکایت کی تو جھوٹے مقدمے میں پھنسا دوں گا، ایجنٹ نے کہا۔ بھائی یونان میں ہے",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q: %v", s, r.Danger)
		require.NotContains(t, r.Situations, "confined", s)
	}
}

// A child taken from home to work in a house in Pakistan and beaten or
// starved is forced labour, by the corpus's policy for a child forced to
// work here (blind17 UR-005).
func TestChildMadeToWorkHereIsForcedLabour(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ہمارے گاؤں کی دس سال کی بچی کو لاہور میں گھر کے کام کے لیے لے گئے، وہ لوگ اسے مارتے ہیں",
		"میری بھانجی گیارہ سال کی ہے، اسلام آباد میں ایک گھر میں کام کرتی ہے، مالکن مارتی ہے اور کھانا نہیں دیتی",
		"hamare gaon ki 12 saal ki bachi ko Karachi me ghar ke kaam ke liye le gaye, woh log usay maarte hain aur khana nahi dete",
		"meri 11 saal ki beti Lahore me ek ghar me kaam karti hai, begum sahiba maarti hai",
		"a 12 year old girl from our village works as a maid in a house in Karachi, they beat her and give no food",
		"my neighbour's 10 year old son works in a workshop in Faisalabad, the owner beats him",
	} {
		r := Read(s)
		require.Equal(t, CaseForcedLabour, r.CaseType, "%q: %v", s, r.Model)
		require.Equal(t, UrgencyEmergency, r.Urgency, s)
	}
}

// When the protector's office opens is a question about a lawful step,
// no report (blind17 UR-023).
func TestOfficeTimingsQuestionIsOther(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"کیا لاہور کا پروٹیکٹر آفس ہفتے کو کھلا ہوتا ہے؟ سعودی ویزے پر مہر لگوانی ہے",
		"پروٹیکٹر دفتر کے اوقات کیا ہیں؟ کل دبئی کا ویزا لگوانا ہے",
		"protector office Rawalpindi saturday ko khula hota hai? Saudi visa pe stamp lagwani hai",
		"Protector office ki timing kya hai? Qatar visa pe protector karwana hai",
		"When does the protector office in Karachi open? I need the stamp for my Saudi visa",
		"Is the protectorate office closed on Sunday? my Oman visa needs protector",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, "%q: %v", s, r.Model)
	}
}

// Protector stamps sold ready made, with no need to go to the
// Protectorate, are document fraud, however the seller puts it (blind17
// EN-049).
func TestReadyProtectorStampsAreDocumentFraud(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"men outside the passport office selling ready protector stamps for 15,000, no need to go to the Protectorate",
		"a shop in Saddar sells protector stamps, they say no need to go to protector office",
		"passport office ke bahar log ready protector 20 hazar me de rahe hain, kehte hain protectorate jane ki zaroorat nahi",
		"ek banda protector ki stamp bech raha hai 25 hazar me, fake lagta hai",
		"پاسپورٹ آفس کے باہر کچھ لوگ ریڈی پروٹیکٹر کی مہر بیس ہزار میں دے رہے ہیں، کہتے ہیں پروٹیکٹوریٹ جانے کی ضرورت نہیں",
		"یہاں ایک آدمی پروٹیکٹر کی مہر بیچ رہا ہے پندرہ ہزار میں",
	} {
		r := Read(s)
		require.Equal(t, CaseDocumentFraud, r.CaseType, "%q: %v", s, r.Model)
	}
}

// An agent whose office has been shut for days or weeks after he took the
// money ("3 lakh le k") is an unlicensed recruiter gone with it (blind17
// RL-024), not document fraud.
func TestOfficeShutAfterTakingMoney(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"agent ka office Gujranwala me 2 hafte se band hai, 3 lakh le k Saudi visa ka kaha tha, ab phone b off",
		"agent ka daftar 10 din se band hai, 2 lakh le kar Dubai ka visa dene ka kaha tha",
		"Sialkot wale agent ne 4 lakh le k Qatar bhejne ka wada kiya, office mahine se band hai",
		"the agent's office in Jhelum has been closed for weeks, he took 3 lakh for a Saudi visa",
		"ایجنٹ کا دفتر دو ہفتوں سے بند ہے، تین لاکھ لے کر سعودی ویزے کا کہا تھا",
	} {
		r := Read(s)
		require.Equal(t, CaseUnlicensedRecruiter, r.CaseType, "%q: %v", s, r.Model)
	}
}

// Families kept working for a debt, their CNICs with the landlord, are in
// debt bondage (urgent), not in immediate danger (blind14 UR-037, read
// again after blind17's lexicon).
func TestWorkForADebtIsBondage(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ہمارے گاؤں میں ایک زمیندار نے کئی خاندانوں کو قرض کے بدلے کام پر رکھا ہوا ہے، سب کے شناختی کارڈ اس کے پاس ہیں",
		"zamindar ne 8 gharanon ko qarz ke badle kaam pe rakha hua hai, sab ke shanakhti card us ke paas hain",
		"the landlord keeps ten families working off their debt near Sanghar",
	} {
		r := Read(s)
		require.Equal(t, CaseForcedLabour, r.CaseType, "%q: %v", s, r.Model)
		require.Contains(t, r.Situations, "debt_bondage", s)
	}
}

// One held who tells the family to send money is held while money is
// demanded for him: a ransom.
func TestHeldAskingFamilyToPay(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"bhai mujhe bachao, ghar walon ko bolo paise bhej dein, main Iran me ek ghar me band hun",
		"main Libya me qaid hun, abbu ko kaho 5 lakh bhejein warna ye maar denge",
		"مجھے ایران میں ایک کمرے میں بند کیا ہوا ہے، گھر والوں کو کہو پیسے بھیج دیں",
	} {
		r := Read(s)
		require.Equal(t, CaseRansom, r.CaseType, "%q: %v", s, r.Model)
		require.Equal(t, UrgencyEmergency, r.Urgency, s)
	}
}

// A question whether a passport can be made again, after a crossing over
// and done, is a question about a lawful step (blind17 UR-018).
func TestPassportAgainAfterDangerOverIsOther(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"میرا بھائی پچھلے سال ایران بارڈر پر پکڑا گیا تھا، اب گھر پر ہے۔ کیا اس کا پاسپورٹ دوبارہ بن سکتا ہے؟",
		"bhai 2 saal pehle Iran border pe pakra gaya tha, deport ho kar aaya, ab ghar pe theek hai. kya uska passport dobara ban sakta hai?",
		"my cousin was caught at the Turkey border last year and deported, he is home now. Can his passport be renewed?",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, "%q: %v", s, r.Model)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, s)
	}
}

// Trouble that only happens to a worker abroad, with the country named,
// places the person there: a death to bring home, no job found and put
// out of the hostel (blind17 UR-047, blind15 RL-044).
func TestDistressWithCountryIsAbroad(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ہمارے ماموں کا کل ریاض میں انتقال ہو گیا، میت واپس لانے کے لیے کس سے رابطہ کریں؟",
		"chacha ka Dammam me intiqal ho gaya, mayyat wapis lane ke liye kis se baat karein?",
		"My uncle died in Jeddah yesterday, how do we bring the body back? the kafeel is not answering",
		"bhai Baku gaya tha, wahan job nahi mili, paise khatam, hotel wale nikal rahe hain",
	} {
		r := Read(s)
		require.Equal(t, CaseWorkerDistress, r.CaseType, "%q: %v", s, r.Model)
		require.True(t, r.Abroad, s)
	}
}

// "Fine otherwise" is "apart from that", no threat ("or else"): blind17
// EN-040's model read "He is fine otherwise" as one.
func TestFineOtherwiseIsNoThreat(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"He is fine otherwise, we want to complain about the salary",
		"she is ok otherwise, only the salary is late",
		"otherwise he is healthy, just the overtime is not paid",
	} {
		e := Extract(s)
		a := newAnalysis(s, e.Amounts)
		a.collect(lex.all)
		require.False(t, a.cue("k_threat"), s)
	}
	for _, s := range []string{"pay 2 lakh otherwise we will hurt him", "send the money or else", "paise do warna bura hoga"} {
		e := Extract(s)
		a := newAnalysis(s, e.Amounts)
		a.collect(lex.all)
		require.True(t, a.cue("k_threat"), s)
	}
}

// Girls who have come back ("2 wapis aayi hain") tell of a danger over for
// them; with others about to go it is a warning, no emergency now
// (blind17 RL-050).
func TestThoseWhoCameBackAreNoEmergency(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"hamare mohalle me ek aurat larkiyon ko Dubai salon job k naam pe le jati hai, 2 wapis aayi hain keh rahi thi wahan ghalat kaam karwaya. ab phir 3 larkiyan jane wali hain",
		"ek agent larkon ko Malaysia factory job ke naam pe le jata hai, 3 wapis aaye hain kehte hain wahan maarte the. ab 5 aur ja rahe hain",
		"ہمارے محلے کی ایک عورت لڑکیوں کو دبئی لے جاتی ہے، دو واپس آئی ہیں کہتی ہیں وہاں غلط کام کروایا۔ اب پھر تین لڑکیاں جانے والی ہیں",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
		require.NotEqual(t, CaseOther, r.CaseType, s)
	}
}

// Document fraud needs a document named, however sure the model is: an
// agent who took the money and shut his office names none (the model read
// "agent" alone as document fraud at 90%).
func TestNoDocumentNoDocumentFraud(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"agent ka daftar band hai aur number bhi band, 1.5 lac liye the Dubai ke",
		"agent ne 2 lakh liye the Qatar bhejne ke, ab office pe tala hai",
		"the agent took 2 lakh for Dubai and his office has been shut for a week",
		"ایجنٹ نے دبئی بھیجنے کے دو لاکھ لیے تھے، اب دفتر بند ہے اور فون بھی بند",
	} {
		r := Read(s)
		require.NotEqual(t, CaseDocumentFraud, r.CaseType, "%q: %v", s, r.Model)
	}
	for _, s := range []string{
		"agent ne Italy ka visa diya, embassy ne kaha fake hai, 9 lakh liye the",
		"the offer letter has the airline's logo but HR says they never issued it",
		"ایجنٹ نے جو کانٹریکٹ دیا اس پر کمپنی کی مہر پرنٹ کی ہوئی ہے، کمپنی کہتی ہے ہم نے جاری نہیں کیا",
	} {
		require.True(t, func() bool {
			e := Extract(s)
			a := newAnalysis(s, e.Amounts)
			a.collect(lex.all)
			return a.cue("documents")
		}(), s)
	}
}
