package triage

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// A bare sum beside a wallet or cash ("i snd 15000 easypaisa to 0345...",
// blind25 EN-031), or after a word of paying as texted ("snd"), is rupees
// and, for a job, a fee paid; a wallet's OTP or transaction id is none.
func TestFixB25FlagsSumBesideAWallet(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"sir i snd 15000 easypaisa to 03451187263 for dubai job registrtion they sayd visa in 10 din now no is off",
		"I sent 15000 easypaisa to the agent for Dubai job registration, now his number is off",
		"paid 15000 jazzcash to agent for saudi visa processing, now he doesnt pick up",
		"maine agent ko 15000 easypaisa kiye dubai job ki registration ke liye, ab number band hai",
		"agent ko 15000 jazz cash kar diye saudi visa ke liye, ab phone nahi uthata",
		"ایجنٹ کو دبئی کی نوکری کی رجسٹریشن کے لیے ۱۵۰۰۰ ایزی پیسہ کیے، اب نمبر بند ہے",
		"سعودی ویزا کے لیے ایجنٹ کو ۱۵۰۰۰ جاز کیش کروائے، اب فون نہیں اٹھاتا",
	} {
		r := Read(s)
		require.Contains(t, r.Entities.Amounts, Amount{Value: 15000, Currency: "PKR", Text: r.Entities.Amounts[0].Text}, "%q", s)
		require.Contains(t, flagCodes(r), FlagFeeBefore, "%q", s)
	}
	for _, s := range []string{
		"Your OTP for Easypaisa login is 482913. Do not share it with anyone.",
		"<#> 738204 is your Easypaisa OTP. Never share it with anyone.",
		"JazzCash: apka PIN 5521 hai, kisi ko na batayen",
		"ایزی پیسہ: آپ کا او ٹی پی 448812 ہے، کسی کو نہ بتائیں",
	} {
		require.Empty(t, Extract(s).Amounts, "%q", s)
	}
}

// So many free visas given out ("1 lakh free visa khol diye", blind25
// RU-038) are a count, not a price: no amount, no fee.
func TestFixB25FlagsFreeVisasCounted(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"suna hai Saudi hukumat ne Pakistanion k liye 1 lakh free visa khol diye, tiktok pe video hai, kya ye sach hai?",
		"Saudi ne 2 lakh free visa diye hain Pakistan ko, kya ye sach hai?",
		"I heard Saudi government opened 1 lakh free visa for Pakistanis, is it true?",
		"Is it true that Saudi is giving 1 lakh free visas to Pakistanis?",
		"سنا ہے سعودی حکومت نے پاکستانیوں کے لیے ایک لاکھ مفت ویزے کھول دیے ہیں، کیا یہ سچ ہے؟",
		"سعودیہ نے ۲ لاکھ فری ویزا دیے ہیں، کیا یہ درست ہے؟",
	} {
		r := Read(s)
		require.Empty(t, r.Entities.Amounts, "%q", s)
		require.NotContains(t, flagCodes(r), FlagFeeBefore, "%q", s)
	}
	// the price of one free visa is still money
	for _, s := range []string{
		"agent 2 lakh free visa ke liye mang raha hai",
		"ایجنٹ ۲ لاکھ فری ویزا کے لیے مانگ رہا ہے",
	} {
		require.NotEmpty(t, Extract(s).Amounts, "%q", s)
	}
}

// A fee said to be at the government's rate, no sum asked ("fee 'as per
// govt'", blind25 EN-037), is no fee before a contract.
func TestFixB25FlagsFeeAtTheGovernmentRate(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Please verify: Star Link Manpower Services, licence 4410/RWP, offering Romania and Croatia construction jobs, fee 'as per govt'. Is this licence real and valid?",
		"Kindly check Gulf Star Manpower licence 4521/RWP, recruiting guards for Oman, service charges according to government rules",
		"Al-Huda Overseas licence 3310/LHR Saudi drivers ke liye bharti kar rahe, fees govt rate ke mutabiq, kya ye asli hain?",
		"Royal Manpower 2871/LHR, Qatar jobs, service charges sarkari rate, sahi hai kya?",
		"النور اوورسیز لائسنس ۳۳۱۰/LHR سعودیہ کے لیے ڈرائیور بھرتی کر رہا ہے، فیس سرکاری ریٹ کے مطابق، کیا یہ اصلی ہے؟",
		"اسٹار لنک مین پاور، لائسنس ۴۴۱۰/RWP، رومانیہ کی نوکریاں، صرف سرکاری فیس، تصدیق کر دیں",
	} {
		require.NotContains(t, flagCodes(Read(s)), FlagFeeBefore, "%q", s)
	}
	// a sum asked beside it, or more than the rate, is still a fee
	for _, s := range []string{
		"Agent for a Saudi driver job says fee as per govt but wants 2 lakh advance before the contract",
		"OEP ne kaha fees govt rate ke mutabiq hain phir 3 lakh le liye",
	} {
		require.Contains(t, flagCodes(Read(s)), FlagFeeBefore, "%q", s)
	}
}

