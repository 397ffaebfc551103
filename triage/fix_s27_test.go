package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Visas "opened" for a country (a forwarded offer: "Japan ne 3 lakh
// Pakistanion ke liye visa khol diye") are no paper handed to anyone; a
// visa or a medical report that was handed over and that its issuer says
// it never issued is a forged paper; a passport kept while the worker is
// made to work ("پاسپورٹ رکھ کر ... کام کروایا") is taken; "first finish
// the loan" before one may go home is debt bondage.
func TestSession27PapersAndDebt(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"ye msg har group me chal raha hai: 'JAPAN ne 3 lakh Pakistanion ke liye visa khol diye, registration fee sirf 2500, isi number pe easypaisa karein 0349 1185620' upar Japan govt ka logo bhi laga hai. logon ko batao ye fake hai", CaseJobOfferSuspicious, UrgencyRoutine},
		{"Qatar ne Pakistan ke liye 50 hazar visa khol diye hain, 5000 fee jazzcash karein 0301 5567123", CaseJobOfferSuspicious, UrgencyRoutine},
		{"ایجنٹ نے میرے بیٹے کو سعودی عرب کا ویزا اور میڈیکل رپورٹ دی۔ ہم میڈیکل سینٹر گئے تو انہوں نے بتایا کہ یہ رپورٹ ہمارے ہاں سے جاری ہی نہیں ہوئی، اور ویزا نمبر بھی سعودی ویب سائٹ پر نہیں مل رہا۔ ایک لاکھ نوے ہزار لے چکا ہے۔", CaseDocumentFraud, UrgencyRoutine},
		{"agent ne Oman ka visa diya, 2 lakh liye. embassy walon ne kaha ye visa to jari hi nahi hua", CaseDocumentFraud, UrgencyRoutine},
		{"He gave my son a work permit for Romania and took 6 lakh. The embassy says the permit was not issued by them", CaseDocumentFraud, UrgencyRoutine},
		{"میری بیوی کو ۲۰۲۲ میں عمان گھریلو ملازمہ بنا کر بھیجا گیا، وہاں پاسپورٹ رکھ کر دو سال بغیر تنخواہ کام کروایا۔ اب وہ گھر واپس آ گئی ہے۔ بھیجنے والی عورت نسیم اب بھی گاؤں سے عورتیں بھیج رہی ہے", CaseTrafficking, UrgencyRoutine},
		{"Plz tell my abbu I am ok but I cant come home, they say first finish the loan. Gate is always locked from outside and Baji keeps my phone, I am using the cook's. Faisalabad, big white house near Canal Road. Dont call this number", CaseForcedLabour, UrgencyEmergency},
	})
	// a CoS invoiced and never issued is no paper handed over (C64-002)
	r := Read("They sent an invoice of GBP 7,000 for the Certificate of Sponsorship. I transferred Rs 9,50,000 as first instalment. When I contacted the care home directly they said they never issued any CoS to me")
	require.NotEqual(t, CaseDocumentFraud, r.CaseType)
}

