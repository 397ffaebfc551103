package flows

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

// Helplines are the numbers shown to a person who may be in danger. They are
// data, not code: the agencies must confirm them before launch, and an
// operator can replace the embedded default.
type Helplines struct {
	Police     string `json:"police"`
	Rescue     string `json:"rescue"`
	CrisisCell string `json:"crisis_cell"` // MoFA Crisis Management Unit
	FIA        string `json:"fia"`         // FIA trafficking-in-persons hotline
	NCCIA      string `json:"nccia"`       // NCCIA cybercrime helpline
}

//go:embed helplines.json
var defaultHelplines []byte

// DefaultHelplines returns the embedded default numbers.
func DefaultHelplines() Helplines {
	h, err := ParseHelplines(defaultHelplines)
	if err != nil {
		panic(err) // embedded; a failure is a build defect caught by tests
	}
	return h
}

// ParseHelplines reads helplines from JSON; every number is required.
func ParseHelplines(buf []byte) (Helplines, error) {
	var h Helplines
	if err := json.Unmarshal(buf, &h); err != nil {
		return h, fmt.Errorf("flows: helplines: %w", err)
	}
	for name, v := range map[string]string{"police": h.Police, "rescue": h.Rescue, "crisis_cell": h.CrisisCell, "fia": h.FIA, "nccia": h.NCCIA} {
		if v == "" {
			return h, fmt.Errorf("flows: helplines: %q is missing", name)
		}
	}
	return h, nil
}

func (h Helplines) data() map[string]any {
	return map[string]any{"Police": h.Police, "Rescue": h.Rescue, "CrisisCell": h.CrisisCell, "FIA": h.FIA, "NCCIA": h.NCCIA}
}
