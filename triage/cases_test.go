package triage

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// caseRow is one realistic message from testdata/cases.json with what
// staff should see. Lists that are absent must come out empty; urls,
// handles, abroad, online and danger are checked only when given.
type caseRow struct {
	Name      string       `json:"name"`
	Lang      string       `json:"lang"` // en, ur, ur-Latn, mixed
	Text      string       `json:"text"`
	Phones    []string     `json:"phones"`
	URLs      *[]string    `json:"urls"`
	Handles   *[]string    `json:"handles"`
	Amounts   []wantAmount `json:"amounts"`
	Countries []string     `json:"countries"`
	Licences  []string     `json:"licences"`
	Payments  []string     `json:"payments"`
	CNICs     []string     `json:"cnics"`
	CaseType  string       `json:"case_type"`
	Urgency   string       `json:"urgency"`
	Flags     []string     `json:"flags"`
	Abroad    *bool        `json:"abroad"`
	Online    *bool        `json:"online"`
	Danger    *[]string    `json:"danger"`
}

type wantAmount struct {
	Value    float64 `json:"value"`
	Currency string  `json:"currency"`
	Text     string  `json:"text"` // checked when given
}

func loadCases(t *testing.T) []caseRow {
	t.Helper()
	data, err := os.ReadFile("testdata/cases.json")
	require.NoError(t, err)
	var rows []caseRow
	require.NoError(t, json.Unmarshal(data, &rows))
	return rows
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func TestCases(t *testing.T) {
	t.Parallel()
	rows := loadCases(t)
	perLang := map[string]int{}
	for _, c := range rows {
		perLang[c.Lang]++
	}
	require.GreaterOrEqual(t, len(rows), 80)
	for _, lang := range []string{"en", "ur", "ur-Latn"} {
		require.GreaterOrEqual(t, perLang[lang], 25, "cases in %s", lang)
	}

	for _, c := range rows {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			require.NotEmpty(t, c.Text)
			e := Extract(c.Text)
			require.Equal(t, orEmpty(c.Phones), e.Phones, "phones")
			require.Equal(t, orEmpty(c.Countries), e.Countries, "countries")
			require.Equal(t, orEmpty(c.Licences), e.Licences, "licences")
			require.Equal(t, orEmpty(c.Payments), e.Payments, "payments")
			require.Equal(t, orEmpty(c.CNICs), e.CNICs, "cnics")
			if c.URLs != nil {
				require.Equal(t, orEmpty(*c.URLs), e.URLs, "urls")
			}
			if c.Handles != nil {
				require.Equal(t, orEmpty(*c.Handles), e.Handles, "handles")
			}
			require.Len(t, e.Amounts, len(c.Amounts), "amounts: %+v", e.Amounts)
			for i, w := range c.Amounts {
				require.Equal(t, w.Value, e.Amounts[i].Value, "amount %d: %+v", i, e.Amounts[i])
				require.Equal(t, w.Currency, e.Amounts[i].Currency, "amount %d: %+v", i, e.Amounts[i])
				require.NotEmpty(t, e.Amounts[i].Text)
				require.Contains(t, c.Text, e.Amounts[i].Text, "amount text is as written")
				if w.Text != "" {
					require.Equal(t, w.Text, e.Amounts[i].Text, "amount %d text", i)
				}
			}

			// The table pins the rules' reading; the rules and the model
			// together are measured on the corpus (eval_test.go).
			a := rulesOnly(c.Text, e)
			require.Equal(t, c.CaseType, a.CaseType, "case type; flags %+v danger %v", a.Flags, a.Danger)
			require.Equal(t, c.Urgency, a.Urgency, "urgency; danger %v", a.Danger)
			codes := []string{}
			for _, f := range a.Flags {
				codes = append(codes, f.Code)
				require.NotEmpty(t, f.Reason, "flag %s has a reason", f.Code)
			}
			require.ElementsMatch(t, orEmpty(c.Flags), codes, "flags: %+v", a.Flags)
			if c.Abroad != nil {
				require.Equal(t, *c.Abroad, a.Abroad, "abroad")
			}
			if c.Online != nil {
				require.Equal(t, *c.Online, a.Online, "online")
			}
			if c.Danger != nil {
				require.Equal(t, orEmpty(*c.Danger), a.Danger, "danger")
			}
			require.Equal(t, a.Urgency != UrgencyRoutine, len(a.Danger) > 0, "danger reasons exactly when not routine")

			// Emergency agrees with Assess on emergencies.
			em, reasons := Emergency(c.Text)
			require.Equal(t, c.Urgency == UrgencyEmergency, em, "Emergency: %v", reasons)
		})
	}
}

// rulesOnly is Assess without the model.
func rulesOnly(text string, e Entities) Assessment {
	a := newAnalysis(text, e.Amounts)
	a.collect(lex.all)
	r := a.rules(e)
	if ctx := a.lowered(); ctx != "" && r.Urgency == UrgencyEmergency {
		return a.decideWith(nil, e, r)
	}
	return r.Assessment
}