// Chosen for a job never applied for (blind25 EN-027, UR-027, RU-027): no
// licence inferred from its absence. A writer's question about an offer
// that asks no money (blind25 RU-028) neither. An advert that names no
// licence still lacks one.
func TestFixB25FlagsNoLicenceInferred(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"got whatsapp msg saying I'm shortlisted for warehouse job in Poland, salary 2,500 euro. I never applied anywhere. they want CNIC front/back",
		"Received a message that I am selected for a hotel job in Dubai, I didn't apply anywhere. They want my passport copy",
		"mujhe Telegram pe msg aya k ap ko Qatar me loader job k liye select kr liya gaya hai. maine kabhi apply hi nahi kiya. CNIC ki pic mang rahe hain",
		"msg aya k aap Saudi ki job k liye select ho gaye, mene to kahin apply nai kia tha",
		"ایک نمبر سے میسج آیا کہ آپ کو ملائیشیا میں پیکنگ کی نوکری کے لیے منتخب کر لیا گیا ہے، حالانکہ میں نے کہیں اپلائی نہیں کیا۔",
		"پیغام آیا کہ آپ قطر کی نوکری کے لیے منتخب ہو گئے ہیں، میں نے کوئی درخواست نہیں دی تھی",
		"FB pe ad dekha Thailand me data entry job, salary 1500 dollar, free ticket free rehaish. mera dost jana chahta hai, kya ye theek hai?",
		"Saw an ad for a call centre job in Cambodia, 1500 dollars, free ticket. my cousin wants to go, is it safe?",
		"فیس بک پر اشتہار دیکھا کہ تھائی لینڈ میں ڈیٹا انٹری کی نوکری ہے، ۱۵۰۰ ڈالر تنخواہ۔ کیا یہ ٹھیک ہے؟",
	} {
		require.NotContains(t, flagCodes(Read(s)), FlagNoLicence, "%q", s)
	}
	for _, s := range []string{
		"URGENT REQUIREMENT – SAUDI ARABIA\nCleaner / Driver – 300 posts\nSalary: 3,200 SAR + food\nSend passport copy on WhatsApp 0311-7420196",
		"Dubai jobs, helpers chahiye, tankhwa 2000 dirham, advance 50 hazar, sirf whatsapp 0300-1234567",
		"سعودی عرب میں ڈرائیور کی فوری ضرورت، تنخواہ ۲۰۰۰ ریال، رجسٹریشن فیس ۲۰ ہزار، رابطہ واٹس ایپ ۰۳۰۶۸۸۴۱۲۷۳",
		// a question about an offer that asks a fee
		"Saw a page 'Ireland Work Permits PK' - meat factory jobs, EUR 9,000 fee. My daughter wants to apply. Is this allowed?",
		// chosen without applying, and told he has no licence
		"msg aya k ap select ho gaye Dubai job k liye, maine apply nahi kiya tha, banda khud keh raha license nahi hai",
	} {
		require.Contains(t, flagCodes(Read(s)), FlagNoLicence, "%q", s)
	}
}

// A salary in euros above 2,400 a month is far above the market (blind25
// EN-027 2,500; blind4 UR-026 2,800; blind20 UR-045 3,000; blind15 EN-027
// 3,200); 1,800 is not (7 of 8 such adverts unmarked).
func TestFixB25FlagsEuroSalary(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"warehouse job in Poland, salary 2,500 euro, send CNIC",
		"Poland factory worker, tankhwa 2800 euro, sirf whatsapp",
		"پولینڈ کی ویئر ہاؤس جاب، ۳ ہزار یورو تنخواہ",
	} {
		require.Contains(t, flagCodes(Read(s)), FlagUnrealistic, "%q", s)
	}
	for _, s := range []string{
		"Romania work permit, factory helper, salary 1800 euro + overtime, advance 1.5 lakh",
		"رومانیہ ورک پرمٹ، تنخواہ ۱۲۰۰ یورو، فائل چارج ایک لاکھ",
		"Croatia me welder, 2400 euro salary, pehle 25k registration",
	} {
		require.NotContains(t, flagCodes(Read(s)), FlagUnrealistic, "%q", s)
	}
}

// A page using a real company's name ("Kuwait Oil Careers Pakistan" for
// Kuwait Oil Company, blind25 EN-028) passes itself off as it.
func TestFixB25FlagsKnownEmployerPage(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"There is a FB page 'Kuwait Oil Careers Pakistan' posting driver jobs, salary 480 KD, 100% visa. CVs to kocjobs.pk@gmail.com",
		"FB page 'Kuwait Oil Jobs PK' pe driver ki bharti, CV gmail pe bhejo",
		"فیس بک پر 'کویت آئل کمپنی' کے نام سے صفحہ ڈرائیور کی نوکریاں دے رہا ہے، سی وی جی میل پر بھیجیں",
	} {
		require.Contains(t, flagCodes(Read(s)), FlagImpersonation, "%q", s)
	}
}

