package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A name given as one, inside a longer message.
func TestNamedIn(t *testing.T) {
	t.Parallel()
	r := Conversation()
	cases := map[string]string{
		"2 lakh le liye cash, ab fone nai uthata. naam Waqas hai, number 0333 4455667": "Waqas",
		"A man called Tariq Mehmood told me he can get me a Poland work permit":        "Tariq Mehmood",
		"his name is Imran Butt, he sits in Saddar":                                    "Imran Butt",
		"اس کا نام ملک اعجاز ہے":                                                       "ملک اعجاز",
		"us ka naam hai Shahid":                                                        "Shahid",
		"naam nahi bataya":                                                             "",
		// a name word denied names nothing
		"no company name is written anywhere": "",
		"company ka naam kahin nahi likha":    "",
		"کمپنی کا نام کہیں نہیں لکھا":         "",
		"koi naam nahi diya, bas number hai":  "",
		"Dubai visa 2 lakh":                   "",
		// the name before "naam": "X naam ka banda", "X naam se"
		"سیالکوٹ میں ظفر اقبال نام کا بندہ لڑکوں کو ایران بھیجتا ہے":   "ظفر اقبال",
		"Quetta me ek agent hai 'Baloch bhai' naam se, mere cousin ko": "Baloch bhai",
		"Shahid naam ka ek banda hai Gujrat me":                        "Shahid",
		"naam se kya farq parta hai":                                   "",
		// "called himself X": the name after the reflexive
		"the guy called himself Waqas":         "Waqas",
		"a woman who called herself Sana Khan": "Sana Khan",
		// the real name over the one he is called by
		"The man is called Jaggi, real name Jahangir. He promises Iran, then Turkey": "Jahangir",
		"sab usko Pappu kehte hain, asal naam Pervaiz hai":                           "Pervaiz",
		"لوگ اسے پپو کہتے ہیں، اصل نام پرویز ہے":                                     "پرویز",
		// a name word that a denial opens gives none
		"no company name anywhere":        "",
		"koi company ka naam nahi bataya": "",
		"کمپنی کا کوئی نام نہیں تھا":      "",
	}
	for text, want := range cases {
		require.Equal(t, want, r.Read(text).NamedIn(), text)
	}
	for text, want := range map[string]string{
		"Adeel Khokhar, no company name is written anywhere": "Adeel Khokhar",
		"Adeel Khokhar, company ka naam kahin nahi likha":    "Adeel Khokhar",
		"عادل کھوکھر، کمپنی کا نام کہیں نہیں لکھا":           "عادل کھوکھر",
	} {
		require.Equal(t, want, r.Read(text).Name(), text)
	}
}

// A name answer keeps the name without "just", a denial of a firm's name,
// or where the name was read ("… naam likha tha website pe").
func TestNameWithoutWhatSurroundsIt(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"just Mr. Shahzaib, no company name anywhere":   "Mr. Shahzaib",
		"only Shahzaib, there was no company name":      "Shahzaib",
		"sirf Shahzaib bhai, koi company ka naam nahi":  "Shahzaib bhai",
		"صرف شہزیب، کمپنی کا کوئی نام نہیں":             "شہزیب",
		"Maple Leaf Careers naam likha tha website pe":  "Maple Leaf Careers",
		"Maple Leaf Careers was written on the website": "Maple Leaf Careers",
		"میپل لیف کیریئرز نام لکھا تھا ویب سائٹ پر":     "میپل لیف کیریئرز",
		"naam Waqas hai": "Waqas",
		// a later clause that says where he is from is not part of his name
		"ملک شفقت نام ہے، منڈی بہاؤالدین کا ہے":          "ملک شفقت",
		"Malik Shafqat naam hai, Mandi Bahauddin ka hai": "Malik Shafqat",
		"Chaudhry Nadeem, Gujrat side ka":                "Chaudhry Nadeem",
		"Malik Shafqat, from Mandi Bahauddin":            "Malik Shafqat",
		"Tariq Mehmood, Euro Gate Consultants":           "Tariq Mehmood, Euro Gate Consultants",
	} {
		require.Equal(t, want, r.Read(text).Name(), text)
	}
}

