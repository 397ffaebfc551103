package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind35: money asked for a passport's (a phone's, a salary's)
// "release" is an extortion of the worker's things, no ransom for a
// person (EN-009 was an emergency); a person's release for money still is.
func TestFixB35ReleaseOfPassport(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"I am in Sharjah, company took my passport at airport and not giving back, now they say pay 4000 dirham for release of passport. 2 months no salary also. I am in the labour camp, can go out",
		"Riyadh me hun, kafeel ne passport rakh liya, passport chhurwane ke liye 3000 riyal mang raha, bahar ja sakta hun",
		"دبئی میں ہوں، کمپنی نے پاسپورٹ رکھ لیا ہے، پاسپورٹ چھڑوانے کے لیے ۳۰۰۰ درہم مانگ رہے ہیں، باہر جا سکتا ہوں",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, s)
		require.NotEqual(t, CaseRansom, r.CaseType, s)
	}
	for _, s := range []string{
		"they are holding my brother in Libya and want 10 lakh for his release",
		"bhai ko utha liya hai, rihai ke liye 20 lakh mang rahe hain",
		"بھائی کو اغوا کر لیا ہے، رہائی کے لیے بیس لاکھ مانگ رہے ہیں",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, s)
	}
}

// A smuggler asking a sum "more" on the way ("agent 5 lakh aur maang raha",
// "۴ لاکھ اور چاہئیں", "aur 8 lakh do warna yahin para rahega") is the
// journey's urgent price (RU-011 was routine; blind33 UR-038 an emergency).
func TestFixB35MoreOnTheWay(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"agent ne bola tha sirf 22 lakh me Italy, ab beta Libya me ek 'ghar' me h 40 logon k sath, agent 5 lakh aur maang raha k boat ka paisa alag h",
		"بیٹا لیبیا میں ہے، ایجنٹ کہتا ہے کشتی کے اور ۸ لاکھ دو ورنہ یہیں پڑا رہے گا۔ وہ کسی گودام میں ۵۰ لڑکوں کے ساتھ رکھا ہوا ہے",
		"beta Turkey me hai, agent keh raha aur 3 lakh do warna yahin para rahega",
		"ڈنکی والا ایجنٹ کہتا ہے بیٹا استنبول میں ہے، آگے یونان بھیجنے کے لیے ۴ لاکھ اور مانگ رہا ہے",
		"the agent who took my brother to Turkey calls us daily, says brother is staying in a house in Van with 20 others and needs 3 lakh more to move him to Istanbul",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, s)
		require.Equal(t, CaseSmuggling, r.CaseType, s)
	}
	// a sum asked at home before any journey is no price on the way
	for _, s := range []string{
		"Lahore ka agent Saudi visa ke liye 50 hazar aur maang raha hai, pehle 1 lakh de chuke, kya karein",
		"لاہور کا ایجنٹ سعودی ویزے کے لیے پچاس ہزار اور مانگ رہا ہے، ایک لاکھ پہلے دے چکے",
	} {
		r := Read(s)
		require.Equal(t, UrgencyRoutine, r.Urgency, s)
		require.Equal(t, CaseUnlicensedRecruiter, r.CaseType, s)
	}
	// held and threatened stays an emergency
	require.Equal(t, UrgencyEmergency, Read("agent ke bande bhai ko maar rahe hain, 5 lakh aur maang rahe warna jaan se maar denge").Urgency)
}

// A danger over and done, the writer home now, and the one to report
// still sending boys ("the agent Tariq is still sending boys from our
// area ... I want to report him", EN-017): a recruiter at work, not the
// old trafficking; on a smuggler's road (Libya) the journey's case.
func TestFixB35StillSendingBoys(t *testing.T) {
	t.Parallel()
	r := Read("Last year I was locked in a flat in Dubai for 3 weeks by the people who brought me, thank God I escaped and I am home in Sialkot since March, all fine now. the agent Tariq is still sending boys from our area, his number 0312-7788451. I want to report him")
	require.Equal(t, CaseUnlicensedRecruiter, r.CaseType)
	require.Equal(t, UrgencyRoutine, r.Urgency)
	for _, s := range []string{
		"دو سال پہلے میں لیبیا میں ایک گودام میں قید رہا تھا، اللہ کا شکر ہے واپس آ گیا ہوں اور اب گھر پر ٹھیک ہوں۔ جس ایجنٹ نے بھیجا تھا وہ منڈی بہاؤالدین میں پھر سے لڑکے اکٹھے کر رہا ہے، اس کی شکایت کرنی ہے",
		"2023 me main Libya me 4 mahine qaid raha tha, maar bhi khai, ab Alhamdulillah ghar pe hun Gujrat me. wo agent Sajid 0346-8823109 ab bhi larke bhej raha h Italy k liye, uski report krni h",
	} {
		r := Read(s)
		require.Equal(t, CaseSmuggling, r.CaseType, s)
		require.Equal(t, UrgencyRoutine, r.Urgency, s)
	}
	// still there: no past to lower it
	require.Equal(t, UrgencyEmergency, Read("they locked me in a flat in Dubai, the agent is still sending boys, please help me get out").Urgency)
}

