package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A sum taken back in the same breath is no entity: the writers of 102
// blind items (B220-EN-005, B222-RU-014, …) list only the one said
// instead. "یعنی" names a part, "nahi" alone sets one sum against
// another: both are kept.
func TestSession32SumsTakenBack(t *testing.T) {
	t.Parallel()
	for text, want := range map[string][]float64{
		"agent took 6 lakh, sorry 6.5 lakh with the ticket":               {650000},
		"چار لاکھ لے چکا ہے، نہیں بلکہ چار لاکھ بیس ہزار":                 {420000},
		"Inho ne 2.5 lakh liye the, nahi sorry 2 lakh 70 hazar":           {270000},
		"95 hazar nahi sorry 1 lakh 5 hazar Meezan bank me transfer kiye": {105000},
		"He asked 3 lakh, I mean 3.5 lakh":                                {350000},
		"بارہ لاکھ میں۔ آدھے پیسے یعنی چھ لاکھ وہ دے چکا ہے":              {1200000, 600000},
		"salary 1500 ringgit nahi 900 hai. maine 3 lakh diye the":         {1500, 900, 300000},
		"fee 2 lakh li, phir 50 hazar aur mange, sorry 60 hazar":          {200000, 60000},
		"total saarhe 6 lakh diye":                                        {650000},
	} {
		require.ElementsMatch(t, want, amountValues(text), text)
	}
	// the sum taken back is kept apart, for the conversation to read
	e := Extract("agent took 6 lakh, sorry 6.5 lakh")
	require.Len(t, e.TakenBack, 1)
	require.Equal(t, 600000.0, e.TakenBack[0].Value)
}

// Found in blind224-blind225 and C291-C292 (first played in the
// thirty-second session).
func TestSession32Readings(t *testing.T) {
	t.Parallel()
	// a fee sent by JazzCash for a government job's advert is paid
	r := Read("پاکستان ریلوے میں گیٹ کیپر کی بھرتی کا اشتہار واٹس ایپ گروپ میں آیا تھا۔ درخواست فیس ۲۵۰۰ روپے جاز کیش کیے، نہ کوئی ٹیسٹ ہوا نہ کال آئی")
	require.Equal(t, CaseJobScamPaid, r.CaseType)
	// legs to be broken if the family makes noise: a threat, not a beating
	r = Read("اب پیسے واپس مانگے تو دھمکی دیتا ہے کہ زیادہ شور کیا تو تمہارے بیٹے کی ٹانگیں توڑ دیں گے")
	require.NotEqual(t, UrgencyEmergency, r.Urgency)
	require.NotContains(t, r.Situations, "violence")
	require.Contains(t, r.Situations, "threats")
	// a form opened and closed shuts no one in
	r = Read("کچھ نہیں بھرا، فارم کھول کر بند کر دیا")
	require.Equal(t, UrgencyRoutine, r.Urgency)
	require.Equal(t, CaseOther, r.CaseType)
	// a mobile written with an O for a zero
	require.Equal(t, []string{"+923012238876"}, Extract("03O1-2238876").Phones)
	require.Equal(t, []string{"+923001234567"}, Extract("mera no 03o0 1234567 hai").Phones)
	require.Empty(t, Extract("Route 03 Oak street 1234567").Phones)
	// a worker there now whose job is not what was promised
	r = Read("Hello, I am in Romania on a work permit, came 5 months ago through an agent in Lahore. The job is not what was promised and I want to know my options")
	require.Equal(t, CaseWorkerDistress, r.CaseType)
}

