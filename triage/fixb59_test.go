package triage

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind59 and blind60, written to sit close to real danger: a
// phone "qaid" till exams, a girl who shuts herself in to study, a shop
// shut and its owner counting stock in the godown, a boat on a lake, a
// family freed by a court and safe now, a boat that sank in the news
// ("did u see ... they're saying"), a cartoon kidnapping in a biscuit
// advert. None is an emergency; the dangers they sit beside still are.
func TestBlind59NearDanger(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Abbu ne mera phone qaid kar liya hai exams tak 😭 ye msg ammi k phone se kar raha hun, kal milte hain academy me",
		"باجی، آخری بار بولی تھی کمرے میں بند ہو کر پڑھوں گی، پیپر ختم ہوتے ہی کال کرے گی۔ آپ اسے بتا دینا امی یاد کر رہی ہیں",
		"Tariq bhai ki dukaan 3 din se band hai, aakhri baar bola tha godown me band hoon stock count kar raha hoon, Monday ko kholunga. tab tak cement kahan se milega koi batao",
		"امی فکر نہ کریں، بیٹا دوستوں کے ساتھ کینجھر جھیل پر کشتی میں ہے، کہہ رہا ہے بیچ پانی میں نیٹ ورک نہیں آ رہا، شام تک واپس آ جائے گا",
		"ہم سات افراد کا خاندان پچھلے ماہ سانگھڑ کے ایک زمیندار کی قید سے نکل آیا ہے، عدالت نے رہا کیا اور اب سب محفوظ ہیں۔ اب ہم مقدمہ کرنا چاہتے ہیں، کہاں جائیں؟",
		"did u see, another boat sank off Greece, they're saying 40 boys from Kotli side are missing. Allah rehm kare. this is exactly why I keep telling my cousins dont go by dunki",
		"that new biscuit advert where little kids get 'kidnapped' by a cartoon monster for the last packet is so creepy, my daughter won't stop crying. who approves these ads?",
	} {
		require.NotEqual(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
	for _, s := range []string{
		"unhon ne mera phone cheen liya aur mujhe kamre me qaid kar diya hai, Dubai me hun",
		"bhai Libya se kashti me nikla tha, engine band ho gaya hai pani andar aa raha hai",
		"میری بہن کو ریاض میں مالکن نے کمرے میں بند کر رکھا ہے، کھانا بھی نہیں دیتی",
		"the agent's men locked us in a warehouse in Tripoli, they beat my cousin yesterday",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
}

// A licence asked for and dodged or called needless ("licence ka pucha to
// kehta hai zaroorat nai", "لائسنس پوچھا تو ٹال گیا", "لائسنس کی بات
// چھوڑو") is no licence: the recruiter is unlicensed, not a promoter's
// misconduct (the "licence is not needed" read as misconduct).
func TestBlind59LicenceDodged(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"agent ne mera passport 2 mahine se apne Gujranwala office me rakha hua hai, ab bolta hai 50k aur do to wapis dunga. Oman ka visa lagwana tha. licence ka pucha to kehta hai zaroorat nai",
		"کل صبح میری بیٹی کی ریاض کی فلائٹ ہے۔ ایجنٹ نے کوئی معاہدہ نہیں دکھایا۔ لائسنس پوچھا تو ٹال گیا، دفتر بھی نہیں ہے۔ دو لاکھ دے چکے ہیں",
		"سیالکوٹ کا ایک کنسلٹنٹ رومانیہ کے ورک پرمٹ کے لیے نو لاکھ مانگتا ہے۔ او ای پی لائسنس کا پوچھا تو کہتا ہے لائسنس کی بات چھوڑو، کام ہو جائے گا",
		"I asked about his licence and he laughed, said licence is not needed for Romania. he wants 8 lakh",
	} {
		r := Read(s)
		require.NotEqual(t, CaseOEPMisconduct, r.CaseType, "%q", s)
		require.True(t, slices.ContainsFunc(r.Flags, func(f Flag) bool { return f.Code == FlagNoLicence }), "%q: %v", s, r.Flags)
	}
	// a licence shown is still one
	r := Read("licensed OEP Al-Hamd Overseas, licence 2871/RWP, took 4 lakh for Saudi and gave no receipt")
	require.Equal(t, CaseOEPMisconduct, r.CaseType)
}

// Found in C69 and C70: parts paid of a total told in lakhs and thousands
// are in its thousands ("total 1 lakh 60 hazar bante hain, 25 aur 35
// diye"), while a total told after parts in lakhs stays in lakhs ("3.5 lac
// first, now 1 lac more. 4.5 total"); a mother who fell ill crying at home
// puts no one in peril on the road (a son about to leave by dunki from
// home is no emergency; routine since the thirty-third session).
func TestC69PartsAndPeril(t *testing.T) {
	t.Parallel()
	require.Equal(t, []float64{160000, 25000, 35000, 100000}, amountValues("total 1 lakh 60 hazar bante hain, 25 aur 35 diye phr 1 lakh aur mang rahe thay"))
	require.Equal(t, []float64{350000, 100000, 450000}, amountValues("3.5 lac first, now 1 lac more. 4.5 total"))
	require.Equal(t, []float64{3500000, 1000000}, amountValues("35 lakh total, 10 already paid"))
	r := Read("میرا بیٹا ایک ایجنٹ کے ساتھ یونان جانے لگا ہے ایران ترکی کے راستے سے ڈنکی لگا کر۔ اس کی ماں رو رو کر بیمار ہو گئی ہے۔ آٹھ لاکھ لے چکا ہے، پرسوں ان کو کوئٹہ لے کر جانا ہے پھر تفتان")
	require.Equal(t, CaseSmuggling, r.CaseType)
	require.Equal(t, UrgencyRoutine, r.Urgency)
	// one ill on the road still is in peril
	require.Equal(t, UrgencyEmergency, Read("bhai dunki pe hai Iran ke pahar me, bohat bimar hai, bukhar hai chal nahi sakta").Urgency)
}

// Found in blind62: danger words the model reads, from the whole message,
// as no emergency and no case of danger ("یہ تو سراسر زیادتی ہے نا" of a
// licensed firm's fee, a GPS watch sold against "bachon ki kidnapping ka
// dar") are no emergency; a person held stays one.
func TestBlind62ModelLowersDangerWordsOfNoDanger(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"لائسنس یافتہ کمپنی نے قطر کے لیے مجھ سے 3,50,000 روپے لیے مگر رسید صرف 15000 کی دی۔ یہ تو سراسر زیادتی ہے نا؟",
		"Bachon ki kidnapping ka dar? Kids GPS smartwatch sirf Rs 4,999 me, cash on delivery. order k liye reply karein",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q", s)
		require.True(t, slices.ContainsFunc(r.Danger, func(d string) bool { return strings.HasPrefix(d, "Model: danger words") }), "%v", r.Danger)
	}
	for _, s := range []string{
		"company wale hamein jane nahi dete, passport bhi unke paas hai",
		"agent ne shohar ko Oman me ek kamre me band kar rakha hai, dhamkiyan deta hai, 1 lakh mang raha hai",
		"ایجنٹ والوں نے میری بہن کے ساتھ زیادتی کی ہے، وہ دبئی میں ایک فلیٹ میں ہے",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
}

// Found in blind63: awareness adverts with children ("an ad on YouTube with
// small kids carrying bricks ... 'End child labour, call 1099'", "Edhi ka ad
// dekha jisme gumshuda bachon ki tasveerein"), the heat "killing" everyone
// in a power cut ("sab mar rahe hain garmi se"), and a wish to have one's
// number deleted are no emergency and no report.
func TestBlind63AdvertsHeatAndErasing(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Saw an ad on YouTube with small kids carrying bricks on their heads, at the end it says 'End child labour, call 1099'. is that your campaign also?",
		"Edhi ka ad dekha jisme gumshuda bachon ki tasveerein dikhate hain, 'apne bachon ka khayal rakhein'. dil dehal gaya",
		"Mirpur me 2 din se bijli band hai, sab mar rahe hain garmi se, koi sunne wala nahi",
	} {
		r := Read(s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q", s)
		require.Equal(t, CaseOther, r.CaseType, "%q", s)
	}
	require.Equal(t, CaseOther, Read("Please delete my number and everything I sent earlier. I don't want any problem with the agent").CaseType)
	// a child made to carry bricks, told as happening, still is one
	require.Equal(t, UrgencyEmergency, Read("hamare bhatte pe malik 10 saal ke bachon se eentein uthwata hai aur maarta hai").Urgency)
}

// Found in C73 and C74: bruises seen on a child maid are violence (an
// emergency), and a job abroad "not what was promised" is a worker's
// trouble there.
func TestC73BruisesAndPromises(t *testing.T) {
	t.Parallel()
	r := Read("I need to report something happening in my neighbour's house in DHA Lahore. They have a little girl, maybe 11 or 12, working as a maid. I hear her crying every night and today I saw bruises on her arms when she came out to throw the garbage")
	require.Equal(t, UrgencyEmergency, r.Urgency)
	require.Equal(t, CaseForcedLabour, r.CaseType)
	r = Read("Hello, I am in Romania on a work permit, came 5 months ago through an agent in Lahore. The job is not what was promised and I want to know my options")
	require.True(t, r.Abroad)
	require.NotEqual(t, UrgencyEmergency, r.Urgency)
}

// Found in C74: the thousands said bare after lakhs before a word of
// saying ("1 lac 90 bola tha", "3 lakh 20 bola tha") are a price, 1,90,000.
func TestC74LakhsAndThousandsSaid(t *testing.T) {
	t.Parallel()
	// (the sum taken back with "nai sorry" is dropped since the thirty-second
	// session: blind labels keep only the one said instead, takenBack)
	require.Equal(t, []float64{190000}, amountValues("total 1 lac 80, nai sorry 1 lac 90 bola tha"))
	require.Equal(t, []float64{320000}, amountValues("3 lakh 20 bola tha"))
	require.Equal(t, []float64{500000}, amountValues("5 lakh 20 din pehle diye"))
}

// Found in C75: "they will take him quetta then taftan then iran turkey"
// is the journey's route, no threat to take him; a cousin leaving in two
// days by dunki, from home, is routine (TestLeavingSoonOnASmugglersRoute).
func TestC75RouteIsNoThreat(t *testing.T) {
	t.Parallel()
	r := Read("my cousin Usman age 22 from Kharian he is going to Greece by dunki the agent Shakeel from Lalamusa has taken 5 lakh already and they will take him quetta then taftan then iran turkey by walking and then boat to greece he leave in 2 days, his mother is crying we tell him no but he dont listen the agent says 100% safe route many boys reached but we know boys die in mountains and sea please do something stop this agent")
	require.Equal(t, CaseSmuggling, r.CaseType)
	require.Equal(t, UrgencyRoutine, r.Urgency)
	// a threat to take one of the family still is one
	require.Contains(t, Read("agent ne kaha paise wapis mange to tumhare bete ko utha lenge, he said he will take him").Situations, "threats")
}

// amountValues is the value of each amount Extract reads in s, in order.
func amountValues(s string) []float64 {
	var out []float64
	for _, a := range Extract(s).Amounts {
		out = append(out, a.Value)
	}
	return out
}
