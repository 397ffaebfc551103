package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind95-blind98 (first plays, 2026-12-02, fourth session):
// dangers missed, and memories, jokes, headlines and questions about the
// service read as reports.

// A landlord who grows the debt and threatens to have the women taken if
// the family moves; a boy of ten kept at a hotel "till the advance is paid
// back"; a worker at a site abroad bleeding whom the supervisor will not
// send to hospital; a child a man took away, told by a parent who is safe
// where she is; a nephew in a warehouse in Libya heard being beaten.
func TestDangersOfBlind95To98(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseForcedLabour, UrgencyUrgent,
		"سانگھڑ کے ایک زمیندار کے پاس ہمارے رشتہ دار ہاری ہیں۔ ۸۰ ہزار قرض تھا جو اب زمیندار کہتا ہے ۳ لاکھ ہو گیا ہے۔ کہتا ہے کسی اور زمیندار کے پاس گئے تو تمہاری عورتوں کو اٹھوا لوں گا۔ فصل کا حصہ بھی نہیں دیتا")
	requireSituations(t, []string{"debt_bondage", "threats"}, []string{
		"۸۰ ہزار قرض تھا جو اب زمیندار کہتا ہے ۳ لاکھ ہو گیا ہے۔ کہتا ہے کسی اور کے پاس گئے تو تمہاری عورتوں کو اٹھوا لوں گا",
	})
	requireRead(t, CaseForcedLabour, UrgencyEmergency,
		"Hamari kaam wali ka 10 saal ka beta Lahore me ek hotel pe kaam krta tha. 2 mahine se ghar nahi aya, hotel wale kehte hain pehle 40 hazar advance wapis karo phir le jao, usko phone pe b baat nai karwate")
	requireRead(t, CaseWorkerDistress, UrgencyEmergency,
		"Urgent. My roommate fell from the scaffolding at our site in Lusail, Doha, he is bleeding from the head and not talking. Supervisor is saying don't call ambulance, company will get in trouble because no safety belt. What number do we call here")
	requireUrgency(t, UrgencyEmergency, []string{
		"Mera 8 saal ka beta Hamza 2 mahine pehle Okara se gum hua tha. Aaj maine usay Data Darbar k bahar bheek mangte dekha, ek aadmi usko pakar k rickshaw me le gaya. Wo log bachon se bheek mangwate hain. Abhi Lahore me hun plz madad",
		"اطلاع دینی ہے: میرے بھانجے کو لیبیا میں زوارہ کے قریب ایک گودام میں رکھا ہوا ہے، وہاں اور بھی پاکستانی ہیں۔ جو ایجنٹ گجرات سے لے کر گیا تھا اس کے لیبیا والے ساتھی کہتے ہیں دس لاکھ اور دو ورنہ کشتی پر نہیں بٹھائیں گے اور یہیں رکھیں گے۔ کل اس کی مار کھانے کی آواز بھی سنوائی",
		// heard last week, of a girl of ten now: news of now, no memory
		"پڑوسن بتا رہی تھی کہ ان کی ۱۰ سال کی بیٹی سکھر میں ایک وڈیرے کے گھر کام کرتی ہے۔ پچھلے ہفتے ملنے گئیں تو ملنے نہیں دیا گیا، دروازے سے ہی جھلک دیکھی تو بچی کے چہرے پر نیل تھے۔",
	})
	requireRead(t, CaseRansom, UrgencyEmergency,
		"My cousin Bilal went with an agent to Iran 3 weeks ago, supposed to go on to Turkey. He hasn't called since Tuesday. Today someone called my uncle from a +98 number, said Bilal is 'with us', send 5 lakh for his food and 'expenses' or dont expect to see him. Uncle thinks it's the agent's people.")
	requireSituations(t, []string{"kidnap_ransom"}, []string{
		"bhai ko wapas chahiye to 15 lakh ready rakho",
		"he has still not come back and those people keep asking for money",
	})
	// a journey only talked of, the boat in the agent's plan
	requireRead(t, CaseSmuggling, UrgencyRoutine,
		"میرا چھوٹا بھائی یورپ جانے کی ضد کر رہا ہے۔ گوجرانوالہ کا ایک ایجنٹ کہتا ہے دبئی سے ایتھوپیا، پھر سینیگال اور موریتانیہ سے کشتی میں اسپین، چالیس لاکھ لگیں گے۔ ابھی کوئی پیسہ نہیں دیا۔ اسے کیسے سمجھاؤں اور اس ایجنٹ کی شکایت کہاں کروں؟")
	// papers an agent made, found forged
	requireCase(t, CaseDocumentFraud, []string{
		"ایجنٹ نے مجھے برطانیہ کے اسٹڈی ویزے کے لیے یونیورسٹی کا داخلہ لیٹر اور بینک اسٹیٹمنٹ بنا کر دی۔ ویزا سینٹر والوں نے بتایا کہ یہ لیٹر جعلی ہے، یونیورسٹی نے کبھی جاری ہی نہیں کیا۔ ۹ لاکھ روپے لے چکا ہے اور اب کہتا ہے دوبارہ اپلائی کر دیں گے",
		"ایک ایجنٹ نے کینیڈا کی جاب آفر لیٹر اور ایل ایم آئی اے کے کاغذات دیے۔ کینیڈا کی حکومت کی ویب سائٹ پر کمپنی کا نام ہی نہیں ہے۔ وکیل نے بتایا کہ کاغذات جعلی ہیں۔ ہم نے ساڑھے چھ لاکھ دیے تھے، ایجنٹ اسلام آباد جی نائن مرکز میں بیٹھتا ہے",
	})
}

