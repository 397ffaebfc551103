package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Lessons of C537–C547 (the fifty-second session), read by the language
// layer.

// Talk asked for on a way to be reached is how to be reached, in a long
// account (C537-009 was handed to an officer); a short "talk to me on
// this number", and a person asked for, are a wish for a person.
func TestSession52TalkThere(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"mera beta Waqas dubai jana chahta tha. Malik Tanveer naam k agent ne paise le liye. uska number 0300 7741952 h aur mera apna number 0333 6120478 h mujh se isi pe baat kr lena": "",
		"kisi insaan se baat karni hai":               "human",
		"mujhe officer se baat karni hai isi chat pe": "human",
		"I am a retired havaldar from Jhelum, 68 years. I do not want to type all this on phone. Kindly connect me with an officer who can speak to me directly.": "human",
		// "not the bot, a person" (C540-034 was left at the menu)
		"bot nai kisi banday se baat krwao plz. mera masla lamba h msg me nai likh skta": "human",
		"بوٹ نہیں کسی انسان سے بات کرائیں":                                               "human",
	} {
		require.Equal(t, want, Conversation().Read(text).Intent(), text)
	}
}

// A person asked for in the first clause is the wish the message opens
// with (C542-018); talk told of inside an account is not (C429-019).
func TestSession52HumanFirst(t *testing.T) {
	t.Parallel()
	require.True(t, Conversation().Read("مجھے کسی افسر سے بات کرنی ہے، یہ مشین والے سوال سمجھ نہیں آتے۔ شوہر کا دبئی والا معاملہ ہے، فون پر بتاؤں گی").HumanFirst())
	require.False(t, Conversation().Read("My friend in Qatar collapsed at work yesterday in the heat and the supervisor just sent him back to the camp instead of hospital. He's vomiting and can barely talk on the phone. What do we do").HumanFirst())
}

// A sure payment, then a second in doubt: the first is what was paid;
// a doubt said outright is marked so, a sum only guessed at is not
// (C540-009, C539-002, C306-015).
func TestSession52SureThenDoubted(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text, first  string
		outright, ok bool
	}{
		{"60 hazar to pakka diye hain... bhai kehta h 20 hazar medical k alag bhi diye the kisi aur k account me, mujhe confirm nai", "60 hazar to pakka diye hain..", true, true},
		{"Yes the 38,000 for sure. The 52,000 my brother sent from his jazzcash, but honestly I'm not sure it went", "Yes the 38,000 for sure", true, true},
		{"han 2 lakh de diye... shayad 2 lakh 10 hazar, ek 10k alag b bheja tha 'file charges' ka", "han 2 lakh de diye..", false, true},
		{"ji 2 lakh diye the. passport bhi diya", "", false, false},
	} {
		first, outright, ok := Conversation().Read(c.text).SureThenDoubted()
		require.Equal(t, c.ok, ok, c.text)
		require.Equal(t, c.outright, outright, c.text)
		require.Equal(t, c.first, first, c.text)
	}
}

// A sum the price came down by is no payment, and no price (C538-008).
func TestSession52ReducedBy(t *testing.T) {
	t.Parallel()
	rd := Conversation().Read("14 lakh ki baat hui thi... nahi 13.5, 50 hazar kam kiye the usne")
	require.NotEqual(t, PolarYes, rd.Paid())
	k := len("14 lakh ki baat hui thi... nahi 13.5, 50 hazar")
	require.True(t, rd.ReducedBy(k))
	rd = Conversation().Read("pehle 6 lakh bola phir kam kr k 5 lakh 20 hazar pe aa gaya")
	require.False(t, rd.ReducedBy(len("pehle 6 lakh bola phir kam kr k 5 lakh 20 hazar")), "the price it came to")
}

// "Not to my knowledge", the son saying no and his mother maybe, is not
// known (C539-009 stored no).
func TestSession52NotToMyKnowledge(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"میرے علم میں نہیں۔ بیٹا کہتا ہے نہیں دیے مگر اس کی ماں کہتی ہے شاید کچھ بیعانہ دے آیا ہے",
		"mere ilm me nahi, beta kehta hai nahi diye",
		"not to my knowledge, he says he didnt pay",
	} {
		require.Equal(t, PolarUnknown, Conversation().Read(text).Paid(), text)
	}
}

// "ye sahi hota h kya?" after an account of an offer asks it checked
// (C544-026 was left at the report's first question); Saraiki "phasse
// hoye haan" is stuck (C543-031).
func TestSession52Intents(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"ek agent keh raha h dubai ka visit visa lo 1 lakh 90 hazar me, wahan ja k job mil jayegi aur work visa wo khud lagwa denge. ye sahi hota h kya?": "verify",
		"assalam o alaikum saeen. asaan zamindar de qarz wich phasse hoye haan, Rahim Yar Khan. o aakhda qarz laahe bina kithe nai wanj sagde":            "help",
	} {
		require.Equal(t, want, Conversation().Read(text).Intent(), text)
	}
}

// An Urdu full stop printed as a dash inside a number keeps it one
// number, so the writer's own is known (C540-008).
func TestSession52UrduStopInNumber(t *testing.T) {
	t.Parallel()
	rd := Conversation().Read("میسج اس نمبر سے آیا ۰۳۴۹۔۲۵۱۶۸۰۳۔ میرا اپنا نمبر ۰۳۳۱۔۸۲۰۵۵۴۹ ہے اگر آپ کو چاہیے")
	own, others := rd.SplitOwn([]string{"+923492516803", "+923318205549"})
	require.Equal(t, []string{"+923318205549"}, own)
	require.Equal(t, []string{"+923492516803"}, others)
}

// Names: the one written below, the page pointed at then named, a thing
// in quotes after "a", a man's post "of" a firm (C537-008, C544-012,
// C545-022, C545-002); a consultant he calls himself stays the man
// (C300-022).
func TestSession52Names(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"نیچے نام لکھا ہے جاپان اوورسیز ریکروٹمنٹ سیل":                                                                 "جاپان اوورسیز ریکروٹمنٹ سیل",
		"وہی پیج، جاپان ہنرمند ویزا پاکستان ڈیسک۔ کسی بندے کا نام نہیں":                                                "جاپان ہنرمند ویزا پاکستان ڈیسک",
		"Kamran Sadiq. no office no licence. his partner in UK is one Asif Mehmood who sent a 'sponsorship letter'":    "Kamran Sadiq",
		"The man says he is Mr. Faisal Qureshi, HR officer of Al Rayyan Facility Services":                             "Al Rayyan Facility Services",
		"Name is Kashif Mehmood, calls himself consultant of 'Euro Gate Services' but there is no such board anywhere": "Kashif Mehmood",
		// the name said after who said it (C542-017, C546-027)
		"naam nai bataya bas apne aap ko 'Sir Faraz' kehta. company ka pucha to bola Golden Bay Solutions": "Golden Bay Solutions",
		"اشتہار میں نام نہیں، فون پر بندے نے کہا الحرمین سروسز":                                            "الحرمین سروسز",
		"he said Ali Travels": "Ali Travels",
		// an account's name keeps its town; a firm's town is its address (C541-006)
		"tiktok pe account ka naam Chaudhry Travel Gujrat h": "Chaudhry Travel Gujrat",
		"Ch. Travels Sialkot":                                "Ch. Travels",
	} {
		head, _ := Conversation().Read(text).NameParts()
		require.Equal(t, want, head, text)
	}
}
