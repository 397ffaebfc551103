package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// One's own leaving on a smuggler's route on a named weekday ("on Sunday",
// "jumeraat ko", "جمعرات کو") leaves within days, from home: a smuggling
// plan, routine since the thirty-third session (TestLeavingSoonOnASmugglersRoute;
// blind25 EN-047, UR-047 had it urgent). A friend's boat from Gwadar
// "parson" is a crossing still to come: no emergency.
func TestFixB25LeavingOnAWeekday(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"My cousin is leaving on Sunday with an agent, Quetta to Taftan to Iran then Turkey on foot. How can we stop him?",
		"my brother goes this Friday with the dunki agent through Iran to Turkey, he paid 10 lakh. please help me stop him",
		"My nephew leaves on Thursday with a smuggler for Iran and Turkey, his mother does not know",
		"mera bhai jumeraat ko agent ke sath Quetta ja raha hai, wahan se dunki laga ke Iran aur Turkey. kaise rokun?",
		"cousin itwar ko nikal raha hai agent ke sath Iran ke raste Turkey, 12 lakh diye hain",
		"mera dost agle jumma ko dunki se Iran ja raha hai, rokna hai",
		"میرا چھوٹا بھائی جمعرات کو ایجنٹ کے ساتھ کوئٹہ جا رہا ہے، وہاں سے ڈنکی لگا کر ایران، ترکی پھر یونان۔ اسے کیسے روکوں؟",
		"میرا کزن اتوار کو ایجنٹ کے ساتھ ڈنکی لگا کر ایران جا رہا ہے",
		"بیٹا اگلے جمعہ کو ایجنٹ کے ساتھ ایران کے راستے ترکی نکل رہا ہے، روکنا ہے",
		"mera dost parson Gwadar se kashti me Oman jayega phir wahan se aage Europe, agent ne pakki setting bola hai. kaise rokun isko?",
		"bhai agle hafte Gwadar se kashti me Oman jayega, wahan se aage Turkey, rokna hai",
	} {
		r := Read(s)
		require.Equal(t, CaseSmuggling, r.CaseType, "%q", s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q %v", s, r.Danger)
	}
	for _, s := range []string{
		"a man in our village sends boys to Turkey through Iran, people say he is a smuggler",
	} {
		require.NotEqual(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
}

// One gone silent after setting out across the sea (a boat, or a coast the
// boats leave from and a European country) or shut in a truck is an
// emergency (blind25 UR-007, RU-011): every such line of the corpus and
// blind sets is one. The agent's own phone off is not the traveller's.
func TestFixB25SilentOnACrossing(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"بیٹے کا فون منگل سے بند ہے۔ ایجنٹ نے کہا تھا موریطانیہ سے رات کو نکلیں گے اور چار پانچ دن میں اسپین کے جزیرے پہنچ جائیں گے۔ آج دسواں دن ہے",
		"بھائی لیبیا سے اٹلی کے لیے نکلا تھا، چھ دن سے فون بند ہے",
		"beta Mauritania se Spain ke liye nikla tha, 8 din se phone band hai, agent kehta hai dua karo",
		"bhai Libya se Italy ke liye gaya tha, 5 din se koi khabar nahi",
		"My son left Mauritania for the Spanish islands ten days ago, his phone is off since Tuesday, the agent says pray",
		"my husband set out from Libya for Italy last week, no news from him for 6 days",
		"bhai ne kal dopahar msg kiya tha truck me charh gaye, peeche se band kr diya hai, 14 ghante ka safar hai Bulgaria tak. 30 ghante ho gaye koi msg nahi aya",
		"بھائی نے پیغام بھیجا تھا کہ ٹرک میں بیٹھ گئے ہیں، پیچھے سے بند کر دیا ہے، بلغاریہ تک جانا ہے۔ تیس گھنٹے ہو گئے کوئی پیغام نہیں آیا",
		"my brother texted that they got into the back of a truck to Bulgaria, locked from outside. 30 hours and no message since",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q %v", s, r.Danger)
		require.Equal(t, CaseSmuggling, r.CaseType, "%q", s)
	}
	for _, s := range []string{
		"5 boys from our village left for Greece via Iran last week with agent Sajid, no news since they crossed into Iran",
		"agent ne kaha tha bhai ko Libya se Italy bhejega, ab agent ka phone band hai aur paise bhi le gaya",
	} {
		require.NotEqual(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
}

// A phone taken by the employer and no word since: no one can reach them
// (blind25 UR-011). "No news" is no news report ("کوئی خبر نہیں" is not
// "in the news"). A phone given once a week stays urgent (blind14 UR-047).
func TestFixB25PhoneTakenAndSilent(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ابو سعودیہ میں اونٹ چرانے کا کام کرتے ہیں۔ آخری پیغام ۱۲ دن پہلے آیا تھا کہ کفیل نے موبائل لے لیا ہے۔ اس کے بعد کوئی خبر نہیں",
		"بھائی دبئی میں کام کرتا ہے، کمپنی نے فون چھین لیا، دس دن سے کوئی رابطہ نہیں",
		"abbu Saudi me oont charate hain, kafeel ne mobile le liya hai, 12 din se koi khabar nahi",
		"behen Kuwait me ghar ka kaam karti hai, madam ne phone cheen liya, 2 hafte se koi rabta nahi",
		"My father herds camels in Saudi, the kafeel took his mobile, no news from him for 12 days",
		"the employer took my brother's phone in Qatar and we have not heard from him since, 10 days now",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q %v", s, r.Danger)
	}
	for _, s := range []string{
		"بہن کو ایک ایجنسی نے اردن میں گھریلو کام کے لیے بھیجا، وہاں اس کا فون چھین لیا، ہفتے میں ایک بار مالکن کے فون سے بات کرواتے ہیں",
		"meri wife Riyadh me kisi ke ghar kaam krti h, unho ne passport aur phone le liya, hafte me 1 dafa baat krne dete, tankhwa 3 mahine se nai di",
		"My sister works in a house in Beirut, madam took her phone and passport, she calls from neighbours phone once a week",
	} {
		require.Equal(t, UrgencyUrgent, Read(s).Urgency, "%q", s)
	}
}

// A call in a whisper, "I can't talk, don't call on this number", from
// another number: one who cannot speak freely where she is (blind25
// EN-009, UR-009, RU-009).
func TestFixB25CannotTalkFreely(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"My daughter went to Kuwait for a house job. Today after 5 weeks she called from a different number, whispered 'Ammi I can't talk, don't call on this number' and cut the line.",
		"my sister in Riyadh whispered on the phone that she cannot talk now and we should not call this number",
		"beti Kuwait gayi thi ghar ke kaam ke liye, aaj dusre number se call ki, dheemi awaz me boli ammi main baat nahi kar sakti, is number pe call mat karna",
		"میری بہن عراق گئی تھی۔ آج اس کا فون آیا، بس اتنا کہا 'باجی میں بات نہیں کر سکتی، اس نمبر پر فون مت کرنا'",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q %v", s, r.Danger)
	}
	for _, s := range []string{
		"Got this msg on whatsapp from unknown number saying i am selected for Qatar airport cleaner job, send 25k for file",
		"I can't speak Arabic, is there a job in Dubai for me?",
	} {
		require.NotEqual(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
}

// More money for one on the smuggler's way with a harm threatened if it is
// not paid (handed to the police, thrown out of the house) is an
// extortion (blind25 EN-050, RU-050; blind18 EN-015); the journey's price,
// "or he stays there", "warna aage nahi", is smuggling (blind23 UR-041).
func TestFixB25ThreatOnTheWayIsExtortion(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"the agent who sent my son to Libya calls every day, says pay 5 lakh more or he will hand him to Libyan police. My son is in a house in Benghazi waiting for the boat",
		"agent says give 3 lakh more or we hand him to police, my brother is in a house in Istanbul",
		"mere bhai ko Turkey me jis agent ne rakha hua hai wo kehta hai 4 lakh aur bhejo warna safe house se nikal denge",
		"agent keh raha hai beta Libya me ek ghar me hai, 5 lakh aur bhejo warna police ke hawale kar denge",
		"ایجنٹ کہتا ہے بیٹا لیبیا میں ایک گھر میں ہے، پانچ لاکھ اور بھیجو ورنہ پولیس کے حوالے کر دیں گے",
		"بھائی ترکی میں ایجنٹ کے سیف ہاؤس میں ہے، کہتا ہے چار لاکھ اور بھیجو ورنہ گھر سے نکال دیں گے",
	} {
		r := Read(s)
		require.Equal(t, CaseRansom, r.CaseType, "%q", s)
	}
	for _, s := range []string{
		"My brother is in a safe house in Tehran for 10 days. The dunki agent now wants 3 lakh more to take them across to Turkey, otherwise they will be sent back",
		"bhai Van me ek ghar me rakha hy, agent keh raha 3 lakh aur bhejo warna aage nahi le jayenge",
		"میرا بیٹا ترکی میں ایجنٹ کے ایک گھر میں ہے، اب ایجنٹ کہتا ہے یونان بھیجنے کے لیے ۵ لاکھ اور دو ورنہ وہیں چھوڑ دیں گے",
	} {
		require.Equal(t, CaseSmuggling, Read(s).CaseType, "%q", s)
	}
}

// Visa stickers and protector stamps sold are forged documents, wherever
// they are sold (blind25 EN-043).
func TestFixB25VisaStickersSold(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"This Facebook page facebook.com/EuroVisaStickerPK is openly selling Schengen visa stickers and 'protector stamps' for Rs 95,000, delivery in 3 days",
		"a shop in Saddar sells visa stickers for Italy, 2 lakh each",
		"ek banda Schengen visa sticker bech raha hai 3 lakh me, protector stamp bhi",
		"فیس بک پر ایک صفحہ شینگن ویزا اسٹیکر بیچ رہا ہے، ڈیڑھ لاکھ میں",
	} {
		require.Equal(t, CaseDocumentFraud, Read(s).CaseType, "%q", s)
	}
}

// A page passing itself off as an official body that asks a fee for its
// jobs, asked about ("is it official?"), is the offer reported (blind25
// UR-028, blind21 EN-030); a letter by e-mail so asked about stays a check
// (blind14 EN-048).
func TestFixB25OfficialPageWithAFee(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"فیس بک پر 'اوورسیز ایمپلائمنٹ کارپوریشن' کے نام سے ایک صفحہ جاپان میں کیئر ورکر کی نوکریاں دے رہا ہے۔ رجسٹریشن فیس ۵۰۰۰ روپے ایزی پیسہ پر۔ کیا یہ سرکاری ہے؟",
		"Facebook page 'OEC Korea Jobs 2025' says EPS registration fee Rs 2500 by easypaisa before test. Is OEC really taking money like this?",
		"fb page 'OEC Japan Jobs' care worker ki naukriyan de raha hai, registration fee 5000 easypaisa pe. kya ye sarkari hai?",
	} {
		require.Equal(t, CaseJobOfferSuspicious, Read(s).CaseType, "%q", s)
	}
	require.Equal(t, CaseVerification, Read("My son got an offer letter from 'Qatar Airways Ground Services' asking him to pay QAR 1,500 for visa. The letter came from qatarairways.hr.recruit@gmail.com. Real?").CaseType)
}

