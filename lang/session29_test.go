package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Concluded is the last clause opened by a word that concludes, short
// enough to be an answer; English "to" opens none.
func TestConcluded(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"he started typing his cnic then closed the tab, didnt submit. so nothing went": "nothing went",
		"dene wala tha lekin bhai ne rok diya, to nahi diye":                            "nahi diye",
		"پاسپورٹ مانگا تھا مگر میں نے دیا نہیں، یعنی کچھ نہیں دیا":                      "کچھ نہیں دیا",
		"He sent 9.5 lakh, 950,000, to a Meezan account":                                "",
		"so no": "", // no account before it
		"paid it all. so then he said the visa would come in two more weeks and we should wait": "", // another account
	} {
		require.Equal(t, want, r.Read(text).Concluded(), text)
	}
}

// Whether a person or a machine answers is asked in many words; it is an
// aside about us, and no wish to talk to a person.
func TestAsksIfBot(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, text := range []string{"hello is this real person or computer", "r u a robot??", "is anyone there?", "kya ye bot hai", "ap insan ho ya bot?", "یہ انسان ہے یا مشین؟"} {
		rd := r.Read(text)
		require.True(t, rd.AsksIfBot(), text)
		require.Equal(t, "who", rd.Aside(), text)
		require.NotEqual(t, "human", rd.Intent(), text)
	}
	require.False(t, r.Read("who are you").AsksIfBot())
	require.Equal(t, "human", r.Read("ap log insan ho ya machine? mujhe kisi officer se baat karni hai").Intent())
}
