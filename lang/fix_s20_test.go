package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A name said of a role, or a role said of a name, with where the role is
// between ("The Pakistan agent is a Mr. Kamran Yousaf", "Hamza Qureshi is
// their Pakistan rep"): the name, without the sentence round it. A name
// that ends in a role word ("Carpathia HR") and a role beside a name with
// no "is" ("manager Saeed") are kept as written.
func TestNameSaidWithItsRole(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"The Pakistan agent is a Mr. Kamran Yousaf": "Mr. Kamran Yousaf",
		"Hamza Qureshi is their Pakistan rep":       "Hamza Qureshi",
		"Sohail Rana is the owner":                  "Sohail Rana",
		"the Dubai agent is Bilal Khan":             "Bilal Khan",
		"Carpathia HR as the ad says":               "Carpathia HR",
		"manager Saeed":                             "manager Saeed",
		"Malik Tariq":                               "Malik Tariq",
	} {
		require.Equal(t, want, r.Read(text).Name(), text)
	}
}

// The people beside a firm, as written: a post after a titled name is no
// part of it ("Mr Imran HR coordinator", C215-002); "Malik" written with
// a capital before a name is his name's (C215-004); what a man does after
// "jo" is no part of his name (C217-009); "the man in the email is X"
// names X (C216-002); "نیچے لکھا ہے" before a name is where it is written
// (C216-010).
func TestNamesBesideTheFirm(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string][]string{
		"Al Wakra Logistics WLL, guy on phone says he is Mr Imran HR coordinator":                                                        {"Al Wakra Logistics WLL", "Mr Imran"},
		"Pak Gulf Manpower Consultants, licence no 3107/RWP board pe likha h. baat Malik Shahzad se hoti thi jo khud ko manager kehta h": {"Pak Gulf Manpower Consultants", "Malik Shahzad"},
		"Chaudhry Asghar, Phalia wala. aur uska aadmi Bilal Tarar jo larke dhoondta hai":                                                 {"Chaudhry Asghar", "Bilal Tarar"},
		"Doha Star Logistics, the man in the email is Faisal Al-Kuwari. On the phone someone called Adeel talks in Urdu":                 {"Doha Star Logistics", "Faisal Al-Kuwari", "Adeel"},
		"Bright Future Care Recruitment Ltd. My contact was a woman, Mrs. Sana Malik, she says she's their 'Pakistan coordinator'":       {"Bright Future Care Recruitment Ltd.", "Mrs. Sana Malik"},
		"نیچے لکھا ہے جاپان اوورسیز رجسٹریشن سیل":                                                                                        {"جاپان اوورسیز رجسٹریشن سیل"},
	} {
		head, also := r.Read(text).NameParts()
		require.Equal(t, want, append([]string{head}, also...), text)
	}
}
