package routing

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// summary writes targets as "L:NCCIA S:BEOE …" (L lead, S supporting).
func summary(ts []Target) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		role := map[string]string{RoleLead: "L", RoleSupporting: "S"}[t.Role]
		if role == "" {
			role = "?" + t.Role
		}
		parts[i] = role + ":" + t.Agency
	}
	return strings.Join(parts, " ")
}

func TestDefaultMatrix(t *testing.T) {
	t.Parallel()
	_, err := ParseMatrix(defaultMatrixJSON)
	require.NoError(t, err)
	m := DefaultMatrix()
	require.Len(t, m.cases, len(CaseTypes()))
	for _, ct := range CaseTypes() {
		require.Contains(t, m.cases, ct)
		require.NotEmpty(t, m.LegalBasis(ct), ct)
	}
}

func TestRouteDefault(t *testing.T) {
	t.Parallel()
	// The draft in domain/charge-matrix.md, column by column: no facts, then
	// each fact alone, then all of them.
	tests := []struct {
		caseType                                  string
		none, abroad, online, phishing, paid, all string
	}{
		{CaseJobOfferSuspicious,
			"L:NCCIA S:BEOE S:PTA", "L:NCCIA S:BEOE S:PTA", "L:NCCIA S:BEOE S:PTA", "L:NCCIA S:BEOE S:PTA S:PKCERT", "L:NCCIA S:BEOE S:PTA", "L:NCCIA S:BEOE S:PTA S:PKCERT"},
		{CaseJobScamPaid,
			"L:NCCIA S:PTA S:BEOE", "L:NCCIA S:PTA S:BEOE", "L:NCCIA S:PTA S:BEOE", "L:NCCIA S:PTA S:BEOE", "L:NCCIA S:PTA S:BEOE", "L:NCCIA S:PTA S:BEOE"},
		{CaseUnlicensedRecruiter,
			"L:FIA S:BEOE", "L:FIA S:BEOE", "L:FIA S:BEOE", "L:FIA S:BEOE", "L:FIA S:BEOE", "L:FIA S:BEOE"},
		{CaseOEPMisconduct,
			"L:BEOE S:FIA", "L:BEOE S:FIA", "L:BEOE S:FIA", "L:BEOE S:FIA", "L:BEOE S:FIA", "L:BEOE S:FIA"},
		{CaseVerification,
			"L:OEC S:BEOE", "L:OEC S:BEOE", "L:OEC S:BEOE", "L:OEC S:BEOE", "L:OEC S:BEOE", "L:OEC S:BEOE"},
		{CaseWorkerDistress,
			"L:MOFA S:OPF S:BEOE", "L:MOFA S:OPF S:BEOE", "L:MOFA S:OPF S:BEOE", "L:MOFA S:OPF S:BEOE", "L:MOFA S:OPF S:BEOE", "L:MOFA S:OPF S:BEOE"},
		{CaseTrafficking,
			"L:MOFA S:FIA S:OPF", "L:MOFA S:FIA S:OPF", "L:MOFA S:FIA S:OPF S:NCCIA", "L:MOFA S:FIA S:OPF", "L:MOFA S:FIA S:OPF", "L:MOFA S:FIA S:OPF S:NCCIA"},
		{CaseForcedLabour,
			"L:FIA", "L:FIA", "L:FIA", "L:FIA", "L:FIA", "L:FIA"},
		{CaseSmuggling,
			"L:FIA", "L:FIA S:MOFA", "L:FIA S:NCCIA S:PTA", "L:FIA", "L:FIA", "L:FIA S:MOFA S:NCCIA S:PTA"},
		{CaseRansomExtortion,
			"L:MOFA S:FIA", "L:MOFA S:FIA", "L:MOFA S:FIA", "L:MOFA S:FIA", "L:MOFA S:FIA", "L:MOFA S:FIA"},
		{CaseDocumentFraud,
			"L:FIA S:BEOE", "L:FIA S:BEOE", "L:FIA S:BEOE", "L:FIA S:BEOE", "L:FIA S:BEOE", "L:FIA S:BEOE"},
		{CasePhishingSite,
			"L:PKCERT L:NCCIA S:PTA", "L:PKCERT L:NCCIA S:PTA", "L:PKCERT L:NCCIA S:PTA", "L:PKCERT L:NCCIA S:PTA", "L:PKCERT L:NCCIA S:PTA", "L:PKCERT L:NCCIA S:PTA"},
		{CaseOther,
			"L:FIA", "L:FIA", "L:FIA", "L:FIA", "L:FIA", "L:FIA"},
		{"visa_scam", // unknown: routed as other
			"L:FIA", "L:FIA", "L:FIA", "L:FIA", "L:FIA", "L:FIA"},
		{"",
			"L:FIA", "L:FIA", "L:FIA", "L:FIA", "L:FIA", "L:FIA"},
	}
	m := DefaultMatrix()
	for _, tt := range tests {
		t.Run(tt.caseType, func(t *testing.T) {
			t.Parallel()
			for _, c := range []struct {
				facts Facts
				want  string
			}{
				{Facts{}, tt.none},
				{Facts{Abroad: true}, tt.abroad},
				{Facts{Online: true}, tt.online},
				{Facts{PhishingSite: true}, tt.phishing},
				{Facts{Paid: true}, tt.paid},
				{Facts{Abroad: true, Online: true, PhishingSite: true, Paid: true}, tt.all},
			} {
				require.Equal(t, c.want, summary(m.Route(tt.caseType, c.facts)), "%+v", c.facts)
			}
		})
	}
}

