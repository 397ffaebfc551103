package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Round blind18: what blind18's false emergencies taught the rules, each
// in three languages with neighbours that must not change.

// A house on a smuggler's way where the agent's men keep someone while
// they ask more money to take him on ("in a house in Istanbul, give 3 lakh
// more", "Quetta me ek ghar me ... 1.5L aur bhejo", blind18 EN-015,
// UR-016, RL-016) is the domain's safe house: urgent, as every such line
// of the corpus labels it (RU-0307, UR-0292, B4-RU-045). Harm, a threat to
// life or a kidnapping there stays an emergency.
func TestRound18HouseOnTheWayIsASafeHouse(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"the agent's men keep my son in a house in Van, they say give 2 lakh more for Greece. he says he is fine but they dont let him go out",
		"my brother is in a house in Tehran with the agent's people, they don't let him go out, they want 2 lakh more to take him across",
		"the smuggler keeps him in a flat in Istanbul, he cannot go out, pay 1 lakh more then they take him ahead",
		"میرا بیٹا تہران کے ایک گھر میں ہے، ایجنٹ کے آدمی باہر نہیں جانے دیتے، ترکی لے جانے کے لیے ڈیڑھ لاکھ اور مانگ رہے ہیں",
		"بھائی کوئٹہ کے ایک مکان میں ایجنٹ کے بندوں کے ساتھ ہے، باہر نہیں جانے دیتے، کہتے ہیں بارڈر پار کرانے کے لیے ایک لاکھ اور دو۔ ابھی مارا پیٹا نہیں",
		"beta Tehran me ek ghar me hai agent ke logon ke sath, bahar nahi nikalne dete, Turkey le jane ke liye 2 lakh aur do",
		"bhai Mashkel me aik ghar me hai dunki walon ke sath, bahar nai jane dete, border cross ke liye 80 hazar aur bhejo. abhi thik hai",
		"mera cousin Van me ek makan me hai agent ke bandon ke saath, bahir nahi jaane dete, Greece ke liye 3 lakh aur do bol rahe",
		"bhai Turbat me ek ghar me hai agent walon ke sath, bahar nahi jane dete, Iran cross ke liye 2.5L aur bhejo bol rahe",
		"beta Zahedan me aik ghar me hai, dunki wale bahar nahi nikalne dete, Turkey ke liye 80k aur bhejo",
		"my son is in a house in Van, the agent's men dont let him go out, they want 1.5L more for Greece",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q: %v", s, r.Danger)
	}
	for _, s := range []string{
		"the agent's men keep my son in a house in Van, give 2 lakh more or we kill him",
		"beta Tehran me ek ghar me band hai agent walon ne, roz maarte hain, 2 lakh aur do",
		"بھائی کوئٹہ کے ایک مکان میں ہے، باہر نہیں جانے دیتے، ایک لاکھ اور دو ورنہ مار دیں گے",
		"they kidnapped my brother and keep him in a house in Libya, they want 5000 dollars more",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
}

