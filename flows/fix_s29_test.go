package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// An answer that tells what happened and then what it comes to, in a
// clause of its own opened by "so", "to", "matlab" or "یعنی", is read by
// its conclusion (C265-005); one that opens with its answer, hedges, or
// settles on a sum is read as before.
func TestConcludedAnswers(t *testing.T) {
	t.Parallel()
	requireSlots(t, []slotCase{
		{flows.NodeReportDocs, "en", "he started typing his cnic then closed the tab, didnt submit. so nothing went", "documents", "none"},
		{flows.NodeReportPaid, "en", "my brother almost paid, i stopped him. so no", "paid", "no"},
		{flows.NodeReportPaid, "ur-Latn", "dene wala tha lekin bhai ne rok diya, to nahi diye", "paid", "no"},
		{flows.NodeReportDocs, "ur-Latn", "cnic ki copy bheji thi phir delete kr di, matlab kuch nahi diya", "documents", "none"},
		{flows.NodeReportDocs, "ur", "پاسپورٹ مانگا تھا مگر میں نے دیا نہیں، یعنی کچھ نہیں دیا", "documents", "none"},
		// read whole: it opens with its answer, or hedges (C190-004, C92-007)
		{flows.NodeReportPaid, "en", "No. I know the real OEC fee goes through a bank challan, so I stopped", "paid", "no"},
		{flows.NodeReportPaid, "en", "I don't know exactly. The mother said they sold the buffaloes, so maybe they paid the first half", "paid", "unknown"},
	})
}

// Found in A104 and A105: misspelt Pakistan and Saudi, a rupee never put in
// the hand, thanks to a "bhai", erasing asked in many words, a father who
// wants to explain it himself, a check asked "… ہے بھی یا نہیں".
func TestSession29TypedAnswers(t *testing.T) {
	t.Parallel()
	requireSlots(t, []slotCase{
		{flows.NodeHelpWhere, "ur-Latn", "pakstan me hi hun", "where", "pakistan"},
		{flows.NodeReportCountry, "en", "Suadi", "country", "Saudi Arabia"},
		{flows.NodeHelpWhat, "ur", "تین مہینے سے کام کروا رہے ہیں، ایک روپیہ ہاتھ پر نہیں رکھا", "situation", "unpaid"},
		{flows.NodeHelpWhat, "ur-Latn", "6 mahine se ek rupiya nahi diya", "situation", "unpaid"},
		{flows.NodeHelpWhom, "en", "thanks, its me", "whom", "self"},
	})
	r := at(t, flows.NodeHelpWhom, "ur-Latn", "thanks bhai")
	require.Equal(t, flows.NodeHelpWhom, r.State.Node, "thanked, and asked again")
	require.Empty(t, sentAnswers(r)["whom"])

	r = at(t, flows.NodeErase, "ur", "میری کوئی بات آپ کے پاس نہ رہے، سب صاف کر دیں")
	require.True(t, hasEffect(r, flows.EffectErase))
	for _, c := range []struct{ text, want string }{
		{"meri maloomat kisi ke paas nahi rehni chahiye, sab khatam karo", flows.NodeErase},
		{"is there any human on the other side or only this bot? my father wants to explain it himself", flows.NodeHuman},
		{"فیس بک پر ایک کمپنی کا اشتہار دیکھا ہے، معلوم کرنا ہے کہ یہ رجسٹرڈ ہے بھی یا نہیں", flows.NodeVerify},
		{"fb pe ad dekha hai, pata karna hai ye company registered hai ya nahi", flows.NodeVerify},
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-S29"}, t0)
		require.Equal(t, c.want, r.State.Node, c.text)
	}
	// the agent who finished everything is a report, nothing erased
	r = realEngine().Step(flows.State{}, flows.Input{Text: "agent ne sab khatam kar diya, paise le ke bhaag gaya", MessageID: 1}, t0)
	require.NotEqual(t, flows.NodeErase, r.State.Node)
}

// A smaller sum told after the one said instead is its part, even when
// its words sit inside the sum taken back ("5 hazar" in "45 hazar",
// C267-026 stored Rs 5,000).
func TestPartAfterCorrectedSum(t *testing.T) {
	t.Parallel()
	r := at(t, flows.NodeReportPaid, "ur-Latn", "g 45 hazar... nai 50 hazar, 5 hazar baad me 'courier charges' de v bheje se")
	require.Equal(t, "Rs 50,000", sentAnswers(r)["paid_amount"])
}