// Memories of long ago, a joke, a cricket score, a headline of arrests and
// questions about the service itself are no reports; a laughing face that
// is a sigh beside a worker's plight is no joke.
func TestNoReportsOfBlind95To98(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine,
		"میرے دادا بتاتے تھے کہ ۱۹۷۸ میں وہ ایک لانچ میں چھپ کر دبئی گئے تھے، تین دن سمندر میں بھوکے پیاسے رہے۔ آج ان کی برسی ہے، دعائے مغفرت کی درخواست ہے",
		"Mere dost k abba bata rahe the k 1995 me Saudi me kafeel ne unka passport rakh liya tha aur 2 saal ghar nahi aane diya. Phir embassy ne madad ki. Ab wo Gujrat me araam se hain, pote pootiyon k sath",
		"گاؤں کے بزرگ بتاتے تھے کہ ۱۹۷۰ کی دہائی میں لوگ کشتیوں میں چھپ کر مسقط جاتے تھے، کئی دن بھوکے پیاسے، کچھ واپس ہی نہیں آئے۔ دادا ابو بھی ایسے ہی گئے تھے۔ آج کل کے بچے یہ باتیں سن کر یقین نہیں کرتے",
		"2 saal pehle Taif me kafeel ne passport rakh liya tha aur 5 mahine tankhwa nahi di thi, bara mushkil time tha. Ab Alhamdulillah Pakistan wapas hoon aur apni rickshaw chala raha hoon. Sab bhaiyon ko kehta hoon soch samajh k jana",
		"2 saal pehle main b ek agent k hathon 3 lakh luta chuka hun aur Muscat me 2 mahine phansa raha. Ab Alhamdulillah OEP k zariye legal Qatar me hun, sab theek h. Logon ko aagah karte rahein",
		"In 2019 I was stranded in Jeddah without salary for 7 months and slept in a park for some days. Now I am back in Sargodha and running my own mobile shop. I am sharing your number with boys from my area who want to go abroad.",
		"لطیفہ 😂 اغوا کار نے فون کیا: تمہاری بیوی ہمارے پاس ہے، ۱۰ لاکھ بھیجو ورنہ واپس بھیج دیں گے۔ شوہر: ایک ہفتہ رکھ لو، پیسے میں بھیج دوں گا 😂😂",
		"کل کے میچ میں آسٹریلیا کے بولرز نے ہماری بیٹنگ کو یرغمال بنا لیا، ۹۰ پر پوری ٹیم ڈھیر 😡",
		"ایف آئی اے نے لاہور میں جعلی ویزے اور پروٹیکٹر مہریں بنانے والے گروہ کے تین ارکان گرفتار کر لیے، ملزمان سے ۴۰ پاسپورٹ برآمد",
		"خبر: ایف آئی اے نے گجرات میں انسانی اسمگلنگ میں ملوث ۳ ایجنٹ گرفتار کر لیے، ملزمان لوگوں کو لیبیا کے راستے اٹلی بھجوانے کے ۲۵ لاکھ روپے فی کس لیتے تھے",
		"Is this service free? And can I message on weekends also or only office timing? I want to ask about my brother's agent later.",
		"Ye wala number kis ka h? Kisi ne group me dala tha k overseas job ki shikayat yahan karo. Ap FIA wale ho ya koi private?",
		"Hi, what are your office timings and do you have an office in Multan? I want to come and ask about going to Saudi properly through the government way.",
	)
	requireRead(t, CaseTrafficking, UrgencyUrgent,
		"salam ji mai Riyadh me hu, kafeel ne driver ka visa diya tha lekin ab bakriyon ke farm pe kaam krwata hai. passport rakh liya hai aur 4 mahine se tankha nai di. is ne to meri jaan nikal di hai kaam kara kara k 😩")
	// one's own ordeal of 2019, told before a friend who means to go the
	// same way, is told for his sake
	requireCase(t, CaseSmuggling, []string{
		"2019 me main Iran border pe pakra gaya tha, goli bhi chali thi, ab Alhamdulillah ghar pe hun Mandi Bahauddin me. ab mera dost Tayyab usi raste se Turkey jana chahta hai agent ko 9 lakh dene wala hai, usko kaise rokun",
	})
}

