package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/locales"
)

// Wages unpaid abroad told with the agent who sent them gone silent, and
// no plea, is the agent's report (C21-017), as the same account with "I
// want to file a complaint" is; asked for help, or in danger, it is still
// a plea, and wages unpaid alone are a plea.
func TestUnpaidAbroadWithAgentGoneIsReport(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, want string }{
		{"میرے شوہر دبئی میں ہیں، پانچ مہینے سے کمپنی تنخواہ نہیں دے رہی۔ جس ایجنٹ نے بھیجا تھا وہ اب فون نہیں اٹھاتا", flows.KindReport},
		{"میرا بھائی سعودیہ میں ہے، چار مہینے سے تنخواہ نہیں ملی، ایجنٹ کا فون بند ہے", flows.KindReport},
		{"mera shohar dubai me hai 5 mahine se company tankhwa nahi de rahi, jis agent ne bheja tha wo ab phone nahi uthata", flows.KindReport},
		{"bhai saudia me hai 4 mah se salary nai mili, agent ka number band hai", flows.KindReport},
		{"My husband is in Dubai, the company has not paid his salary for 5 months. The agent who sent him is not picking up the phone", flows.KindReport},
		{"my brother is in Riyadh, his company has not paid his salary for 4 months and the agent doesn't answer anymore", flows.KindReport},
		{"my husband in Oman has had no salary from the company for 6 months, agent's phone is off", flows.KindReport},
		// pleas
		{"mera shohar dubai me hai 5 mahine se tankhwa nahi mili, agent phone nahi uthata, madad karein", flows.KindHelp},
		{"please help, my brother in Riyadh has not been paid for 4 months and the agent doesn't answer", flows.KindHelp},
		{"میرے شوہر دبئی میں ہیں، پانچ مہینے سے کمپنی تنخواہ نہیں دے رہی", flows.KindHelp},
		{"mera shohar saudia me he 3 mah se tankha nai mili", flows.KindHelp},
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-GONE1"}, t0)
		require.NotNil(t, r.State.Draft, "%q", c.text)
		require.Equal(t, c.want, r.State.Draft.Kind, "%q", c.text)
	}
}

// Asked for more of a plea whose situation was confirmed ("anything more
// the officer should know?"), a no, "bas", "kuch nahi", "that's all" or
// "ok" goes on to how to reach them: it is no miss of "what is
// happening?", which was asked again. Something not understood is asked
// for again as more, not as "what is happening?".
func TestNothingMoreGoesOn(t *testing.T) {
	t.Parallel()
	cat := locales.MustLoad()
	for _, c := range []struct {
		locale, plea, yes string
		more              []string
	}{
		{"ur", "میرا شوہر سعودیہ میں ہے کفیل نے پاسپورٹ رکھ لیا ہے اور چار مہینے سے تنخواہ نہیں دی", "جی ہاں", []string{"نہیں", "کچھ نہیں", "بس یہی ہے", "ٹھیک ہے"}},
		{"ur-Latn", "mera shohar saudia me he 3 mah se tankha nai mili", "haan", []string{"nahi", "kuch nahi", "bas", "ok"}},
		{"en", "my husband is in Saudi, the kafeel took his passport and has not paid him for four months", "yes", []string{"no", "nothing", "thats all", "ok"}},
	} {
		for _, m := range c.more {
			e := realEngine()
			r := e.Step(flows.State{}, flows.Input{Text: c.plea, MessageID: 1, Reference: "HSY-MORE1"}, t0)
			r = e.Step(r.State, flows.Input{Text: c.yes, MessageID: 2, Reference: "HSY-MORE1"}, t0)
			require.Equal(t, flows.NodeHelpWhat, r.State.Node, c.locale)
			r = e.Step(r.State, flows.Input{Text: m, MessageID: 3, Reference: "HSY-MORE1"}, t0)
			require.Equal(t, flows.NodeHelpContact, r.State.Node, "%s: %q", c.locale, m)
			require.NotEmpty(t, r.State.Draft.Answers["situation"], "%s: %q keeps the situation", c.locale, m)
		}
		e := realEngine()
		r := e.Step(flows.State{}, flows.Input{Text: c.plea, MessageID: 1, Reference: "HSY-MORE1"}, t0)
		r = e.Step(r.State, flows.Input{Text: c.yes, MessageID: 2, Reference: "HSY-MORE1"}, t0)
		r = e.Step(r.State, flows.Input{Text: "?", MessageID: 3, Reference: "HSY-MORE1"}, t0)
		require.Equal(t, flows.NodeHelpWhat, r.State.Node, c.locale)
		require.Equal(t, cat.T(c.locale, "help_what_more_retry", nil), r.Replies[len(r.Replies)-1].Text, c.locale)
	}
}
