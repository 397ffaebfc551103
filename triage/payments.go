package triage

import "github.com/hoshyar/hoshyar/lang"

import "regexp"

// ibanPK is a Pakistani IBAN ("PK36 SCBL 0000 0011 2345 6702"), which
// names a bank transfer even when the word "bank" is not written.
var ibanPK = regexp.MustCompile(`(?i)^PK\d{2}\s?[A-Z]{4}(?:\s?\d){16}\b`)

// payments returns the payment channels named, in order of first
// appearance: phrases from lexicon.json plus IBANs in the folded text. A
// channel denied is none ("cash, they said no bank", "bank se nahi, naqd
// diye", "بینک سے نہیں").
func (a *analysis) payments(foldedText string, f lang.Folded) []string {
	var items []posValue
	for l, hs := range a.hits {
		if l.Kind == kindPayment {
			for _, h := range hs {
				if a.negated(h) {
					continue
				}
				items = append(items, posValue{a.toks[h.I].Start, l.Key})
			}
		}
	}
	for k := 0; k+2 < len(foldedText); k++ {
		if foldedText[k]|0x20 != 'p' || foldedText[k+1]|0x20 != 'k' || foldedText[k+2] < '0' || foldedText[k+2] > '9' {
			continue
		}
		end := k + 40
		if end > len(foldedText) {
			end = len(foldedText)
		}
		if m := ibanPK.FindStringIndex(foldedText[k:end]); m != nil && m[0] == 0 {
			items = append(items, posValue{f.At(k), "bank"})
		}
	}
	return orderedUnique(items)
}
