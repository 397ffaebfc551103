package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Session 28: intents, options and names read from C259, C260 and A101.
func TestSession28Readings(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		// "is this post OK?" is a check (C259-008)
		"یہ پوسٹ ٹھیک ہے؟ فیس بک پر آئی ہے: جنوبی کوریا میں ۵۰ ہزار پاکستانیوں کے لیے فیکٹری کی نوکریاں": "verify",
		"ye ad sahi hai? facebook pe dekha": "verify",
		// "any action taken?" on a complaint made (C259-011, A101-0003)
		"میں نے پچھلے ہفتے شکایت لکھوائی تھی۔ کوئی کاروائی ہوئی ہے؟":                    "status",
		"i sent a complaint last week about an agent in gujrat, has anything happend??": "status",
		"shikayat ki thi, koi karwai hui?": "status",
	} {
		require.Equal(t, want, r.Read(text).Intent(), text)
	}
	for _, c := range []struct{ set, text, want string }{
		{"whom", "پڑوس کی بچی کے لیے، میرا اس سے کوئی رشتہ نہیں", "other"}, // C259-026
		{"docs", "passports", "passport"}, // C259-022
		{"docs", "boys gave him passports, he has 11 passports with him", "passport"},
		{"seen", "بس اسٹاپ کے ساتھ دیوار پر بینر لگا ہوا تھا", "other"}, // A101-0054
		{"what", "کہا تھا ڈرائیور کی نوکری ہے، یہاں بکریاں چرانے پر لگا دیا اور انکار کروں تو کھانا نہیں دیتے", "forced_work"},
	} {
		v, ok := r.Read(c.text).Option(c.set)
		require.True(t, ok, c.text)
		require.Equal(t, c.want, v, c.text)
	}
	// a post's title before a capitalised name is no part of it (C260-005)
	require.Equal(t, "Zahid", r.Read("office landline 051-5538812, and manager Zahid mobile 0301-4476093").TitledName())
	require.Equal(t, "Ms Rabia", r.Read("Office 051-2874310, Ms Rabia's WhatsApp 0322-5190736").TitledName())
	// a clause of payment after the names is none of them (C259-017)
	_, also := r.Read("سہارا اوورسیز ایمپلائمنٹ پروموٹرز، مری روڈ راولپنڈی، لائسنس ۱۹۰۸/RWP۔ منیجر ملک اعجاز ہیں، پیسے انہی کو دیے").NameParts()
	require.Equal(t, []string{"ملک اعجاز"}, also)
	// "not mine" opens a denial of one's own papers, unless one's own kin follows
	require.True(t, r.Read("Not mine. The boys gave him passports").OpensNotMine())
	require.False(t, r.Read("not mine, my son gave his passport").OpensNotMine())
	// a "but" turns an answer; "bas" (only) and "پر" (on) do not
	require.True(t, r.Read("screenshot to nai hai mere pas but banda bol raha tha 100% guarantee visa hai").TurnsWithBut())
	require.False(t, r.Read("میرے پاس اشتہار نہیں ہے، بس زبانی بات ہوئی تھی").TurnsWithBut())
	require.False(t, r.Read("اس نے صرف فون پر بات کی تھی، لکھا ہوا کچھ نہیں ہے").TurnsWithBut())
}

// A language named with a test is no wish to change the language
// ("korean lang test", C262-010).
func TestSession28LanguageTest(t *testing.T) {
	t.Parallel()
	r := Conversation()
	require.NotEqual(t, "language", r.Read("calld me sayng from OEC korea EPS, asks 45000 for korean lang test n medical").Intent())
	require.Equal(t, "language", r.Read("change language").Intent())
	for _, text := range []string{"بیٹے کا معاملہ ہے", "the boy next door, his family asked me to write", "sadde pind da ek munda hai"} {
		v, ok := r.Read(text).Option("whom")
		require.True(t, ok, text)
		require.Equal(t, "other", v, text)
	}
}