// Suffering of people at large, prayed for or given to ("keep praying for
// the people in Gaza, children are dying", "Afghanistan me log sardi se
// mar rahe hain, relief fund", blind18 EN-024, RL-024) is news of others,
// not a danger to report: routine, no case. One's own relative among them
// is not.
func TestRound18CrowdsPrayedForAreNoEmergency(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"please pray for the people of Sudan, children are dying of hunger there",
		"so sad, people are dying in the cold in Kashmir, kids too. where can we donate?",
		"Palestine ke logon ke liye dua karein, bache mar rahe hain roz",
		"Balochistan me log sailab se mar rahe hain, bache bhi, koi relief fund batao",
		"Turkey zalzale me log mar rahe hain, kahan chanda den",
		"غزہ کے لوگوں کے لیے دعا کریں، بچے روز مر رہے ہیں",
		"افغانستان میں لوگ سردی سے مر رہے ہیں، بچے بھی، کوئی ریلیف فنڈ بتائیں",
		"سوڈان میں لوگ بھوک سے مر رہے ہیں، ہم چندہ دینا چاہتے ہیں",
	} {
		r := Read(s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q: %v", s, r.Danger)
		require.Equal(t, CaseOther, r.CaseType, "%q", s)
	}
	for _, s := range []string{
		"people are dying on the boat, my brother is on it, please pray and help, they are near Libya",
		"kashti me log mar rahe hain, mera bhai bhi usme hai, bachao",
		"کشتی میں لوگ مر رہے ہیں، میرا بیٹا بھی ہے، مدد کریں",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
}

// Money sent home for the children ("abbu ne Dubai se eidi bheji, har
// bache ko 5000", blind18 UR-031) moves no child: the word of sending is
// the remittance's, and a child named with no danger is family chat.
func TestRound18EidiForTheChildrenIsFamilyChat(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Eid Mubarak! Abbu sent eidi from Dubai, 2000 for each child",
		"bhai ne Saudia se eidi bheji hai, sab bachon ko hazar hazar",
		"Eid mubarak sab ko, chachu ne Qatar se paise bheje hain bachon ke liye",
		"عید مبارک! ماموں نے سعودیہ سے عیدی بھیجی ہے، سب بچوں کو دو دو ہزار",
		"ابو نے دبئی سے عیدی بھیجی، ہر بچے کو ہزار روپے",
	} {
		r := Read(s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q: %v", s, r.Danger)
		require.Equal(t, CaseOther, r.CaseType, "%q", s)
	}
	for _, s := range []string{
		"agent sent my 14 year old son to Dubai, now no contact",
		"ایجنٹ نے میرے بچے کو دبئی بھیج دیا، اب رابطہ نہیں",
	} {
		r := Read(s)
		require.Contains(t, r.Situations, "child", "%q: %v", s, r.Danger)
	}
}

// Forced scam work with a passport kept, a fine or meals stopped for
// refusing, told in secret at night, but no one beaten, threatened with
// death, locked in or ill (blind18 UR-015), is the domain's urgent case
// (red-flags.md: "forced into scam or crime work"): the model, which
// learnt danger from the compounds' other lines, must be sure to raise it.
// Beaten, shocked or locked in there stays an emergency.
func TestRound18ForcedScamWorkIsUrgent(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"my son is in Cambodia, the company makes him scam people online, if he refuses they fine him and stop his food. they have his passport. he texts us at night secretly",
		"brother is in Myanmar, forced to do online fraud on foreigners, passport with the company, salary cut if he says no",
		"بیٹا لاؤس میں ہے، کمپنی اس سے آن لائن فراڈ کرواتی ہے، منع کرے تو جرمانہ لگتا ہے۔ پاسپورٹ کمپنی کے پاس ہے۔ رات کو چھپ کر بات کرتا ہے",
		"بھائی میانمار میں ہے، اس سے لوگوں کے ساتھ آن لائن فراڈ کرواتے ہیں، پاسپورٹ ان کے پاس ہے",
		"beta Cambodia me hai, company us se online fraud karwati hai, mana kare to jurmana aur khana band. passport unke paas hai. raat ko chhup ke msg karta hai",
		"bhai Myanmar me phansa hai, log usse online fraud karwate hain, passport rakh liya hai, inkaar pe fine lagate hain",
		"bhai laos me hai company scam karwati hai logo se, pasport unke pas hai, raat ko chup k msg krta",
		"بھائی کمبوڈیا میں ہے، کمپنی اس سے لوگوں کے ساتھ فراڈ کرواتی ہے، انکار پر جرمانہ اور کھانا بند۔ پاسپورٹ ان کے پاس ہے۔ رات کو چھپ کر میسج کرتا ہے",
		"میرا بیٹا میانمار میں ہے، کمپنی آن لائن فراڈ کرواتی ہے، انکار پر جرمانہ لگاتے ہیں، پاسپورٹ ان کے پاس ہے، رات کو چھپ کر میسج کرتا ہے",
		"bhai Cambodia me hai, company logon se online fraud karwati hai, inkaar kare to jurmana aur khana band, passport unke paas hai, raat ko chhup kar message karta hai",
		"my brother is in Cambodia, the company forces him to do online fraud, if he refuses a fine and no food, passport with them, he messages at night in secret",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q: %v", s, r.Danger)
	}
	for _, s := range []string{
		"my son is in Cambodia, the company makes him scam people online and beats him when he refuses, passport taken",
		"beta Myanmar me hai, company online fraud karwati hai, inkaar kare to current lagate hain",
		"بھائی کمبوڈیا میں ہے، کمپنی آن لائن فراڈ کرواتی ہے، کمرے میں بند رکھتے ہیں اور مارتے ہیں",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
}

// A selection message asking a charge by JazzCash or Easypaisa ("file
// charges 40,000 JazzCash karein", blind18 RL-044) is an offer received:
// one who names his price and is paid by a wallet is no local recruiter
// collecting from the people around him. Nothing paid, so a suspicious
// offer; one who collects in person still is an unlicensed recruiter.
func TestRound18WalletChargeIsAnOffer(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Congratulations! you are selected for Poland factory job, processing charges 35,000 Easypaisa karein. I never applied",
		"sms aya hai ke aap Romania job ke liye select ho gaye, file charges 30,000 JazzCash kar dein",
		"mubarak ho aap Italy farm job ke liye select hain, registration charges 25000 easypaisa karen",
		"پیغام آیا ہے کہ آپ جرمنی کی نوکری کے لیے منتخب ہو گئے ہیں، فائل چارجز ۴۰ ہزار جاز کیش کریں",
	} {
		r := Read(s)
		require.Equal(t, CaseJobOfferSuspicious, r.CaseType, "%q", s)
	}
	for _, s := range []string{
		"gaon me ek banda sab se 5 hazar registration fee le raha hai Dubai ki naukri ke liye",
		"ہمارے محلے میں ایک بندہ لوگوں سے دبئی بھیجنے کے پیسے لے رہا ہے",
	} {
		r := Read(s)
		require.Equal(t, CaseUnlicensedRecruiter, r.CaseType, "%q", s)
	}
}