// Session 27's triage lessons (blind188, blind189).
func TestSession27Triage(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		// a money transfer ready to collect is the family's money (B188-EN-050)
		{"Western Union: Money transfer of AED 1,500 from ABDUL GHAFOOR (UAE) is ready for pickup. MTCN 430-118-2276. Collect from any agent with your CNIC.", CaseOther, UrgencyRoutine},
		// held on the route, more asked for the next stage: the smuggler's price (B188-EN-028) …
		{"Forwarding msg from my brother: 'bhai dont send more money to Shahid. they keep us in a room in Van, 20 of us. one boy Usman has high fever 3 days, they dont take him to doctor and say shut up. they want 3000 dollars more each for next stage'", CaseSmuggling, UrgencyEmergency},
		// … beaten while it is asked, or told to call the family for more: a ransom
		{"میرا بھتیجا ایجنٹ کے ذریعے تفتان سے ایران گیا تھا۔ اب ایران میں کسی گھر میں بند ہے، وہ لوگ ویڈیو کال پر اسے مارتے ہیں اور پانچ لاکھ مانگ رہے ہیں ورنہ آگے نہیں بھیجیں گے", CaseRansom, UrgencyEmergency},
		{"bhai sun... we crossed, ok... the man who brought us took all our money... now we are in one house near Urmia, they dont let anyone go out... he says call your family, 5 lakh more or... i cant talk they are coming", CaseRansom, UrgencyEmergency},
		// walking over the mountains tonight from a house by the border (B188-EN-024)
		{"ammi im ok. they took my phone, this is another boys. we r in a house near the border, man says tonight we walk thru mountains to other side. no food since yesterday. dont tell abbu", CaseSmuggling, UrgencyEmergency},
		// "no one goes home till the harvest" is the debt's hold, no kidnapping (B188-RU-009)
		{"Hum Sanghar ke ek zameendar ke haari hain, 7 saal se qarza khatam hi nahi hota, ab chhe lakh bata raha h. Kehta h fasal tak koi ghar nahi chhorega. Beta shehar kaam pe jana chahta tha to uske bande ne dhamki di", CaseForcedLabour, UrgencyUrgent},
		{"مدد چاہیے۔ ہم بھٹے پر کام کرتے ہیں، مالک کہتا ہے قرض ادا کیے بغیر نہیں جا سکتے", CaseForcedLabour, UrgencyUrgent},
		// visas sold, "they have no OEP licence": no one held or sold (B189-UR-014)
		{"سیالکوٹ میں 'اسکائی لنک ٹریولز' اٹلی کے سیزنل ورک ویزے بیچ رہی ہے، فی بندہ ۱۲ لاکھ۔ میں نے بیورو کی لسٹ چیک کی، ان کے پاس او ای پی لائسنس نہیں، صرف ٹکٹنگ کا لائسنس ہے۔", CaseUnlicensedRecruiter, UrgencyRoutine},
		// a domestic worker shut in, beaten and unpaid in Lahore (B189-RU-023)
		{"Meri behan ko Lahore Johar Town me ek ghar me kaam pe rakha tha, ab wo usko kamre me band rakhte hain. Aaj usne chupke se call ki k roz marte hain, aur 1 saal se salary b nai di. Help karo plz", CaseForcedLabour, UrgencyEmergency},
		// a video of strangers, "Allah help them" (B189-UR-039); a thanks for a brother home (B189-RU-033)
		{"سوشل میڈیا پر ویڈیو دیکھی کہ لیبیا میں کچھ پاکستانی لڑکوں کو ایک گودام میں قید رکھا ہوا ہے اور ان پر تشدد ہو رہا ہے۔ پتا نہیں کون ہیں، بہت دکھ ہوا۔ اللہ ان کی مدد کرے", CaseOther, UrgencyRoutine},
		{"Shukar h Allah ka, mera bhai jo 2 saal pehle Iran me phans gaya tha wo wapis aa gaya tha aur ab yahan mobile ki dukan chala raha h. Bas aapka number dekha to socha shukriya keh dun", CaseOther, UrgencyRoutine},
	})
	// a passport's return fee is no ransom; a threat to block is none to the person
	require.NotEqual(t, CaseRansom, Read("Licensed promoter (lisens 2741/LHR) ne mera passport 5 mahine se rakha hua h, visa nai laga, ab keh raha passport wapis chahiye to 25 hazar 'file closing' do. Ye jaiz h?").CaseType)
	r := Read("Insta pe 'Serbia Work Permit Hub' page tha, factory job ka bola, 1 lakh 20 hazar bank transfer kr dye. Ab keh rahe hain embassy appointment k liye 60 hazar aur bhejo warna file cancel. Paisay wapis mange to block krne ki dhamki di. Kya karun?")
	require.Equal(t, UrgencyRoutine, r.Urgency)
	// a brother ill in a labour camp in Dubai is there
	require.True(t, Read("میرے بھائی کو دبئی کے لیبر کیمپ میں سینے میں شدید درد ہوا ہے، بے ہوش ہو رہا ہے، کمپنی کا سپروائزر کہتا ہے صبح دیکھیں گے").Abroad)
}

