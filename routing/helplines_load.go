package routing

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

type helplinesFile struct {
	Version     int        `json:"version"`
	Description string     `json:"description"`
	Helplines   []Helpline `json:"helplines"`
}

const helplinesVersion = 1

var (
	helplineID    = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	countryCode   = regexp.MustCompile(`^[A-Z]{2}$`)
	localNumber   = regexp.MustCompile(`^[0-9]([0-9 -]*[0-9])?$`)
	abroadNumber  = regexp.MustCompile(`^\+[0-9][0-9 -]*[0-9]$`)
	repeatedSpace = regexp.MustCompile(`[ -]{2,}`)
)

// LoadHelplines reads and validates a helplines file (HELPLINES_FILE). Every
// problem is reported, each naming the file and the entry.
func LoadHelplines(path string) (*Helplines, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("routing: helplines: %w", err)
	}
	return parseHelplines(path, data)
}

// ParseHelplines validates helplines held in memory.
func ParseHelplines(data []byte) (*Helplines, error) {
	return parseHelplines("helplines", data)
}

func parseHelplines(name string, data []byte) (*Helplines, error) {
	fe := &fileErrors{name: name}
	var f helplinesFile
	if err := decodeStrict(data, &f); err != nil {
		fe.add("", "%v", err)
		return nil, fe.err()
	}
	if f.Version != helplinesVersion {
		fe.add("version", "must be %d, got %d", helplinesVersion, f.Version)
	}
	if len(f.Helplines) == 0 {
		fe.add("helplines", "is empty")
	}
	ids := map[string]int{}
	for i := range f.Helplines {
		h := &f.Helplines[i]
		field := fmt.Sprintf("helplines[%d]", i)
		if h.ID != "" {
			field = fmt.Sprintf("helplines[%d] (%s)", i, h.ID)
		}
		if j, dup := ids[h.ID]; dup && h.ID != "" {
			fe.add(field+".id", "duplicate id %q (also helplines[%d])", h.ID, j)
		}
		ids[h.ID] = i
		validateHelpline(fe, field, h)
	}
	if err := fe.err(); err != nil {
		return nil, err
	}
	return &Helplines{list: f.Helplines}, nil
}

func validateHelpline(fe *fileErrors, field string, h *Helpline) {
	h.Number, h.AbroadNumber, h.Alt = strings.TrimSpace(h.Number), strings.TrimSpace(h.AbroadNumber), strings.TrimSpace(h.Alt)
	if !helplineID.MatchString(h.ID) {
		fe.add(field+".id", "must be lower-case letters, digits and _, got %q", h.ID)
	}
	for _, lang := range languages {
		if strings.TrimSpace(h.Name[lang]) == "" {
			fe.add(field+".name."+lang, "is missing")
		}
	}
	if n := h.Name["ur"]; n != "" && !hasArabicScript(n) {
		fe.add(field+".name.ur", "must be in Urdu script, got %q (Roman Urdu goes in ur-Latn)", n)
	}
	for _, lang := range sortedKeys(h.Name) {
		if !slices.Contains(languages, lang) {
			fe.add(field+".name."+lang, "unknown language (known: %s)", strings.Join(languages, ", "))
		}
	}
	h.Country = strings.TrimSpace(h.Country)
	where, code := "in Pakistan", "92"
	switch {
	case h.Country == "":
	case h.Country == "PK":
		fe.add(field+".country", "leave it out for Pakistan")
	case !countryCode.MatchString(h.Country):
		fe.add(field+".country", "must be an upper-case ISO 3166-1 code such as SA or AE, got %q", h.Country)
	default:
		where, code = "in "+h.Country, callingCodes[h.Country]
	}
	switch {
	case h.Number == "" && h.Alt == "" && h.AbroadNumber == "":
		fe.add(field+".number", "is missing (an entry without a number needs an alt channel)")
	case h.Number == "":
	case !localNumber.MatchString(h.Number) || repeatedSpace.MatchString(h.Number):
		fe.add(field+".number", "must be digits with single spaces or dashes, as dialled %s (051-9207887, 1122), got %q", where, h.Number)
	}
	if h.AbroadNumber != "" {
		switch {
		case !abroadNumber.MatchString(h.AbroadNumber) || repeatedSpace.MatchString(h.AbroadNumber):
			fe.add(field+".abroad_number", "must be the international form such as +92-51-9207887, got %q", h.AbroadNumber)
		case code != "" && !strings.HasPrefix(h.AbroadNumber, "+"+code):
			fe.add(field+".abroad_number", "must be the +%s form (the calling code of %s), got %q", code, strings.TrimPrefix(where, "in "), h.AbroadNumber)
		}
	}
	for _, p := range []string{PurposeMission, PurposeWelfare} {
		if h.Serves(p) && h.Country == "" {
			fe.add(field+".country", "is required for a %s entry", p)
		}
	}
	if h.SMS && h.Number == "" {
		fe.add(field+".sms", "is set but there is no number to text")
	}
	if !slices.Contains(confidences, h.Confidence) {
		fe.add(field+".confidence", "must be one of %s, got %q", strings.Join(confidences, ", "), h.Confidence)
	}
	if len(h.For) == 0 {
		fe.add(field+".for", "needs at least one purpose (known: %s)", strings.Join(purposes, ", "))
	}
	for j, p := range h.For {
		switch {
		case !slices.Contains(purposes, p):
			fe.add(fmt.Sprintf("%s.for[%d]", field, j), "unknown purpose %q (known: %s)", p, strings.Join(purposes, ", "))
		case slices.Index(h.For, p) != j:
			fe.add(fmt.Sprintf("%s.for[%d]", field, j), "duplicate purpose %q", p)
		}
	}
	if h.Serves(PurposeEmergency) && h.Number == "" && (h.Alt != "" || h.AbroadNumber != "") {
		fe.add(field+".number", "is required for an emergency helpline")
	}
}

func hasArabicScript(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) {
			return true
		}
	}
	return false
}
