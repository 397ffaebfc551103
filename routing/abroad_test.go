package routing

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// mainDestinations are the countries the issue of helplines abroad named:
// where Pakistanis most often work, and the routes they are smuggled or
// trafficked on.
var mainDestinations = []string{"SA", "AE", "QA", "OM", "KW", "BH", "MY", "LY", "IR", "TR", "GR", "IT", "GB", "KH", "TH", "MM"}

func TestAbroadDefault(t *testing.T) {
	t.Parallel()
	h := DefaultHelplines()
	require.Subset(t, h.Countries(), mainDestinations)
	for _, cc := range mainDestinations {
		var emergency []Helpline
		for _, l := range h.All() {
			if l.Country == cc && l.Serves(PurposeEmergency) {
				emergency = append(emergency, l)
			}
		}
		require.NotEmpty(t, emergency, "%s has its emergency number in the data", cc)
		a := h.Abroad(cc)
		require.Equal(t, cc, a.Country)
		require.Equal(t, []string{"mofa_cmu"}, ids(a.CrisisCell), "%s: the crisis cell, reachable from anywhere", cc)
		require.Equal(t, "+92-51-9207887", a.CrisisCell[0].AbroadNumber)
		for _, l := range append(append(append([]Helpline{}, a.Emergency...), a.Missions...), a.Welfare...) {
			require.Equal(t, cc, l.Country, l.ID)
			require.Equal(t, ConfidenceHigh, l.Confidence, "%s: only confirmed numbers are shown", l.ID)
		}
	}

	sa := h.Abroad("sa")
	require.Equal(t, []string{"sa_emergency"}, ids(sa.Emergency))
	require.Equal(t, "999", sa.Emergency[0].Number)
	require.Empty(t, sa.Missions, "the Riyadh numbers disagree: not shown until MoFA confirms one")
	require.Empty(t, sa.Welfare)
	require.True(t, sa.Local())
	require.Equal(t, "112", h.Abroad("TR").Emergency[0].Number)

	// Libya's number is not confirmed: the person gets the crisis cell only.
	ly := h.Abroad("LY")
	require.Empty(t, ly.Emergency)
	require.False(t, ly.Local())
	require.Len(t, ly.CrisisCell, 1)

	// A country without data still gets the crisis cell; Pakistan is For's.
	require.Len(t, h.Abroad("PE").CrisisCell, 1)
	require.Equal(t, Abroad{Country: "PK"}, h.Abroad("PK"))
	require.Equal(t, Abroad{}, h.Abroad(""))

	// Numbers abroad never mix into Pakistan's.
	require.Equal(t, []string{"police", "rescue"}, ids(h.For(PurposeEmergency)))
}

func TestAbroadShowsConfirmedMissions(t *testing.T) {
	t.Parallel()
	m := validHelplines()
	m["helplines"] = append(m["helplines"].([]any),
		map[string]any{"id": "ae_999", "country": "AE", "name": names("Police"), "number": "999", "confidence": "high", "for": []any{"emergency"}},
		map[string]any{"id": "ae_mission", "country": "AE", "name": names("Embassy"), "number": "02 444 7800",
			"abroad_number": "+971-2-444-7800", "confidence": "high", "for": []any{"mission"}},
		map[string]any{"id": "ae_cwa", "country": "AE", "name": names("Welfare"), "abroad_number": "+971-4-000-0000", "confidence": "high", "for": []any{"welfare_attache"}},
		map[string]any{"id": "ae_unsure", "country": "AE", "name": names("Consulate"), "abroad_number": "+971-4-111-1111", "confidence": "medium", "for": []any{"mission"}},
		map[string]any{"id": "sa_999", "country": "SA", "name": names("Police"), "number": "999", "confidence": "high", "for": []any{"emergency"}},
		map[string]any{"id": "cmu_high", "name": names("Crisis"), "number": "051-9207887", "abroad_number": "+92-51-9207887", "confidence": "high", "for": []any{"abroad"}},
	)
	h, err := LoadHelplines(writeJSON(t, "helplines.json", m))
	require.NoError(t, err)
	a := h.Abroad("AE")
	require.Equal(t, []string{"ae_999"}, ids(a.Emergency))
	require.Equal(t, []string{"ae_mission"}, ids(a.Missions))
	require.Equal(t, []string{"ae_cwa"}, ids(a.Welfare))
	require.Equal(t, []string{"cmu_high"}, ids(a.CrisisCell), "the medium crisis unit of validHelplines is not shown")
	require.Equal(t, []string{"AE", "SA"}, h.Countries())
}

func names(en string) map[string]any {
	return map[string]any{"en": en, "ur": "نام", "ur-Latn": en}
}

func TestLoadHelplinesAbroadErrors(t *testing.T) {
	t.Parallel()
	abroad := func(fields map[string]any) func(m map[string]any) {
		return func(m map[string]any) {
			e := map[string]any{"id": "x", "country": "SA", "name": names("X"), "confidence": "high", "for": []any{"mission"}, "abroad_number": "+966-11-000-0000"}
			for k, v := range fields {
				if v == nil {
					delete(e, k)
				} else {
					e[k] = v
				}
			}
			m["helplines"] = append(m["helplines"].([]any), e)
		}
	}
	tests := []struct {
		name   string
		mutate func(m map[string]any)
		want   string
	}{
		{"lower-case country", abroad(map[string]any{"country": "sa"}), `helplines[2] (x).country: must be an upper-case ISO 3166-1 code`},
		{"Pakistan spelt out", abroad(map[string]any{"country": "PK"}), `helplines[2] (x).country: leave it out for Pakistan`},
		{"calling code of another country", abroad(map[string]any{"abroad_number": "+971-2-444-7800"}),
			`helplines[2] (x).abroad_number: must be the +966 form (the calling code of SA), got "+971-2-444-7800"`},
		{"Pakistani entry abroad number not +92", func(m map[string]any) { entry(m, 1)["abroad_number"] = "+966-11-000-0000" },
			`helplines[1] (cmu).abroad_number: must be the +92 form (the calling code of Pakistan)`},
		{"mission without a country", abroad(map[string]any{"country": nil, "abroad_number": "+92-51-0000000"}),
			`helplines[2] (x).country: is required for a mission entry`},
		{"emergency abroad without a short number", abroad(map[string]any{"for": []any{"emergency"}}),
			`helplines[2] (x).number: is required for an emergency helpline`},
		{"nothing to call", abroad(map[string]any{"abroad_number": nil}), `helplines[2] (x).number: is missing`},
		{"local number not digits", abroad(map[string]any{"number": "nine nine nine"}), `helplines[2] (x).number: must be digits with single spaces or dashes, as dialled in SA`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m := validHelplines()
			tt.mutate(m)
			_, err := LoadHelplines(writeJSON(t, "helplines.json", m))
			require.ErrorContains(t, err, tt.want)
		})
	}

	// A country outside the calling-code table is accepted as written.
	m := validHelplines()
	abroad(map[string]any{"country": "PE", "abroad_number": "+51-1-000-0000"})(m)
	_, err := LoadHelplines(writeJSON(t, "helplines.json", m))
	require.NoError(t, err)
}
