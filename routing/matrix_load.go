package routing

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"
)

// The file format; see the package documentation.
type matrixFile struct {
	Version     int               `json:"version"`
	Description string            `json:"description"`
	Due         map[string]string `json:"due"`
	Escalate    map[string]string `json:"escalate"`
	CaseTypes   json.RawMessage   `json:"case_types"`
}

type caseJSON struct {
	Description          string      `json:"description"`
	Lead                 []partyJSON `json:"lead"`
	Supporting           []partyJSON `json:"supporting"`
	LegalBasis           string      `json:"legal_basis"`
	ShowEmergencyNumbers bool        `json:"show_emergency_numbers"`
}

type partyJSON struct {
	Agency string `json:"agency"`
	Note   string `json:"note"`
	If     string `json:"if"`
}

const matrixVersion = 1

// LoadMatrix reads and validates a charge matrix file (CHARGE_MATRIX_FILE).
// Every problem is reported, each naming the file and the field.
func LoadMatrix(path string) (*Matrix, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("routing: charge matrix: %w", err)
	}
	return parseMatrix(path, data)
}

// ParseMatrix validates a charge matrix held in memory.
func ParseMatrix(data []byte) (*Matrix, error) {
	return parseMatrix("charge matrix", data)
}

func parseMatrix(name string, data []byte) (*Matrix, error) {
	fe := &fileErrors{name: name}
	var f matrixFile
	if err := decodeStrict(data, &f); err != nil {
		fe.add("", "%v", err)
		return nil, fe.err()
	}
	if f.Version != matrixVersion {
		fe.add("version", "must be %d, got %d", matrixVersion, f.Version)
	}
	m := &Matrix{due: parseDue(fe, "due", f.Due), cases: parseCases(fe, f.CaseTypes)}
	m.escalate = m.due // the default: a second period as long as the first
	if f.Escalate != nil {
		m.escalate = parseDue(fe, "escalate", f.Escalate)
	}
	if err := fe.err(); err != nil {
		return nil, err
	}
	return m, nil
}

// parseDue reads durations per urgency (the "due" and "escalate" fields).
func parseDue(fe *fileErrors, field string, due map[string]string) map[string]time.Duration {
	out := make(map[string]time.Duration, len(urgencies))
	for _, u := range urgencies {
		v, ok := due[u]
		if !ok {
			fe.add(field+"."+u, "is missing (a duration such as 24h)")
			continue
		}
		d, err := time.ParseDuration(strings.TrimSpace(v))
		if err != nil || d <= 0 {
			fe.add(field+"."+u, "must be a positive duration such as 1h, 24h or 120h, got %q", v)
			continue
		}
		out[u] = d
	}
	for _, k := range sortedKeys(due) {
		if !IsUrgency(k) {
			fe.add(field+"."+k, "unknown urgency (known: %s)", strings.Join(urgencies, ", "))
		}
	}
	return out
}

func parseCases(fe *fileErrors, raw json.RawMessage) map[string]caseRule {
	if len(raw) == 0 || string(raw) == "null" {
		fe.add("case_types", "is missing")
		return nil
	}
	keys, err := objectKeys(raw)
	if err != nil {
		fe.add("case_types", "%v", err)
		return nil
	}
	seen := make(map[string]bool, len(keys))
	for _, k := range keys {
		if seen[k] {
			fe.add("case_types."+k, "appears twice")
		}
		seen[k] = true
		if !IsCaseType(k) {
			fe.add("case_types."+k, "unknown case type (known: %s)", strings.Join(caseTypes, ", "))
		}
	}
	var cases map[string]json.RawMessage
	if err := json.Unmarshal(raw, &cases); err != nil {
		fe.add("case_types", "%v", err)
		return nil
	}
	out := make(map[string]caseRule, len(caseTypes))
	for _, ct := range caseTypes {
		c, ok := cases[ct]
		if !ok {
			fe.add("case_types."+ct, "is missing: every case type needs a rule")
			continue
		}
		out[ct] = parseCase(fe, "case_types."+ct, c)
	}
	return out
}

func parseCase(fe *fileErrors, field string, raw json.RawMessage) caseRule {
	var c caseJSON
	if err := decodeStrict(raw, &c); err != nil {
		fe.add(field, "%v", err)
		return caseRule{}
	}
	r := caseRule{legalBasis: strings.TrimSpace(c.LegalBasis), showEmergency: c.ShowEmergencyNumbers}
	if len(c.Lead) == 0 {
		fe.add(field+".lead", "needs at least one lead agency")
	}
	seen := map[string]string{}
	for i, p := range c.Lead {
		f := fmt.Sprintf("%s.lead[%d]", field, i)
		if p.If != "" {
			fe.add(f+".if", "a lead cannot be conditional; make it supporting or remove %q", p.If)
		}
		r.lead = append(r.lead, parseParty(fe, f, p, seen))
	}
	for i, p := range c.Supporting {
		f := fmt.Sprintf("%s.supporting[%d]", field, i)
		if p.If != "" && !slices.Contains(conditions, p.If) {
			fe.add(f+".if", "unknown condition %q (known: %s)", p.If, strings.Join(conditions, ", "))
		}
		r.supporting = append(r.supporting, parseParty(fe, f, p, seen))
	}
	return r
}

// parseParty checks one agency entry; seen maps the agencies already named in
// the case type to their field, to report duplicates.
func parseParty(fe *fileErrors, field string, p partyJSON, seen map[string]string) party {
	switch {
	case p.Agency == "":
		fe.add(field+".agency", "is missing")
	case !IsAgency(p.Agency):
		fe.add(field+".agency", "unknown agency code %q (known: %s)", p.Agency, strings.Join(agencies, ", "))
	case seen[p.Agency] != "":
		fe.add(field+".agency", "duplicate agency %s (already at %s)", p.Agency, seen[p.Agency])
	default:
		seen[p.Agency] = field
	}
	return party{agency: p.Agency, note: strings.TrimSpace(p.Note), cond: p.If}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