// An id word of more than one word ("او ٹی پی") before a run of digits
// makes it no phone number, as a one-word one does.
func TestIdWordOfWordsIsNoPhone(t *testing.T) {
	t.Parallel()
	require.Empty(t, Extract("آپ کا او ٹی پی 03001234567 ہے").Phones)
	require.Len(t, Extract("آپ کا نمبر 03001234567 ہے").Phones, 1)
}

// A bare sum with a word of adding up after it is money ("400000 total,
// 50,000 plus 3,50,000", C122-022); a year or a small count is not.
func TestSumWithTotalAfter(t *testing.T) {
	t.Parallel()
	got := Extract("400000 total, 50,000 plus 3,50,000").Amounts
	require.Len(t, got, 3)
	require.Equal(t, 400000.0, got[0].Value)
	require.Empty(t, Extract("2019 total 5 log gaye the").Amounts)
	require.Empty(t, Extract("12 total larke the").Amounts)
}

// Found in blind99 and blind100 (first plays): ordeals of years ago of
// people settled since, idioms of prices and homework, a headline of an
// arrest, a parent asking whether the salary came; a sister whom the
// house she works in keeps from her family.
func TestBlind99And100(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseOther, UrgencyRoutine,
		"Mere dost k chacha 1990 me dunki laga k Greece gaye thay, bohat mushkil se pohanche, ab wahan apna restaurant h. Wo kehte hain kabhi is raste se mat jana",
		"My neighbour's son was kidnapped in Karachi 10 years ago, came back after 2 days. Now he is a doctor at Services Hospital, he told the whole story at dinner last night, what a man.",
		"In 2019 I was stuck in Libya for 4 months, the smugglers beat us and kept us in a warehouse. Alhamdulillah I came back through IOM and now I drive a rickshaw in Sialkot. I tell every boy in my street, don't go by dunki, it's not worth your life.",
		"Mere dost ka cousin 10 saal pehle Italy gaya tha boat se, ab wahan pizza shop chalata h. Sab kehte hain lucky tha, warna us waqt bohat log doob gaye thay",
		"آج کل کی مہنگائی نے تو ہمیں یرغمال بنا لیا ہے، بجلی کا بل دیکھ کر دل ہی بیٹھ گیا",
		"Ammi ne aaj mujhe kamre me qaid kar diya jab tak homework khatam na ho 😭 mobile b le gain",
		"FIA arrests 'most wanted' human smuggler from Gujranwala, accused of sending dozens of youths to Europe via Libya, says spokesperson.",
		"بیٹا کھانا کھا لیا؟ ابو پوچھ رہے تھے تمہاری تنخواہ آئی یا نہیں، مکان کا کرایہ دینا ہے",
	)
	requireRead(t, CaseForcedLabour, UrgencyEmergency,
		"Bhabhi ne bataya k Sana (meri behen) Lahore me jis ghar me kaam karti h wahan se 2 mahine se ghar nahi aayi, phone pe sirf 'theek hun' kehti h aur peeche se koi chilla raha hota h. Wo log usko chutti nahi dete, milne jao to darwaze se wapis kar dete hain")
	// settled since, but telling of a cousin and the agent's price now
	requireCase(t, CaseSmuggling, []string{
		"2019 me main khud dunki laga k Turkey gaya tha, border pe goli chali thi, ek dost wahin reh gaya. ab main Lahore me apni dukan chala raha hun. mere cousin ko ab ek agent Iran wala route 18 lakh me de raha h, usko kaise samjhaun? aur agent ki report karni hai",
	})
}

// blind102 (round four, first played without learning): a son who writes
// "I am fine" while "the new people say I stay here till 2 lakh comes in
// their account" is held for money; "literally dying in this heat" is an
// idiom.
func TestBlind102Lessons(t *testing.T) {
	t.Parallel()
	requireRead(t, CaseRansom, UrgencyEmergency,
		"Ammi don't worry I am fine. Just don't send money to Bilal's account anymore, he is not with us. The new people say I stay here till 2 lakh comes in their account, they gave me phone only today for 5 minutes. Don't tell police ok, they said it will be bad.")
	requireRead(t, CaseOther, UrgencyRoutine,
		"I'm literally dying in this heat, 48 degrees in Dubai today 🥵 but work is good, salary came on time, will send money Friday")
	requireUrgency(t, UrgencyRoutine, []string{"I will stay here till Eid, then come home"})
}
