package triage

import "testing"

// A victim's account set in a scam-compound region is red flag 10 whatever
// the work is called, or if it is not named at all (every blind set marks
// it: 44 of 44 in blind4..blind13; blind14 EN-001, EN-011, UR-011, RU-006,
// RU-010, RU-018). A news line, or a victim held elsewhere, is not.
func TestScamRegionVictimAccount(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagScamRegion, []string{
		"Please help, I am locked in a building near Shwe Kokko with 30 others, the guards beat a boy with an electric baton yesterday",
		"my son messaged from Laos, they gave him current shocks because he refused, next time they will sell him",
		"My brother is in Myanmar, they took his passport and he cannot leave the building",
		"we are 12 boys in Cambodia, the gate is locked and guards have guns, please send help",
		"Bhai jan mera dost Myawaddy me hy, target pura na ho to dark room me dal dete hain",
		"beta 6 din se gayab hai, last msg tha 'ye log jane nahi dete', wo Vientiane gya tha",
		"mera bhai Kambodia me phansa hua hai, passport le liya, maarte hain",
		"KK Park me hun, kal raat 2 larkon ko bohot mara, please embassy ko batao",
		"شوہر نے لکھا 'یہ لوگ کہتے ہیں کام کرو ورنہ کرنٹ'، میانمار کے بارڈر کے پاس کسی کمپاؤنڈ میں ہے",
		"میرا بیٹا لاؤس میں ہے، انہوں نے اس کا پاسپورٹ رکھ لیا ہے اور مارتے ہیں",
		"بھائی تھائی لینڈ کے بارڈر کے پار ایک عمارت میں بند ہے، باہر نہیں جانے دیتے",
		"I was held in a compound in Cambodia last year and beaten, now I am home and want to report the agent",
	}, []string{
		"Reuters: police in Thailand free 260 people from compounds on the Myanmar border",
		"نیوز: میانمار سے 200 پاکستانیوں کو واپس لایا گیا ہے",
		"My brother is locked in a room in Dubai, the agent took his passport and beats him",
		"bhai Libya me agwa hai, 20 lakh mang rahe hain warna maar denge",
		"میرا بیٹا سعودیہ میں ہے، کفیل نے پاسپورٹ رکھ لیا ہے اور تنخواہ نہیں دیتا",
		"Thailand ki chutti bohat achi thi, Bangkok me shopping ki",
	})
}

// A crossing over and done, told by a victim back home, is no irregular
// route (blind14 RU-018); one offered or under way is, and a smuggler's
// journey keeps it however long ago.
func TestIrregularRouteOverAndDone(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagIrregularRoute, []string{
		"agent says Italy by road through Iran and Turkey, 25 lakh, half now half on arrival",
		"bhai dunki se Greece jana hai, agent 20 lakh mang raha hai",
		"ایجنٹ کہتا ہے ایران کے راستے ترکی بارڈر پار کروا دوں گا، بیس لاکھ",
		"In 2022 I went by dunki through Turkey and border guards shot at us, I came back home. Now my brother wants to go the same way",
	}, []string{
		"mujhe pichle saal call center ki job ka bol k Bangkok le gaye the phir border paar kara k passport rakh liya tha. ab wapis aa gaya hun, agent ki report karni hai",
		"Last year an agent took me to Bangkok for a call centre job, then over the border, and kept my passport. I ran to the embassy and I am home now, I want to report him",
		"پچھلے سال مجھے بنکاک سے بارڈر پار کروا کے لے گئے اور پاسپورٹ رکھ لیا، اب میں گھر واپس آ گیا ہوں، ایجنٹ کی شکایت کرنی ہے",
	})
}

// An outcome promised as certain, an approval or a place, is red flag 3
// (blind14 EN-018 and the corpus's RU3-0284 "100% approval"). A place
// ("seat pakki") is not read: blind13 UR-040 marks it none, blind14 RU-048
// guaranteed, a tie.
func TestSureApprovalIsGuaranteedVisa(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagGuaranteedVisa, []string{
		"FAMILY VISA CANADA, 100% approval, fee 12 lakh, WhatsApp 0345 1189230",
		"UK care visa, approval 100%, send 5 lakh to start the file",
		"Poland work permit, zero rejection, 9 lakh, contact agent Bilal",
		"Romania ka visa hai bhai, 8 lakh do aur kaam pakka",
		"Italy seasonal visa, approval sure hai, 10 lakh lagenge",
		"یونان کا ورک ویزا، منظوری یقینی ہے، پندرہ لاکھ",
		"کینیڈا فیملی ویزا، 100 فیصد منظوری، فیس بارہ لاکھ",
		"ایجنٹ کہتا ہے ریجیکشن نہیں ہوگی، پانچ لاکھ دے دو",
	}, []string{
		"Saudi driver job, salary 2000 riyal, fee 3 lakh, office in Saddar, licence 1187/RWP",
		"Canada visit visa file lagwai thi, refusal aa gaya, ab kya karun?",
		"سعودیہ کی نوکری کے لیے ایجنٹ دو لاکھ مانگ رہا ہے، دفتر لاہور میں ہے",
	})
}

