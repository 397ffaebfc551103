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
