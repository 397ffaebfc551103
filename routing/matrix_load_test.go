package routing

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// validMatrix is the smallest valid matrix: every case type led by FIA.
func validMatrix() map[string]any {
	cases := map[string]any{}
	for _, ct := range CaseTypes() {
		cases[ct] = map[string]any{"lead": []any{map[string]any{"agency": "FIA"}}, "legal_basis": "test"}
	}
	return map[string]any{
		"version":    1,
		"due":        map[string]any{"emergency": "1h", "urgent": "24h", "routine": "120h"},
		"case_types": cases,
	}
}

func caseOf(m map[string]any, ct string) map[string]any {
	return m["case_types"].(map[string]any)[ct].(map[string]any)
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, data, 0o600))
	return path
}

func writeJSON(t *testing.T, name string, v any) string {
	t.Helper()
	data, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	return writeFile(t, name, data)
}

func TestLoadMatrixErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		mutate func(m map[string]any)
		want   []string
	}{
		{"unknown agency", func(m map[string]any) {
			caseOf(m, CaseJobScamPaid)["lead"] = []any{map[string]any{"agency": "FIAA"}}
		}, []string{`case_types.job_scam_paid.lead[0].agency: unknown agency code "FIAA"`}},
		{"agency in lower case", func(m map[string]any) {
			caseOf(m, CaseOther)["supporting"] = []any{map[string]any{"agency": "pta"}}
		}, []string{`case_types.other.supporting[0].agency: unknown agency code "pta"`}},
		{"agency missing", func(m map[string]any) {
			caseOf(m, CaseOther)["supporting"] = []any{map[string]any{"note": "x"}}
		}, []string{`case_types.other.supporting[0].agency: is missing`}},
		{"unknown case type", func(m map[string]any) {
			m["case_types"].(map[string]any)["visa_scam"] = map[string]any{"lead": []any{map[string]any{"agency": "FIA"}}}
		}, []string{`case_types.visa_scam: unknown case type`}},
		{"case type missing", func(m map[string]any) {
			delete(m["case_types"].(map[string]any), CaseSmuggling)
		}, []string{`case_types.smuggling: is missing`}},
		{"case_types missing", func(m map[string]any) {
			delete(m, "case_types")
		}, []string{`case_types: is missing`}},
		{"no lead", func(m map[string]any) {
			caseOf(m, CaseTrafficking)["lead"] = []any{}
		}, []string{`case_types.trafficking.lead: needs at least one lead agency`}},
		{"lead absent", func(m map[string]any) {
			delete(caseOf(m, CaseTrafficking), "lead")
		}, []string{`case_types.trafficking.lead: needs at least one lead agency`}},
		{"conditional lead", func(m map[string]any) {
			caseOf(m, CaseSmuggling)["lead"] = []any{map[string]any{"agency": "FIA", "if": "abroad"}}
		}, []string{`case_types.smuggling.lead[0].if: a lead cannot be conditional`}},
		{"bad duration", func(m map[string]any) {
			m["due"].(map[string]any)["urgent"] = "1 day"
		}, []string{`due.urgent: must be a positive duration`, `"1 day"`}},
		{"negative duration", func(m map[string]any) {
			m["due"].(map[string]any)["emergency"] = "-1h"
		}, []string{`due.emergency: must be a positive duration`}},
		{"duration missing", func(m map[string]any) {
			delete(m["due"].(map[string]any), "routine")
		}, []string{`due.routine: is missing`}},
		{"unknown urgency", func(m map[string]any) {
			m["due"].(map[string]any)["critical"] = "10m"
		}, []string{`due.critical: unknown urgency`}},
		{"unknown condition", func(m map[string]any) {
			caseOf(m, CaseJobScamPaid)["supporting"] = []any{map[string]any{"agency": "PTA", "if": "overseas"}}
		}, []string{`case_types.job_scam_paid.supporting[0].if: unknown condition "overseas"`, "abroad, online, phishing_site, paid"}},
		{"duplicate agency, lead and supporting", func(m map[string]any) {
			caseOf(m, CaseDocumentFraud)["supporting"] = []any{map[string]any{"agency": "BEOE"}, map[string]any{"agency": "FIA"}}
		}, []string{`case_types.document_fraud.supporting[1].agency: duplicate agency FIA (already at case_types.document_fraud.lead[0])`}},
		{"duplicate lead", func(m map[string]any) {
			caseOf(m, CasePhishingSite)["lead"] = []any{map[string]any{"agency": "NCCIA"}, map[string]any{"agency": "NCCIA"}}
		}, []string{`case_types.phishing_site.lead[1].agency: duplicate agency NCCIA`}},
		{"misspelt field", func(m map[string]any) {
			caseOf(m, CaseSmuggling)["supporting"] = []any{map[string]any{"agency": "MOFA", "iff": "abroad"}}
		}, []string{`case_types.smuggling`, `unknown field "iff"`}},
		{"wrong version", func(m map[string]any) {
			m["version"] = 2
		}, []string{`version: must be 1, got 2`}},
		{"every problem at once", func(m map[string]any) {
			m["due"].(map[string]any)["urgent"] = "soon"
			caseOf(m, CaseOther)["lead"] = []any{map[string]any{"agency": "POLICE"}}
		}, []string{`due.urgent: must be a positive duration`, `case_types.other.lead[0].agency: unknown agency code "POLICE"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m := validMatrix()
			tt.mutate(m)
			path := writeJSON(t, "matrix.json", m)
			got, err := LoadMatrix(path)
			require.Error(t, err)
			require.Nil(t, got)
			require.Contains(t, err.Error(), "routing: "+path+": ")
			for _, w := range tt.want {
				require.Contains(t, err.Error(), w)
			}
		})
	}
}

func TestLoadMatrixBadFile(t *testing.T) {
	t.Parallel()
	valid, err := json.Marshal(validMatrix())
	require.NoError(t, err)
	tests := []struct {
		name, data, want string
	}{
		{"empty", "", "unexpected end of the file"},
		{"syntax error", "{\n  \"version\": 1,\n  \"due\": {\"emergency\": \"1h\",}\n}", "line 3, column"},
		{"wrong type", "{\n  \"version\": \"one\"\n}", "line 2, column"},
		{"trailing data", string(valid) + " {}", "unexpected data after the JSON value"},
		{"duplicate case type", withDuplicateOther(t), "case_types.other: appears twice"},
		{"case_types not an object", `{"version":1,"due":{"emergency":"1h","urgent":"24h","routine":"120h"},"case_types":[]}`, "case_types: must be an object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			path := writeFile(t, "matrix.json", []byte(tt.data))
			_, err := LoadMatrix(path)
			require.ErrorContains(t, err, path)
			require.ErrorContains(t, err, tt.want)
		})
	}

	missing := filepath.Join(t.TempDir(), "nope.json")
	_, err = LoadMatrix(missing)
	require.ErrorContains(t, err, missing)
}

// withDuplicateOther returns a valid matrix whose case_types names "other"
// twice, which encoding/json alone would silently accept.
func withDuplicateOther(t *testing.T) string {
	t.Helper()
	m := validMatrix()
	cases := m["case_types"].(map[string]any)
	delete(cases, CaseOther)
	rest, err := json.Marshal(cases)
	require.NoError(t, err)
	other := `"other":{"lead":[{"agency":"FIA"}]}`
	return `{"version":1,"due":{"emergency":"1h","urgent":"24h","routine":"120h"},"case_types":{` +
		other + "," + other + "," + string(rest[1:]) + "}"
}

// An operator's file replaces the default, conditions included.
func TestLoadMatrixReplacesDefault(t *testing.T) {
	t.Parallel()
	m := validMatrix()
	m["due"].(map[string]any)["routine"] = "48h"
	caseOf(m, CaseJobScamPaid)["lead"] = []any{map[string]any{"agency": "FIA"}, map[string]any{"agency": "NCCIA"}}
	caseOf(m, CaseJobScamPaid)["supporting"] = []any{
		map[string]any{"agency": "OEC", "if": "paid"},
		map[string]any{"agency": "MOFA", "if": "abroad", "note": "mission"},
	}
	caseOf(m, CaseOther)["show_emergency_numbers"] = true
	path := writeJSON(t, "charge-matrix.json", m)

	got, err := LoadMatrix(path)
	require.NoError(t, err)
	require.Equal(t, "L:FIA L:NCCIA", summary(got.Route(CaseJobScamPaid, Facts{})))
	require.Equal(t, "L:FIA L:NCCIA S:OEC", summary(got.Route(CaseJobScamPaid, Facts{Paid: true})))
	require.Equal(t, "L:FIA L:NCCIA S:OEC S:MOFA", summary(got.Route(CaseJobScamPaid, Facts{Paid: true, Abroad: true})))
	reasons := got.Route(CaseJobScamPaid, Facts{Paid: true, Abroad: true})
	require.Equal(t, "Supporting agency for job scam, money paid: money was paid", reasons[2].Reason)
	require.Equal(t, "Supporting agency for job scam, money paid: mission", reasons[3].Reason)
	from := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	require.Equal(t, from.Add(48*time.Hour), got.Due(UrgencyRoutine, from))
	require.True(t, got.ShowEmergencyNumbers("unknown"))

	// The default is untouched.
	require.Equal(t, "L:NCCIA S:PTA S:BEOE", summary(DefaultMatrix().Route(CaseJobScamPaid, Facts{Paid: true})))
	require.Equal(t, from.Add(120*time.Hour), DefaultMatrix().Due(UrgencyRoutine, from))
}
