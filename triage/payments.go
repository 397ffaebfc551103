package triage

import "regexp"

// ibanPK is a Pakistani IBAN ("PK36 SCBL 0000 0011 2345 6702"), which
// names a bank transfer even when the word "bank" is not written.
var ibanPK = regexp.MustCompile(`(?i)\bPK\d{2}\s?[A-Z]{4}(?:\s?\d){16}\b`)

// payments returns the payment channels named, in order of first
// appearance: phrases from lexicon.json plus IBANs in the folded text.
func (a *analysis) payments(foldedText string, f folded) []string {
	var items []posValue
	for l, hs := range a.hits {
		if l.kind == kindPayment {
			for _, h := range hs {
				items = append(items, posValue{a.toks[h.i].start, l.key})
			}
		}
	}
	for _, m := range ibanPK.FindAllStringIndex(foldedText, -1) {
		items = append(items, posValue{f.off[m[0]], "bank"})
	}
	return orderedUnique(items)
}