// Session 27's second round (blind190, blind191).
func TestSession27TriageSecondRound(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		// a stranger's call: money, and then the family may talk to him, or he is let go
		{"ابو کو ترکی گئے چار مہینے ہو گئے، اب تک نہ پہنچنے کی خبر آئی نہ ان کی آواز سنی۔ ایک بندہ بار بار فون کر کے کہتا ہے پیسے بھیجو تو ابو سے بات کرواؤں گا", CaseRansom, UrgencyEmergency},
		{"My uncle went to Kuwait in March, still hasnt come home and his phone is off for 12 days. Now a man keeps calling my aunt saying 8 lakh is needed to 'settle his matter' or they wont let him go. He wont say who he is.", CaseRansom, UrgencyEmergency},
		// a slip the Protector's office calls fake (B190-RU-015)
		{"Agent ne BEOE registration ki slip aur Oman ka employment contract diya, dono pe mohar lagi hui. Protector office gaye to bole slip jaali h aur contract wali company Oman me register hi nahi. 1,75,000 le chuka h", CaseDocumentFraud, UrgencyRoutine},
		// "they will take 50,000 workers" is no threat; a PTA warning is no report
		{"Assalam o Alaikum, my neighbour forwarded a post saying South Korea will take 50,000 Pakistani workers under a new agreement and we should register within 10 days at any travel agent. Is this true? Where do we apply officially?", CaseVerification, UrgencyRoutine},
		{"PTA warns citizens not to share CNIC copies with unknown WhatsApp numbers offering overseas jobs. Report such numbers by SMS to 9000. #StaySafe", CaseOther, UrgencyRoutine},
		// a past journey told to warn others (B190-RU-029)
		{"2 saal pehle me Iran border pe pakra gaya tha aur deport hua, bohot mushkil waqt tha. Ab Alhamdulillah apna dhaba chala raha hun Jhelum me. Bas ye kehna tha k kisi ko dunki pe mat jane do", CaseOther, UrgencyRoutine},
		// "they lock the door when they go", whispered from Kuwait (B191-UR-026)
		// a kiln owner's men take a brother "to keep him for the debt" (B191-UR-023)
		{"ہم بھٹہ مزدور ہیں، ضلع ننکانہ۔ مالک کے بندوں نے ابھی میرے بھائی کو اٹھا لیا ہے اور کہتے ہیں قرض کے بدلے اسے باندھ کر رکھیں گے۔ مجھے بھی مارا ہے۔ پولیس کو کہیں جلدی آئے", CaseForcedLabour, UrgencyEmergency},
		// a past loss told with thanks for the service is no report; a past
		// loss told to say the same agent works again is his report
		{"تین سال پہلے میں بھی ایک جعلی ایجنٹ کے ہاتھوں لٹ گیا تھا، دو لاکھ گئے تھے۔ اب ہر اشتہار پہلے بیورو کی ویب سائٹ پر چیک کرتا ہوں۔ آپ لوگوں کی سروس اچھی ہے، اللہ کامیاب کرے۔", CaseOther, UrgencyRoutine},
		{"3 saal pehle ek agent ne mujhe Malaysia me bina kaam k chor dia tha, main khud kisi tarah wapis aa gaya. Bas ye batana tha k wohi banda ab Al Faisal Travels k naam se Okara me baitha h aur logon se phir paise le raha h", CaseUnlicensedRecruiter, UrgencyRoutine},
		// a sinking in the news with a prayer for the dead; "don't eat out
		// tonight"; a mother's threat over exam results (blind192, blind193)
		{"So sad, a boat sank off Greece last night, 5 Pakistanis among the missing. May Allah have mercy on them", CaseOther, UrgencyRoutine},
		{"Beta aaj raat khana bahar na khana, tumhari phuppo aa rahi hain, biryani bana rahi hun", CaseOther, UrgencyRoutine},
		{"Ammi ne dhamki di h k agar result acha na aya to mobile zabt aur ghar se bahar nikalna band 😭", CaseOther, UrgencyRoutine},
		{"Your Western Union transfer of GBP 300 from United Kingdom has been paid out as PKR 107,850 at Allied Bank. Thank you for choosing Western Union.", CaseOther, UrgencyRoutine},
		// one of the family not arrived on the route, and money asked of the
		// family: a ransom, an emergency (15 of 15 corpus and blind lines)
		{"میرا بھائی ایک مہینہ پہلے ایک ایجنٹ کے ساتھ ایران گیا تھا۔ ابھی تک نہ آگے پہنچا نہ واپس آیا، اور اب وہ لوگ ہم سے پیسے مانگ رہے ہیں", CaseRansom, UrgencyEmergency},
		{"Chachu ka beta 3 hafte pehle Greece k liye nikla tha, abhi tak na pohncha na wapas aya aur wo log ab paise maang rahe hain, kehte hain wo Iran me h", CaseRansom, UrgencyEmergency},
		// a question about this service is no report (B188-UR-046)
		{"یہ سروس کیا کرتی ہے؟ کیا آپ لوگ بیرون ملک نوکری بھی دلواتے ہیں؟", CaseOther, UrgencyRoutine},
		{"بھائی جان میں آہستہ بول رہی ہوں۔۔ یہاں سب ٹھیک نہیں ہے۔۔ جو کام بتایا تھا وہ نہیں ہے۔۔ یہ لوگ دروازہ لگا کر جاتے ہیں۔۔ کسی کو مت بتانا کہ میں نے میسج کیا۔۔ کویت", CaseTrafficking, UrgencyEmergency},
	})
	// a fine to be let go is no kidnapping (B191-UR-016)
	r := Read(`میرا بھائی کمبوڈیا میں ایک "آن لائن مارکیٹنگ" کمپنی میں ہے۔ اسے زبردستی لوگوں کو فراڈ میسج بھیجنے پڑتے ہیں، کمپنی نے پاسپورٹ لے لیا ہے اور کہتی ہے ۳۰۰۰ ڈالر جرمانہ دو تو چھوڑیں گے۔ وہ روز ہم سے بات کر لیتا ہے، مارا پیٹا نہیں۔`)
	require.NotContains(t, r.Situations, "kidnap_ransom")
}

// readCase is a message and the case type and urgency it must be read as.
type readCase struct{ text, caseType, urgency string }

func requireReads(t *testing.T, cases []readCase) {
	t.Helper()
	for _, c := range cases {
		r := Read(c.text)
		require.Equal(t, c.caseType, r.CaseType, "%q", c.text)
		require.Equal(t, c.urgency, r.Urgency, "%q", c.text)
	}
}
