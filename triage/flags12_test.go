package triage

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// requireFlag checks that code is among the flags of every yes and of none
// of the no.
func requireFlag(t *testing.T, code string, yes, no []string) {
	t.Helper()
	for _, s := range yes {
		require.True(t, slices.Contains(flagCodes(Read(s)), code), "%q should have %s: %v", s, code, Read(s).Flags)
	}
	for _, s := range no {
		require.False(t, slices.Contains(flagCodes(Read(s)), code), "%q should not have %s: %v", s, code, Read(s).Flags)
	}
}

// Contact only through Telegram, an Instagram page or "DM only" is red
// flag 5 as WhatsApp only is (blind4 1/1, blind9 4/4, blind10 2/2, blind12
// 3/3; blind7 0/1); no office alone is not, unless a messaging app is the
// contact (blind6, 7, 9, 11 and 12 mark none of 9 such).
func TestMessengerOnlyContact(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagWhatsAppOnly, []string{
		"Data entry job in Bangkok, Thailand, salary 1400 USD. Interview on Telegram only.",
		"Dubai driver jobs, salary 2500 AED, contact only on Telegram @gulfjobs_hr",
		"Insta page 'UK Sponsor Jobs' says care visa for 15 lakh, DM only",
		"دبئی میں ڈرائیور کی نوکری، تنخواہ ۲۵۰۰ درہم، صرف ٹیلیگرام پر رابطہ کریں",
		"قطر میں سیکیورٹی گارڈ کی نوکری، صرف انسٹاگرام پر بات ہوگی",
		"ملائیشیا کی فیکٹری میں نوکری، صرف ٹیلی گرام پر میسج کریں",
		"Saudi driver job 2000 riyal, sirf telegram pe rabta karein",
		"Poland work permit 12 lakh me, insta page hai, baat srf DM pe",
		"Romania jobs ka channel, wo sirf telegrm pe baat krte hain, 900 euro salary",
		"koi office nahi, whatsapp pe hi baat karta hai, Dubai visa 2 lakh",
		"کوئی دفتر نہیں، ٹیلیگرام پر ہی بات کرتا ہے، سعودی ویزا تین لاکھ کا",
	}, []string{
		"Agent Naveed in Sialkot, no licence, no office, sits in a hotel. Took 5 lakh from me for Italy.",
		"ہمارے محلے میں ایک بندہ سعودیہ کے ویزے بیچ رہا ہے، کوئی دفتر نہیں، کوئی لائسنس نہیں، دو لاکھ لے چکا ہے",
		"Sargodha me ek banda hai, Greece ka work visa 16 lakh me. koi office nahi, chai ke dhabay pe milta h",
		"Saw a Telegram channel for Qatar jobs, their office is in Saddar Rawalpindi, licence 3321/RWP",
		"ٹیلیگرام پر ایک اشتہار دیکھا، ان کا دفتر لاہور میں ہے، لائسنس 2211/LHR",
		"Telegram pe ad dekha Saudi job ka, office Blue Area me hai, licence 1187/ISB",
	})
}

// Selected after the person applied or filled a form is not "selected
// without applying" (blind4, blind7, blind8 and blind12: 0 of 4); selected
// with no application, or without an interview, still is.
func TestSelectedAfterApplying(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagSelected, []string{
		"Congratulations you are selected for a Dubai warehouse job, salary 2000 AED. I never applied anywhere.",
		"Got a message that I am shortlisted for UK farm work without any interview, send 30k",
		"مجھے میسج آیا کہ آپ قطر کی نوکری کے لیے منتخب ہو گئے ہیں، میں نے کہیں اپلائی نہیں کیا",
		"میسج آیا کہ آپ بغیر انٹرویو کے سعودیہ کی نوکری کے لیے منتخب ہیں",
		"msg aya k aap Kuwait ke liye select ho gaye ho, maine kahin apply nahi kiya tha",
		"Mubarak ho aap Canada job ke liye select ho gaye, bina interview ke",
	}, []string{
		"I applied online for a Qatar job, then an email said I was selected and I paid 40,000. Now nothing.",
		"I filled a form on their website and they said I am shortlisted for Canada, then I paid 60,000",
		"My brother applied through a Facebook page and they said he was selected for Dubai, he paid 35,000",
		"آن لائن فارم بھرا تھا، پھر ای میل آئی کہ آپ منتخب ہو گئے ہیں، بینک میں پچاس ہزار جمع کروائے",
		"میں نے قطر کی نوکری کے لیے اپلائی کیا تھا، اب کہتے ہیں آپ سلیکٹ ہو گئے، ستر ہزار بھیج دیے",
		"Qatar ke liye online apply kiya tha, selection ka email aya, phir 45000 fee bank me dali",
		"form bhara tha Kuwait job ka, phir keh rahe select ho gaye, 50 hazar jazzcash kiye",
	})
}

