package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in C297-C302 and A116-A118 (first played in the thirty-third session).
func TestSession33Readings(t *testing.T) {
	t.Parallel()
	r := Conversation()

	// "nobody has told me" asks how the report stands ("got back" had
	// been written into one alternative, so the phrase never matched)
	for _, text := range []string{"noone has told me anything yet", "no one has told me anything yet", "ابھی تک کسی نے کچھ نہیں بتایا"} {
		require.Equal(t, "status", r.Read(text).Intent(), text)
	}

	// a wish to add something, with nothing added yet
	for text, want := range map[string]bool{
		"ad me ek line aur thi jo reh gayi, wo add krni h": true,
		"kuch aur add karna hai":                           true,
		"I want to add something":                          true,
		"there is one more thing I want to add":            true,
		"ایک بات بتانا بھول گیا":                           true,
		"اشتہار میں ایک لائن اور تھی جو رہ گئی، وہ شامل کرنی ہے": true,
		"forgot to mention he also took my cnic copy":            false,
		"please also mention they are still messaging me":        false,
		"agent ne dhamki bhi di, ek baat aur add karni hai":      false,
		"one more thing: he took my passport too":                false,
	} {
		require.Equal(t, want, r.Read(text).WishesToAdd(), text)
	}

	// left for later, not skipped
	for text, want := range map[string]bool{"rehne do, baad me dekhunga": true, "not now, later": true, "چھوڑیں": true, "skip": false, "اسکپ کریں": false} {
		require.Equal(t, want, r.Read(text).PutsAside(), text)
	}

	// a name guessed after "don't know"
	for text, want := range map[string]string{
		"pata nahi yaar, koi Aslam tha shayad": "Aslam",
		"پتہ نہیں یار، کوئی اسلم تھا شاید":     "اسلم",
		"not sure, maybe Aslam":                "Aslam",
	} {
		rd := r.Read(text)
		require.True(t, rd.NameGuessedAfterNone(), text)
		head, _ := rd.NameParts()
		require.Equal(t, want, head, text)
	}
	for _, text := range []string{"pata nahi, shayad kal bata dega", "dont know his name, only talked on whatsapp"} {
		require.False(t, r.Read(text).NameGuessedAfterNone(), text)
	}

	// money went, with no receipt for it; "not yet, but later" is put off
	require.Equal(t, PolarYes, r.Read("advance diya tha, receipt bhi nahi di usne").Paid())
	require.True(t, r.Read("ابھی تک نہیں مانگے لیکن کہا ہے کہ بعد میں خرچہ آئے گا").PutOff())
	require.False(t, r.Read("nahi, lekin baad me 2 lakh bola").PutOff())
	require.True(t, r.Read("پیسوں کا ذکر تو ہوا تھا پر کتنے یہ نہیں کہا").Asked())

	// options in words
	for _, c := range []struct{ set, text, want string }{
		{"consent", "only if it's a woman officer", "yes"},
		{"consent", "agar lady officer ho to theek hai", "yes"},
		{"consent", "صرف خاتون افسر", "yes"},
		{"whom", "kisi aur ke liye nahi, mere saath ho raha hai ye sab", "self"},
		{"whom", "not for someone else, it is happening to me", "self"},
		{"what", "passport malik ke pass hai, mangta hun to kehta hai pehle contract poora karo", "passport_taken"},
		{"what", "roz current lagate hain", "violence"},
		{"seen", "گوگل پر نوکری ڈھونڈ رہا تھا تو ایک سائٹ کھلی", "website"},
	} {
		got, _ := r.Read(c.text).Option(c.set)
		require.Equal(t, c.want, got, c.text)
	}
	require.True(t, r.Read("jane do").Skip())
	require.True(t, r.Read("uska number to maine delete kr diya tha gusse me").Unknown())
	require.Equal(t, "", r.Read("سمجھ نہیں آ رہا کیا لکھوں").Intent())
}

// Found in C303-C304 and A119 (the fourth round of the thirty-third session).
func TestSession33FourthRound(t *testing.T) {
	t.Parallel()
	r := Conversation()
	// an apology is no correction: "yes please delete, sorry for trouble"
	// kept the data (C300-028)
	require.Equal(t, PolarYes, r.Read("yes please delete, sorry for trouble").YesNo())
	require.Equal(t, PolarYes, r.Read("haan delete kar dein, takleef ke liye maafi").YesNo())
	require.True(t, r.Read("I changed my mind, leave everything as it is").KeepsData())
	// caught in a scheme is no one stuck anywhere
	require.NotEqual(t, "help", r.Read("mera bhai UK care worker visa k chakkar me phas gya h. tiktok pe ad dekha tha").Intent())
	// status asked in Punjabi
	for _, text := range []string{"meri shikayat da ki bana? 2 hafte ho gaye koi call nai ayi", "FIA walon ne kuj kita? agent to abhi b pind me ghoom raha h"} {
		require.Equal(t, "status", r.Read(text).Intent(), text)
	}
	require.NotEqual(t, "status", r.Read("agent ne kuj kita nahi, bas paise le gaya").Intent())
	// names: a second man "of a place or an app"; a post quoted is no name
	for text, want := range map[string]string{
		"Chaudhry Nadeem, aur quetta wala Shakeel":          "Shakeel",
		"Japan Rozgar Official PK, whatsapp wala Sir Waqas": "Sir Waqas",
		"گلف ٹریولز، کراچی والا اکرم":                       "اکرم",
	} {
		_, also := r.Read(text).NameParts()
		require.Equal(t, []string{want}, also, text)
	}
	_, also := r.Read("ای میل میں لکھا تھا گلف اسٹار ریکروٹمنٹ ایجنسی، جی میل والا ایڈریس تھا").NameParts()
	require.Empty(t, also)
	head, _ := r.Read("no company name anywhere. when Adeel msgd them the guy said his name is Nadeem and he is 'HR' for the metro project").NameParts()
	require.Equal(t, "Nadeem", head)
	for text, want := range map[string]string{"on voice note he said Al Haram Manpower": "Al Haram Manpower", "btata h naam Zubair": "Zubair", "گلف سیکیور سروسز لکھا تھا نیچے": "گلف سیکیور سروسز"} {
		head, _ := r.Read(text).NameParts()
		require.Equal(t, want, head, text)
	}
	// new numbers joined by "aur" replace the one shown; a yes keeps it
	require.True(t, r.Read("ye ab band ja raha h, uske naye number 0300 9182736 aur 0342 1187450 hain").PhoneInstead())
	require.False(t, r.Read("haan ye sahi hai, aur 0333 1234567 bhi").PhoneInstead())
	got, _ := r.Read("ہمیں کمرے سے باہر نکلنے ہی نہیں دیتے").Option("what")
	require.Equal(t, "locked_in", got)
	require.True(t, r.Read("بتاتے ہوئے ڈر لگتا ہے").Skip())
}
