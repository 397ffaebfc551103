package triage

// countries returns the ISO codes of the countries named, in order of first
// appearance. Names, Roman Urdu spellings, Urdu script and the main cities
// are in lexicon.json; Pakistan is not there, as it is never a destination.
func (a *analysis) countries() []string {
	var items []posValue
	for l, hs := range a.hits {
		if l.kind == kindCountry {
			for _, h := range hs {
				items = append(items, posValue{h.i, l.key})
			}
		}
	}
	return orderedUnique(items)
}
