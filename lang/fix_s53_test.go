package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Lessons of C548–C557 (the fifty-third session), read by the language
// layer.

// "kya kru" is "what do I do" as texted (C552-032 was asked for the
// offer); "what is happening with it?" after a complaint asks its status
// (C555-011 opened a report).
func TestSession53Wishes(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"mere sath fraud hua h kya kru", "ab kia kru", "samajh nahi aa raha kya kron"} {
		require.True(t, Conversation().Read(text).AtALoss(), text)
	}
	for text, want := range map[string]string{
		"Hi, i sent a complaint here about 10 days back regarding a dubai visa agent in faisalabad. Nobody contacted me. what is happening with it?": "status",
		"I reported an agent last week, what's happening with it?":                                                                                   "status",
		"what is happening with my brother in dubai, they dont pay him":                                                                              "",
	} {
		require.Equal(t, want, Conversation().Read(text).Intent(), text)
	}
}

// The town named beside the country ("pakistan, sargodha"), not the
// country's own name.
func TestSession53TownNamed(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"pakistan, sargodha": "sargodha",
		"پاکستان، ملتان":     "ملتان",
		"pakistan":           "",
		"Pakistan me hun":    "",
	} {
		require.Equal(t, want, Conversation().Read(text).TownNamed(), text)
	}
}

// A name not told, said in Urdu with a particle ("نام تو نہیں بتایا"), or
// to be asked of someone else ("bhai se pooch k batata hun"), is not known;
// Punjabi "rakh leya" took the passport (A188, A189).
func TestSession53TypedAnswers(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"نام تو نہیں بتایا، بس کہتا تھا میں کمپنی کا بندہ ہوں", "pata nahi, bhai se pooch k batata hun"} {
		require.True(t, Conversation().Read(text).Unknown(), text)
	}
	v, ok := Conversation().Read("kafeel ne passport rakh leya, mangan te gaaliyan dinda").Option("what")
	require.True(t, ok)
	require.Equal(t, "passport_taken", v)
}
