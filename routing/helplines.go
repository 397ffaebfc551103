package routing

import (
	_ "embed"
	"maps"
	"slices"
	"sync"
)

// Confidence levels of a helpline. Only high ones are shown to people.
const (
	ConfidenceHigh   = "high"
	ConfidenceMedium = "medium"
	ConfidenceLow    = "low"
)

// Purposes a helpline serves (its "for" list).
const (
	PurposeEmergency     = "emergency"      // immediate danger inside Pakistan
	PurposeAbroad        = "abroad"         // Pakistanis in distress abroad
	PurposeTrafficking   = "trafficking"    // trafficking in persons
	PurposeSmuggling     = "smuggling"      // migrant smuggling
	PurposeCybercrime    = "cybercrime"     // online fraud, fake pages
	PurposeSpam          = "spam"           // unwanted calls and messages
	PurposeSIMCheck      = "sim_check"      // SIMs registered on a CNIC
	PurposeVerification  = "verification"   // is this recruiter licensed?
	PurposeComplaint     = "complaint"      // a written complaint to an agency
	PurposeHumanRights   = "human_rights"   // human rights violations
	PurposeMigrationInfo = "migration_info" // safe-migration advice

	// Purposes of entries abroad (with a country).
	PurposeMission = "mission"         // Pakistan's embassy, high commission or consulate
	PurposeWelfare = "welfare_attache" // the mission's Community Welfare Attaché
)

var (
	confidences = []string{ConfidenceHigh, ConfidenceMedium, ConfidenceLow}
	purposes    = []string{PurposeEmergency, PurposeAbroad, PurposeTrafficking, PurposeSmuggling, PurposeCybercrime, PurposeSpam, PurposeSIMCheck, PurposeVerification, PurposeComplaint, PurposeHumanRights, PurposeMigrationInfo, PurposeMission, PurposeWelfare}
	languages   = []string{"en", "ur", "ur-Latn"}
)

// Purposes returns the purposes a helpline may serve.
func Purposes() []string { return slices.Clone(purposes) }

// Helpline is a number or channel that a person can be given.
type Helpline struct {
	ID   string            `json:"id"`
	Name map[string]string `json:"name"` // by language: en, ur, ur-Latn
	// Country is the ISO 3166-1 code of the country the entry serves
	// ("SA", "AE"…); "" is Pakistan.
	Country string `json:"country,omitempty"`
	// Number is as dialled inside the entry's country (Pakistan unless
	// Country says otherwise).
	Number string `json:"number,omitempty"`
	// AbroadNumber is the international form (+92… for Pakistan, +966…
	// for Saudi Arabia), when the service can be called from outside its
	// country (or from a roaming Pakistani SIM).
	AbroadNumber string   `json:"abroad_number,omitempty"`
	Alt          string   `json:"alt,omitempty"` // website or e-mail address
	SMS          bool     `json:"sms,omitempty"` // Number takes text messages, not calls
	Confidence   string   `json:"confidence"`
	For          []string `json:"for"`
	Note         string   `json:"note,omitempty"` // for operators, never shown
}

// NameIn returns the helpline's name in lang, or in English.
func (h Helpline) NameIn(lang string) string {
	if n := h.Name[lang]; n != "" {
		return n
	}
	return h.Name["en"]
}

// Shown reports whether the helpline may be shown to people.
func (h Helpline) Shown() bool { return h.Confidence == ConfidenceHigh }

// Serves reports whether the helpline is for purpose.
func (h Helpline) Serves(purpose string) bool { return slices.Contains(h.For, purpose) }

func (h Helpline) clone() Helpline {
	h.Name = maps.Clone(h.Name)
	h.For = slices.Clone(h.For)
	return h
}

// Helplines is a validated list of helplines, in file order. Get one from
// DefaultHelplines or LoadHelplines; it is immutable and safe for concurrent
// use.
type Helplines struct {
	list []Helpline
}

//go:embed helplines.json
var defaultHelplinesJSON []byte

var defaultHelplines = sync.OnceValue(func() *Helplines {
	h, err := parseHelplines("embedded helplines.json", defaultHelplinesJSON)
	if err != nil {
		panic(err) // a build defect, caught by TestDefaultHelplines
	}
	return h
})

// DefaultHelplines returns the embedded helplines. Every number in it must
// be confirmed by the agencies before launch.
func DefaultHelplines() *Helplines { return defaultHelplines() }

// All returns every helpline, shown or not (for staff and operators).
func (h *Helplines) All() []Helpline { return h.filter(func(Helpline) bool { return true }) }

// Shown returns the helplines that may be shown to people: those of high
// confidence. The others wait until the agencies confirm them.
func (h *Helplines) Shown() []Helpline { return h.filter(Helpline.Shown) }

// For returns the shown helplines in Pakistan for a purpose; see Abroad
// for other countries.
func (h *Helplines) For(purpose string) []Helpline {
	return h.filter(func(l Helpline) bool { return l.Country == "" && l.Shown() && l.Serves(purpose) })
}

// ByID returns the helpline with the given id, shown or not.
func (h *Helplines) ByID(id string) (Helpline, bool) {
	for _, l := range h.list {
		if l.ID == id {
			return l.clone(), true
		}
	}
	return Helpline{}, false
}

func (h *Helplines) filter(keep func(Helpline) bool) []Helpline {
	var out []Helpline
	for _, l := range h.list {
		if keep(l) {
			out = append(out, l.clone())
		}
	}
	return out
}