// Papers with them ("passport aur cnic dono unke paas") hold no person: a
// sum asked "more" at home beside them is no ransom.
func TestFixB35PapersWithThemHoldNoOne(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Mirpur ki ek license wali agency ne Dubai job ke liye 4 lakh 20 hazar cash liye, raseed nahi di, ab 50 hazar aur mang rahe hain\npassport aur cnic dono unke paas",
		"میرپور کی ایک لائسنس والی ایجنسی نے دبئی کی نوکری کے لیے چار لاکھ لیے، اب پچاس ہزار اور مانگ رہے ہیں، پاسپورٹ اور شناختی کارڈ دونوں ان کے پاس ہیں",
	} {
		r := Read(s)
		require.NotEqual(t, CaseRansom, r.CaseType, s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, s)
	}
	// a person with them stays held
	require.Equal(t, UrgencyEmergency, Read("bhai unke paas hai, 5 lakh aur mang rahe warna maar denge").Urgency)
}

// Made to chat with foreigners to cheat them in crypto is forced scam
// work: urgent, no emergency unless harm or a lock is told (EN-010 was
// raised by the model at 83%).
func TestFixB35MadeToCheatInCrypto(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"my cousin went to Cambodia for 'online marketing' job at 1,500 dollars. now he says they make him chat with foreigners to cheat them in crypto, 16 hrs a day, they fine him if he refuses. he can message only at night",
		"Myanmar me bhai ko goron ko crypto me phasane pe lagaya hai, roz 15 ghante",
		"بھائی کمبوڈیا میں ہے، وہ لوگ اس سے غیر ملکیوں کو کرپٹو میں پھنسانے کا کام کرواتے ہیں، انکار کرے تو جرمانہ",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, s)
		require.Equal(t, CaseTrafficking, r.CaseType, s)
	}
	for _, s := range []string{
		"they make him chat with foreigners to cheat them in crypto and beat him with sticks when he refuses, he is locked in the building",
		"mera bhai Myanmar me company me phasa hua h, aaj unhon ne usko bijli ka jhatka diya kyun k scam karne se mana kiya. wo bol raha mujhe yahan se nikalo warna mar jaunga",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, s)
	}
}

// A registered company whose job was other than the contract ("وہاں جا
// کر پتہ چلا کہ کام کنسٹرکشن کا ہے") to one who is fine: the promoter's
// misconduct, no trafficking (UR-042).
func TestFixB35RegisteredCompanyJobNotAsPromised(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"السلام علیکم، ملتان کی ایک رجسٹرڈ کمپنی نے دبئی میں ہوٹل ویٹر کی نوکری کا معاہدہ کروایا تھا، تنخواہ ۲۲۰۰ درہم لکھی تھی۔ وہاں جا کر پتہ چلا کہ کام کنسٹرکشن کا ہے اور تنخواہ ۱۲۰۰ درہم۔ میں ٹھیک ہوں، تنخواہ وقت پر مل رہی ہے، مگر کمپنی نے دھوکہ دیا ہے، اس کے خلاف شکایت کرنی ہے تاکہ کسی اور کے ساتھ ایسا نہ ہو",
		"Multan ki ek registered company ne Dubai me waiter ki job ka contract diya tha 2200 dirham, wahan ja kar pata chala kaam construction ka hai 1200 dirham. main theek hun, complaint karni hai",
		"a registered company in Multan gave me a hotel waiter contract for Dubai at 2200 dirham, I got there and found out the work is construction for 1200. I am fine, salary comes on time, I want to complain against the company",
	} {
		r := Read(s)
		require.Equal(t, CaseOEPMisconduct, r.CaseType, s)
		require.Equal(t, UrgencyRoutine, r.Urgency, s)
	}
	r := Read("registered company ne Dubai bheja, wahan ja kar pata chala kaam alag hai, ab kamre me band kar ke rakha hai aur maarte hain")
	require.Equal(t, UrgencyEmergency, r.Urgency)
	require.Equal(t, CaseTrafficking, r.CaseType)
}

