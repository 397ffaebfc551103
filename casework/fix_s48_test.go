package casework

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// A situation answer the person's own words already tell is not added to
// the text triage reads: "locked_in" beside "raat ko kamre me band krte
// the … wapis aaya. ab theek hun" read as locked in now (C490-028 was an
// emergency). A situation chosen that the words do not tell still counts.
func TestSession48SituationToldInTheirWords(t *testing.T) {
	t.Parallel()
	story := "main 2 hafte pehle iraq se wapis aaya hun, ab ghar pe hun. agent k khilaf kuch krna chahta hun\n" +
		"kafeel ne passport le liya aur ek farm pe kaam krwaya. 7 mahine ek rupya nai diya, raat ko kamre me band krte the. embassy ne madad ki, wahan se wapis aaya. ab theek hun lekin paise sab doob gaye"
	answers := map[string]string{"situation": "locked_in", "where": "pakistan", "whom": "self", "place": "dera ghazi khan"}
	_, urgency, _ := Classify(&flows.ReportSpec{Kind: flows.KindHelp, Text: story, Answers: answers})
	require.NotEqual(t, "emergency", urgency)
	_, urgency, _ = Classify(&flows.ReportSpec{Kind: flows.KindHelp, Text: "mera bhai dubai me hai, agent ne dhoka diya",
		Answers: map[string]string{"situation": "locked_in", "where": "abroad", "whom": "other"}})
	require.Equal(t, "emergency", urgency)
}
