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
		"Dubai visa 2 lakh":                                                            "",
	}
	for text, want := range cases {
		require.Equal(t, want, r.Read(text).NamedIn(), text)
	}
}