// Found in blind226-blind227 (first played after the lessons of
// blind224-blind225).
func TestSession32SecondRound(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		// children taken out to beg, one ran to the neighbours hurt: no one safe at home
		"Sahab hamari gali me ek ghar h jahan se raat ko bachon k rone ki awaz aati h. Subah 5-6 bachay gaari me bitha k le jate hain bheek mangwane. Kal ek bacha bhaag k hamare ghar aa gaya, pair pe zakhm the": UrgencyEmergency,
		// a gang that seized a son is no news of a gang caught
		"میرے بیٹے کو ترکی میں کسی گروہ نے پکڑ لیا ہے اور ہم سے آٹھ لاکھ مانگ رہے ہیں": UrgencyEmergency,
		// kept in by the rain; a batsman's hostage
		"آج تو بارش نے گھر میں قید کر دیا، سارا دن باہر نکل ہی نہیں سکے۔ چائے پکوڑے چل رہے ہیں": UrgencyRoutine,
		"بابر اعظم نے آج بالروں کی خوب دھلائی کی، بنگلہ دیش کو تو یرغمال بنا لیا":               UrgencyRoutine,
	} {
		require.Equal(t, want, Read(text).Urgency, text)
	}
	r := Read("Doha k industrial area me hamara saathi scaffolding se gir gaya, sir se khoon bohot nikal raha h. Passport sab k apne pas hain. Jaldi batao kya karein")
	require.NotContains(t, r.Situations, "documents_taken")
	for _, text := range []string{
		"Alhamdulillah, two years ago my cousin was held by an agent in Tripoli for 3 months and we thought we would never see him again. Today he opened his own mobile shop in Jhelum. Please make dua for him.",
		"I worked at a brick kiln in Sheikhupura as a child with my parents. Today I passed my MA and I teach at a government school. Sharing so other kids know there is hope.",
		"Wanted to update you that my nephew who was missing in Oman has been found, he was in hospital after a road accident. He is fine now and the family spoke to him today.",
	} {
		r := Read(text)
		require.Equal(t, CaseOther, r.CaseType, text)
		require.Equal(t, UrgencyRoutine, r.Urgency, text)
	}
	r = Read("Chiniot me ek Umrah travel agency wala Malaysia me factory worker bhej raha h, 3.8 lakh per banda. Uske pas bas Hajj Umrah ka license h, OEP ka nahi. Mera bhai b file jama karwa raha h, 1 lakh de chuka.")
	require.Equal(t, CaseUnlicensedRecruiter, r.CaseType)
}

// Found in blind228-blind229 (first played after the second round's
// lessons): one emergency missed in each, one heat idiom raised.
func TestSession32ThirdRound(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		// one word "help" and a pin, then the phone off (B228-EN-049: read as nothing)
		"My daughter Hina went to Dubai for a salon job through a lady agent from Faisalabad. This morning she sent one word 'help' and a location pin from Deira, after that her phone is switched off. She was fine last week.": UrgencyEmergency,
		// no news of arrival is no news story (B229-UR-025: lowered as news)
		"بھائی دو مہینے پہلے گوادر سے کشتی کے ذریعے عمان گیا تھا۔ ابھی تک نہ پہنچنے کی خبر آئی نہ واپس آیا، اور اب وہ لوگ پیسے مانگ رہے ہیں، کہتے ہیں ۱۲ لاکھ بھیجو": UrgencyEmergency,
		// a child kept from going home from the hotel he works at
		"mera bhtija 11 sal ka rwp me ek hotel pe kam krta h, malik ghr ni anay deta. kia kr skte": UrgencyEmergency,
		// the heat that killed one, an oven one is shut in; a school shut for the cold
		"آج تو گرمی نے مار ہی ڈالا، ۴۷ ڈگری! باہر نکلو تو لگتا ہے تندور میں قید ہو گئے ہیں":                                          UrgencyRoutine,
		"معزز والدین، شدید سردی کے باعث اسکول ۲۰ دسمبر سے ۵ جنوری تک بند رہے گا۔ بچوں کا ہوم ورک واٹس ایپ گروپ میں بھیج دیا جائے گا": UrgencyRoutine,
	} {
		require.Equal(t, want, Read(text).Urgency, text)
	}
	// bleeding after a fall at work is a medical emergency, not a beating
	r := Read("میرے ساتھی کو کام کی جگہ پر شدید چوٹ لگی ہے، سر سے خون بہہ رہا ہے اور کمپنی ہسپتال نہیں لے جا رہی کیونکہ اس کا اقامہ ختم ہے")
	require.Equal(t, UrgencyEmergency, r.Urgency)
	require.NotContains(t, r.Situations, "violence")
	require.Contains(t, r.Situations, "medical")
	// a visa and a ticket from an agent, neither real, paid for: no trip
	r = Read("Agent ne WhatsApp pe Oman ka visa aur Muscat ki ticket bheji, airline office gaye to PNR hi nahi tha, visa b Oman ki site pe nahi mila. 1 lakh 80 hazar cash liya tha, ab wo bolta h system ka masla h")
	require.Equal(t, CaseDocumentFraud, r.CaseType)
	// a question about us is no check of an agent
	require.Equal(t, CaseOther, Read("hi my friend gave me this number. is this a govt helpline? do you keep our names secret if we report an agent?").CaseType)
}

// Bleeding is read as medical now; a beating that broke teeth is still a
// beating (RU2-0396 of the test split turned worker distress without it).
func TestSession32BeatenAndBleeding(t *testing.T) {
	t.Parallel()
	r := Read("mujhe Qatar me ek kamre me rakha hua hai, kafeel ne maar ke daant tor diya, khoon beh raha hai, please embassy ko batao")
	require.Contains(t, r.Situations, "violence")
	require.Equal(t, UrgencyEmergency, r.Urgency)
}
