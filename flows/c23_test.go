package flows_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Someone of one's own said to be abroad, then unpaid now, is a plea for
// the mission's help, however the first message began a report (C23-008);
// told with the agent who sent him gone silent it stays the agent's report.
func TestRelativeAbroadUnpaidPlea(t *testing.T) {
	t.Parallel()
	playScripts(t, `[
{"id": "un-en", "lang": "en", "channel": "sms", "opening": ["Asalam o alikum", "my son is in saudia", "6 month no salary. he is crying on phone"],
 "answers": {"help_where": ["he is in saudi arabia", "abroad"], "help_place": ["Taif"], "help_whom": ["my son"], "help_what": ["no salary 6 month", "not paid"],
  "help_contact": ["call me"], "help_number": ["03458816723"]},
 "asides": [], "expect": {"kind": "help", "case_type": "worker_distress_abroad", "urgency": "urgent", "facts": {"where": "abroad", "countries": ["SA"], "whom": "other", "situation": "unpaid", "contact": "number"}}},
{"id": "un-ur-Latn", "lang": "ur-Latn", "channel": "sms", "opening": ["aoa", "mera beta saudia me hai", "6 mahine se tankhwah ni mili, phone pe rota hai"],
 "answers": {"help_where": ["saudia me", "abroad"], "help_place": ["Taif"], "help_whom": ["mera beta"], "help_what": ["tankhwah nahi mili 6 mahine se", "not paid"],
  "help_contact": ["mujhe call kro"], "help_number": ["03458816723"]},
 "asides": [], "expect": {"kind": "help", "case_type": "worker_distress_abroad", "urgency": "urgent", "facts": {"where": "abroad", "countries": ["SA"], "whom": "other", "situation": "unpaid", "contact": "number"}}},
{"id": "un-ur", "lang": "ur", "channel": "sms", "opening": ["السلام علیکم", "میرا بیٹا سعودیہ میں ہے", "چھ مہینے سے تنخواہ نہیں ملی، فون پر روتا ہے"],
 "answers": {"help_where": ["سعودیہ میں", "abroad"], "help_place": ["طائف"], "help_whom": ["میرا بیٹا"], "help_what": ["چھ مہینے سے تنخواہ نہیں ملی", "not paid"],
  "help_contact": ["مجھے کال کریں"], "help_number": ["03458816723"]},
 "asides": [], "expect": {"kind": "help", "case_type": "worker_distress_abroad", "urgency": "urgent", "facts": {"where": "abroad", "countries": ["SA"], "whom": "other", "situation": "unpaid", "contact": "number"}}}
]`)
}

// The agent gone silent beside the unpaid wages keeps the agent's report.
func TestRelativeAbroadUnpaidAgentGoneStaysReport(t *testing.T) {
	t.Parallel()
	for _, opening := range [][]string{
		{"my son is in saudia", "6 months no salary, and the agent who sent him is not answering"},
		{"mera beta saudia me hai", "6 mahine se tankhwah nahi mili, jis agent ne bheja tha wo ab phone nahi uthata"},
		{"میرا بیٹا سعودیہ میں ہے", "چھ مہینے سے تنخواہ نہیں ملی، جس ایجنٹ نے بھیجا تھا وہ اب فون نہیں اٹھاتا"},
	} {
		p := play(realEngine(), script{ID: "gone", Opening: opening, Answers: map[string][]string{}})
		require.NotEmpty(t, p.unasked, "%v\n%v", opening, p.transcript)
		require.True(t, strings.HasPrefix(p.unasked[0], "report_"), "%v\n%v", p.unasked, p.transcript)
	}
}
