package twilio

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/internal/faketwilio"
)

func TestGSM7(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text     string
		gsm      bool
		segments int
	}{
		{"", true, 1},
		{"Salam! Aap ki report HSY-7KQ3MZ mil gayi.", true, 1},
		{"@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¡ÄÖÑÜ§¿äöñüà\n\r", true, 1},
		{"{[~]}|^€\\\f", true, 1}, // extension table: two septets each
		{strings.Repeat("a", 160), true, 1},
		{strings.Repeat("a", 161), true, 2},
		{strings.Repeat("a", 306), true, 2},
		{strings.Repeat("a", 307), true, 3},
		{strings.Repeat("a", 765), true, 5},
		{strings.Repeat("a", 766), true, 6},
		{strings.Repeat("{", 80), true, 1}, // 160 septets
		{strings.Repeat("{", 81), true, 2}, // 162 septets
		{strings.Repeat("a", 159) + "{", true, 2},
		{strings.Repeat("a", 152) + "{" + strings.Repeat("a", 152), true, 3}, // 306 septets, but an escape pair never straddles parts
		{"“quoted”", false, 1},
		{"it’s", false, 1},
		{"wait…", false, 1},
		{"a\u00a0b", false, 1},
		{"salam 🙏", false, 1},
		{"ç", false, 1}, // only the capital is in the alphabet
		{"`", false, 1},
		{"سلام", false, 1},
		{strings.Repeat("س", 70), false, 1},
		{strings.Repeat("س", 71), false, 2},
		{strings.Repeat("س", 335), false, 5},
		{strings.Repeat("س", 336), false, 6},
		{strings.Repeat("🙏", 35), false, 1}, // 70 UTF-16 units
		{strings.Repeat("🙏", 34) + "a🙏", false, 2},
	}
	for _, c := range cases {
		require.Equal(t, c.gsm, isGSM7(c.text), "%q", c.text)
		require.Equal(t, c.segments, segments(c.text), "%q", c.text)
		require.Equal(t, c.segments, faketwilio.Segments(c.text), "fake's count of %q", c.text)
	}
}

func TestToGSM7(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in, out string
		ok      bool
	}{
		{"plain text", "plain text", true},
		{"“HSY-7KQ3MZ” — it’s ‘done’…", `"HSY-7KQ3MZ" - it's 'done'...`, true},
		{"a\u00a0b\u202fc\td", "a b c d", true},
		{"Shukriya 🙏 bhai", "Shukriya bhai", true},
		{"🙏🏽 Shukriya", "Shukriya", true},
		{"Shukriya!🙏", "Shukriya!", true},
		{"zero\u200bwidth\u200c and\u200f bidi\u2066 marks\u2069", "zerowidth and bidi marks", true},
		{"café naïve Zoë façade", "café naive Zoe facade", true},
		{"Rs. ۵۰۰۰ ya ٣٠٠", "Rs. 5000 ya 300", true},
		{"kya yeh sahi hai؟ haan، bilkul۔", "kya yeh sahi hai? haan, bilkul.", true},
		{"✔ done ★", "done", true},
		{"salam سلام", "salam سلام", false},
		{"Привет", "Привет", false},
		{"नमस्ते", "नमस्ते", false},
	}
	for _, c := range cases {
		out, ok := toGSM7(c.in)
		require.Equal(t, c.ok, ok, "%q", c.in)
		require.Equal(t, c.out, out, "%q", c.in)
		if ok {
			require.True(t, isGSM7(out), "%q", out)
		}
	}
}

func TestSplit(t *testing.T) {
	t.Parallel()
	upTo := func(n int) func(string) bool { return func(s string) bool { return len(s) <= n } }
	cases := []struct {
		name string
		text string
		max  int
		want []string
	}{
		{"fits", "one two three", 20, []string{"one two three"}},
		{"at a paragraph", "First para. Still first.\n\nSecond para here.", 30, []string{"First para. Still first.", "Second para here."}},
		{"at a sentence", "One sentence here. Two sentence here.", 30, []string{"One sentence here.", "Two sentence here."}},
		{"at an urdu full stop", "پہلا جملہ۔ دوسرا جملہ", 30, []string{"پہلا جملہ۔", "دوسرا جملہ"}},
		{"at a line", "Line one is here\nline two is here", 24, []string{"Line one is here", "line two is here"}},
		{"at a word", "alpha beta gamma delta epsilon", 12, []string{"alpha beta", "gamma delta", "epsilon"}},
		{"a too early paragraph is passed over", "Hi.\n\nThis is a much longer paragraph that goes on", 30,
			[]string{"Hi.\n\nThis is a much longer", "paragraph that goes on"}},
		{"anywhere when it must", "abcdefghijkl", 5, []string{"abcde", "fghij", "kl"}},
		{"never inside a character", "سلام", 3, []string{"س", "ل", "ا", "م"}},
		{"empty", "", 10, []string{""}},
	}
	for _, c := range cases {
		got := split(c.text, upTo(c.max))
		require.Equal(t, c.want, got, c.name)
	}
}

func TestCompose(t *testing.T) {
	t.Parallel()
	two := []bot.Button{{Label: "Haan"}, {Label: "Nahi"}}
	require.Equal(t, []string{"Sahi?\n\n1. Haan\n2. Nahi"}, compose(bot.SMS, "Sahi?", two))
	require.Equal(t, []string{"1. Haan\n2. Nahi"}, compose(bot.WhatsApp, "", two))
	require.Equal(t, []string{"Sahi?"}, compose(bot.WhatsApp, " Sahi?\n", nil))

	// An Urdu option keeps the whole reply as written.
	require.Equal(t, []string{"“Sahi”?\n\n1. ہاں"}, compose(bot.SMS, "“Sahi”?", []bot.Button{{Label: "ہاں"}}))

	// The options stay with the last part, even when that means a new part.
	for _, words := range []int{151, 200} { // 754 characters fit alone, but not with the options
		text := strings.TrimSpace(strings.Repeat("word ", words))
		parts := compose(bot.SMS, text, two)
		require.Len(t, parts, 2)
		require.True(t, strings.HasPrefix(parts[1], "word"))
		require.True(t, strings.HasSuffix(parts[1], "\n\n1. Haan\n2. Nahi"))
		require.Equal(t, text, parts[0]+" "+strings.TrimSuffix(parts[1], "\n\n1. Haan\n2. Nahi"))
		for _, p := range parts {
			require.LessOrEqual(t, segments(p), maxSMSSegments)
		}
	}
}
