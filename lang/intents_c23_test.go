package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Someone stuck on the way, told beside a wish to report the agent and no
// plea, asks for the agent's report (C23-027); stuck alone, or with a plea,
// asks for help.
func TestIntentStuckWithAReportWish(t *testing.T) {
	t.Parallel()
	r := Conversation()
	cases := map[string]string{
		"yr mera dost Nouadhibou mauritania me phansa hua h, agent ne 40 lakh lye thy. is agent ki report krni h": "report",
		"mera bhai libya me phasa hua hai, agent ne 30 lakh liye the, us agent ki shikayat darj karni hai":        "report",
		"my friend is stuck in Mauritania, the agent took 40 lakh for Spain. I want to report this agent":         "report",
		"my cousin is trapped in a house in Libya, agent asking 5 lakh more, want to report him":                  "report",
		"میرا دوست موریتانیہ میں پھنسا ہوا ہے، ایجنٹ نے چالیس لاکھ لیے تھے، اس ایجنٹ کی شکایت درج کرنی ہے":        "report",
		"میرا بھائی لیبیا میں پھنس گیا ہے، ایجنٹ کی رپورٹ کرنی ہے":                                                "report",
		"mera dost mauritania me phansa hua h":                                         "help",
		"my friend is stuck in Mauritania, please help":                                "help",
		"mera bhai libya me phansa hua hai, madad karo, agent ki report bhi karni hai": "help",
		"میرا دوست موریتانیہ میں پھنسا ہوا ہے":                                         "help",
		"میرا بھائی لیبیا میں پھنس گیا ہے، مدد کریں":                                   "help",
	}
	for text, want := range cases {
		require.Equal(t, want, r.Read(text).Intent(), text)
	}
}