// A well-known employer named beside a word of selection, or in an offer
// letter, by someone who is not a licensed promoter, is impersonation.
func TestKnownEmployerImpersonation(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagImpersonation, []string{
		"Msg: 'Congratulations, you are selected in Saudi Aramco as helper, salary 5000 riyal, send CNIC and photo'. I never applied.",
		"Got an offer letter from 'Emirates Group' sent from emiratesgroup.jobs@outlook.com, they want AED 900 for visa stamping",
		"I sent 40,000 to a man who said he is from Qatar Airways HR and I was selected as cabin crew",
		"مبارک ہو، آپ ارامکو میں منتخب ہو گئے ہیں، تنخواہ ۶۰۰۰ ریال، شناختی کارڈ کی تصویر بھیجیں",
		"میسج آیا کہ آپ قطر ایئرویز میں منتخب ہو گئے ہیں، پروسیسنگ کے تیس ہزار بھیجیں",
		"Mubarak ho aap Qatar Airways me select ho gaye, 30 hazar processing fee bhejein",
		"msg aya k Kuwait Oil Company me aap ka CV select ho gaya, 90 hazar visa fee mang rahe",
	}, []string{
		"Licensed OEP Star Promoters, licence 2871/LHR, sent me to a Saudi Aramco contract job and now pay is less",
		"academy wale 60 hazar le rahe hain 'guaranteed selection' ke. ye sarkari hai ya private?",
		"My cousin works for Emirates Group in Dubai as a driver, he is happy there",
		"میرا بھائی ارامکو میں کام کرتا ہے، الحمدللہ خوش ہے",
		"mera mamu Qatar Airways me 10 saal se kaam kar raha hai",
	})
}

// A scam-compound hub named ("Golden Triangle", "KK Park", "Myawaddy"), or
// scam work in a scam-compound country, is red flag 10 in a victim's
// account too (every blind set: 44 of 44).
func TestScamHubAndScamWork(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagScamRegion, []string{
		"main Laos me hun Golden Triangle wali company me, scam ka kaam nahi kiya to current lagaya",
		"My brother is in the Golden Triangle, the company makes them do scam chats all night",
		"میں گولڈن ٹرائی اینگل کی ایک کمپنی میں ہوں، فراڈ کا کام کرواتے ہیں",
		"بھائی میانمار میں ہے، کہتا ہے فراڈ والا کام کرنے سے انکار کرو تو مارتے ہیں",
		"bhai Cambodia me hai, scam wala kaam karwate hain, passport bhi le liya",
		"My son is in Thailand, he does that scam work for a company, they don't let him leave",
	}, []string{
		"Kal Golden Triangle pe ek documentary dekhi, bohat dardnak thi",
		"The Golden Triangle of Delhi, Agra and Jaipur is a famous tour",
		"گولڈن ٹرائی اینگل کے بارے میں خبر پڑھی",
	})
}

// Fee flags: a fee only asked about is none; the unpaid price of an azad
// or free visa is red flag 3's, not a fee; a licensed promoter's charge is
// a fee before contract only when called one, asked for more, or taken in
// cash or without a receipt; a salary promised and cut is no fee.
func TestFeeConventions12(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagFeeBefore, []string{
		"They say pay 25,000 registration fee first for the Korea job. Is it real?",
		"azad visa Saudi 4 lakh ka, pehle 1 lakh advance jama karwain",
		"آزاد ویزا کے لیے دو لاکھ ایڈوانس مانگ رہا ہے",
		"Licensed OEP Al-Noor, licence 2871/LHR, charged me 3 lakh cash and gave no receipt",
		"او ای پی (لائسنس 3098/RWP) نے ساڑھے چار لاکھ نقد لیے، رسید نہیں دی",
		"licence wala promoter 3067/MUL, 2,40,000 le liye Qatar k, raseed sirf 20 hazar ki di",
		"Helper job Dubai 3500 AED, visa free, pay 80k only",
	}, []string{
		"Is there any fee for registering with OEC for the Korea EPS programme?",
		"OEC ke zariye Korea jane ka tareeqa kya hai? kya koi fee bhi hai?",
		"اوورسیز ایمپلائمنٹ کارپوریشن کے ذریعے کوریا جانے کا طریقہ کیا ہے؟ کیا کوئی فیس بھی ہے؟",
		"There's a guy on TikTok who says he sends people to Saudi on azad visa for 7 lakh. He's not on the BEOE list.",
		"ملتان میں ایک ٹریول ایجنٹ سعودیہ کا 'آزاد ویزا' بیچ رہا ہے، ساڑھے پانچ لاکھ",
		"hamare chak mein ek agent Saudi ka free visa de raha hai 3.5 lakh mein, license ka poocha to kehta hai zaroorat nahi",
		"licensed promoter ne kaha tha 20 din me flight hogi, 4 mahine ho gaye, licence number 3189/PSH. 2,75,000 diye the",
		"The promoter is registered with bureau, licence 2218/ISB, but it has been 7 months since we paid 2,20,000 for Bahrain",
		"او ای پی نے کہا تھا سعودیہ میں الیکٹریشن کی نوکری ہے ۱۸۰۰ ریال، وہاں پہنچ کر صفائی کا کام دیا اور ۹۰۰ ریال۔ لائسنس 3021/MLN",
		"Star Link Manpower (Lic 3302/LHR) promised my husband a crane job in Kuwait at 350 KD. The contract in Kuwait says 120 KD.",
	})
}