// Whatever the facts, a route starts with a lead, names known agencies once
// each, and gives every agency a reason.
func TestRouteInvariants(t *testing.T) {
	t.Parallel()
	m := DefaultMatrix()
	for _, ct := range append(CaseTypes(), "unknown") {
		for bits := range 16 {
			f := Facts{Abroad: bits&1 != 0, Online: bits&2 != 0, PhishingSite: bits&4 != 0, Paid: bits&8 != 0}
			ts := m.Route(ct, f)
			require.NotEmpty(t, ts, ct)
			require.Equal(t, RoleLead, ts[0].Role, ct)
			seen := map[string]bool{}
			supporting := false
			for _, tg := range ts {
				require.True(t, IsAgency(tg.Agency), "%s: %s", ct, tg.Agency)
				require.False(t, seen[tg.Agency], "%s %+v: %s twice", ct, f, tg.Agency)
				seen[tg.Agency] = true
				require.NotEmpty(t, tg.Reason)
				if tg.Role == RoleSupporting {
					supporting = true
				} else {
					require.False(t, supporting, "%s: a lead after a supporting agency", ct)
				}
			}
		}
	}
}

func TestRouteReasons(t *testing.T) {
	t.Parallel()
	m := DefaultMatrix()
	reasons := func(ct string, f Facts) map[string]string {
		out := map[string]string{}
		for _, tg := range m.Route(ct, f) {
			out[tg.Agency] = tg.Reason
		}
		return out
	}

	r := reasons(CaseJobScamPaid, Facts{})
	require.Equal(t, "Lead agency for job scam, money paid (PECA ss.14, 16; PPC 420)", r[NCCIA])
	require.Equal(t, "Supporting agency for job scam, money paid", r[PTA])

	r = reasons(CaseSmuggling, Facts{Abroad: true, Online: true})
	require.Equal(t, "Supporting agency for migrant smuggling: promoted online", r[NCCIA])
	require.Equal(t, "Supporting agency for migrant smuggling: abroad", r[MOFA])

	r = reasons(CasePhishingSite, Facts{})
	require.Equal(t, "Lead agency for phishing website: technical; jointly with NCCIA: both may be competent (PECA ss.13, 14, 16; CERT Rules 2023)", r[PKCERT])
	require.Equal(t, "Lead agency for phishing website: crime; jointly with PK-CERT: both may be competent (PECA ss.13, 14, 16; CERT Rules 2023)", r[NCCIA])

	r = reasons(CaseForcedLabour, Facts{})
	require.Contains(t, r[FIA], "police 15")

	r = reasons("visa_scam", Facts{})
	require.Equal(t, `Lead agency for reports of no listed type: case type "visa_scam" is not in the charge matrix (triage by staff)`, r[FIA])
}

