package routing

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func ids(hs []Helpline) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.ID
	}
	return out
}

func TestDefaultHelplines(t *testing.T) {
	t.Parallel()
	_, err := ParseHelplines(defaultHelplinesJSON)
	require.NoError(t, err)
	h := DefaultHelplines()

	for id, number := range map[string]string{"police": "15", "rescue": "1122", "mofa_cmu": "051-9207887"} {
		l, ok := h.ByID(id)
		require.True(t, ok, id)
		require.Equal(t, number, l.Number, id)
		require.True(t, l.Shown(), id)
		require.Contains(t, ids(h.Shown()), id)
	}
	cmu, _ := h.ByID("mofa_cmu")
	require.Equal(t, "+92-51-9207887", cmu.AbroadNumber)
	require.Equal(t, []string{"police", "rescue"}, ids(h.For(PurposeEmergency)))
	require.Contains(t, ids(h.For(PurposeAbroad)), "mofa_cmu")

	// OPF's number is unconfirmed: known to staff, never shown.
	opf, ok := h.ByID("opf")
	require.True(t, ok)
	require.Equal(t, ConfidenceLow, opf.Confidence)
	require.NotContains(t, ids(h.Shown()), "opf")
	require.NotContains(t, ids(h.For(PurposeAbroad)), "opf")

	// Only high confidence is shown; everything is in All.
	for _, l := range h.Shown() {
		require.Equal(t, ConfidenceHigh, l.Confidence, l.ID)
	}
	require.Greater(t, len(h.All()), len(h.Shown()))

	// Numbers from domain/helplines.md as dialled: 111 numbers with an area code.
	fia, _ := h.ByID("fia_tip")
	require.Equal(t, "051-111-247-786", fia.Number)
	require.Equal(t, "+92-51-111-247-786", fia.AbroadNumber)
	for _, id := range []string{"pta_spam_sms", "pta_sim_check"} {
		l, _ := h.ByID(id)
		require.True(t, l.SMS, id)
	}

	_, ok = h.ByID("nope")
	require.False(t, ok)
}

func TestHelplineNames(t *testing.T) {
	t.Parallel()
	h := DefaultHelplines()
	for _, l := range h.All() {
		for _, lang := range []string{"en", "ur", "ur-Latn"} {
			require.NotEmpty(t, l.Name[lang], "%s %s", l.ID, lang)
		}
	}
	police, _ := h.ByID("police")
	require.Equal(t, "پولیس ایمرجنسی", police.NameIn("ur"))
	require.Equal(t, "Police emergency", police.NameIn("fr"))
}

// Callers get copies: changing one does not change the list.
func TestHelplinesCopies(t *testing.T) {
	t.Parallel()
	h := DefaultHelplines()
	l, _ := h.ByID("police")
	l.Name["en"] = "changed"
	l.For[0] = "changed"
	h.Shown()[0].Name["en"] = "changed"
	again, _ := h.ByID("police")
	require.Equal(t, "Police emergency", again.Name["en"])
	require.Equal(t, []string{PurposeEmergency}, again.For)
}

func validHelplines() map[string]any {
	return map[string]any{
		"version": 1,
		"helplines": []any{
			map[string]any{
				"id":         "police",
				"name":       map[string]any{"en": "Police", "ur": "پولیس", "ur-Latn": "Police"},
				"number":     "15",
				"confidence": "high",
				"for":        []any{"emergency"},
			},
			map[string]any{
				"id":         "cmu",
				"name":       map[string]any{"en": "Crisis unit", "ur": "کرائسس یونٹ", "ur-Latn": "Crisis unit"},
				"number":     "051-9207887",
				"confidence": "medium",
				"for":        []any{"abroad"},
			},
		},
	}
}

func entry(m map[string]any, i int) map[string]any {
	return m["helplines"].([]any)[i].(map[string]any)
}

func TestLoadHelplinesErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		mutate func(m map[string]any)
		want   string
	}{
		{"duplicate id", func(m map[string]any) { entry(m, 1)["id"] = "police" },
			`helplines[1] (police).id: duplicate id "police" (also helplines[0])`},
		{"id missing", func(m map[string]any) { delete(entry(m, 1), "id") },
			`helplines[1].id: must be lower-case letters`},
		{"number missing", func(m map[string]any) { delete(entry(m, 1), "number") },
			`helplines[1] (cmu).number: is missing`},
		{"number not a number", func(m map[string]any) { entry(m, 1)["number"] = "call 15" },
			`helplines[1] (cmu).number: must be digits`},
		{"abroad number without +92", func(m map[string]any) { entry(m, 1)["abroad_number"] = "0092-51-9207887" },
			`helplines[1] (cmu).abroad_number: must be the international form`},
		{"emergency with only a website", func(m map[string]any) {
			delete(entry(m, 0), "number")
			entry(m, 0)["alt"] = "police.gov.pk"
		}, `helplines[0] (police).number: is required for an emergency helpline`},
		{"sms without number", func(m map[string]any) {
			delete(entry(m, 1), "number")
			entry(m, 1)["alt"] = "mofa.gov.pk"
			entry(m, 1)["sms"] = true
		}, `helplines[1] (cmu).sms: is set but there is no number`},
		{"unknown confidence", func(m map[string]any) { entry(m, 1)["confidence"] = "confirmed" },
			`helplines[1] (cmu).confidence: must be one of high, medium, low, got "confirmed"`},
		{"confidence missing", func(m map[string]any) { delete(entry(m, 1), "confidence") },
			`helplines[1] (cmu).confidence: must be one of high, medium, low, got ""`},
		{"Urdu name missing", func(m map[string]any) { delete(entry(m, 1)["name"].(map[string]any), "ur") },
			`helplines[1] (cmu).name.ur: is missing`},
		{"Roman Urdu name missing", func(m map[string]any) { delete(entry(m, 1)["name"].(map[string]any), "ur-Latn") },
			`helplines[1] (cmu).name.ur-Latn: is missing`},
		{"Urdu name in Latin script", func(m map[string]any) { entry(m, 1)["name"].(map[string]any)["ur"] = "Crisis unit" },
			`helplines[1] (cmu).name.ur: must be in Urdu script`},
		{"unknown language", func(m map[string]any) { entry(m, 1)["name"].(map[string]any)["ur_Latn"] = "x" },
			`helplines[1] (cmu).name.ur_Latn: unknown language`},
		{"no purpose", func(m map[string]any) { entry(m, 1)["for"] = []any{} },
			`helplines[1] (cmu).for: needs at least one purpose`},
		{"unknown purpose", func(m map[string]any) { entry(m, 1)["for"] = []any{"abroad", "embassy"} },
			`helplines[1] (cmu).for[1]: unknown purpose "embassy"`},
		{"misspelt field", func(m map[string]any) { entry(m, 1)["abroad"] = "+92-51-9207887" },
			`unknown field "abroad"`},
		{"empty list", func(m map[string]any) { m["helplines"] = []any{} },
			`helplines: is empty`},
		{"wrong version", func(m map[string]any) { m["version"] = 0 },
			`version: must be 1, got 0`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m := validHelplines()
			tt.mutate(m)
			path := writeJSON(t, "helplines.json", m)
			got, err := LoadHelplines(path)
			require.Nil(t, got)
			require.ErrorContains(t, err, "routing: "+path+": ")
			require.ErrorContains(t, err, tt.want)
		})
	}

	missing := t.TempDir() + "/nope.json"
	_, err := LoadHelplines(missing)
	require.ErrorContains(t, err, missing)
}

func TestLoadHelplinesReplacesDefault(t *testing.T) {
	t.Parallel()
	path := writeJSON(t, "helplines.json", validHelplines())
	h, err := LoadHelplines(path)
	require.NoError(t, err)
	require.Equal(t, []string{"police", "cmu"}, ids(h.All()))
	require.Equal(t, []string{"police"}, ids(h.Shown()))
	require.Empty(t, h.For(PurposeAbroad)) // medium: not shown
	_, ok := h.ByID("mofa_cmu")
	require.False(t, ok)
	require.Contains(t, ids(DefaultHelplines().Shown()), "mofa_cmu")
}
