package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found typing as a user (fourth session of 2026-11-30).

// A bare yes at "how did you pay?" says nothing of how: it is not kept as
// the way paid ("Paise diye: Ji haan, Rs 3,00,000, han"), the question is
// asked again in other words, and the next answer gives how.
func TestBareYesIsNoWayOfPaying(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, yes, how, want string }{
		{"ur-Latn", "han", "cash diye the uske ghar ja k", "cash"},
		{"ur-Latn", "g", "jazz cash kiya tha", "jazzcash"},
		{"ur-Latn", "haan ji", "easypaisa se bheje", "easypaisa"},
		{"ur-Latn", "ji bilkul", "bank me dale the", "bank"},
		{"en", "yes", "cash, handed to him at his office", "cash"},
		{"en", "yes i did", "through easypaisa", "easypaisa"},
		{"ur", "جی ہاں", "نقد دیے تھے اس کے گھر جا کر", "cash"},
		{"ur", "ہاں", "جاز کیش سے بھیجے", "jazzcash"},
	} {
		r := at(t, flows.NodeReportPaidHow, c.locale, c.yes)
		require.Empty(t, answers(r)["paid_how"], "%s: %q is no way of paying", c.locale, c.yes)
		require.Equal(t, flows.NodeReportPaidHow, r.State.Node, "%s: %q", c.locale, c.yes)
		asked := r.Replies[len(r.Replies)-1].Text
		r = realEngine().Step(r.State, flows.Input{Text: c.how, MessageID: 8, Reference: "HSY-TYPED2"}, t0)
		require.Equal(t, c.want, answers(r)["paid_how"], "%s: %q", c.locale, c.how)
		require.NotEqual(t, asked, r.Replies[len(r.Replies)-1].Text, c.locale)
	}
}

// "naam to X btata tha": "to" sets the name as the topic and is no part of
// it.
func TestNameAfterTopicParticle(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "naam to rashid btata tha, office ka pta nai", "rashid"},
		{"ur-Latn", "naam toh Bilal Ahmed bataya tha, baki nahi pata", "Bilal Ahmed"},
		{"ur-Latn", "uska naam to Saleem hai, dukaan ka pata nahi", "Saleem"},
		{"ur", "نام تو رشید بتاتا تھا، دفتر کا پتہ نہیں", "رشید"},
		{"ur", "اس کا نام تو سلیم ہے، باقی نہیں پتا", "سلیم"},
		{"ur-Latn", "Rashid naam hai uska", "Rashid"},
	} {
		r := at(t, flows.NodeReportRecruiter, c.locale, c.text)
		require.Equal(t, c.want, answers(r)["recruiter"], "%s: %q", c.locale, c.text)
	}
}
