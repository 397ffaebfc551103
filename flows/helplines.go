package flows

// Helplines are the numbers shown to a person who may be in danger. They
// are data, not code: package routing holds them (an embedded default an
// operator can replace with HELPLINES_FILE), and main picks these from it.
type Helplines struct {
	Police     string
	Rescue     string
	CrisisCell string // MoFA Crisis Management Unit
	// CrisisCellAbroad is the same number as dialled from outside Pakistan.
	CrisisCellAbroad string
	FIA              string // FIA trafficking-in-persons hotline
	NCCIA            string // NCCIA cybercrime helpline
	// Abroad are the confirmed numbers for a person in another country,
	// by ISO code: told to someone in danger there, beside the above.
	Abroad map[string]LocalHelp
}

// LocalHelp are the numbers for a person in a country abroad.
type LocalHelp struct {
	Emergency string // the country's emergency number(s), dialled there
	Mission   string // Pakistan's mission or welfare attaché, dialable from a mobile there
}

func (h Helplines) data() map[string]any {
	return map[string]any{"Police": h.Police, "Rescue": h.Rescue, "CrisisCell": h.CrisisCell,
		"CrisisCellAbroad": h.CrisisCellAbroad, "FIA": h.FIA, "NCCIA": h.NCCIA}
}
