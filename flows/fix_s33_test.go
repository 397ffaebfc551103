package flows_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in C297-C302 and A116-A118 (first played in the thirty-third session).

// A wish to add something at the summary, with nothing added yet, is
// asked for; the next message is kept with the account, and the report
// is shown again, not re-asked as if the wish were no answer.
func TestSummaryAddAsked(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ locale, wish, added string }{
		{"ur-Latn", "ad me ek line aur thi jo reh gayi, wo add krni h", "salary 1500 dirham likhi thi aur free rehaish"},
		{"en", "I want to add something", "they also said the visa is a work visa but it was a visit visa"},
		{"ur", "ایک بات بتانا بھول گیا", "ایجنٹ نے کہا تھا کہ ٹکٹ بھی وہ دے گا"},
	} {
		r := stepsAt(e, flows.NodeReportSummary, c.locale, c.wish)
		require.Equal(t, flows.NodeReportSummary, r.State.Node, c.wish)
		require.Contains(t, joinReplies(r), texts.T(c.locale, "add_prompt", nil), c.wish)
		require.False(t, effectsHave(r, flows.EffectCreateReport), c.wish)
		r = e.Step(r.State, flows.Input{Text: c.added, MessageID: 7, Reference: "HSY-S33ADD"}, t0)
		require.Contains(t, r.State.Draft.Texts, c.added, c.added)
		require.Contains(t, joinReplies(r), texts.T(c.locale, "noted_other", nil))
		require.Equal(t, flows.NodeReportSummary, r.State.Node)
		r = e.Step(r.State, flows.Input{Text: "ok bhej do", MessageID: 8, Reference: "HSY-S33ADD"}, t0)
		require.True(t, effectsHave(r, flows.EffectCreateReport), c.added)
	}
	// thanks said before what is added: still awaited
	r := stepsAt(e, flows.NodeReportSummary, "ur-Latn", "kuch aur add karna hai", "shukriya", "agent ne kaha tha visa 2 hafte me aa jayega")
	require.Contains(t, r.State.Draft.Texts, "agent ne kaha tha visa 2 hafte me aa jayega")
	// a note that says what it adds is kept at once
	r = stepsAt(e, flows.NodeReportSummary, "en", "please also mention they are still messaging me")
	require.NotContains(t, joinReplies(r), texts.T("en", "add_prompt", nil))
}

// "rehne do, baad me dekhunga" at the summary sends nothing and loses
// nothing: the report is set aside, offered back after a greeting, and
// sent from where it stood (A116-0217). A bare "skip" still sends.
func TestSummaryHeldForLater(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "rehne do, baad me dekhunga"},
		{"en", "not now, later"},
		{"ur", "رہنے دیں، بعد میں دیکھوں گا"},
	} {
		r := stepsAt(e, flows.NodeReportSummary, c.locale, c.text)
		require.False(t, effectsHave(r, flows.EffectCreateReport), c.text)
		require.Nil(t, r.State.Draft, c.text)
		require.Equal(t, flows.NodeResume, r.State.Node, c.text)
		require.Contains(t, joinReplies(r), texts.T(c.locale, "report_held", nil))
		r = e.Step(r.State, flows.Input{Text: "salam", MessageID: 5, Reference: "HSY-S33HLD"}, t0)
		require.Equal(t, flows.NodeResume, r.State.Node, "a greeting is offered the report again")
		r = e.Step(r.State, flows.Input{Choice: flows.ChoiceContinue, MessageID: 6, Reference: "HSY-S33HLD"}, t0)
		require.Equal(t, flows.NodeReportSummary, r.State.Node)
		r = e.Step(r.State, flows.Input{Choice: flows.ChoiceConfirm, MessageID: 7, Reference: "HSY-S33HLD"}, t0)
		require.True(t, effectsHave(r, flows.EffectCreateReport), c.text)
	}
	require.True(t, effectsHave(stepsAt(e, flows.NodeReportSummary, "en", "skip"), flows.EffectCreateReport))
}

