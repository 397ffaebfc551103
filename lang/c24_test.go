package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A name said to be the one they use ("they use the name X", "X naam use
// karte hain", "X نام استعمال کرتے ہیں") is X, the words around it dropped
// (C24-004).
func TestNameTheyUse(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"they use the name OEC Korea Desk":         "OEC Korea Desk",
		"he uses the name Gulf Star Manpower":      "Gulf Star Manpower",
		"they r using the name OEC Korea Desk":     "OEC Korea Desk",
		"OEC Korea Desk naam use karte hain":       "OEC Korea Desk",
		"OEC Korea Desk ka naam use krte hain":     "OEC Korea Desk",
		"Gulf Star Manpower naam use karta hai":    "Gulf Star Manpower",
		"او ای سی کوریا ڈیسک نام استعمال کرتے ہیں": "او ای سی کوریا ڈیسک",
		"گلف سٹار مین پاور کا نام استعمال کرتا ہے": "گلف سٹار مین پاور",
		"گلف سٹار نام استعمال کرتے ہیں":            "گلف سٹار",
	} {
		head, _ := r.Read(text).NameParts()
		require.Equal(t, want, head, text)
	}
}
