package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// "Nadeem naam k bande": the SMS "k" of "ke" joins a name to the man it
// names, as "ka" does; a payment's word before it is no part of the name
// (C193-028 gave "k").
func TestNamedBeforeShortKe(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for s, want := range map[string]string{
		"Nadeem naam k bande ko diye":                           "Nadeem",
		"aur payment Nadeem naam k bande k account me jati thi": "Nadeem",
		"Bilal naam ka banda tha":                               "Bilal",
		"paise Shakeel naam kay admi ne liye":                   "Shakeel",
		"company ka naam 'Hellas Agri Manpower' bataya":         "Hellas Agri Manpower",
	} {
		require.Equal(t, want, r.Read(s).NamedIn(), s)
	}
}

// "آپ کے کسی افسر سے بات ہو سکتی ہے؟" asks for a person: the genitive is
// the officer's, not the talk's (C195-034 went to a report); "bhejne ki
// baat kar raha hai" is still talk of a thing.
func TestGenitiveOfOfficerIsNoTalkOf(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{
		"میں ایک صحافی ہوں، ملتان سے۔ انسانی اسمگلنگ پر اسٹوری کر رہا ہوں، کیا آپ کے کسی افسر سے بات ہو سکتی ہے؟",
		"kya aap ke kisi afsar se baat ho sakti hai?",
	} {
		require.Equal(t, "human", r.Read(s).Intent(), s)
	}
	require.NotEqual(t, "human", r.Read("dubai bhejne ki baat kar raha hai").Intent())
}
