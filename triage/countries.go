package triage

import "github.com/hoshyar/hoshyar/lang"

// countries returns the ISO codes of the countries named, in order of first
// appearance. Names, Roman Urdu spellings, Urdu script and the main cities
// are in lexicon.json; Pakistan is not there, as it is never a destination.
func (a *analysis) countries() []string {
	var items []posValue
	for l, hs := range a.hits {
		if l.Kind == kindCountry {
			for _, h := range hs {
				items = append(items, posValue{h.I, l.Key})
			}
		}
	}
	return orderedUnique(items)
}

// CountryName names a country (ISO code) for a person reading locale: in
// Urdu script for "ur", in English otherwise; the code itself when the
// lexicon does not know it.
func CountryName(code, locale string) string {
	if locale == lang.Urdu {
		if n, ok := lex.urduNames[code]; ok {
			return n
		}
	}
	if n, ok := lex.countryNames[code]; ok {
		return n
	}
	return code
}
