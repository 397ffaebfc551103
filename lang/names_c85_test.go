package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in C85 and C86: the one who talked, named right before the talker
// words after a role or a place ("… ان کا بندہ عدیل بات کرتا تھا", "office me
// Mian Shahid baat krta tha") or inside "baat … karna" ("بات مس ہما کرتی
// ہے"); a guess at the real name ("اصل نام شاید بلال احمد ہے") kept beside
// the name he goes by, not put before it; "فیصل" (of "فیصل آباد") a man's
// name; a surname that is also a role ("Mrs. Sana Malik"); and, from one
// who writes names with capitals, the clauses written small beside them
// ("The owner sits there himself, Chaudhry Nadeem Akhtar, he dealt with us
// personally") are no names.
func TestC85PersonBesideTheFirm(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, c := range []struct{ text, head, also string }{
		{"برٹینیا کیئر ریکروٹمنٹ، پاکستان میں ان کا بندہ عدیل بات کرتا تھا", "برٹینیا کیئر ریکروٹمنٹ", "عدیل"},
		{"Al Noor Manpower Services, license 2045/LHR, office me Mian Shahid baat krta tha", "Al Noor Manpower Services", "Mian Shahid"},
		{"Star Overseas, Lahore mein Rana Zahid baat karta tha", "Star Overseas", "Rana Zahid"},
		{"گلوبل ڈیجیٹل سلوشنز، بات کراچی سے ایک بندہ کرتا ہے اپنا نام فیصل بتاتا ہے", "گلوبل ڈیجیٹل سلوشنز", "فیصل"},
		{"خود کو 'ایمریٹس ایجوکیشن ریکروٹمنٹ' کہتے ہیں۔ بات مس ہما کرتی ہے", "ایمریٹس ایجوکیشن ریکروٹمنٹ", "مس ہما"},
		{"Gulf Jobs Hub, baat Qari Naeem karta tha", "Gulf Jobs Hub", "Qari Naeem"},
		{"بلال جٹ کہتے ہیں اسے، اصل نام شاید بلال احمد ہے", "بلال جٹ", "بلال احمد"},
		{"Bright Future Care Recruitment Ltd. My contact was a woman, Mrs. Sana Malik, she says she's their 'Pakistan coordinator'", "Bright Future Care Recruitment Ltd.", "Mrs. Sana Malik"},
		{"Al-Mehran Overseas Employment Promoters. The owner sits there himself, Chaudhry Nadeem Akhtar, he dealt with us personally. Very sweet talker.", "Al-Mehran Overseas Employment Promoters", "Chaudhry Nadeem Akhtar"},
		// C87, C88: whose the role is before it, "guy is", a role word as a
		// name's first word, "my contact was", a name in quotes before "k
		// naam se", "baat … se hoti h"
		{"Al Barkat Overseas Employment Promoters, licence 2961/MLN, wahan ka banda Rana Tahir", "Al Barkat Overseas Employment Promoters", "Rana Tahir"},
		{"euro link consultants, guy is bilal", "euro link consultants", "bilal"},
		{"Malik Overseas, Malik Tariq", "Malik Overseas", "Malik Tariq"},
		{"Caring Hands Recruitment Ltd, supposedly based in Manchester with a 'Pakistan desk'. My contact was Mr. Imran Qureshi.", "Caring Hands Recruitment Ltd", "Mr. Imran Qureshi"},
		{"Shahid Butt, tiktok pe 'Shahid Europe Wala' k naam se id h", "Shahid Butt", "Shahid Europe Wala"},
		{"Al-Fateh Overseas Employment Promoters, Islamabad. baat zyada tar Waseem sahab se hoti h, wo manager hain", "Al-Fateh Overseas Employment Promoters", "Waseem"},
	} {
		head, also := r.Read(c.text).NameParts()
		require.Equal(t, c.head, head, c.text)
		require.Equal(t, []string{c.also}, also, c.text)
	}
	// a real name given for sure is still the head
	head, also := r.Read("Arshad Dunki wala, asal naam Arshad Mehmood").NameParts()
	require.Equal(t, "Arshad Mehmood", head)
	require.Equal(t, []string{"Arshad Dunki"}, also)
	// the role after the name, with its verb, is still a role
	head, also = r.Read("Chaudhry Travels. Sohail Rana malik hai").NameParts()
	require.Equal(t, "Chaudhry Travels", head)
	require.Equal(t, []string{"Sohail Rana"}, also)
	// no name before the talker words: none
	head, also = r.Read("Star Travels, wahan ka manager baat karta hai").NameParts()
	require.Equal(t, "Star Travels", head)
	require.Empty(t, also)
}

// Found in C89-C92: the man named beside the head by a role, a kinship or
// a title in a later clause is kept beside it; a place or a remark is not
// a man.
func TestPersonBeside(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"ملک ارشد، چک ۴۷ شمالی سرگودھا۔ پیسے اس کا منشی ساجد لیتا ہے": "ساجد",
		"CareWay UK Visas. guy on call is Hamza":                                                          "Hamza",
		"Britannia Care Recruitment Ltd. The lady who deals is Sophia Khan, she says she's in Manchester": "Sophia Khan",
		"Everyone calls him Chaudhry Afzal. His nephew Bilal takes the passports to Islamabad":            "Bilal",
		"پیج کا نام حرمین خدمات جاب سینٹر، فون پر قاری شفیق بات کرتے تھے":                                 "قاری شفیق",
		"Malik Bashir Lashari. us da bhatija Irfan wi naal hunda ae":                                      "Irfan",
		"Gulf Star Manpower, Saddar Karachi":                                                              "",
		"Waqas bhai, his shop is near the mosque":                                                         "",
		"Al Noor Travels. the man there was very polite":                                                  "",
	} {
		rd := r.Read(text)
		head, _ := rd.NameParts()
		if got := rd.PersonBeside(head); got != want {
			t.Errorf("%q: beside %q, want %q", text, got, want)
		}
	}
}
