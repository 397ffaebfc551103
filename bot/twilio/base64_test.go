package twilio

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestDecodeBody(t *testing.T) {
	t.Parallel()
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	roman := "Salam, mujhe Dubai mein driver ki job ka offer mila hai. Agent 3 lakh maang raha hai."
	urdu := "السلام علیکم، مجھے دبئی میں نوکری کی پیشکش ملی ہے اور ایجنٹ تین لاکھ روپے مانگ رہا ہے"
	mime := b64(roman + " " + roman) // as a MIME encoder writes it: lines of 76
	var lines []string
	for len(mime) > 76 {
		lines, mime = append(lines, mime[:76]), mime[76:]
	}
	lines = append(lines, mime)

	cases := []struct {
		name, body, want string
	}{
		{"a long SMS encoded", b64(roman), roman},
		{"urdu script encoded", b64(urdu), urdu},
		{"encoded in lines", strings.Join(lines, "\r\n"), roman + " " + roman},
		{"plain text", roman, roman},
		{"a word that is valid base64", "HELP", "HELP"},
		{"short base64 of text", b64("kya yeh sahi hai"), b64("kya yeh sahi hai")},
		{"a pasted token: base64 of bytes", b64(strings.Repeat("\x8f\x01\xfe\x10", 20)), b64(strings.Repeat("\x8f\x01\xfe\x10", 20))},
		{"base64 of one long word", b64(strings.Repeat("abcdefgh", 10)), b64(strings.Repeat("abcdefgh", 10))},
		{"base64 of text with control characters", b64(roman + "\x00\x07"), b64(roman + "\x00\x07")},
		{"base64 of invalid UTF-8", b64(roman + "\xff"), b64(roman + "\xff")},
		{"bad padding", b64(roman)[:len(b64(roman))-1] + "A", b64(roman)[:len(b64(roman))-1] + "A"},
		{"not base64 characters", strings.Repeat("abc-def_", 10), strings.Repeat("abc-def_", 10)},
		{"a link", "https://jobs-dubai.example/apply?ref=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEf", "https://jobs-dubai.example/apply?ref=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEf"},
	}
	for _, tc := range cases {
		require.Equal(t, tc.want, decodeBody(tc.body), tc.name)
	}
}
