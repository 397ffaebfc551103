package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in C89-C92 (first plays, 2026-12-02): openings that went to a report
// of an offer, though the writer asked for help or after a complaint.
func TestC90OpeningsReachTheirFlow(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ text, want string }{
		{"mera puttar libya ch phasya hoya e", flows.KindHelp}, // Punjabi: stuck
		{"slam. dubai me hun visit visa pe. agent ne bola tha yahan job lagwa dega. 2 mahine ho gye koi job nai, paise khatam", flows.KindHelp},
		{"میں بوڑھا آدمی ہوں، راجن پور کا۔ زمیندار کے پاس کام کرتا ہوں، قرض کا بہانہ کر کے چھوڑتا نہیں۔ پوتا لکھ رہا ہے میری طرف سے", flows.KindHelp},
		{"Hi. There is a small girl, maybe 11 or 12, working in the house next to ours in F-10 Islamabad. I hear her crying at night and today I saw marks on her arms. She never goes out. I don't know whom to tell", flows.KindHelp},
	} {
		res := e.Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-SIM001"}, t0)
		d := res.State.Draft
		require.NotNil(t, d, c.text)
		require.Equal(t, c.want, d.Kind, c.text)
	}
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "2 hafte pehle jazzcash frod ki report ki thi is no se. ref no nai mila. kuch pata chala?"},
		{"ur-Latn", "mene pichle mahine gilgit wale agent ki shikayat ki thi, ref number yaad nai wo msg delete ho gya. kuch pata chala?"},
		{"en", "I complained about a Dubai agent in October, any update?"},
	} {
		readsAsJSON(t, e, "menu", c.lang, c.text, `{"answer":"intent","intent":"status"}`)
	}
}

// Found in C89-C92: a sum corrected with "na na" / "نه نه" and then told
// in its parts; "the second we did not pay" beside a yes; a CNIC's "both
// sides" is no passport; an account's number is no sum paid.
func TestC90PaidAndPapers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"report_paid", "ur-Latn", "1.8 lakh nakad... nai nai 2.2 lakh. 1.8 pehle ditte, 40 hazar baad ch", `{"answer":"yes","amount":{"value":220000,"currency":"PKR"}}`},
		{"report_paid", "ur", "دو لاکھ نقد شفیق کو دیے گھر پہ... نه نه ڈھائی لاکھ، پچاس ہزار بعد میں الگ دیے تھے۔", `{"answer":"yes","amount":{"value":250000,"currency":"PKR"}}`},
		{"report_paid", "en", "Yes, the first amount only. Second we did not pay.", `{"answer":"yes"}`},
		{"report_paid", "ur-Latn", "haan pehli qist di thi, dusri nahi di", `{"answer":"yes"}`},
		{"report_docs", "en", "uploaded my CNIC both sides and a photo. not passport", `{"answer":"cnic"}`},
		{"report_docs", "ur-Latn", "shanakhti card ki dono side ki photo bheji thi", `{"answer":"cnic"}`},
		{"report_docs", "ur", "دونوں دیے", `{"answer":"both"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
	// how it was paid, with the account's number and no sum: the sum is
	// asked once more
	s := flows.AtQuestion(flows.NodeReportPaidHow, "en")
	s.Draft.Answers["paid"] = flows.ChoiceYes
	res := e.Step(s, flows.Input{Text: "JazzCash to 0302-8841657, account name M. Arif", MessageID: 9, Reference: "HSY-TEST22"}, t0)
	require.Equal(t, flows.NodeReportPaid, res.State.Node, joinReplies(res))
}
