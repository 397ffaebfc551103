package casework

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Triage reads the person's words, not the engine's codes: "other",
// "abroad", "self", a yes or a none added to a stranded worker's account
// read as smuggling (C4-077). A situation chosen, a name, a sum and a
// country answered still count.
func TestTriageReadsWordsNotCodes(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		slot, value string
		coded       bool
	}{
		{"where", "abroad", true},
		{"where", "pakistan", true},
		{"whom", "self", true},
		{"whom", "other", true},
		{"situation", "other", true},
		{"paid", flows.ChoiceYes, true},
		{"money_asked", "none", true},
		{"situation", "passport_taken", false},
		{"situation", "debt", false},
		{"recruiter", "Al Noor Travels", false},
		{"money_asked", "Rs 2,00,000", false},
		{"country", "UAE", false},
		{"place", "دیرہ دبئی", false},
	} {
		require.Equal(t, c.coded, flows.Coded(c.slot, c.value), "%s=%s", c.slot, c.value)
	}
	// C4-077, as the engine hands it over
	for _, lang := range []struct{ text, place, what, want string }{
		{"بھائی مدد، میں دبئی میں ہوں، ایجنٹ نے ویزٹ ویزے پر بھیجا تھا، اب نہ کام ہے نہ رہنے کی جگہ، پیسے بھی ختم", "دیرہ دبئی", "نہ کام نہ پیسے، پھنسا ہوا ہوں", "worker_distress_abroad"},
		{"bhai madad, main dubai mein hun, agent ne visit visa pe bheja tha, ab na kaam hai na rehne ki jagah, paise bhi khatam", "deira dubai", "na kaam na paise, phansa hua hun", ""},
		{"help brother, I am in Dubai, the agent sent me on a visit visa, now no work and no place to stay, money finished too", "Deira, Dubai", "no work no money, I am stuck", "worker_distress_abroad"},
	} {
		spec := &flows.ReportSpec{Kind: flows.KindHelp, Text: lang.text + "\n" + lang.what,
			Answers: map[string]string{"where": "abroad", "place": lang.place, "situation": "other", "whom": "self", "contact": "here"}}
		caseType, urgency, _ := Classify(spec)
		require.NotEqual(t, "smuggling", caseType, lang.text) // as it was with the codes
		if lang.want != "" {
			// Left: the Roman Urdu one reads "paise bhi khatam" (money
			// ran out) as money paid to the agent, job_scam_paid.
			require.Equal(t, lang.want, caseType, lang.text)
		}
		require.Equal(t, "urgent", urgency, lang.text)
	}
}