// A departure told to be legal in every way, the worry the parent's own,
// is no report (blind25 EN-019, RU-019); "my heart is sinking" is no boat.
func TestFixB25LegalDepartureWorry(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"My son flies to Doha tomorrow on a proper work visa, licensed OEP, protector done, everything legal. Still my heart is sinking, first time he leaves home. What should I tell him to stay safe there?",
		"beta kal Dubai ja raha hai, protector ho gaya, sab legal hai, bas dil ghabra raha hai. usay kya samjhaun?",
		"بیٹا کل قطر جا رہا ہے، پروٹیکٹر لگ گیا، سب قانونی ہے، پھر بھی دل ڈوب رہا ہے۔ اسے کیا نصیحت کروں؟",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, "%q", s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q", s)
	}
	require.Equal(t, CaseVerification, Read("ek aadmi kehta hai Libya me construction ki jobs hain direct work visa pe, 6 lakh. kya aaj kal Libya ka legal work visa milta hai?").CaseType)
}

// Staying in for fear of the police with an iqama expired is no one
// locked in (blind25 EN-044); a registration fee asked "aur" (and) is no
// more money mid-journey (RU-041); "kuch pata nahi kya karein" is no one
// gone silent (RU-045).
func TestFixB25NotRaised(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"I am in Dammam, company has not paid 4 months salary, my iqama expired in Jan so I cant go out because of police checkpoints. Kafeel says no exit until I sign. Pakistani embassy number please",
		"Riyadh me hun, iqama khatam hai, police ke dar se bahar nahi ja sakta, 3 mahine se tankhwa nahi mili",
		"ریاض میں ہوں، اقامہ ختم ہو گیا ہے، پولیس کے ڈر سے باہر نہیں جا سکتا، تین مہینے سے تنخواہ نہیں ملی",
		"assalamualaikum mera shohar Qatar mein hai uski company ne teen mahine se tankhwa nahi di aur ab kehte hain camp khali karo to wo log bahar footpath pe hain kuch pata nahi kya karein wo wapis aana chahta hai",
	} {
		r := Read(s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q %v", s, r.Danger)
	}
	for _, s := range []string{
		"Emirates group ki fake website hai emirates-careers-pk.com, wahan Dubai me cabin crew ka form hai aur 15000 fee mang rahe hain. meri cousin ne card details daal di hain",
		"ایک جعلی ویب سائٹ emirates-jobs-pk.com پر دبئی کی نوکری کا فارم ہے اور ۱۵۰۰۰ فیس مانگ رہے ہیں",
	} {
		require.Equal(t, UrgencyRoutine, Read(s).Urgency, "%q", s)
	}
}

