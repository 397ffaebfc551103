package telegram

import (
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/require"
)

func TestSplitText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		text  string
		limit int
		want  []string
	}{
		{name: "within the limit, untouched", text: "  salam\n", limit: 10, want: []string{"  salam\n"}},
		{name: "blank", text: " \n\t", limit: 10, want: nil},
		{name: "paragraph first", text: "one two. three\n\nfour five", limit: 20, want: []string{"one two. three", "four five"}},
		{name: "then a line", text: "one two. three\nfour five six", limit: 20, want: []string{"one two. three", "four five six"}},
		{name: "then a sentence", text: "Fees paid. Visa never came back", limit: 20, want: []string{"Fees paid.", "Visa never came back"}},
		{name: "urdu full stop", text: "فیس دے دی۔ ویزا نہیں آیا", limit: 16, want: []string{"فیس دے دی۔", "ویزا نہیں آیا"}},
		{name: "then a space", text: "aaaa bbbb cccc dddd", limit: 12, want: []string{"aaaa bbbb", "cccc dddd"}},
		{name: "the space just past the cut", text: "aaaaa bbbbb", limit: 5, want: []string{"aaaaa", "bbbbb"}},
		{name: "no boundary: a hard cut", text: strings.Repeat("x", 25), limit: 10, want: []string{strings.Repeat("x", 10), strings.Repeat("x", 10), strings.Repeat("x", 5)}},
		{name: "a boundary too early is not taken", text: "a " + strings.Repeat("x", 20), limit: 10, want: []string{"a xxxxxxxx", strings.Repeat("x", 12)[:10], "xx"}},
		{name: "emoji count two units, never split", text: strings.Repeat("😀", 5), limit: 4, want: []string{"😀😀", "😀😀", "😀"}},
		{name: "a mark stays with its letter", text: "abcدِe", limit: 4, want: []string{"abc", "دِe"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := splitText(tc.text, tc.limit)
			require.Equal(t, tc.want, got)
			for _, p := range got {
				require.LessOrEqual(t, len(utf16.Encode([]rune(p))), tc.limit)
			}
		})
	}
}

func TestSplitTextKeepsEveryWord(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	for i := range 3000 {
		b.WriteString([]string{"ویزا ", "visa۔ ", "fees!\n", "😀 ", "Rs.50,000 ", "\n\n"}[i%6])
	}
	text := b.String()
	parts := splitText(text, maxTextUnits)
	require.Greater(t, len(parts), 1)
	for _, p := range parts {
		require.LessOrEqual(t, len(utf16.Encode([]rune(p))), maxTextUnits)
	}
	require.Equal(t, strings.Fields(text), strings.Fields(strings.Join(parts, " ")))
}
