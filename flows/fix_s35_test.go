package flows_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/locales"
)

// Found in C313-C318 and A123-A125 (first played in the thirty-fifth
// session).

// Typed answers, each at its question.
func TestSession35Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		// not a rupee in hand, or sent home, for months: unpaid
		{flows.NodeHelpWhat, "ur", "۳ مہینے سے کام کر رہے ہیں، ایک روپیہ ہاتھ میں نہیں آیا", map[string]string{"situation": "unpaid"}},
		{flows.NodeHelpWhat, "ur", "تین مہینے ہو گئے، گھر ایک روپیہ نہیں بھیج سکا", map[string]string{"situation": "unpaid"}},
		{flows.NodeHelpWhat, "ur-Latn", "3 mahine se kaam kr rahe, ek rupya haath me nahi aya", map[string]string{"situation": "unpaid"}},
	} {
		c.check(t, e)
	}
}

// The first message says what the person wants, in words of their own.
func TestSession35Openings(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text, node string
	}{
		// all of it deleted: the erasing is offered
		{"I sent a report yesterday about my brother-in-law's agent. It has become a family problem now. I want all of it deleted, including my number.", flows.NodeErase},
		// wanting to ask about an academy that sends people to Korea: a check
		{"کوریا کے ای پی ایس پروگرام کے بارے میں پوچھنا تھا۔ ہمارے علاقے میں ایک اکیڈمی کہتی ہے وہ کوریا بھجواتی ہے", flows.NodeVerify},
		// a maid not let go home: help, not the menu
		{"میں اسلام آباد میں ایک گھر میں کام کرتی ہوں، باجی مجھے گھر جانے نہیں دیتیں", flows.NodeHelpCheck},
	} {
		s, _ := playLast(t, c.text)
		require.Equal(t, c.node, s.Node, c.text)
	}
}

// "Which is the real OEC site?" asked while the offer is being sent is
// answered with the official sites, and the report goes on; it is no
// wish to have the page checked (C316-006).
func TestSession35OfficialSite(t *testing.T) {
	t.Parallel()
	cat := locales.MustLoad()
	for _, c := range []struct{ locale, first, ask string }{
		{"ur-Latn", "ye ek FB page h OEC k naam se, Korea job registration ki fee le raha h. bilkul asli lagta h. link oec-korea-eps-registration.online", "asli OEC ki website kon si h phir?"},
		{"en", "There is a facebook page in OEC's name taking a registration fee for Korea jobs, link oec-korea-eps-registration.online", "which is the real OEC website then?"},
	} {
		s, said := playLast(t, c.first, c.ask)
		require.Equal(t, flows.NodeReportOffer, s.Node, c.ask)
		require.Equal(t, flows.KindReport, s.Draft.Kind, c.ask)
		require.True(t, strings.Contains(strings.Join(said, "\n"), cat.T(c.locale, "advice_official", nil)), "%q: %v", c.ask, said)
	}
}
