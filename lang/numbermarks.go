package lang

import "strings"

// NumberMarks rewrites, inside a phone-like run of digits, the marks people
// type between the groups that triage does not read as a separator: the
// Urdu full stop ("۰۳۰۰۔۶۲۷۱۴۸۹") and the Unicode dashes a phone keyboard
// or a pasted text brings ("0300–1234567", "0300‑1234567"). Each becomes an
// ASCII hyphen, which triage reads in a number like a space. Only a run of
// seven digits or more is a phone-like run: "۲۔۵ لاکھ" and a full stop
// that ends a sentence after an amount ("۵۰ ہزار۔") stay as they are. The
// Arabic comma and decimal marks are amounts' separators, which triage
// reads itself, and are never touched.
func NumberMarks(s string) string {
	if !strings.ContainsAny(s, numberMarkRunes) {
		return s
	}
	rs := []rune(s)
	out := make([]rune, len(rs))
	copy(out, rs)
	changed := false
	for i := 0; i < len(rs); {
		if !isAnyDigit(rs[i]) {
			i++
			continue
		}
		// A run: digits, with single spaces, ASCII hyphens or dots, or the
		// marks between them.
		j, digits, marks := i, 0, []int(nil)
		for j < len(rs) {
			switch r := rs[j]; {
			case isAnyDigit(r):
				digits++
				j++
				continue
			case r == ' ' || r == '-' || r == '.' || strings.ContainsRune(numberMarkRunes, r):
				// One separator, with a space either side at most.
				k, mark := j, -1
				if rs[k] == ' ' {
					k++
				}
				if k == j && (rs[k] == '.' || rs[k] == '۔') && k+1 < len(rs) && rs[k+1] == ' ' {
					// a full stop against the digits, and a space, ends a
					// sentence: "۰۹۱-۵۲۷۳۸۴۰۔ ۳ لاکھ" (C396-021); spaced
					// both sides ("۰۳۰۰ ۔ ۶۲۷") it parts the groups
					break
				}
				if k < len(rs) && rs[k] != ' ' && (rs[k] == '-' || rs[k] == '.' || strings.ContainsRune(numberMarkRunes, rs[k])) {
					if rs[k] != '-' && rs[k] != '.' {
						mark = k
					}
					k++
					if k < len(rs) && rs[k] == ' ' {
						k++
					}
				}
				if k > j && k < len(rs) && isAnyDigit(rs[k]) {
					if mark >= 0 {
						marks = append(marks, mark)
					}
					j = k
					continue
				}
			}
			break
		}
		if digits >= 7 {
			for _, m := range marks {
				out[m] = '-'
				changed = true
			}
		}
		i = j
	}
	if !changed {
		return s
	}
	return string(out)
}

// numberMarkRunes: the Urdu full stop, and the hyphen, non-breaking
// hyphen, figure dash, en dash, em dash and minus sign.
const numberMarkRunes = "۔‐‑‒–—−"

func isAnyDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= '۰' && r <= '۹' || r >= '٠' && r <= '٩'
}
