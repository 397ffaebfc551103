package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Lessons of C510–C517 read by the conversation's reader.
func TestSession50Intents(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, want string }{
		// others' checks, done, are no wish to check (C510-025, C512-015)
		{"VFS walon ne check kr k bataya", ""},
		{"FIA walon ne check kiya to pata chala license jaali h", "report"},
		{"only message, carefully. they check phones. dont call ever", ""},
		{"please check this agent, they check phones of workers", "verify"},
		// a help asked for here before, asked after (C513-031)
		{"دس دن پہلے بیٹے کے بارے میں یہاں مدد کی درخواست دی تھی، نمبر یاد نہیں جو دیا تھا۔ اس پر کچھ ہوا؟", "status"},
		{"mene 2 hafte pehle help ki request di thi bhai ke liye, us pe kuch hua?", "status"},
		// the writer's own risk asked is no check (C516-027)
		{"The airport officer said I could be charged as well. Is that true?", ""},
		{"agent ne kaha visa asli hai, kya ye sach hai?", "verify"},
	} {
		require.Equal(t, c.want, stdReader.Read(c.text).Intent(), c.text)
	}
}

// A fear for one's own part, asked, is its own aside in three languages;
// a threat told is none.
func TestSession50OwnRiskAside(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"The airport officer said I could be charged as well. Is that true?",
		"bhatije ko to FIA wale nahi pakrenge na?",
		"mujh pe to case nahi banega?",
		"agar larka chala gya to kya usko b saza hogi?",
		"ہمیں تو کوئی سزا نہیں ہو گی؟",
		"کیا مجھے تو نہیں پکڑیں گے؟",
		"jail to nahi hogi?",
		"will I get in trouble for going on a visit visa?",
	} {
		require.Equal(t, "own_risk", stdReader.Read(text).Aside(), text)
	}
	require.Equal(t, "", stdReader.Read("they said we will be arrested if we leave").Aside())
}

// Names: the main one named first is the head; "اصل ایجنٹ ہے" ends a
// name; a hamlet or a tehsil is where he is, no other name; a Polish
// firm's form is kept whole.
func TestSession50Names(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, head string }{
		{"Main one is Zeeshan Arif, his partner is Nabeel, people call him Bilu. Visiting card says Z.A. Consultants", "Zeeshan Arif"},
		{"asal banda Rana Shahid hai, office Euro Link Consultants ka", "Rana Shahid"},
		{"ملک طارق اصل ایجنٹ ہے، ساجد اس کا بندہ ہے جو پیسے پکڑتا تھا", "ملک طارق"},
		{"says Euro Staffing Poland Sp. z o.o.", "Euro Staffing Poland Sp. z o.o."},
	} {
		head, _ := stdReader.Read(c.text).NameParts()
		require.Equal(t, c.head, head, c.text)
	}
	head, also := stdReader.Read("نام ملک ظفر اقبال ہے، ڈھوک کالا خان، تحصیل تلہ گنگ۔ پیسے اس کا منشی رفاقت پکڑتا ہے").NameParts()
	require.Equal(t, "ملک ظفر اقبال", head)
	for _, a := range also {
		require.NotContains(t, a, "تحصیل")
		require.NotContains(t, a, "ڈھوک")
	}
}

// "sms me here on this no" is here; "website … after that only email n
// whatsapp" was seen on the website.
func TestSession50OptionsAndThen(t *testing.T) {
	t.Parallel()
	got, _ := stdReader.Read("sms me here on this no").Option("contact")
	require.Equal(t, "here", got)
	got, _ = stdReader.Read("call me on this number").Option("contact")
	require.Equal(t, "number", got)
	require.Equal(t, "website, a jobs portal", stdReader.Read("website, a jobs portal, after that only email n whatsapp").BeforeThen())
	require.Equal(t, "", stdReader.Read("whatsapp").BeforeThen())
}

// A plea to bring someone home; "just wanted to ask" is not "done".
func TestSession50ReturnAndJustAsk(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"bs ye poochna tha k ab wapis kaise aaye", "how can she come back home?", "بیٹی واپس کیسے آئے گی؟"} {
		require.Equal(t, "help", stdReader.Read(text).Intent(), text)
	}
	require.NotEqual(t, "help", stdReader.Read("how do i get my money back?").Intent())
	require.False(t, stdReader.Read("bs ye poochna tha k ab wapis kaise aaye").Done())
	require.True(t, stdReader.Read("bas yehi tha").Done())
}