// Round test9's name answers: the source after "likha tha" ("… video me"),
// a spelling variant in the words that introduce an alias ("ppl call
// him"), an alias that only repeats the name with a title, and a firm he
// claims in the clause before his name.
func TestNameRoundTest9(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"Doha Star Recruiting likha tha video me":                     "Doha Star Recruiting",
		"Doha Star Recruiting written in the video":                   "Doha Star Recruiting",
		"دوحہ اسٹار ریکروٹنگ لکھا تھا ویڈیو میں":                      "دوحہ اسٹار ریکروٹنگ",
		"Gulf Link Overseas likha hai ad me":                          "Gulf Link Overseas",
		"Gulf Link Overseas, written on the ad":                       "Gulf Link Overseas",
		"ppl call him Chaudhry Nadeem":                                "Chaudhry Nadeem",
		"people call him Chaudhry Nadeem":                             "Chaudhry Nadeem",
		"Nadeem, ppl call him Nadeem agent":                           "Nadeem",
		"گل زمان، سب اسے گل زمان ایجنٹ کہتے ہیں":                      "گل زمان",
		"Gul Zaman, sab usko Gul Zaman agent kehte hain":              "Gul Zaman",
		"Gul Zaman, everyone calls him Gul Zaman agent":               "Gul Zaman",
		"Jahangir, people call him Jaggi":                             "Jahangir (Jaggi)",
		"khud ko Al Noor Manpower wala kehta tha, naam Shahid bataya": "Al Noor Manpower, Shahid",
		"said he was from Al Noor Manpower, his name was Shahid":      "Al Noor Manpower, Shahid",
		"خود کو النور مین پاور والا کہتا تھا، نام شاہد بتایا":         "النور مین پاور، شاہد",
	} {
		require.Equal(t, want, r.Read(text).Name(), text)
	}
}

// The summary's send, in the informal imperative too ("بھیجو", "bhejein").
func TestConfirmInformalSend(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, text := range []string{"بھیجو", "بھیج دیجیے", "bhejein", "bhej dain", "ok send", "بھیج دیں"} {
		require.True(t, r.Read(text).Confirm(), text)
	}
	require.False(t, r.Read("نہ بھیجو").Confirm())
}

// A first clause that says there is no name gives way to the name that
// follows; what a source "says" and a title before the name are dropped.
func TestNameAfterNoName(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"no agency name, the contact page only says Registration Officer Ahmed Raza": "Ahmed Raza",
		"koi company ka naam nahi, page pe sirf HR Manager Sana likha hai":           "Sana",
		"کمپنی کا کوئی نام نہیں، صرف رابطہ افسر احمد رضا لکھا ہے":                    "احمد رضا",
		"no company name, only Shahzaib":                                             "Shahzaib",
		"the website says Gulf Careers International":                                "Gulf Careers International",
		"just Mr. Shahzaib, no company name anywhere":                                "Mr. Shahzaib",
	} {
		require.Equal(t, want, r.Read(text).Name(), text)
	}
}

// An option negated wherever it is named is denied.
func TestDeniedOption(t *testing.T) {
	t.Parallel()
	r := Conversation()
	require.True(t, r.Read("cnic ki copy bheji thi bas, passport nai diya").Denied("docs", "passport"))
	require.True(t, r.Read("شناختی کارڈ کی کاپی بھیجی تھی، پاسپورٹ نہیں دیا").Denied("docs", "passport"))
	require.True(t, r.Read("CNIC copy only, not the passport").Denied("docs", "passport"))
	require.False(t, r.Read("passport unke paas hai, cnic copy bhi").Denied("docs", "passport"))
	require.False(t, r.Read("cnic ki copy bheji thi").Denied("docs", "passport"))
}
