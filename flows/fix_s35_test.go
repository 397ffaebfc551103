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
		// the sum taken off is neither the sum asked nor a payment
		{flows.NodeReportMoney, "en", "he asked 12 lakh total. sorry not 12, 11.5 lakh, he gave 50k discount bcz my brother brought 2 more boys", map[string]string{"money_asked": "Rs 11,50,000", "paid": "", "paid_amount": ""}},
		{flows.NodeReportMoney, "ur-Latn", "5 lakh bola tha, 50 hazar ki riayat di", map[string]string{"money_asked": "Rs 5,00,000", "paid": ""}},
		// "here" said first, the care after it its reason: here; care set
		// against it with "but" or "only", or asked in words: discreet
		{flows.NodeHelpContact, "en", "Talk to me here. Do NOT contact her phone, they check the phones", map[string]string{"contact": "here"}},
		{flows.NodeHelpContact, "ur-Latn", "msg yahin kro isi number pe, call na krna raat ko duty pe hota hun", map[string]string{"contact": "here"}},
		{flows.NodeHelpContact, "en", "message me here but don't call, the kafeel checks my phone", map[string]string{"contact": "discreet"}},
		{flows.NodeHelpContact, "en", "only message here, they check phones at night. dont call", map[string]string{"contact": "discreet"}},
		{flows.NodeHelpContact, "ur", "چپکے سے، صرف یہاں میسج کریں، کال بالکل نہیں۔ انہوں نے دیکھ لیا تو مار ڈالیں گے", map[string]string{"contact": "discreet"}},
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

// "Yes, erase everything, let nothing remain": the "nothing" is the
// erasing's, no "no" (C319-032); a plain no still keeps the data.
func TestSession35EraseAll(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct {
		locale, text string
		erase        bool
	}{
		{"ur", "جی سب کچھ مٹا دیں، کچھ بھی نہ رہے", true},
		{"ur-Latn", "ji sab mita do, kuch bhi na rahe", true},
		{"en", "ok delete everything, nothing should remain", true},
		{"ur", "نہیں، کچھ بھی نہ مٹائیں", false},
	} {
		r := e.Step(flows.AtQuestion(flows.NodeErase, c.locale), flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-S35ERA"}, t0)
		require.Equal(t, c.erase, erased(r), c.text)
	}
}
