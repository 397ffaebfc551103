package casework

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// One's own about to leave on a smuggler's route within days, already at
// the last town before the border, stays urgent when the agent also holds
// the passport for the journey: a passport held for the visa lowers a
// recruiter's report to routine, not this (C22-003). From home it is a
// plan, routine since the thirty-third session (triage
// TestLeavingSoonOnASmugglersRoute), passport or not; so is a report of an
// agent who sends boys in general.
func TestLeavingSoonKeptBesidePassportForJourney(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"an agent is sending my younger brother to Italy through Libya by boat, he is supposed to leave in about 10 days. yes he took my brother's passport for the ticket": "routine",
		"agent mere chote bhai ko Libya ke raste kashti se Italy bhej raha hai, 10 din baad flight hai. passport bhi usi ke paas hai ticket ke liye":                        "routine",
		"ایجنٹ میرے چھوٹے بھائی کو لیبیا کے راستے کشتی سے اٹلی بھیج رہا ہے، دس دن بعد فلائٹ ہے۔ پاسپورٹ بھی اسی کے پاس ہے ٹکٹ کے لیے":                                       "routine",
		"mera chota bhai Quetta pohanch gaya h, agent kehta h parson raat Iran ka border cross karwayenge. passport bhi agent ke paas hai":                                  "urgent",
	} {
		ct, urgency, _ := Classify(&flows.ReportSpec{Kind: flows.KindReport, Text: text,
			Answers: map[string]string{"documents": "passport", "recruiter": "Chaudhry Asif"}})
		require.Equal(t, "smuggling", ct, text)
		require.Equal(t, want, urgency, text)
	}
	ct, urgency, _ := Classify(&flows.ReportSpec{Kind: flows.KindReport, Text: "a man in our village sends boys to Italy through Libya by boat, 25 lakh each",
		Answers: map[string]string{"documents": "none", "recruiter": "Chaudhry Asif"}})
	require.Equal(t, "smuggling", ct)
	require.Equal(t, "routine", urgency)
}
