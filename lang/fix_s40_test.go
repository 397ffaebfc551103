package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSession40Names: the recruiter's name behind the words that
// introduce or follow it ("ایپ کا نام ہے X", "they just say X", "X کا
// نمائندہ ہوں", "X نام بتایا تھا انہوں نے", "X کا نام لیتے تھے"), a quote
// that is words said rather than a name, and "inka banda".
func TestSession40Names(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"کوئی کمپنی کا نام نہیں لکھا، صرف ایپ کا نام ہے JobLink Pro":                         "JobLink Pro",
		"no name, they just say Qatar Recruitment Cell":                                      "Qatar Recruitment Cell",
		"اپنا نام حافظ عبدالرؤف لکھا، کہتا ہے ہجرہ اوورسیز کا نمائندہ ہوں":                   "ہجرہ اوورسیز",
		"الحرمین ہاسپیٹیلٹی ریکروٹمنٹ نام بتایا تھا انہوں نے":                                "الحرمین ہاسپیٹیلٹی ریکروٹمنٹ",
		"دوحہ سیکیور گارڈز سروسز کا نام لیتے تھے، بات کرنے والا اپنا نام عمران بٹ بتاتا تھا": "دوحہ سیکیور گارڈز سروسز",
		"Haji Rafiq. no company name, he says 'meri Saudi me direct setting hai'":            "Haji Rafiq",
		"Javed Iqbal Awan. No company name, he just says 'my contacts in Baku'":              "Javed Iqbal Awan",
		// a name written in capitals in quotes is a name, "MY" and all
		"koi nam nai, nichy sirf 'MY Overseas Placement Cell' likha": "MY Overseas Placement Cell",
		"page ka naam 'My Dream Jobs' tha":                           "My Dream Jobs",
	} {
		head, _ := r.Read(text).NameParts()
		require.Equal(t, want, head, text)
	}
	requireOtherPerson(t, r, []otherPerson{
		{"Carewell Recruitment UK, inka banda Zeeshan Qureshi", "Carewell Recruitment UK", "Zeeshan Qureshi"},
		{"Rana Saleem, uska munshi Tariq paise leta tha", "Rana Saleem", "Tariq"},
		{"دوحہ سیکیور گارڈز سروسز کا نام لیتے تھے، بات کرنے والا اپنا نام عمران بٹ بتاتا تھا", "دوحہ سیکیور گارڈز سروسز", "عمران بٹ"},
	})
}

// TestSession40Reads: consent to be reached while the name is kept out,
// with or without a "but"; "fees li" (taken) is paid, "fees li jayegi"
// is not; a police check of papers is no wish to check; "khilaf kuch hua
// ya nai" asks how a complaint stands.
func TestSession40Reads(t *testing.T) {
	t.Parallel()
	r := Conversation()
	requireOptions(t, r, "consent", map[string]string{
		"نام کہیں نہ آئے، ویسے رابطہ کر سکتے ہیں":                                "yes",
		"mera naam mat dena, msg pe rabta kr lo bs":                              "yes",
		"میرا نام نہ آئے، لیکن کوئی افسر بات کرنا چاہے تو اسی ویب سائٹ پر کر لے": "yes",
		"میرا نام نہ آئے":                   "no",
		"naam mat dena, rabta bhi na karna": "no",
	})
	require.Equal(t, PolarYes, r.Read("registration ki fees li aur ab aur paise maang rahe hain").PaidDone())
	require.NotEqual(t, PolarYes, r.Read("fees li jayegi kya?").PaidDone())
	require.NotEqual(t, "verify", r.Read("I'm scared to go out, police check iqama on the road.").Intent())
	require.Equal(t, "human", r.Read("oh kisi officer naal phone te khud gal krna chahnde ne ek agent bare").Intent())
	require.True(t, r.Read("bas ye pata krna h k agent k khilaf kuch hua ya nai").NamesIntent("status"))
}

// requireOptions checks that each text names its option of set.
func requireOptions(t *testing.T, r *Reader, set string, want map[string]string) {
	t.Helper()
	for text, w := range want {
		v, ok := r.Read(text).Option(set)
		require.True(t, ok, text)
		require.Equal(t, w, v, text)
	}
}
