package routing

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// Every country the triage lexicon knows as a route, a scam-compound
// region or a destination in Europe has an emergency number in the data
// (Iraq had none: a son held in Erbil got only the crisis cell), shown
// once confirmed; a number still to confirm is kept for staff.
func TestEveryRouteCountryHasAnEmergencyNumber(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile("../lang/lexicon/triage.json")
	require.NoError(t, err)
	var lex struct {
		Transit  []string `json:"transit_countries"`
		Compound []string `json:"scam_compound_countries"`
		Europe   []string `json:"europe_countries"`
		Ransom   struct {
			Codes []string `json:"codes"`
		} `json:"ransom_route_countries"`
	}
	require.NoError(t, json.Unmarshal(raw, &lex))
	h := DefaultHelplines()
	have := map[string]bool{}
	for _, l := range h.All() {
		if l.Country != "" && l.Serves(PurposeEmergency) {
			have[l.Country] = true
		}
	}
	want := append(append(append(append([]string{"IQ", "SA", "AE", "QA", "OM", "KW", "BH", "MY", "AZ", "RU", "KR", "JP"},
		lex.Transit...), lex.Compound...), lex.Europe...), lex.Ransom.Codes...)
	for _, cc := range want {
		require.True(t, have[cc], "no emergency number for %s", cc)
	}
	iq := h.Abroad("iq")
	require.Len(t, iq.Emergency, 1)
	require.Equal(t, "911", iq.Emergency[0].Number)
}
