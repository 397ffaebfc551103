package triage

import (
	"encoding/json"
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// The wordings quoted when triage's misses were measured, and their
// neighbours, read by the whole of triage (rules and the embedded model):
// testdata/quoted.json says, for each group, what must hold.
func TestQuotedWordings(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("testdata/quoted.json")
	require.NoError(t, err)
	var groups []struct {
		About        string   `json:"about"`
		Texts        []string `json:"texts"`
		Urgency      string   `json:"urgency"`
		NotUrgency   string   `json:"not_urgency"`
		Case         string   `json:"case"`
		NotCase      []string `json:"not_case"`
		FlagsInclude []string `json:"flags_include"`
		NotFlags     []string `json:"not_flags"`
		NoFlags      bool     `json:"no_flags"`
		Paid         bool     `json:"paid"`
	}
	require.NoError(t, json.Unmarshal(data, &groups))
	for _, g := range groups {
		for _, text := range g.Texts {
			r := Read(text)
			why := func(what string) string { return g.About + ": " + what + ": " + text }
			if g.Urgency != "" {
				require.Equal(t, g.Urgency, r.Urgency, why("urgency"))
			}
			if g.NotUrgency != "" {
				require.NotEqual(t, g.NotUrgency, r.Urgency, why("urgency"))
			}
			if g.Case != "" {
				require.Equal(t, g.Case, r.CaseType, why("case type"))
			}
			require.NotContains(t, g.NotCase, r.CaseType, why("case type"))
			var codes []string
			for _, f := range r.Flags {
				codes = append(codes, f.Code)
			}
			for _, f := range g.FlagsInclude {
				require.Contains(t, codes, f, why("flags"))
			}
			for _, f := range g.NotFlags {
				require.NotContains(t, codes, f, why("flags"))
			}
			if g.NoFlags {
				require.Empty(t, codes, why("flags"))
			}
			if g.Paid {
				require.True(t, slices.Contains([]string{CaseJobScamPaid, CaseUnlicensedRecruiter, CaseOEPMisconduct}, r.CaseType), why("paid: "+r.CaseType))
			}
		}
	}
}
