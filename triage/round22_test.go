package triage

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

func hasFlag(r Result, code string) bool {
	return slices.ContainsFunc(r.Flags, func(f Flag) bool { return f.Code == code })
}

// A ransom or extortion of someone who travelled by an irregular route
// (dunki, smugglers, Libya, Iran, Turkey, a boat, a safe house) carries
// the irregular route, as blind18-22's writers label it (28 of 30), when
// the message says how he went (one held in Libya or Iran and no more is
// no route since TestFixB32RansomWithoutRoute); threats
// from an agent to the family of one who went legally (an iqama in Riyadh,
// a visa in Dubai) do not.
func TestRound22RansomOnAnIrregularRoute(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"URGENT my husband is in a warehouse in Tripoli, the smugglers beat them every night, they want 25 lakh or they kill him",
		"a man called from +218 91 234 5678, put my son on the line, then said send 18 lakh to this account by Thursday. My son left for Italy by the Libya route",
		"my brother went by dunki, now they call and say send 10 lakh or we cut his fingers",
		"میرا بیٹا لیبیا میں اسمگلروں کے قبضے میں ہے، روز مارتے ہیں، ۳۰ لاکھ مانگ رہے ہیں ورنہ جان سے مار دیں گے",
		"ایک انجان نمبر سے فون آیا، میرے شوہر کی آواز سنوائی، پھر اس آدمی نے کہا ۲۵ لاکھ جمعے تک اس اکاؤنٹ میں ڈالو۔ وہ لیبیا کے راستے اٹلی کے لیے نکلے تھے",
		"raat ko call ayi, mere shohar ki awaz sunwai, phir kaha 22 lakh jumeraat tak dalo. wo Libya k raste Italy k liye niklay thay",
		"bhai ko turkey me ek ghar me rakha hua hai dunki walon ne, 5 lakh mang rahe warna maar denge",
	} {
		r := Read(s)
		require.Equal(t, CaseRansom, r.CaseType, "%q", s)
		require.True(t, hasFlag(r, FlagIrregularRoute), "%q %v", s, r.Flags)
	}
	for _, s := range []string{
		"The agent who sent my son to Saudi now calls us daily and says pay 2 lakh more or he will get his iqama cancelled and have him jailed.",
		"سعودیہ والا ایجنٹ بار بار فون کرتا ہے کہ ۱ لاکھ اور بھیجو ورنہ تمہارے بیٹے کا اقامہ کینسل کروا کے جیل بھجوا دوں گا",
		"dubai wala agent roz call krta h k 1.5 lakh aur bhejo warna tmhare bete ko police k hawale kr dunga, visa cancel krwa dunga",
		// Held in Libya and no word of the way he went: a ransom, no route
		// (blind4-17 and blind27-32; TestFixB32RansomWithoutRoute).
		"Last year agent's men in Libya held me and my family paid 10 lakh. Now same people calling my father saying we still owe 5 lakh",
		"میرے بھائی کو ایران میں اغوا کر لیا ہے، کہتے ہیں ۱۵ لاکھ بھیجو ورنہ مار دیں گے",
		"mere betay ko Iran me Zahedan k paas agent k bandon ne aghwa kar liya hai, 12 lakh bhejo warna goli maar denge",
	} {
		r := Read(s)
		require.False(t, hasFlag(r, FlagIrregularRoute), "%q %v", s, r.Flags)
	}
}

// "Is it real?" of a film or a drama checks nothing when no job or agent
// is named beside it (B22-EN-018; blind16 EN-015, RU-015 label such
// questions other).
func TestRound22FilmQuestionIsNoCheck(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Watched that film about the dunki route last night, the boat scene where they drown was so scary, my mother cried. Is it based on a true story?",
		"saw a movie about the dunki route yesterday, the boat sinks at the end. is it real?",
		"kal dunki wali film dekhi, kashti doob jati hai, kya ye sach hai?",
		"کل ڈنکی والی فلم دیکھی، آخر میں کشتی ڈوب جاتی ہے، کیا یہ سچ ہے؟",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, "%q", s)
		require.Empty(t, r.Flags, "%q", s)
	}
}

