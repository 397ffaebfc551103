package twilio

import (
	"encoding/base64"
	"strings"
	"unicode"
	"unicode/utf8"
)

// minBase64Body is the shortest body taken for base64: a long SMS that
// Twilio delivered encoded is far longer, and short words such as "HELP"
// or "Test" are valid base64 too.
const minBase64Body = 60

// decodeBody undoes the base64 encoding Twilio sometimes gives a long SMS
// (a concatenated message delivered as MMS; RapidPro's courier decodes it
// too). The body is decoded only when the whole of it is valid base64 of
// valid UTF-8 text, and the sender is not plausibly sending base64 himself:
// the body is one unbroken run of at least 60 base64 characters, as no
// person writes, and what it decodes to reads as a person's message (text
// with a space in it, no control characters), as a pasted key or token
// does not. Anything else is kept as it came.
func decodeBody(body string) string {
	raw := strings.NewReplacer("\r", "", "\n", "").Replace(strings.TrimSpace(body))
	if len(raw) < minBase64Body || len(raw)%4 != 0 {
		return body
	}
	for i := 0; i < len(raw); i++ {
		if !isBase64Char(raw[i]) {
			return body
		}
	}
	decoded, err := base64.StdEncoding.Strict().DecodeString(raw)
	if err != nil || !readable(decoded) {
		return body
	}
	return string(decoded)
}

func isBase64Char(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '='
}

// readable reports whether b is UTF-8 text as people write it: printable
// characters, line breaks and tabs, and at least one space between words.
func readable(b []byte) bool {
	if !utf8.Valid(b) {
		return false
	}
	spaced := false
	for _, r := range string(b) {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			spaced = true
		case unicode.IsSpace(r):
			spaced = true
		case r == utf8.RuneError || unicode.IsControl(r):
			return false
		case !unicode.IsPrint(r) && !unicode.Is(unicode.Cf, r):
			return false
		}
	}
	return spaced
}
