package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestTokenize(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in   string
		want []string
	}{
		{"Hello, WORLD!", []string{"hello", "world"}},
		{"Rs400,000", []string{"rs", "400", "000"}},
		{"can't won’t", []string{"cant", "wont"}},
		{"bachaaaoooo pleeease", []string{"bachao", "please"}},
		{"saab maar", []string{"saab", "maar"}},
		{"۰۳۰۰ ٠٣٠٠", []string{"0300", "0300"}},
		{"يہ كام ہے", []string{"یہ", "کام", "ہے"}},
		{"بیرونِ ملک", []string{"بیرون", "ملک"}},
		{"بھیج بهیج", []string{"بہیج", "بہیج"}},
		{"آزاد ازاد", []string{"ازاد", "ازاد"}},
		{"ټیکټ", []string{"ٹیکٹ"}},
		{"pass\u200bport \u200fسعودی\u200f", []string{"passport", "سعودی"}},
		{"1000 hazaaar", []string{"1000", "hazar"}},
	}
	for _, c := range cases {
		require.Equal(t, c.want, Words(c.in), c.in)
	}
	toks := Tokenize("band. nahi, Rs. 5")
	require.False(t, toks[0].Brk)
	require.True(t, toks[1].Brk, "a full stop is a break")
	require.True(t, toks[2].Brk, "a comma is a break")
	require.False(t, toks[3].Brk, "Rs. is an abbreviation")
	for _, s := range []string{"sent 60,000 from Riyadh", "sent ۶۰,۰۰۰ from Riyadh", "bheje 1,85,000 se"} {
		toks = Tokenize(s)
		require.False(t, toks[2].Brk, "%q: a comma between digits groups a number", s)
	}
	toks = Tokenize("paid 5, 6 people")
	require.True(t, toks[2].Brk, "a comma before a space is a break")
}

func TestFoldKeepsOffsets(t *testing.T) {
	t.Parallel()
	text := "کل \u200f۰۳۰۰-۱۲۳۴۵۶۷\u200f ok"
	f := Fold(text)
	require.Equal(t, "کل 0300-1234567 ok", f.S)
	i := len("کل ")
	j := i + len("0300-1234567")
	require.Equal(t, "۰۳۰۰-۱۲۳۴۵۶۷", f.Orig(text, i, j))
}

func TestDigitsAndDigitRun(t *testing.T) {
	t.Parallel()
	require.Equal(t, "03001234567", Digits("0300-123 4567"))
	require.Equal(t, "03001234567", Digits("۰۳۰۰۱۲۳۴۵۶۷"))
	require.Equal(t, "12", Digits("١x٢"))
	require.Equal(t, []string{"+92 300 123 4567", "۰۳۰۰۱۲۳۴۵۶۷"}, DigitRun.FindAllString("call +92 300 123 4567 or ۰۳۰۰۱۲۳۴۵۶۷, not 12345", -1))
}