func TestSession33Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct {
		node, locale, text string
		want               map[string]string
	}{
		// a name guessed after "don't know"
		{flows.NodeReportRecruiter, "ur-Latn", "pata nahi yaar, koi Aslam tha shayad", map[string]string{"recruiter": "Aslam"}},
		{flows.NodeReportRecruiter, "ur", "پتہ نہیں یار، کوئی اسلم تھا شاید", map[string]string{"recruiter": "اسلم"}},
		{flows.NodeReportRecruiter, "ur-Latn", "pata nahi, shayad kal bata dega", map[string]string{"recruiter": ""}},
		{flows.NodeReportRecruiter, "ur-Latn", "jane do", map[string]string{"recruiter": ""}},
		// the sum paid beside the rest still owed
		{flows.NodeReportPaid, "en", "half. 2 lakh. the rest was due after the visa", map[string]string{"paid": "yes", "paid_amount": "Rs 2,00,000"}},
		{flows.NodeReportPaid, "ur-Latn", "advance diya tha, receipt bhi nahi di usne", map[string]string{"paid": "yes"}},
		// not asked yet, only later; asked, the sum not said
		{flows.NodeReportMoney, "ur", "ابھی تک نہیں مانگے لیکن کہا ہے کہ بعد میں خرچہ آئے گا", map[string]string{"money_asked": "none"}},
		{flows.NodeReportMoney, "ur", "پیسوں کا ذکر تو ہوا تھا پر کتنے یہ نہیں کہا", map[string]string{"money_asked": "yes"}},
		{flows.NodeReportMoney, "ur-Latn", "nahi, lekin baad me 2 lakh bola", map[string]string{"money_asked": "Rs 2,00,000"}},
		// a number they no longer have is not confirmed
		{flows.NodeReportPhones, "ur-Latn", "uska number to maine delete kr diya tha gusse me", map[string]string{"phones": ""}},
		// a town on this side of the border named beside the country
		{flows.NodeHelpWhere, "ur-Latn", "iran border k paas, taftan ki taraf", map[string]string{"where": "pakistan"}},
		{flows.NodeHelpWhere, "ur", "ایران میں، بارڈر کے پاس کسی گھر میں بند ہیں ہم", map[string]string{"where": "abroad"}},
		{flows.NodeHelpWhere, "ur-Latn", "bhai turkey me hai greece border k pas, main yahan gujrat me", map[string]string{"where": "abroad"}},
		// a condition on who calls is a yes
		{flows.NodeReportConsent, "en", "only if it's a woman officer", map[string]string{"consent": "yes"}},
		{flows.NodeHelpWhom, "ur-Latn", "kisi aur ke liye nahi, mere saath ho raha hai ye sab", map[string]string{"whom": "self"}},
	} {
		r := stepsAt(e, c.node, c.locale, c.text)
		require.NotEqual(t, c.node, r.State.Node, "%q moves on", c.text)
		got := sentAnswers(r)
		for k, v := range c.want {
			require.Equal(t, v, got[k], "%s of %q", k, c.text)
		}
	}
	r := stepsAt(e, flows.NodeHelpWhere, "ur-Latn", "iran border k paas, taftan ki taraf")
	require.True(t, strings.Contains(sentAnswers(r)["place"], "taftan"))
}

// "yes please delete, sorry for trouble" erases (C300-028 kept the data:
// its "sorry" was read as taking the yes back); "I changed my mind, leave
// everything as it is" keeps it (A119-0347 erased).
func TestEraseApologyAndMindChanged(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, text := range []string{"yes please delete, sorry for trouble", "yes delete it, sorry for the trouble"} {
		require.True(t, erased(stepsAt(e, flows.NodeErase, "en", text)), text)
	}
	for _, text := range []string{"I changed my mind, leave everything as it is", "changed my mind"} {
		require.False(t, erased(stepsAt(e, flows.NodeErase, "en", text)), text)
	}
	// "caught in a visa scheme" opens a report, not a plea (C301-010)
	r := e.Step(flows.State{}, flows.Input{Text: "mera bhai UK care worker visa k chakkar me phas gya h. tiktok pe ad dekha tha 'Brit Care Pathway' ka, unho ne invoice bheja 7500 pound ka", MessageID: 1, Reference: "HSY-S33CHK"}, t0)
	require.Equal(t, flows.KindReport, r.State.Draft.Kind)
	// a town this side of the border, the brother's
	require.Equal(t, "pakistan", sentAnswers(stepsAt(e, flows.NodeHelpWhere, "ur-Latn", "bhai iran border k pas hai, taftan me"))["where"])
}
