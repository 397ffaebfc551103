package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Lessons of C548–C557 (the fifty-third session), read by the language
// layer.

// "kya kru" is "what do I do" as texted (C552-032 was asked for the
// offer); "what is happening with it?" after a complaint asks its status
// (C555-011 opened a report).
func TestSession53Wishes(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"mere sath fraud hua h kya kru", "ab kia kru", "samajh nahi aa raha kya kron"} {
		require.True(t, Conversation().Read(text).AtALoss(), text)
	}
	for text, want := range map[string]string{
		"Hi, i sent a complaint here about 10 days back regarding a dubai visa agent in faisalabad. Nobody contacted me. what is happening with it?": "status",
		"I reported an agent last week, what's happening with it?":                                                                                   "status",
		"what is happening with my brother in dubai, they dont pay him":                                                                              "",
	} {
		require.Equal(t, want, Conversation().Read(text).Intent(), text)
	}
}

// The town named beside the country ("pakistan, sargodha"), not the
// country's own name.
func TestSession53TownNamed(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"pakistan, sargodha": "sargodha",
		"پاکستان، ملتان":     "ملتان",
		"pakistan":           "",
		"Pakistan me hun":    "",
	} {
		require.Equal(t, want, Conversation().Read(text).TownNamed(), text)
	}
}

// A name not told, said in Urdu with a particle ("نام تو نہیں بتایا"), or
// to be asked of someone else ("bhai se pooch k batata hun"), is not known;
// Punjabi "rakh leya" took the passport (A188, A189).
func TestSession53TypedAnswers(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"نام تو نہیں بتایا، بس کہتا تھا میں کمپنی کا بندہ ہوں", "pata nahi, bhai se pooch k batata hun"} {
		require.True(t, Conversation().Read(text).Unknown(), text)
	}
	v, ok := Conversation().Read("kafeel ne passport rakh leya, mangan te gaaliyan dinda").Option("what")
	require.True(t, ok)
	require.Equal(t, "passport_taken", v)
}

// The man beside the firm: titled "Sir" ("baat ek Sir Waqas krta h",
// C548-007), named after his role and who dealt with him ("The consultant I
// dealt with is Usman Ghani", C549-029), or "someone of the name X" ("کوئی
// عاطف نام کا بندہ", C554-002); one's own name is no one's ("اپنا نام").
func TestSession53ManBeside(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, head, want string }{
		{"Qatar Gulf Security Services, baat ek Sir Waqas krta h", "Qatar Gulf Security Services", "Sir Waqas"},
		{"BrightPath Study & Visa Consultants, Paris Road Sialkot. The consultant I dealt with is Usman Ghani", "BrightPath Study & Visa Consultants", "Usman Ghani"},
		{"الدوحہ گلوبل ریکروٹمنٹ نام ہے، واٹس ایپ پر کوئی عاطف نام کا بندہ بات کرتا ہے", "الدوحہ گلوبل ریکروٹمنٹ", "عاطف"},
		{"چوہدری ارشد، اس نے اپنا نام کا کارڈ دیا", "چوہدری ارشد", ""},
	} {
		require.Equal(t, c.want, Conversation().Read(c.text).PersonBeside(c.head), c.text)
	}
}

// "have Hajj jobs come?" asks whether an offer is real (C551-034 was
// taken for a report and stuck); "usko contact mat krna" is about him,
// not the writer (C557-018 was read as no contact).
func TestSession53AskedReal(t *testing.T) {
	t.Parallel()
	require.Equal(t, "verify", Conversation().Read("حج میں خدمت کی نوکریاں آئی ہیں کیا؟ ہمارے واٹس ایپ گروپ میں میسج آیا ہے ۴۰ دن کے لیے خدام الحجاج چاہئیں، ۳۰۰۰ ریال").Intent())
	require.True(t, Conversation().Read("usko contact mat krna, mujhe isi chat pe btao").HereNotThem())
}

// A man of the agent's, named by what he is called ("… اس کا ایک آدمی ہے
// جسے سب ملک صاحب کہتے ہیں", "… اسے بلّا کہتے ہیں", C551-022, C556-015);
// the agent's own nickname ("log usay Sajji kehte") is no other man
// (C195-005, C454-009).
func TestSession53CalledName(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, head, want string }{
		{"عارف ججہ، گوجرانوالہ کی طرف کا ہے۔ لیبیا میں اس کا ایک آدمی ہے جسے سب ملک صاحب کہتے ہیں", "عارف ججہ", "ملک صاحب"},
		{"چوہدری ارشد۔ اس کا ایک بندہ ہے جو لڑکوں کے پاسپورٹ اکٹھے کرتا ہے، اسے بلّا کہتے ہیں", "چوہدری ارشد", "بلّا"},
		{"Chaudhry Sajid naam h, log usay Sajji kehte. uska ek banda h Bilal jo passport ikathay karta h", "Chaudhry Sajid", "Bilal"},
		{"ذوالفقار، سب اسے ذلفی کہتے ہیں۔ اس کا ساتھی نعیم بٹ پیسے گنتا تھا", "ذوالفقار", "نعیم بٹ"},
	} {
		require.Equal(t, c.want, Conversation().Read(c.text).PersonBeside(c.head), c.text)
	}
	for _, text := range []string{"خود ملے", "ہم خود اس کے گھر گئے تھے", "khud mile the uske ghar gaye"} {
		v, ok := Conversation().Read(text).Option("seen")
		require.True(t, ok, text)
		require.Equal(t, "agent", v, text)
	}
}