// Red flags in blind18's wordings: a receipt said not given with the
// negation before it ("na raseed di na visa", RL-036) is no receipt; an
// iqama to be made there on an Umrah visa ("عمرے کے ویزے پر ... وہاں کام
// کا اقامہ بنوا دوں گا", UR-049) is work on a visit visa; nurses counted by
// the lakh ("1 lakh nurses lene ka elan", RL-050) are no sum, and a
// message forwarded on WhatsApp is no WhatsApp-only contact.
func TestRound18FlagWordings(t *testing.T) {
	t.Parallel()
	hasFlag := func(s, code string) bool {
		for _, f := range Read(s).Flags {
			if f.Code == code {
				return true
			}
		}
		return false
	}
	for _, s := range []string{
		"Multan ke agent ne 3 lakh liye Qatar ke liye, na raseed di na contract",
		"agent ne 1.5 lakh liye, koi raseed nahi di, ab phone nahi uthata, Saudia ka visa tha",
		"ایجنٹ نے دو لاکھ لیے سعودیہ کے لیے، نہ رسید دی نہ ویزا",
		"the agent took 2 lakh for Oman visa and didnt give any receipt",
	} {
		require.True(t, hasFlag(s, FlagNoReceipt), "%q: %v", s, Read(s).Flags)
	}
	for _, s := range []string{
		"مولوی صاحب نے کہا عمرے کے ویزے پر سعودیہ بھیجوں گا، وہاں کام کا اقامہ بنوا دوں گا، ایک لاکھ لیے",
		"agent kehta hai umrah visa pe jao, wahan kaam ka iqama banwa denge, 1 lakh do",
		"he says go on a visit visa to Dubai and the iqama will be made there, 90,000 fee",
		"ziyarat visa pe Iraq bhejenge, wahan kaam ka permit lagwa denge, 80 hazar",
	} {
		require.True(t, hasFlag(s, FlagVisitVisaWork), "%q: %v", s, Read(s).Flags)
	}
	for _, s := range []string{
		"kya ye sach hai Qatar ne Pakistan se 50 hazar drivers lene ka elan kiya hai? whatsapp pe forward aa raha hai",
		"is it true Saudi Arabia will take 1 lakh nurses from Pakistan? this is forwarded on whatsapp",
		"کیا سعودیہ نے پاکستان سے ایک لاکھ نرسیں لینے کا اعلان کیا ہے؟ واٹس ایپ پر فارورڈ ہو رہا ہے",
	} {
		r := Read(s)
		require.Empty(t, r.Entities.Amounts, "%q", s)
		require.False(t, hasFlag(s, FlagWhatsAppOnly), "%q: %v", s, r.Flags)
		require.False(t, hasFlag(s, FlagFeeBefore), "%q: %v", s, r.Flags)
	}
}

