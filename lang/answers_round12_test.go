package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Words around a name that say how it was told (round C12): a self-naming
// after it ("they call themselves"), "is his name" after it, where it was
// read or heard before it ("site pe likha tha", "وائس میں کہتے ہیں").
func TestNameToldAround(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"Al Waha Manpower Services they call themselves":          "Al Waha Manpower Services",
		"Gulf Link Travels is what they call themselves":          "Gulf Link Travels",
		"Star Recruiters calls itself":                            "Star Recruiters",
		"Imran Butt is his name":                                  "Imran Butt",
		"Shakeel Arain naam hai uska":                             "Shakeel Arain",
		"Bilal Ahmed nam hai uska":                                "Bilal Ahmed",
		"Al Fateh Travels khud ko kehte hain":                     "Al Fateh Travels",
		"شکیل آرائیں نام ہے اس کا":                                "شکیل آرائیں",
		"الفتح ٹریولز خود کو کہتے ہیں":                            "الفتح ٹریولز",
		"site pe likha tha Bureau of Emigration, lekin nakli hai": "Bureau of Emigration",
		"website pe likha hai Gulf Jobs Centre":                   "Gulf Jobs Centre",
		"voice me kehte hain Al Mansoor Security":                 "Al Mansoor Security",
		"ویب سائٹ پر لکھا تھا بیورو آف امیگریشن":                  "بیورو آف امیگریشن",
		"وائس میں کہتے ہیں المنصور سیکیورٹی کمپنی":                "المنصور سیکیورٹی کمپنی",
		"the site says Overseas Employment Corporation":           "Overseas Employment Corporation",
		// neighbours: a name that holds such words keeps them
		"Shakeel Arain":               "Shakeel Arain",
		"Saeed, Hassan Travels":       "Saeed, Hassan Travels",
		"Kamran Travels, Lahore wale": "Kamran Travels",
	} {
		require.Equal(t, want, r.Read(text).Name(), text)
	}
}

// "No name, just says X": the name after a denial of one is a name, not a
// "don't know"; a denial followed by nothing named is one.
func TestNameAfterNone(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]bool{
		"no name, just says OEC":                          true,
		"no company name, the sms only says OEC":          true,
		"naam nahi likha, voice me kehte hain Al Mansoor": true,
		"نام نہیں لکھا، وائس میں کہتے ہیں المنصور سیکیورٹی کمپنی": true,
		"کوئی نام نہیں، صرف او ای سی لکھا ہے":                     true,
		"no name":                     false,
		"no name, don't know":         false,
		"naam nahi pata":              false,
		"naam nahi bataya, pata nahi": false,
		"نام نہیں معلوم":              false,
	} {
		require.Equal(t, want, r.Read(text).NameAfterNone(), text)
	}
	require.Equal(t, "OEC", r.Read("no name, just says OEC").Name())
}

// A document given back yields to one still held; alone it is still the
// one given; one not given back is theirs. "no" after a document's name,
// when the clause goes on, is its number ("typed my cnic no in the form").
func TestDocsGivenBackAndNumber(t *testing.T) {
	t.Parallel()
	r := Conversation()
	pref := []string{"none", "both", "passport", "cnic"}
	for text, want := range map[string]string{
		"he gave back the passport in march, he still has cnic copy": "cnic",
		"passport wapas kar diya tha, cnic ki copy unke paas hai":    "cnic",
		"پاسپورٹ واپس کر دیا، شناختی کارڈ کی کاپی ان کے پاس ہے":      "cnic",
		"پاسپورٹ دیا تھا واپس مل گیا":                                "passport",
		"gave my passport, it is back with me now":                   "passport",
		"passport wapas nahi diya":                                   "passport",
		"they didnt give back my passport":                           "passport",
		"پاسپورٹ واپس نہیں کیا":                                      "passport",
		"i typed my cnic no in the form before i saw its fake":       "cnic",
		"cnic no likha tha form me":                                  "cnic",
		"شناختی کارڈ نمبر فارم میں لکھا تھا":                         "cnic",
		// neighbours: a front-and-back photo is not a return
		"cnic front back pic bheji":    "cnic",
		"passport and cnic both given": "both",
	} {
		got, _ := r.Read(text).Option("docs", pref...)
		require.Equal(t, want, got, text)
	}
	// "no" that ends the clause still answers no
	require.Equal(t, PolarNo, r.Read("cnic no").YesNo())
	require.Equal(t, PolarNo, r.Read("passport no, cnic haan").YesNo())
}

// How to be reached is the reporter's wish about themselves: care asked
// for another person ("dont message him, they check his phone", "usko
// call mat karna, phone unka hai") names no option; "mujhse rabta karo"
// asks to be contacted (round C12).
func TestContactCareForAnother(t *testing.T) {
	t.Parallel()
	r := Conversation()
	pref := []string{"none", "number", "discreet", "here"}
	for text, want := range map[string]string{
		"call me on my number, dont message him they check his phone": "number",
		"call me on my number, they read her messages":                "number",
		"mujhse rabta karo, usko call mat karna phone unka hai":       "number",
		"mujh se rabta karein, unko msg mat karna":                    "number",
		"مجھ سے رابطہ کریں، اس کو کال نہ کریں فون ان کا ہے":           "number",
		"مجھے کال کریں، اسے میسج نہ کریں":                             "number",
		// neighbours: the reporter's own care, or no contact at all
		"they check my phone, message carefully": "discreet",
		"mera phone check karte hain, chupke se": "discreet",
		"میرا فون چیک کرتے ہیں، احتیاط سے":       "discreet",
		"dont contact me":                     "none",
		"rabta mat karein":                    "none",
		"رابطہ نہ کریں":                       "none",
		"Contact me here on Telegram":         "here",
		"here in this chat, dont message him": "here",
		"isi chat pe, usko msg mat karna":     "here",
	} {
		got, _ := r.Read(text).Option("contact", pref...)
		require.Equal(t, want, got, text)
	}
}

// What is happening: burning is violence; a beating told of those who do
// not meet a target is what is done if they do not, not the situation
// itself (round C12: "make him do scam chats… they beat boys who dont
// meet target" is forced work).
func TestSituationBurnAndConditionalBeating(t *testing.T) {
	t.Parallel()
	r := Conversation()
	pref := []string{"debt", "violence", "locked_in", "forced_work", "passport_taken", "unpaid", "money_taken", "other"}
	for text, want := range map[string]string{
		"kehti hai begum ne garam istri se jalaya, 8 mahine se tankhwa bhi nahi di":                      "violence",
		"madam burned her arm with the iron, no salary for 6 months":                                     "violence",
		"بیگم نے گرم استری سے جلایا، تنخواہ بھی نہیں دی":                                                 "violence",
		"they make him do online scam chats 16 hours a day. he said they beat boys who dont meet target": "forced_work",
		"scam karwate hain, jo target pura nahi karta usko marte hain":                                   "forced_work",
		"فراڈ کرواتے ہیں، جو ٹارگٹ پورا نہیں کرتا اسے مارتے ہیں":                                         "forced_work",
		// neighbours: a beating told as it is
		"they make him do scam chats and beat him every day": "violence",
		"scam karwate hain aur roz marte hain":               "violence",
		"فراڈ کرواتے ہیں اور روز مارتے ہیں":                  "violence",
	} {
		got, _ := r.Read(text).Option("what", pref...)
		require.Equal(t, want, got, text)
	}
}
