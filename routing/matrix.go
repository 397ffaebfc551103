package routing

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"time"
)

// Matrix is a validated charge matrix: who receives a report of each case
// type, and how soon a referral is due. Get one from DefaultMatrix,
// LoadMatrix or ParseMatrix; it is immutable and safe for concurrent use.
type Matrix struct {
	due      map[string]time.Duration
	escalate map[string]time.Duration
	cases    map[string]caseRule
}

type caseRule struct {
	lead          []party
	supporting    []party
	legalBasis    string
	showEmergency bool
}

type party struct {
	agency string
	note   string
	cond   string // supporting only; "" = always
}

// Facts are what triage learned that decides the conditional supporting
// agencies.
type Facts struct {
	Abroad       bool // the person concerned is outside Pakistan
	Online       bool // promoted, recruited or met online
	PhishingSite bool // a website imitates an agency or employer
	Paid         bool // money has been paid
}

func (f Facts) holds(cond string) bool {
	switch cond {
	case CondAbroad:
		return f.Abroad
	case CondOnline:
		return f.Online
	case CondPhishingSite:
		return f.PhishingSite
	case CondPaid:
		return f.Paid
	}
	return false
}

// conditionPhrase explains a condition in a Reason when its agency has no note.
var conditionPhrase = map[string]string{
	CondAbroad:       "the person is abroad",
	CondOnline:       "recruited or advertised online",
	CondPhishingSite: "a phishing site",
	CondPaid:         "money was paid",
}

// Target is one agency that receives a referral.
type Target struct {
	Agency string // agency code
	Role   string // RoleLead or RoleSupporting
	Reason string // why this agency, for staff
}

//go:embed matrix.json
var defaultMatrixJSON []byte

var defaultMatrix = sync.OnceValue(func() *Matrix {
	m, err := parseMatrix("embedded matrix.json", defaultMatrixJSON)
	if err != nil {
		panic(err) // a build defect, caught by TestDefaultMatrix
	}
	return m
})

// DefaultMatrix returns the embedded draft charge matrix. It panics only if
// the embedded file is invalid, which a test guards against.
func DefaultMatrix() *Matrix { return defaultMatrix() }

// Route returns the agencies that receive a report of caseType: the leads
// first, then the supporting agencies whose condition holds, in the order of
// the matrix. An unknown case type is routed as "other". The result is never
// empty and names no agency twice.
func (m *Matrix) Route(caseType string, f Facts) []Target {
	name, rule := m.rule(caseType)
	unknown := ""
	if name != caseType {
		unknown = fmt.Sprintf("case type %q is not in the charge matrix", caseType)
	}
	out := make([]Target, 0, len(rule.lead)+len(rule.supporting))
	for _, p := range rule.lead {
		out = append(out, Target{Agency: p.agency, Role: RoleLead, Reason: rule.leadReason(name, p, unknown)})
	}
	for _, p := range rule.supporting {
		if p.cond == "" || f.holds(p.cond) {
			out = append(out, Target{Agency: p.agency, Role: RoleSupporting, Reason: supportingReason(name, p)})
		}
	}
	return out
}

func (r caseRule) leadReason(caseType string, p party, unknown string) string {
	var b strings.Builder
	b.WriteString("Lead agency for " + reasonName(caseType))
	var details []string
	if unknown != "" {
		details = append(details, unknown)
	}
	if p.note != "" {
		details = append(details, p.note)
	}
	var others []string
	for _, o := range r.lead {
		if o.agency != p.agency {
			others = append(others, o.agency)
		}
	}
	if len(others) > 0 {
		all := "both"
		if len(others) > 1 {
			all = "each"
		}
		for i, o := range others {
			others[i] = AgencyShort(o)
		}
		details = append(details, "jointly with "+strings.Join(others, " and ")+": "+all+" may be competent")
	}
	if len(details) > 0 {
		b.WriteString(": " + strings.Join(details, "; "))
	}
	if r.legalBasis != "" {
		b.WriteString(" (" + r.legalBasis + ")")
	}
	return b.String()
}

// reasonName names a case type inside a sentence.
func reasonName(caseType string) string {
	if caseType == CaseOther {
		return "reports of no listed type"
	}
	return strings.ToLower(CaseTypeName(caseType))
}

func supportingReason(caseType string, p party) string {
	why := p.note
	if why == "" {
		why = conditionPhrase[p.cond]
	}
	name := reasonName(caseType)
	if why == "" {
		return "Supporting agency for " + name
	}
	return "Supporting agency for " + name + ": " + why
}

// Due returns when a referral of the given urgency made at from is due. An
// unknown urgency is treated as routine.
func (m *Matrix) Due(urgency string, from time.Time) time.Time {
	d, ok := m.due[urgency]
	if !ok {
		d = m.due[UrgencyRoutine]
	}
	return from.Add(d)
}

// EscalateAfter is how long after its due time an open referral of the
// given urgency is shown to the case's other agencies as overdue. An
// unknown urgency is treated as routine.
func (m *Matrix) EscalateAfter(urgency string) time.Duration {
	d, ok := m.escalate[urgency]
	if !ok {
		d = m.escalate[UrgencyRoutine]
	}
	return d
}

// ShowEmergencyNumbers reports whether the police and rescue numbers must be
// shown to the reporter for this case type (forced labour in the default:
// the police act, the referral goes to FIA).
func (m *Matrix) ShowEmergencyNumbers(caseType string) bool {
	_, r := m.rule(caseType)
	return r.showEmergency
}

// LegalBasis returns the legal basis of a case type, for staff.
func (m *Matrix) LegalBasis(caseType string) string {
	_, r := m.rule(caseType)
	return r.legalBasis
}

// rule returns the rule of caseType, or of "other" when it is unknown.
func (m *Matrix) rule(caseType string) (string, caseRule) {
	if r, ok := m.cases[caseType]; ok {
		return caseType, r
	}
	return CaseOther, m.cases[CaseOther]
}
