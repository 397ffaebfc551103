package routing

import (
	"slices"
	"strings"
)

// callingCodes are the international calling codes of the countries
// Pakistanis most often go to (and are trafficked or smuggled through); an
// entry's abroad_number must start with its country's code. Entries for
// other countries are accepted without this check.
var callingCodes = map[string]string{
	"PK": "92",
	"SA": "966", "AE": "971", "QA": "974", "OM": "968", "KW": "965", "BH": "973",
	"MY": "60", "LY": "218", "IR": "98", "TR": "90", "GR": "30", "IT": "39",
	"GB": "44", "KH": "855", "TH": "66", "MM": "95",
	"IQ": "964", "JO": "962", "AZ": "994", "ES": "34", "CY": "357", "MT": "356",
	"LA": "856", "CN": "86", "AF": "93", "RU": "7", "BY": "375", "PL": "48",
	"RO": "40", "DE": "49", "FR": "33",
}

// Abroad is what may be shown to a person in a country outside Pakistan
// (or to someone asking for them): only confirmed (high confidence)
// entries. What to say first is the conversation's choice; a sensible
// order is the country's emergency number to someone in danger, then
// Pakistan's mission and its Community Welfare Attaché, then the crisis
// cell in Islamabad, which answers from anywhere.
type Abroad struct {
	Country string // ISO 3166-1 code, upper case
	// Emergency are the country's own emergency numbers, dialled there:
	// Number is what to show.
	Emergency []Helpline
	// Missions and Welfare are Pakistan's embassy or consulates and their
	// Community Welfare Attachés in the country. Show AbroadNumber: it
	// works from a local SIM and from a roaming Pakistani one.
	Missions []Helpline
	Welfare  []Helpline
	// CrisisCell are the Pakistani helplines for Pakistanis abroad (MoFA's
	// Crisis Management Unit), in their +92 form (AbroadNumber).
	CrisisCell []Helpline
}

// Local reports whether the data has anything for the country itself
// (besides the crisis cell in Pakistan).
func (a Abroad) Local() bool {
	return len(a.Emergency)+len(a.Missions)+len(a.Welfare) > 0
}

// Abroad returns the confirmed helplines for a person in country (an ISO
// 3166-1 code, any case). An unknown country, or one without confirmed
// entries, still gets the crisis cell; Pakistan ("PK" or "") gets nothing
// here: see For.
func (h *Helplines) Abroad(country string) Abroad {
	cc := strings.ToUpper(strings.TrimSpace(country))
	a := Abroad{Country: cc}
	if cc == "" || cc == "PK" {
		return a
	}
	for _, l := range h.list {
		if !l.Shown() {
			continue
		}
		switch {
		case l.Country == "" && l.Serves(PurposeAbroad) && l.AbroadNumber != "":
			a.CrisisCell = append(a.CrisisCell, l.clone())
		case l.Country != cc:
		case l.Serves(PurposeEmergency):
			a.Emergency = append(a.Emergency, l.clone())
		case l.Serves(PurposeMission):
			a.Missions = append(a.Missions, l.clone())
		case l.Serves(PurposeWelfare):
			a.Welfare = append(a.Welfare, l.clone())
		}
	}
	return a
}

// Countries returns the countries the data has entries for (shown or not),
// sorted.
func (h *Helplines) Countries() []string {
	var out []string
	for _, l := range h.list {
		if l.Country != "" && !slices.Contains(out, l.Country) {
			out = append(out, l.Country)
		}
	}
	slices.Sort(out)
	return out
}