// Whether an official body really does what a page says is a check
// (C270-006); a licensed company that sent a brother for one job and put
// him to another is its report (C269-005).
func TestOfficialAskedAndWrongJob(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, want string }{
		{"is OEC really doing korea jobs registration thru facebook? page name OEC Korea EPS Registration 2025, they want 5000 fee by jazzcash", flows.NodeVerify},
		{"کیا او ای سی واقعی فیس بک پر کوریا کی رجسٹریشن کر رہا ہے؟ پانچ ہزار فیس مانگ رہے ہیں", flows.NodeVerify},
		{"Assalam o alaikum, I am writing for my mother, she is a widow and doesn't read English. My brother went to Saudi through a licensed company, they promised electrician job and now he is cleaning toilets in a hospital for 900 riyal", flows.NodeReportOffer},
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-S29B"}, t0)
		require.Equal(t, c.want, r.State.Node, c.text)
	}
}

// "The guy dealing with us was Faizan Butt" names the firm's man beside
// the firm (C270-001).
func TestGuyDealingWithUs(t *testing.T) {
	t.Parallel()
	r := at(t, flows.NodeReportRecruiter, "en", "Global Pathways Study Abroad. The guy dealing with us was Faizan Butt, calls himself director")
	require.Equal(t, "Global Pathways Study Abroad", sentAnswers(r)["recruiter"])
	require.Equal(t, "Faizan Butt", sentAnswers(r)["recruiter_also"])
}

// The sum told beside "mostly" another way is the smaller part, not the
// sum paid (C270-001 stored Rs 40,000).
func TestMostlyOtherWayPart(t *testing.T) {
	t.Parallel()
	r := at(t, flows.NodeReportPaidHow, "en", "Mostly bank transfer to Faizan's personal Meezan account, 4 transfers. The last 40k cash")
	require.Empty(t, sentAnswers(r)["paid_amount"])
	require.Equal(t, "bank", sentAnswers(r)["paid_how"])
}

// A list of papers goes on past the comma: "copies of passport, CNIC and
// my nursing diploma" gave both (C264-002).
func TestPapersListed(t *testing.T) {
	t.Parallel()
	r := at(t, flows.NodeReportDocs, "en", "copies of passport, CNIC and my nursing diploma. All originals are with me")
	require.Equal(t, "both", sentAnswers(r)["documents"])
}

// Found in A107: "next week" for the salary, a passport taken at the
// airport, "nowhere online".
func TestSession29A107(t *testing.T) {
	t.Parallel()
	requireSlots(t, []slotCase{
		{flows.NodeHelpWhat, "en", "5 months now, they keep sayng 'next week' for the salery", "situation", "unpaid"},
		{flows.NodeHelpWhat, "ur-Latn", "passport to airport pe hi le liya tha unho ne, abhi tak wapis nai kiya", "situation", "passport_taken"},
		{flows.NodeReportSeen, "en", "nowhere online, the agent himself came to our village and told everyone at the chai dhaba", "seen", "agent"},
	})
}

// slotCase is an answer typed at a question and what its slot must hold.
type slotCase struct{ node, locale, text, slot, want string }

// requireSlots types each answer at its question and checks the slot.
func requireSlots(t *testing.T, cases []slotCase) {
	t.Helper()
	for _, c := range cases {
		r := at(t, c.node, c.locale, c.text)
		require.Equal(t, c.want, sentAnswers(r)[c.slot], "%s %q", c.node, c.text)
	}
}

// A wish for a person said in place of an answer, with why after it, is
// still the wish (C264-012's second message, at the check's question).
func TestPersonAskedWithWhy(t *testing.T) {
	t.Parallel()
	for _, node := range []string{flows.NodeVerify, flows.NodeReportSeen} {
		r := at(t, node, "en", "i want to talk to officer on call. typing english is hard for me")
		require.Equal(t, flows.NodeHuman, r.State.Node, node)
	}
}

// "CNIC mere paas" after a passport given keeps the CNIC (C26): a
// possessive in Roman Urdu is no item of a list of papers.
func TestPapersListNotKept(t *testing.T) {
	t.Parallel()
	requireSlots(t, []slotCase{
		{flows.NodeReportDocs, "ur-Latn", "passport unke paas hai, CNIC mere paas", "documents", "passport"},
		{flows.NodeReportDocs, "en", "Passport scan, CNIC scan and my degrees, all on WhatsApp", "documents", "both"},
	})
}