// A drama told beside a real offer and "how do we find out the company is
// right?" checks the offer (UR-021): a verification request; the drama
// asked about alone stays other.
func TestFixB35DramaThenHowToCheck(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"کل رات ڈرامے میں دکھایا کہ ایجنٹ لڑکی کو بیچ دیتا ہے، دل دہل گیا۔ میری کزن دبئی بیوٹی پارلر کی جاب کے لیے جا رہی ہے، کمپنی کہتی ہے ہمارے پاس لائسنس ہے۔ کیسے پتہ کریں کہ کمپنی ٹھیک ہے؟",
		"kal drama me dikhaya agent larki bech deta hai. meri cousin Dubai parlour job ke liye ja rahi, company kehti licence hai. kaise pata karein company theek hai?",
		"last night's drama showed an agent selling a girl, so scary. my cousin is going to Dubai for a beauty parlour job, the company says they have a licence. how can we check the company is genuine?",
	} {
		r := Read(s)
		require.Equal(t, CaseVerification, r.CaseType, s)
		require.Equal(t, UrgencyRoutine, r.Urgency, s)
	}
	r := Read("کل کے ڈرامے میں لڑکی کو کمرے میں بند کر دیا، کیا ایسا سچ میں ہوتا ہے؟")
	require.Equal(t, CaseOther, r.CaseType)
}

// A licensed promoter asking no more than the legal service charge, with a
// receipt, asks the law's own fee: no red flag (EN-046). More, cash, no
// receipt, or no receipt told (cases.json) still is one.
func TestFixB35LegalServiceCharge(t *testing.T) {
	t.Parallel()
	has := func(s string) bool {
		for _, f := range Read(s).Flags {
			if f.Code == FlagFeeBefore {
				return true
			}
		}
		return false
	}
	for _, s := range []string{
		"Can you check if 'Al-Madina Overseas Employment Promoters' Rawalpindi, lic 1987/RWP is real? they offer Saudi site helper job 1800 SAR and ask 15,000 service charge with receipt",
		"OEP lic 2011/PES Saudi job 1500 riyal, service charge 15000 mang rahe raseed ke sath, kya ye theek hai?",
		"لائسنس 1456/KHI والی او ای پی سعودیہ کی نوکری کے لیے ۱۵ ہزار سروس چارج رسید کے ساتھ مانگ رہی ہے، کیا یہ ٹھیک ہے؟",
	} {
		require.False(t, has(s), s)
	}
	for _, s := range []string{
		"OEP lic 2011/PES Saudi job ke liye 3 lakh mang rahe, kya ye theek hai?",
		"licensed OEP in Lahore (licence 3412/LHR) asks 15,000 service charge in cash, no receipt",
		"Can you check if Al-Haram Overseas Employment Promoters, licence 2345/KHI, is genuine? They want Rs 15,000 service charges.",
	} {
		require.True(t, has(s), s)
	}
}

// A man held at the kiln owner's place until his family comes back ("جب
// تک بیوی بچے واپس بھٹے پر نہیں آتے اسے نہیں چھوڑوں گا", UR-0262) is held:
// an emergency by the rules, not by the model's word alone (it fell to
// urgent after the merge's retrain).
func TestFixB35HeldUntilTheFamilyReturns(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"بھٹہ مالک نے میرے شوہر کو کل سے اپنے ڈیرے پر بٹھایا ہوا ہے، کہتا ہے جب تک بیوی بچے واپس بھٹے پر نہیں آتے اسے نہیں چھوڑوں گا",
		"bhatta malik ne mere shohar ko apne dere pe bithaya hua hai, kehta hai jab tak biwi bache wapis nahi aate usay nahi chhorega",
		"the kiln owner is keeping my husband at his place, says until the family comes back he will not release him",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, s)
	}
}

// More money asked for a named fee before anyone left ("ab 70 hazar aur
// mang rahe protector k naam pe", C17-028) is no price on the way, and a
// country named with a salary ("saudi me 2000 riyal") places no one
// there; a smuggler's "5 lakh aur maang raha" for one on the road stays.
func TestFixB35MoreForAFeeAtHome(t *testing.T) {
	t.Parallel()
	s := "main Khyber Gulf Manpower ki shikayat krna chahta hn. ye licence wala OEP hai 1573/PSH\n3 lakh 20 hazar le liye cash, raseed sirf 15 hazar ki di. ab 70 hazar aur mang rahe protector k naam pe\nAC technician ka bola tha saudi me 2000 riyal"
	r := Read(s)
	require.False(t, r.Abroad, s)
	require.Equal(t, UrgencyRoutine, r.Urgency, s)
	require.Equal(t, UrgencyRoutine, Read("they took 2 lakh, now asking 50 thousand more for the visa stamping").Urgency)
	u := "agent ne bola tha sirf 22 lakh me Italy, ab beta Libya me ek 'ghar' me h 40 logon k sath, agent 5 lakh aur maang raha k boat ka paisa alag h"
	require.NotEqual(t, UrgencyRoutine, Read(u).Urgency, u)
}
