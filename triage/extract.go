package triage

import "github.com/hoshyar/hoshyar/lang"

import (
	"sort"
	"strings"
)

// Amount is a sum of money named in the text.
type Amount struct {
	Value    float64 `json:"value"`    // in units of Currency, multipliers applied: "4 lakh" = 400000
	Currency string  `json:"currency"` // ISO 4217
	Text     string  `json:"text"`     // as written
}

// Entities are the facts found in a text.
type Entities struct {
	Phones    []string `json:"phones"`    // E.164, in order of appearance
	URLs      []string `json:"urls"`      // links and bare domains, host lower-cased
	Handles   []string `json:"handles"`   // "@name", lower-cased
	Amounts   []Amount `json:"amounts"`   // sums of money
	Countries []string `json:"countries"` // ISO 3166-1 alpha-2 of countries named, not PK
	Licences  []string `json:"licences"`  // OEP licence numbers, "3456/RWP"
	Payments  []string `json:"payments"`  // jazzcash, easypaisa, bank, cash, western_union, hawala
	CNICs     []string `json:"cnics"`     // masked: "12345-*******-1"
	// TakenBack are sums said and then taken back for another in the same
	// breath ("6 lakh, sorry 6.5 lakh": 6 lakh), not in Amounts. The
	// conversation reads such corrections itself and is given them
	// (casework.Signals); they are no entity of the report.
	TakenBack []Amount `json:"-"`
}

// Extract finds the entities in text (any script, code-switched).
//
// Spans are taken in an order that keeps one kind from being read as
// another: CNICs first, then e-mail addresses, links and handles, then
// licence numbers, each blanked once found; phone numbers and amounts are
// read from what is left. Countries and payment channels come from the
// phrase lexicon.
func Extract(text string) Entities {
	var e Entities
	// "۰۳۴۵۔۷۷۱۲۰۹۸", "0345–7712098": one number, its marks read as the
	// conversation and casework read them.
	f := lang.Fold(lang.NumberMarks(text))
	masked := []byte(f.S)

	cnics := findCNICs(f.S)
	for _, c := range cnics {
		e.CNICs = appendUnique(e.CNICs, c.masked)
		blank(masked, c.i, c.j)
	}

	for _, sp := range findEmails(string(masked)) {
		blank(masked, sp[0], sp[1])
	}
	var waPhones []string
	for _, u := range findURLs(string(masked)) {
		e.URLs = appendUnique(e.URLs, u.norm)
		if p := whatsappPhone(u.norm); p != "" {
			waPhones = append(waPhones, p)
		}
		blank(masked, u.i, u.j)
	}
	for _, h := range findHandles(string(masked)) {
		e.Handles = appendUnique(e.Handles, h.norm)
		blank(masked, h.i, h.j)
	}
	for _, l := range append(findLicences(string(masked)), findSpelledLicences(string(masked))...) {
		e.Licences = appendUnique(e.Licences, l.norm)
		blank(masked, l.i, l.j)
	}
	for _, l := range findWrittenLicences(string(masked)) {
		e.Licences = appendUnique(e.Licences, l.norm)
		blank(masked, l.i, l.j)
	}

	a := &analysis{text: text, toks: lang.Tokenize(text), hits: map[lang.Label][]lang.Hit{}}
	lex.vocab.Assign(a.toks)
	a.collect(lex.entity)
	e.Countries = a.countries()
	e.Payments = a.payments(string(masked), f)

	phones := findPhones(string(ohAsZero(masked)), e.Countries)
	for _, p := range phones {
		if len(phones) > 1 && deniedNumber(string(masked), p.i, p.j) {
			blank(masked, p.i, p.j)
			continue // "his number is 0346 8832107 not 0346 8832017" (blind56 EN-002): taken back
		}
		e.Phones = appendUnique(e.Phones, p.e164)
		blank(masked, p.i, p.j)
	}
	for _, p := range waPhones {
		e.Phones = appendUnique(e.Phones, p)
	}
	for _, p := range findSpokenPhones(string(masked), e.Countries) {
		e.Phones = appendUnique(e.Phones, p.e164)
		blank(masked, p.i, p.j)
	}

	e.Amounts = findAmountsSaid(string(masked), f, text, e.Countries, &e.TakenBack)
	return e.nonNil()
}

// deniedNumber reports a number the writer takes back beside another: an
// English "not" right before it ("his number is 0346 8832107 not 0346
// 8832017", blind56 EN-002), or an Urdu "nahi" right after it that ends
// its clause or comes before the number meant ("0315 8826734 h, 0315
// 8826743 nai.", "0300-6147 832.. nahi 0300 6147823"). "his no 0345…" and
// "0300 1234567 nahi lagta" (does not connect) take nothing back.
func deniedNumber(s string, i, j int) bool {
	before := strings.Fields(s[max(0, i-24):i])
	if n := len(before); n > 0 && strings.EqualFold(strings.Trim(before[n-1], ".,;"), "not") {
		return true
	}
	after := strings.Fields(s[j:min(len(s), j+48)])
	if len(after) == 0 {
		return false
	}
	w := strings.TrimLeft(strings.TrimRight(after[0], ".,;!?،۔"), ".,")
	if w == "" && len(after) > 1 {
		w, after = strings.TrimRight(after[1], ".,;!?،۔"), after[1:]
	}
	if w == "not" || !lex.words.IsNegation(lex.words.Canon(lang.NormalizeWord(w))) || lang.NormalizeWord(w) == "no" {
		return false
	}
	if w != strings.TrimSpace(after[0]) || len(after) == 1 {
		return true // "… nai." ends the clause
	}
	next := strings.TrimLeft(after[1], "+(")
	return next != "" && next[0] >= '0' && next[0] <= '9' // "… nahi 0300 …": the number meant comes next
}

// nonNil replaces nil lists with empty ones, so that JSON has [] not null.
func (e Entities) nonNil() Entities {
	for _, l := range []*[]string{&e.Phones, &e.URLs, &e.Handles, &e.Countries, &e.Licences, &e.Payments, &e.CNICs} {
		if *l == nil {
			*l = []string{}
		}
	}
	if e.Amounts == nil {
		e.Amounts = []Amount{}
	}
	return e
}

// blank overwrites b[i:j] with spaces, keeping its length and offsets.
func blank(b []byte, i, j int) {
	for k := i; k < j; k++ {
		b[k] = ' '
	}
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// posValue is a value found at a byte position, for merging several
// sources into appearance order.
type posValue struct {
	pos int
	v   string
}

func orderedUnique(items []posValue) []string {
	sort.Slice(items, func(i, j int) bool {
		if items[i].pos != items[j].pos {
			return items[i].pos < items[j].pos
		}
		return items[i].v < items[j].v
	})
	var out []string
	for _, it := range items {
		out = appendUnique(out, it.v)
	}
	return out
}
