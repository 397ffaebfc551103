package casework

import (
	"fmt"
	"strings"

	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/routing"
)

// Helplines picks, from the helplines data (HELPLINES_FILE or the embedded
// default), the numbers the conversation shows a person in danger. Each
// must be there and confirmed (high confidence): a wrong number is worse
// than none, and a missing one is a configuration error found at start.
func Helplines(h *routing.Helplines) (flows.Helplines, error) {
	pick := func(id string) (string, error) {
		l, ok := h.ByID(id)
		switch {
		case !ok:
			return "", fmt.Errorf("casework: helplines: %q is missing", id)
		case !l.Shown():
			return "", fmt.Errorf("casework: helplines: %q is not confirmed (confidence %s)", id, l.Confidence)
		case l.Number == "":
			return "", fmt.Errorf("casework: helplines: %q has no number", id)
		}
		return l.Number, nil
	}
	var out flows.Helplines
	var err error
	if l, ok := h.ByID("mofa_cmu"); ok && l.AbroadNumber != "" {
		out.CrisisCellAbroad = l.AbroadNumber
	}
	for _, f := range []struct {
		id  string
		dst *string
	}{{"police", &out.Police}, {"rescue", &out.Rescue}, {"mofa_cmu", &out.CrisisCell}, {"fia_tip", &out.FIA}, {"nccia", &out.NCCIA}} {
		if *f.dst, err = pick(f.id); err != nil {
			return out, err
		}
	}
	if out.CrisisCellAbroad == "" {
		out.CrisisCellAbroad = out.CrisisCell
	}
	if l, ok := h.ByID("fia_tip"); ok && l.AbroadNumber != "" {
		out.FIA = l.AbroadNumber // +92…: tappable in every app, and dialable from abroad
	}
	out.Abroad = map[string]flows.LocalHelp{}
	for _, c := range h.Countries() {
		a := h.Abroad(c)
		var local flows.LocalHelp
		var nums []string
		for _, l := range a.Emergency {
			nums = append(nums, l.Number)
		}
		local.Emergency = strings.Join(nums, ", ")
		for _, l := range append(a.Missions, a.Welfare...) {
			if l.AbroadNumber != "" {
				local.Mission = l.AbroadNumber
				break
			}
		}
		if local != (flows.LocalHelp{}) {
			out.Abroad[c] = local
		}
	}
	return out, nil
}

// DefaultHelplines is Helplines of the embedded default; the default is
// checked by a test, so it cannot fail.
func DefaultHelplines() flows.Helplines {
	h, err := Helplines(routing.DefaultHelplines())
	if err != nil {
		panic(err)
	}
	return h
}