// A relative in jail abroad, or arrested there, with nothing demanded is a
// worker in distress, urgent: help, not a ransom and not an emergency
// (the usability tester's "my son is in jail in dubai" in three languages).
// Held in a country of the smugglers' routes it is a smuggler's journey
// (RU2-0713); beaten by an employer abroad, trafficking (B5-EN-002,
// EN-0179). A ransom still needs a demand.
func TestRound22RelativeJailedOrHeldAbroad(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"my son is in jail in dubai",
		"my brother is in prison in Riyadh, we cannot reach him",
		"mera beta dubai ki jail me hai",
		"bhai saudi me jail mein hai 2 hafte se",
		"bhai ko saudi me police ne pakar liya",
		"میرا بیٹا دبئی کی جیل میں ہے",
		"بھائی کو دبئی میں پولیس نے گرفتار کر لیا",
		"mera beta dubai ki jail me hai\nUAE",
	} {
		r := Read(s)
		require.Equal(t, CaseWorkerDistress, r.CaseType, "%q", s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q", s)
	}
	for _, s := range []string{
		"my son is held in iran",
		"mera beta iran me pakra hua hai",
		"میرا بیٹا ایران میں پکڑا ہوا ہے",
	} {
		require.Equal(t, CaseSmuggling, Read(s).CaseType, "%q", s)
	}
	for _, s := range []string{
		"the employer beats my husband in saudi",
		"saudi me kafeel mere shohar ko maarta hai",
		"سعودیہ میں کفیل میرے شوہر کو مارتا ہے",
	} {
		require.Equal(t, CaseTrafficking, Read(s).CaseType, "%q", s)
	}
	// Released and home, or deported: over.
	for _, s := range []string{
		"mere dost k chacha ko Oman mein police ne pakar liya tha visa khatam hone pe, ab wo release ho k ghar aa gaye hain, sab khair hai",
		"Baku me police ne pakar ke deport kiya, ab ghar hun",
	} {
		require.NotEqual(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
		require.NotContains(t, Read(s).Situations, "jailed", "%q", s)
	}
	// Money demanded, even as "the money", is a ransom.
	require.Equal(t, CaseRansom, Read("وہ کہتے ہیں آج شام تک رقم نہ ملی تو سمجھو تمہارا بچہ گیا، بیٹا لیبیا میں ہے").CaseType)
}

// A claim to be of a government body or a known employer, told of another
// ("says he recruits for Emirates airline", "کہتا ہے وہ او ای سی کا ملازم
// ہے", "khud ko Saudi Aramco ka HR bata raha hai") is impersonation, as
// blind4-21 mark 12 of 19 such claims (B22-EN-013, UR-050, RU-038); "no
// need to go to the Bureau" names no job (B22-UR-034).
func TestRound22ClaimsToBeOfABody(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"a man named Adnan says he recruits for Emirates airline and can arrange cabin crew job. Is he real?",
		"this guy calls himself an OEC officer and offers Korea jobs",
		"اس نمبر والا آدمی کہتا ہے وہ او ای سی کا ملازم ہے اور کوریا کی نوکری دلوا سکتا ہے۔ کیا یہ سچ ہے؟",
		"یہ بندہ خود کو قطر ایئرویز کا ایچ آر بتاتا ہے اور نوکری دے رہا ہے",
		"ye banda kehta hai wo OEC ka mulazim hai, Korea ki naukri dilwa dega, sach hai?",
		"ye wala banda khud ko Saudi Aramco ka HR bata raha hai, bina interview seedha job offer de raha hai",
	} {
		require.True(t, hasFlag(Read(s), FlagImpersonation), "%q %v", s, Read(s).Flags)
	}
	for _, s := range []string{
		"ایجنٹ نے کہا بیورو جانے کی ضرورت نہیں، ۳۰ ہزار دو میں پروٹیکٹر کی مہر خود لگوا دوں گا۔ پیسے دے دیے",
	} {
		require.False(t, hasFlag(Read(s), FlagImpersonation), "%q %v", s, Read(s).Flags)
	}
}