func TestDue(t *testing.T) {
	t.Parallel()
	m := DefaultMatrix()
	from := time.Date(2026, 3, 1, 22, 30, 0, 0, time.FixedZone("PKT", 5*3600))
	for urgency, want := range map[string]time.Duration{
		UrgencyEmergency: time.Hour,
		UrgencyUrgent:    24 * time.Hour,
		UrgencyRoutine:   120 * time.Hour,
		"":               120 * time.Hour,
		"critical":       120 * time.Hour,
	} {
		require.Equal(t, from.Add(want), m.Due(urgency, from), "urgency %q", urgency)
	}
}

// The second period, after which an open referral is shown overdue to the
// case's other agencies: the default file's, an operator's, and as long as
// the due time when a file names none.
func TestEscalateAfter(t *testing.T) {
	t.Parallel()
	m := DefaultMatrix()
	for urgency, want := range map[string]time.Duration{
		UrgencyEmergency: time.Hour, UrgencyUrgent: 24 * time.Hour, UrgencyRoutine: 72 * time.Hour, "critical": 72 * time.Hour,
	} {
		require.Equal(t, want, m.EscalateAfter(urgency), "urgency %q", urgency)
	}
	var f map[string]any
	require.NoError(t, json.Unmarshal(defaultMatrixJSON, &f))
	delete(f, "escalate")
	b, err := json.Marshal(f)
	require.NoError(t, err)
	none, err := ParseMatrix(b)
	require.NoError(t, err)
	require.Equal(t, 120*time.Hour, none.EscalateAfter(UrgencyRoutine), "as long as the due time")
	f["escalate"] = map[string]any{"emergency": "30m", "urgent": "12h"}
	b, err = json.Marshal(f)
	require.NoError(t, err)
	_, err = ParseMatrix(b)
	require.ErrorContains(t, err, "escalate.routine: is missing")
	f["escalate"] = map[string]any{"emergency": "30m", "urgent": "12h", "routine": "soon"}
	b, err = json.Marshal(f)
	require.NoError(t, err)
	_, err = ParseMatrix(b)
	require.ErrorContains(t, err, `escalate.routine: must be a positive duration such as 1h, 24h or 120h, got "soon"`)
}

// Every code has words, and no words are a code.
func TestNamesInWords(t *testing.T) {
	t.Parallel()
	for _, ct := range CaseTypes() {
		require.NotEqual(t, ct, CaseTypeName(ct))
		require.NotContains(t, CaseTypeName(ct), "_")
	}
	for _, a := range Agencies() {
		require.NotEqual(t, a, AgencyName(a))
		require.NotEmpty(t, AgencyShort(a))
	}
	require.Equal(t, "PK-CERT", AgencyShort(PKCERT))
	require.Equal(t, "Other", CaseTypeName("visa_scam"))
	require.Equal(t, "Emergency", UrgencyName(UrgencyEmergency))
	require.Equal(t, "Lead", RoleName(RoleLead))
	// A reason says the case type in words, never its code.
	for _, ct := range CaseTypes() {
		for _, tg := range DefaultMatrix().Route(ct, Facts{Abroad: true, Online: true, PhishingSite: true, Paid: true}) {
			require.NotRegexp(t, `\b[a-z]+_[a-z_]+\b`, tg.Reason, "%s %s", ct, tg.Agency)
		}
	}
}

func TestShowEmergencyNumbersAndLegalBasis(t *testing.T) {
	t.Parallel()
	m := DefaultMatrix()
	for _, ct := range CaseTypes() {
		require.Equal(t, ct == CaseForcedLabour, m.ShowEmergencyNumbers(ct), ct)
	}
	require.False(t, m.ShowEmergencyNumbers("unknown"))
	require.Contains(t, m.LegalBasis(CaseForcedLabour), "Bonded Labour System (Abolition) Act 1992")
	require.Equal(t, "Prevention of Trafficking in Persons Act 2018", m.LegalBasis(CaseTrafficking))
	require.Equal(t, "triage by staff", m.LegalBasis("unknown"))
}