// Asked for a CNIC, a photo or a selfie by an offer is red flag 7 however
// the asking is worded (blind14 EN-038; blind5, 8, 9, 11, 12 by majority).
func TestDataAskedByOffer(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagPersonalData, []string{
		"someone msgd me on whatsapp that i am selected for a job in a Kuala Lumpur hotel, salary 9000 ringgit, they want my cnic front back and a selfie",
		"Dubai job offer on Facebook, 2500 AED, they are asking for my CNIC and a photo first",
		"Qatar job ka msg aya, cnic aur selfie mang rahe hain, salary 3000 riyal",
		"Saudi ki naukri ka offer, shanakhti card ki tasveer mangi hai WhatsApp pe",
		"قطر کی نوکری کا میسج آیا، شناختی کارڈ اور تصویر مانگ رہے ہیں",
		"دبئی میں نوکری کی آفر ہے، وہ سیلفی اور شناختی کارڈ کی کاپی مانگتے ہیں",
	}, []string{
		"Dubai job offer, 2500 AED, they want 50,000 for the visa",
		"dubai job ka offer hai, pata nahi kyun 50 hazar mang rahe hain",
		"دبئی کی نوکری کے لیے وہ پچاس ہزار مانگ رہے ہیں",
	})
}

// One medical centre named for the medicals is red flag 8, in Urdu script
// spelt سنٹر as often as سینٹر (blind14 UR-039).
func TestNamedMedicalCentre(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagNamedMedical, []string{
		"پھر کہا میڈیکل صرف 'نور میڈیکل سنٹر' سے کرواؤ، پچاس ہزار، ملائیشیا کی نوکری کے لیے",
		"سعودی نوکری کے لیے میڈیکل صرف ہمارے بتائے ہوئے سینٹر سے ہوگا، پندرہ ہزار",
		"Malaysia job, they said medical only from Al Shifa lab, 20,000",
		"Dubai job ke liye medical sirf unki lab se karwana hai, 18 hazar",
	}, []string{
		"Malaysia job, 20,000 registration fee sent by JazzCash, now they ask more",
		"ملائیشیا کی نوکری کے لیے بیس ہزار رجسٹریشن فیس بھیجی، اب اور مانگ رہے ہیں",
	})
}

// "Registration" with no sum and nothing asked is a sign-up, not a fee
// (blind14 UR-032); a registration fee with a sum, or asked for, is one.
func TestRegistrationWithoutSumIsNoFee(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagFeeBefore, []string{
		"Got an SMS: BEOE registration for Korea jobs, submit CNIC and Rs 3,000 fee at https://beoe-gov-pk.online/eps-apply",
		"Malaysia packing job, I sent 20 thousand registration fee by JazzCash",
		"ملائیشیا کی نوکری کے لیے بیس ہزار رجسٹریشن فیس بھیجی",
		"Qatar job ke liye 15k registration jama karwao pehle",
	}, []string{
		"مجھے میسج آیا کہ او ای سی کی طرف سے جاپان کی نوکریوں کی رجسٹریشن یہاں کریں https://oec-japan-register.com اس میں شناختی کارڈ اور تصویر مانگ رہے ہیں",
		"SMS aya: OEC Korea EPS registration open, apply now at oec-eps-korea.online, last date tomorrow",
		"msg came: OEC Japan registration closing today, apply at oec-japan-jobs.site",
	})
}

// What an employer pays the worker ("in Salalah they pay 110") is a wage,
// not a sum asked (blind14 EN-041; a licensed promoter's salary cut is no
// fee, 0 of 9 in blind4..blind14).
func TestEmployerPaysIsNoRequest(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagFeeBefore, []string{
		"Dubai job agent says pay 50,000 first then visa",
		"Saudi visa ke liye agent keh raha pay 2 lakh warna seat nahi",
	}, []string{
		"I went through a licensed promoter in Peshawar for Oman. Contract said 180 rial, in Salalah they pay 110 and the OEP says not our problem.",
		"Licensed OEP 2231/LHR sent me to Qatar, contract 1500 riyal but the company only pays 900",
		"Promoter licence 4410/PSH, Saudi contract said 1800 riyal, the kafeel pays 1100",
	})
}

// A sum asked in a foreign currency written as its code ("pay QAR 1,500",
// "USD 300 bhejo") is asked as rupees are (blind14 EN-048).
func TestForeignCurrencyAsked(t *testing.T) {
	t.Parallel()
	requireFlag(t, FlagFeeBefore, []string{
		"My son got an offer letter from 'Qatar Airways Ground Services' asking him to pay QAR 1,500 for visa. The letter came from qatarairways.hr.recruit@gmail.com. Real?",
		"Dubai warehouse job offer, they want me to pay AED 2,000 for the visa first",
		"Saudi driver job ka offer, keh rahe hain pehle SAR 900 bhejo visa ke liye",
		"کویت کی نوکری کا آفر لیٹر آیا ہے، کہتے ہیں ویزے کے لیے دو سو دینار بھیجو",
	}, []string{
		"Saudi driver job offer, salary SAR 2,500 a month, interview at the licensed office 1187/RWP",
		"قطر میں نوکری، تنخواہ پندرہ سو ریال ماہانہ، لائسنس یافتہ دفتر",
	})
}