// Other flags read in more wordings: more asked of one who has paid a
// licensed promoter is a fee (blind4-21: 72 of 105; B22-RU-010); both
// sides of a CNIC asked for are personal data (B22-RU-048); "your name has
// come" and "I filled no form" are a selection without applying
// (B22-RU-021); a threat to post one's pictures is a threat (B22-EN-008).
func TestRound22MoreFlagWordings(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"licensed OEP 'Crescent Manpower' lic 2950/ISB ne mera passport rakha hua hai, keh rahe 80 hazar aur do tab protector karwa k denge. pehle hi 1.2 lakh de chuka hun",
		"Licensed promoter Al Noor Overseas lic 3344/RWP is keeping my passport and asking 50,000 more before protector, I already paid 1.5 lakh",
		"لائسنس یافتہ پروموٹر نور اوورسیز لائسنس ۳۳۴۴/RWP نے پاسپورٹ رکھا ہوا ہے، کہتے ہیں ۵۰ ہزار اور دو تب پروٹیکٹر ہوگا، ڈیڑھ لاکھ پہلے دے چکا ہوں",
	} {
		require.True(t, hasFlag(Read(s), FlagFeeBefore), "%q %v", s, Read(s).Flags)
	}
	for _, s := range []string{
		"msg aya ap Japan k jobs program me select ho gaye hain. 5000 registration fee aur CNIC ki dono taraf ki pic mang rahe hain",
		"پیغام آیا کہ آپ جاپان کی نوکری کے لیے منتخب ہو گئے ہیں، پانچ ہزار فیس اور شناختی کارڈ کی دونوں طرف کی کاپی مانگ رہے ہیں",
		"msg came that I am selected for a Japan job, they want 5000 fee and both side pics of my CNIC",
	} {
		require.True(t, hasFlag(Read(s), FlagPersonalData), "%q %v", s, Read(s).Flags)
	}
	for _, s := range []string{
		"sms aya hai 'OEC Germany Skilled Worker program me apka naam aa gaya, 24 ghante me confirm karein: https://oec-germany.site/apply' maine to koi form nahi bhara tha",
		"sms says my name is on the list for OEC Germany program, confirm at https://oec-germany.site, I never filled any form",
		"ایس ایم ایس آیا کہ جرمنی پروگرام میں آپ کا نام آ گیا ہے https://oec-germany.site پر تصدیق کریں، میں نے کوئی فارم نہیں بھرا تھا",
	} {
		require.True(t, hasFlag(Read(s), FlagSelected), "%q %v", s, Read(s).Flags)
	}
	for _, s := range []string{
		"I paid 85k to a Facebook page for Dubai visa. Now they blocked me and call my wife saying pay 40k more or they will post my CNIC pics on their page",
		"page walon ko 50 hazar diye, ab keh rahe 20 hazar aur do warna tumhari tasveerein facebook pe laga denge",
		"فیس بک پیج کو پچاس ہزار بھیجے، اب کہتے ہیں بیس ہزار اور دو ورنہ تصویریں فیس بک پر لگا دیں گے",
	} {
		require.Equal(t, UrgencyUrgent, Read(s).Urgency, "%q", s)
	}
}

// Everyday texts: a worker abroad telling home that work goes well and the
// iqama was renewed (E22-029), money sent to a friend "pls check and
// confirm" (E22-131), a job at home after an interview (E22-059).
func TestRound22EverydayWordings(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"مسقط میں کام اچھا چل رہا ہے، کمپنی نے اقامہ بھی رینیو کر دیا ہے۔",
		"muscat me kaam acha chal raha hai, company ne iqama bhi renew kar diya hai",
		"work in Muscat is going well, company renewed my iqama too",
		"Sent you Rs 1200 for last night's dinner on SadaPay, pls check and confirm 👍",
		"bhai 1200 bheje hain dinner ke, check kar ke confirm karo",
		"مبارک ہو! دوسرے انٹرویو کے بعد آپ کو اینگرو میں اسسٹنٹ مینیجر کے عہدے کے لیے منتخب کر لیا گیا ہے۔",
		"Congratulations! After the second interview you have been selected as Assistant Manager at Engro. Offer letter emailed.",
		"Mubarak ho! dusre interview ke baad aap Engro me assistant manager select ho gaye hain",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, "%q", s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q", s)
	}
}
