package triage

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// Lessons of C537–C547 (the fifty-second session), read by triage.

// Kept indoors by fear of the police over lapsed papers is no one
// locked in (C538-007 was raised to an emergency): urgent, as the wages
// withheld beside it are. The keepers' warning that the police will catch
// those who leave a smuggler's house is the domain's urgent case too
// (B258-UR-017). Locked in by the employer stays an emergency.
func TestSession52PoliceFear(t *testing.T) {
	t.Parallel()
	requireReads(t, []readCase{
		{"We work steel fabrication. No salary since june. Kafeel says company has no money wait. Iqama expired 2 months ago and he is not renewing so we cant go out freely, police can catch. Food almost finish, we collect money between us. Passports are with us, we kept them ourselves. We want salary or final exit", CaseWorkerDistress, UrgencyUrgent},
		{"bahar jana mana nai lekin passport k bina police pakar leti h, 3 mahine se tankhwa nai", CaseWorkerDistress, UrgencyUrgent},
		{"Kafeel locked us in the room, we cant go out, no food since 2 days", CaseTrafficking, UrgencyEmergency},
	})
}

// A workplace in the jungle is where it is ("Sabah me koi estate h
// Sandakan k pas, jungle me h shehar dur h", C542-035 raised an
// emergency); a person in the jungle on the road still is at the border's
// peril.
func TestSession52JungleEstate(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]bool{
		"Sabah me koi estate h Sandakan k pas, jungle me h shehar dur h": false,
		"palm ki estate jungle me hai":                                   false,
		"bhai jungle me hai 3 din se, agent chor gaya":                   true,
	} {
		require.Equal(t, want, slices.Contains(Read(text).Assessment.Situations, "at_sea_or_border"), text)
	}
}

// A bare number said instead of a sum in lakhs and told so ("۲۲ لاکھ،
// نہیں ۲۳ بتائے ہیں", C542-024) is in lakhs; one told first and then
// changed ("4 lakh bola tha, nahi nahi pehle 3.5 bola phir 4 kr diya",
// C229-005) is no sum asked.
func TestSession52CorrectedAndTold(t *testing.T) {
	t.Parallel()
	values := func(text string) []float64 {
		var out []float64
		for _, a := range Read(text).Entities.Amounts {
			out = append(out, a.Value)
		}
		return out
	}
	require.Contains(t, values("۲۲ لاکھ، نہیں ۲۳ بتائے ہیں بھتیجے کو، ایک لاکھ ٹکٹ کا الگ"), 2300000.0)
	require.Contains(t, values("22 lakh, nahi 23 bataye hain bhatije ko"), 2300000.0)
	require.NotContains(t, values("4 lakh bola tha, nahi nahi pehle 3.5 bola phir 4 kr diya k medical alag h"), 350000.0)
	require.Equal(t, []float64{500000}, values("5 lakh, nahi 2 din pehle bataya"))
}
