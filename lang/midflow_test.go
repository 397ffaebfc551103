package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Wishes said in place of an answer, and the close of a conversation, in
// the three languages; and their look-alikes, which are none.
func TestMidflowWishes(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, c := range []struct {
		text                   string
		person, erase, closing bool
	}{
		{"talk to a person", true, false, false},
		{"can I just talk to someone", true, false, false},
		{"please let me speak with someone", true, false, false},
		{"kisi insan se baat krwao", true, false, false},
		{"kya main kisi afsar se baat kar sakta hun?", true, false, false},
		{"مجھے کسی افسر سے براہ راست بات کرنی ہے", true, false, false},
		{"کسی انسان سے بات کروائیں", true, false, false},
		{"I want to talk to a real person not a bot", true, false, false},
		{"connect me to an officer", true, false, false},
		{"insaan chahiye", true, false, false},
		{"مجھے انسان چاہیے", true, false, false},
		{"I need an officer to help my brother", false, false, false},
		{"security officer chahiye dubai ke liye", false, false, false},
		{"officer call kar le", false, false, false},
		{"mujhe call kr lain", false, false, false},
		{"agent se baat karni hai", false, false, false},
		{"FIA officer se baat hui thi", false, false, false},
		{"mera data delete kr do", false, true, false},
		{"please delete all my data", false, true, false},
		{"میرا سارا ڈیٹا مٹا دیں", false, true, false},
		{"میری معلومات ختم کر دو", false, true, false},
		{"naam hata do", false, false, false},
		{"mera data delete mat karna", false, false, false},
		{"will my data be deleted?", false, false, false},
		{"baaki chat delete ho gayi", false, false, false},
		{"no", false, false, true},
		{"nothing else thank you", false, false, true},
		{"bas shukriya allah hafiz", false, false, true},
		{"نہیں شکریہ", false, false, true},
		{"بس", false, false, true},
		{"theek hai", false, false, true},
		{"yes", false, false, false},
		{"haan", false, false, false},
		{"9", false, false, false},
		{"no I want to report", false, false, false},
	} {
		rd := r.Read(c.text)
		require.Equal(t, c.person, rd.PersonAsked(), "PersonAsked %q", c.text)
		require.Equal(t, c.erase, rd.EraseAsked(), "EraseAsked %q", c.text)
		require.Equal(t, c.closing, rd.Closing(), "Closing %q", c.text)
	}
}
