package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in C39: a smuggler's trade told as what he does ("jo larkon ko
// kashti se italy bhejta h") or his plan as he tells it ("wo kehta h pehle
// dubai, phir libya, wahan se kashti", "aadhe paise abhi aadhe pohnch k")
// puts no one at sea now, so a drowning told as last year's lowers the
// account to a report; a boat at sea now, or a son in a boat with no news,
// stays an emergency. A joke's danger words are never the model's
// emergency. Windows one cannot see out of are a place one is held.
func TestFixC39SmugglersTradeAndPlan(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"bhai hamare mohalle (Kharian) me ek agent h jo larkon ko kashti se italy bhejta h, 25 lakh leta h. pichle saal isi ke bheje 2 larke Greece wale hadse me doob gaye the",
		"hamare ilaqe ka agent kashti se italy bhejta h. wo kehta h pehle dubai, phir egypt, phir libya, wahan se kashti. aadhe paise abhi aadhe pohnch k. 2 saal pehle yahan ke larke doob gaye the",
		"ہمارے گاؤں کا ایجنٹ لڑکوں کو کشتی سے اٹلی بھیجتا ہے۔ پچھلے سال اس کے بھیجے دو لڑکے ڈوب گئے تھے",
	} {
		r := Read(s)
		require.Equal(t, CaseSmuggling, r.CaseType, s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, s)
	}
	for _, s := range []string{
		"kashti doob rahi hai pani andar aa raha hai, 40 log hain",
		"agent ne kaha tha aadhe paise abhi aadhe pohnch k, ab mera beta kashti me hai aur 3 din se koi khabar nahi",
		"my friend went to Malaysia on visit visa. last voice note he said 'they shifted us at night, cant see outside, dont call me'",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, s)
	}
	require.NotEqual(t, UrgencyEmergency, Read("ammi ki dhamki: 10 baje tak ghar nahi aaye to darwaza band 😂").Urgency)
}

// A bare number of thousands after lakhs, followed by what it was with
// ("3 lakh 20 with the medical", "3 lakh 20 ke saath"), is part of the sum;
// a number of days or boys after lakhs is not.
func TestFixC39ThousandsWithWhatFollows(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]float64{
		"3 lakh. no wait it was 3 lakh 20 with the medical": 320000,
		"3 lakh 20 ke saath medical":                        320000,
		"۳ لاکھ ۲۰ میں سب ہو جائے گا":                       320000,
	} {
		var got []float64
		for _, a := range Extract(text).Amounts {
			got = append(got, a.Value)
		}
		require.Contains(t, got, want, text)
	}
	for _, text := range []string{"5 lakh 20 din pehle diye", "2 lakh 50 larkon se liye"} {
		for _, a := range Extract(text).Amounts {
			require.Equal(t, 0.0, float64(int64(a.Value)%100000), text)
		}
	}
}

// Found in C38: a son in a scam compound who says "all is fine, mother",
// but then that the company asks 5,000 dollars to let him leave and that
// whoever misses the target is punished, is in danger now: what is said
// against "all is fine" stands. Money asked to let a worker leave is a
// debt that holds him (urgent); punishment for a missed target is
// violence. "Pay 3 lakh to go to Dubai" is a fee, no debt.
func TestFixC38PayToLeaveAndPunishedTargets(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"میرا بیٹا تین مہینے پہلے تھائی لینڈ گیا تھا کمپیوٹر کی نوکری کے لیے۔ کہتا ہے امی فکر نہ کریں سب ٹھیک ہے، لیکن کل کہہ رہا تھا کہ یہاں سے نکلنے کے لیے کمپنی ۵ ہزار ڈالر مانگتی ہے اور جو ٹارگٹ پورا نہ کرے اس کو سزا ملتی ہے",
		"bhai kehta hai theek hun lekin kal unhon ne usay maara aur kamre me band kar diya",
		"target poora na ho to maarte hain, mera bhai Cambodia me hai",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, s)
	}
	for _, s := range []string{
		"my brother is in Dubai, the company says he has to pay 2 lakh to leave the job and they keep his passport",
		"bhai Malaysia me hai, company kehti hai nikalne ke liye 3 lakh do",
	} {
		require.NotEqual(t, UrgencyRoutine, Read(s).Urgency, s)
	}
	for _, s := range []string{
		"agent says pay 3 lakh to go to Dubai, visa in 2 weeks",
		"my visa expired and I want to go home",
		"سیلز ٹارگٹ پورا کرنے پر بونس ملتا ہے",
	} {
		require.Empty(t, Read(s).Danger, s)
	}
}

