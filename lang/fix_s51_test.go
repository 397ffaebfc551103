package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Phrases that had a space inside an alternative ("dont|don't|do not
// write", "میں نے|ہم نے ~ شکایت", "abhi tak|ab tak") matched only a
// wording no one writes; written out as separate phrases, each reads
// what it was written for.
func TestSession51SplitAlternatives(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, kind, key string }{
		{"dont write the name", kindAnswer, "skip"},
		{"do not write the name", kindAnswer, "skip"},
		{"that's everything", kindAnswer, "done"},
		{"its all above", kindAnswer, "done"},
		{"thats the whole message", kindAnswer, "done"},
		{"iske alawa kuch nahi", kindAnswer, "done"},
		{"us ke alawa kuch nahi", kindAnswer, "done"},
		{"i'm back home", kindAnswer, "safe_now"},
		{"i am in pakistan", kindAnswer, "safe_now"},
		{"havent heard back", kindIntent, "no_news"},
		{"I reported in this chat", kindIntent, "reported_here"},
		{"have not heard back", kindIntent, "no_news"},
		{"میں نے شکایت کی تھی", kindIntent, "complained"},
		{"ہم نے رپورٹ درج کی", kindIntent, "complained"},
		{"i think its a scam", kindIntent, "suspect"},
		{"we think this is fake", kindIntent, "suspect"},
		{"is this the real fia number?", kindAside, "who"},
		{"is it the official helpline", kindAside, "who"},
		{"i dont want to be contacted", optionPrefix + "contact", "none"},
		{"i'm scared", optionPrefix + "consent", "no"},
		{"i am afraid", optionPrefix + "consent", "no"},
		{"only if needed", optionPrefix + "consent", "yes"},
		{"guards with guns", optionPrefix + "what", "locked_in"},
		{"chupke se msg karein", optionPrefix + "contact", "discreet"},
	} {
		rd := Conversation().Read(c.text)
		require.True(t, rd.has(c.kind, c.key), "%s: %s:%s", c.text, c.kind, c.key)
	}
}

// A licence number set right keeps the name before it (C534-028); a name
// set right is still the one after.
func TestSession51LicenceCorrected(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"Crescent Star Overseas Employment, lic 3390/MUX... nai ruko raseed dekhta hun... haan 3390/MLN": "Crescent Star Overseas Employment",
		"Al Noor, nahi balke Al Huda Travels": "Al Huda Travels",
	} {
		head, _ := Conversation().Read(text).NameParts()
		require.Equal(t, want, head, text)
	}
}

// Punjabi written in Latin letters is Roman Urdu's, not English
// (C536-012 was greeted in English).
func TestSession51PunjabiLatin(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"sada munda libya ich band aye", "tusi saanu dasso, munde nu agent ne vech dita"} {
		require.Equal(t, "ur-Latn", Detect(text).Lang, text)
	}
}

// A sum taken back in words: the number word before the "no", in digits;
// none when the word ends the sum before it.
func TestSession51DeniedNumberWords(t *testing.T) {
	t.Parallel()
	for text, want := range map[string][]string{
		"نہیں ساٹھ نہیں پینسٹھ ہزار":                  {"60"},
		"nahi 4 nai 5 lac diye the":                   {"4"},
		"دو لاکھ اسی نہیں، دو لاکھ پچاس ہزار دیے ہیں": nil,
	} {
		got, _ := Conversation().Read(text).DeniedNumbers()
		require.Equal(t, want, got, text)
	}
}

// One of two firms named with a doubt written small after it ("Sakura
// Manpower ya Sakura Overseas kuch aisa naam tha", C526-030): the first is
// the recruiter, the other beside it.
func TestSession51TwoFirmsWithDoubt(t *testing.T) {
	t.Parallel()
	head, also := Conversation().Read("Sakura Manpower ya Sakura Overseas kuch aisa naam tha, pakka nai pata").NameParts()
	require.Equal(t, "Sakura Manpower", head)
	require.Equal(t, []string{"Sakura Overseas"}, also)
	require.Empty(t, Conversation().Read("form me naam cnic address sab likhwaya").NamedIn())
}