// Passports handed with the money to a man at home who sells visas, with
// nothing refused or demanded for them, are the recruiter's report:
// routine (blind25 EN-033, UR-033; 5 of 5 such lines); a passport kept
// back until more is paid stays urgent (24 of 24).
func TestFixB25PassportsWithAVisaSeller(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"My uncle gave 4.5 lakh to a man in our mohalla who sends people to Saudi on azad visa. He has taken passports of 6 men 'to Islamabad for stamping'. Uncle wants the money back",
		"ہمارے گاؤں کا ایک آدمی دبئی کا آزاد ویزا ساڑھے تین لاکھ میں بیچ رہا ہے۔ میرے کزن نے پیسے دے دیے ہیں اور پاسپورٹ بھی اسی کے پاس ہے",
		"gaon ka ek banda Dubai ka azad visa 3 lakh me bech raha hai, cousin ne paise de diye aur passport bhi usi ke paas hai",
	} {
		r := Read(s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q %v", s, r.Danger)
	}
	for _, s := range []string{
		"agent ne passport aur 1 lakh le liya tha Saudi visa ke liye, ab passport bhi wapis nahi de raha, keh raha 50 hazar aur do",
		"ایجنٹ نے میرا پاسپورٹ اپنے پاس رکھ لیا ہے، کہتا ہے عمان کا ویزا چاہیے تو ڈیڑھ لاکھ اور دو",
		"agent Rashid in Gujranwala kept my passport and original CNIC, says give 50k more or forget Oman",
		"ous ne mere puttar to saudi azad visa de naam te 4 lakh ghidy. hun 8 mahine ho gye na visa na pese, pasport v ous kol hy, mangde han ta aakhda hy police ch andar kara desan",
	} {
		require.Equal(t, UrgencyUrgent, Read(s).Urgency, "%q", s)
	}
}

// A number written in one run that is a Pakistani landline or a mobile of
// a country named is the mobile there (blind25 UR-011: the kafeel's Saudi
// number, not a Gujranwala line); a landline written with its area code
// apart stays one (everyday18 E18-208).
func TestFixB25ForeignMobileInOneRun(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ابو سعودیہ میں کام کرتے ہیں۔ کفیل کا نمبر ۰۵۵۳۸۱۲۰۴۷ بند جاتا ہے",
		"abbu Saudia me hain, kafeel ka number 0553812047 band hai",
		"my father works in Saudi Arabia, the sponsor's number 0553812047 is off",
	} {
		require.Equal(t, []string{"+966553812047"}, Extract(s).Phones, "%q", s)
	}
	for _, s := range []string{
		"Umrah package, Makkah 14 din Madina 7 din. Sadiq Travels Gujranwala 055-3841290",
		"عمرہ پیکج، مکہ ۱۴ دن۔ صادق ٹریولز گوجرانوالہ ۰۵۵-۳۸۴۱۲۹۰",
	} {
		require.Equal(t, []string{"+92553841290"}, Extract(s).Phones, "%q", s)
	}
}