// A screenshot "instead of a receipt" (blind25 RU-030) is no receipt.
func TestFixB25FlagsScreenshotInsteadOfReceipt(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ek whatsapp group me 'Portugal seasonal visa' k liye 3 lakh bank me dalwaye, receipt ki jagah bas ek screenshot bhej diya",
		"agent ko 2 lakh diye, raseed ke bajaye whatsapp pe screenshot bhej diya",
		"I paid 2 lakh to the agent, instead of a receipt he sent a screenshot",
		"Paid 3 lakh for Portugal visa, got a screenshot instead of any receipt",
		"ایجنٹ کو ۲ لاکھ دیے، رسید کی جگہ بس ایک اسکرین شاٹ بھیج دیا",
		"پرتگال کے ویزے کے ۳ لاکھ بینک میں ڈالے، رسید کے بجائے اسکرین شاٹ دے دیا",
	} {
		require.Contains(t, flagCodes(Read(s)), FlagNoReceipt, "%q", s)
	}
}

// A company that does not exist is red flag 12's second half (blind25
// UR-030, blind21 UR-048, blind24 RU-037); a registration number that does
// not exist is not the company.
func TestFixB25FlagsCompanyThatDoesNotExist(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"انسٹاگرام پر ایک کنسلٹنٹ نے کینیڈا کی جاب کا کہا، میں نے بینک میں ۱۸ لاکھ روپے بھیجے۔ جو آفر لیٹر دیا اس کمپنی کا کینیڈا میں کوئی وجود ہی نہیں۔",
		"ایجنٹ نے آفر لیٹر دیا، گوگل کیا تو اس نام کی کوئی کمپنی نہیں، ۲ لاکھ دے چکے ہیں",
		"agent ne Canada job ka offer letter diya, 18 lakh bank me bheje, us company ka Canada me koi wajood hi nahi",
		"job letter wali company ka address Google pe milta hi nahi, agent ne 2 lakh liye",
		"The consultant took 18 lakh for a Canada job, the company in the offer letter does not exist",
		"paid the agent 3 lakh, the offer letter is from a company that doesn't exist",
	} {
		require.Contains(t, flagCodes(Read(s)), FlagFreeEmail, "%q", s)
	}
	for _, s := range []string{
		"The Portugal job contract has a company stamp but the company registration number doesn't exist on their government site. Agent wants 10 lakh more",
	} {
		require.NotContains(t, flagCodes(Read(s)), FlagFreeEmail, "%q", s)
	}
}

// A kafeel's number written the local way ("کفیل کا نمبر ۰۵۵۳۸۱۲۰۴۷",
// blind25 UR-011) is the Saudi mobile, not a Gujranwala landline of the
// same length; in an ordinary report the landline stays.
func TestFixB25FlagsKafeelNumberAbroad(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ابو سعودیہ میں ہیں، کفیل نے موبائل لے لیا ہے۔ کفیل کا نمبر ۰۵۵۳۸۱۲۰۴۷ بند جاتا ہے",
		"abba Saudia me hain, kafeel ka number 0553812047 band hai",
		"My father is in Saudi Arabia, the kafeel's number is 055 381 2047 but he does not answer",
	} {
		require.Equal(t, []string{"+966553812047"}, Extract(s).Phones, "%q", s)
	}
	for _, s := range []string{
		"گوجرانوالہ کے ایجنٹ نے سعودیہ کے ویزے کے ۳ لاکھ لیے، اس کے دفتر کا نمبر ۰۵۵۳۸۱۲۰۴۷ ہے",
		"Gujranwala agent took 3 lakh for Saudi visa, office number 055-3812047",
		"agent ka number 0553812047 hai, Gujranwala me office hai",
		// a kafeel's number, but no country named where it is a mobile
		"kafeel ka number 0553812047 hai",
	} {
		require.Equal(t, []string{"+92553812047"}, Extract(s).Phones, "%q", s)
	}
	// a Pakistani mobile stays one beside a kafeel
	require.Equal(t, []string{"+923001234567"}, Extract("Saudi wale kafeel ka number 0300-1234567 hai").Phones)
}

// A work visa paid for that turned out a visit visa (blind11 RU-050) is the
// recruiter's case, not a forged paper.
func TestFixB25FlagsVisitVisaGiven(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ek travel agent jo sirf ticket bechta hai, usne mere bete ko Azerbaijan ka 'work visa' 3 lakh le k diya, wahan pohncha to visit visa nikla. ab wapis aa gaya hai, paise bhi gaye",
	} {
		r := Read(s)
		require.True(t, slices.Contains([]string{CaseUnlicensedRecruiter, CaseJobScamPaid}, r.CaseType), "%q: %s", s, r.CaseType)
	}
}