// An agent sending boys overland by Iran and Turkey to Greece ("ایران
// ترکی کے راستے یونان بھیجتا ہے، ۱۸ لاکھ فی بندہ", blind18 UR-043) is a
// smuggler, however he takes his price: the route names the case. Heard
// of someone else's son who died that way, with none of one's own going
// ("ہمارے گھر سے کوئی باہر نہیں جا رہا", B13-UR-018), is no report.
func TestRound18OverlandRouteIsSmuggling(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ہمارے علاقے کا ایک ایجنٹ لڑکوں کو ایران ترکی کے راستے یونان بھیجتا ہے، فی بندہ بیس لاکھ لیتا ہے",
		"ایک بندہ تفتان کے راستے لوگوں کو ترکی بھیج رہا ہے، ۱۲ لاکھ لیتا ہے",
		"hamare gaon ka agent larkon ko Iran Turkey ke raste Greece bhejta hai, 18 lakh per banda",
		"ek agent Libya ke raste Italy bhej raha hai, 25 lakh le raha hai, uska daftar Gujrat me hai",
		"there is an agent in Mandi Bahauddin who sends boys through Iran to Turkey and Greece, 18 lakh each",
	} {
		r := Read(s)
		require.Equal(t, CaseSmuggling, r.CaseType, "%q", s)
	}
	for _, s := range []string{
		"سنا ہے کسی کا بیٹا ترکی کے راستے گیا تھا اور راستے میں فوت ہو گیا، ہمارے گھر سے کوئی باہر نہیں جا رہا",
		"suna hai kisi ka beta Iran ke raste gaya tha aur raste me mar gaya, hamare ghar se koi bahar nahi ja raha",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, "%q", s)
	}
}

// People on the water now, told in a voice note ("we are on the water
// since 2 days ... the man with the gun took all phones ... near Greece",
// blind18 EN-007), are at sea: an emergency of a smuggler's journey, the
// model overruling the rules' smuggling only when sure. A boat in the news
// is nobody's of the writer's.
func TestRound18OnTheWaterIsASmugglersSea(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ammi we are on the water since 3 days, no food, the man with the gun took our phones, they say Italy is near",
		"bhai ka msg aya hum pani par 2 din se hain, khana khatam, bandook wale ne sab ke phone le liye",
		"بھائی کا میسج آیا کہ ہم دو دن سے پانی پر ہیں، کھانا ختم، بندوق والے نے سب کے فون لے لیے، کہتے ہیں یونان قریب ہے",
		"we are on the water for two days now, the engine is weak, they say Greece is close",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
		require.Equal(t, CaseSmuggling, r.CaseType, "%q", s)
	}
	for _, s := range []string{
		"akhbar me tha Greece ke samandar me kashti doob gayi, 40 log mare, Allah reham kare",
		"saw on the news a boat sank near Italy, so sad",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q: %v", s, r.Danger)
	}
}

// An instalment named with its sum ("loan approved, 50,000, first
// installment 4,200 from next month", blind18 EN-032) is money: the sum
// is read beside the word, as beside "pay" or "fee". Everyday still: no
// case.
func TestRound18InstalmentIsASum(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]float64{
		"Salam, loan mil gaya, pehli installment 3,800 hai, agle mahine se": 3800,
		"first installment 2,500 due on the 5th, Eid Mubarak to all":        2500,
		"har mahine ki qisht 4200 deni hai":                                 4200,
		"موٹر سائیکل کی قسط ۴۵۰۰ روپے ہر مہینے":                             4500,
		"committee ki pehli qist 5000 jama karwa di, baqi agle mahine":      5000,
	} {
		r := Read(s)
		found := false
		for _, a := range r.Entities.Amounts {
			found = found || a.Value == want
		}
		require.True(t, found, "%q: %v", s, r.Entities.Amounts)
		require.Equal(t, CaseOther, r.CaseType, "%q", s)
	}
}
