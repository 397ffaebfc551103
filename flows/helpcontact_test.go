package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Calls refused outright, with no other way asked for ("koi call nahi,
// bilkul nahi", "کال بالکل نہ کریں", "don't call me at all"), or the
// person saying they will write themselves ("I'll message you myself",
// "main khud msg kar lunga", "میں خود رابطہ کروں گا"), is no contact
// (A4-0100, A4-0220). Calls refused alone stay here with care, and calls
// refused with a message asked for stay here, as the corpus labels them.
func TestCallsRefusedOutrightIsNoContact(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "don't call at all, I'll message you myself", "none"},
		{"en", "dont call me at all", "none"},
		{"en", "I'll contact you myself", "none"},
		{"en", "please don't call, I will text you myself", "none"},
		{"ur-Latn", "koi call nahi, bilkul nahi", "none"},
		{"ur-Latn", "call bilkul mat karna", "none"},
		{"ur-Latn", "main khud message karunga", "none"},
		{"ur-Latn", "khud rabta karungi, ap call na karein", "none"},
		{"ur-Latn", "mai khud msg kr dungi, call na krna", "none"},
		{"ur", "کوئی کال نہیں، بالکل نہیں", "none"},
		{"ur", "کال مت کرنا، میں خود میسج کروں گا", "none"},
		{"ur", "میں خود رابطہ کر لوں گی، فون نہ کریں", "none"},
		// kept as they were
		{"ur-Latn", "call mat karna", "discreet"},
		{"ur-Latn", "mat karna call", "discreet"}, // was read as a call asked for
		{"ur-Latn", "call mat karna, msg kar dena", "here"},
		{"en", "don't call, just message", "here"},
		{"ur", "کال نہ کریں، میسج کر دیں", "here"},
		{"ur", "کوئی رابطہ نہیں", "none"},
	} {
		r := at(t, flows.NodeHelpContact, c.locale, c.text)
		require.Equal(t, c.want, answers(r)["contact"], "%s: %q", c.locale, c.text)
	}
}

// "i only have this one" asked for a number to call: the number written
// from, as "isi number pe" and "no other number" are (skip, A4-0105).
func TestOnlyThisNumberIsSkipped(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"en", "i only have this one"},
		{"en", "this is my only number"},
		{"en", "this is the only phone I have"},
		{"ur-Latn", "ek hi number hai"},
		{"ur-Latn", "sirf ye number hai mere pas"},
		{"ur", "بس یہی ایک نمبر ہے"},
		{"ur", "ایک ہی فون ہے میرے پاس"},
	} {
		r := at(t, flows.NodeHelpNumber, c.locale, c.text)
		require.NotEqual(t, flows.NodeHelpNumber, r.State.Node, "%s: %q is answered", c.locale, c.text)
		require.Empty(t, answers(r)["contact_number"], "%s: %q", c.locale, c.text)
	}
	r := at(t, flows.NodeHelpContact, "en", "i only have this number, message here")
	require.Equal(t, "here", answers(r)["contact"])
}