// Found in C40: a job's country paid for from home places no one there
// ("promised him a driver job in Riyadh … he took 6 lakh 50 thousand from
// us … and also kept his original passport", "Malaysia me factory job ka
// bola tha … maine 2 lakh de diye … passport bhi usi ke paas hai"), and a
// passport an agent at home keeps is no emergency at the model's word
// alone; one held abroad, or with harm, is.
func TestFixC40PassportKeptAtHome(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"An agent named Imran Butt who runs Butt Travels & Tours near Sheranwala Bagh promised him a driver job in Riyadh with 1800 riyal salary, he took 6 lakh 50 thousand from us in cash in three instalments and also kept his original passport, that was in March. now his phone is off",
		"mai Sialkot se hu, ek agent hai Haji Nawaz, usne Malaysia me factory job ka bola tha, 3.5 lakh mange maine 2 lakh de diye 6 mahine pehle passport bhi usi ke paas hai",
		"ایجنٹ نے سعودیہ میں ڈرائیور کی نوکری کا کہا تھا، ہم نے تین لاکھ دیے، پاسپورٹ بھی اسی کے پاس ہے، اب فون بند ہے",
	} {
		r := Read(s)
		require.False(t, r.Abroad, s)
		require.Empty(t, r.Located, s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, s)
	}
	for _, s := range []string{
		"mera bhai Riyadh me hai, kafeel ne passport rakh liya aur kamre me band kar diya",
		"I am in Dubai, the company took my passport and they beat us",
	} {
		r := Read(s)
		require.True(t, r.Abroad, s)
		require.Equal(t, UrgencyEmergency, r.Urgency, s)
	}
}

// Found in C40: one back home safe who tells the scam work he was forced
// into there and asks for the agent's report is routine (C40-003); one
// whose friend is "still there" is not (blind22 UR-037): "ابھی تک وہیں",
// "abhi tak wahan" are read as still there (the phrases were broken by a
// space inside an alternative).
func TestFixC40BackHomeAndStillThere(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"السلام علیکم۔ میں پچھلے مہینے میانمار سے واپس آیا ہوں۔ ایک ایجنٹ نے تھائی لینڈ میں کمپیوٹر آپریٹر کی نوکری کا کہہ کر بھیجا تھا، پاسپورٹ لے لیا اور آن لائن فراڈ کا کام کرواتے تھے۔ اللہ کا شکر ہے واپس آ گیا ہوں، گھر پر ہوں۔ اب اس ایجنٹ کی رپورٹ کرنی ہے",
		"main pichle mahine Cambodia se wapis aa gaya hun, wahan scam ka kaam karwate the. Alhamdulillah ab ghar pe hun, us agent ki report karni hai",
	} {
		require.Equal(t, UrgencyRoutine, Read(s).Urgency, s)
	}
	for _, s := range []string{
		"پچھلے سال مجھے تھائی لینڈ میں آئی ٹی جاب کا کہہ کر میانمار کے ایک کمپاؤنڈ میں لے گئے تھے، میں بھاگ کر واپس آ گیا ہوں۔ لیکن میرا دوست عاصم ابھی تک وہیں ہے، اس سے زبردستی آن لائن فراڈ کروایا جا رہا ہے",
		"main to wapis aa gaya hun lekin mera dost abhi tak wahan hai, usse zabardasti fraud ka kaam karwate hain",
	} {
		require.NotEqual(t, UrgencyRoutine, Read(s).Urgency, s)
	}
}

// Good news through the official channel ("سارا کام او ای سی کے ذریعے
// ہوا، کوئی ایجنٹ نہیں", blind28 UR-026) is no report, whatever the model
// makes of a flight next week; a worker abroad with no ticket home and a
// place to stay for ten more days is stranded, urgent (RU-0262).
func TestFixC40OfficialChannelAndStranded(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"الحمدللہ ہمارے بیٹے کا کوریا کا ای پی ایس میں نام آ گیا، سارا کام او ای سی کے ذریعے ہوا، کوئی ایجنٹ نہیں۔ اگلے ہفتے فلائٹ ہے، دعا کیجیے گا",
		"Alhamdulillah bete ka Korea EPS me naam aa gaya, sab OEC ke zariye hua, koi agent nahi. agle hafte flight hai, dua karein",
		"My son got selected for Korea EPS, all through OEC, no agent involved. Flight next week, please pray",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, s)
	}
	for _, s := range []string{
		"Kuala Lumpur me hun, employer ne kaha ab tumhara kaam nahi, ticket bhi nahi dega. rehne ki jagah 10 din tak hai bas",
		"I am in Riyadh, company finished my job, they wont give the ticket and we have no place to stay after this week",
	} {
		require.Equal(t, UrgencyUrgent, Read(s).Urgency, s)
	}
}

// Found in blind38: recordings of a brother screaming played to the family
// with "send 30 lakh … then you can talk to him", from a Libyan number, is
// a ransom, an emergency ("Libyan" names Libya); news of a smuggling gang
// arrested for a drowning, "no one from my family was on it, just
// sharing", is nobody's danger now.
func TestFixB38RansomRecordingsAndNews(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"a man keeps calling my mother from a Libyan number and plays recordings of my brother screaming. he says send 30 lakh to a hawala guy in Gujrat then you can talk to him. number +218 92 771 0045",
		"koi banda ammi ko call kar ke bhai ki cheekhte hue recording sunata hai, kehta hai 30 lakh bhejo phir tum us se baat kar sakte ho",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, s)
		require.Equal(t, CaseRansom, r.CaseType, s)
	}
	require.Contains(t, Extract("a man keeps calling my mother from a Libyan number").Countries, "LY")
	for _, s := range []string{
		"did u hear FIA arrested the smuggling gang in Gujranwala whose boat drowned those boys near Greece. finally. no one from my family was on it, just sharing",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, s)
	}
}
