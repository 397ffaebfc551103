package triage

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/hoshyar/hoshyar/lang"
)

// findSpokenPhones returns the phone numbers told digit by digit in words
// ("zero three four two, double six one, eight nine zero three", "zero
// teen teen do, char saat paanch", "صفر تین دو ایک، پانچ پانچ آٹھ", A35,
// A36): a run of digit names (lexicon spoken_digits, with "double" and
// "triple" before one) and digit groups, split only by spaces, commas and
// dashes, that makes a valid number of ten digits or more. A shorter run
// ("do teen din", "two or three") is no number.
func findSpokenPhones(s string, countries []string) []phoneSpan {
	var out []phoneSpan
	words := spokenWords(s)
	for k := 0; k < len(words); {
		digits, start, end, spoken := "", words[k].i, words[k].j, 0
		repeat := 1
		e := k
		for ; e < len(words); e++ {
			w := words[e]
			if e > k && !onlySeparators(s[words[e-1].j:w.i]) {
				break
			}
			low := strings.ToLower(w.s)
			if spoken > 0 && e > k && lex.spokenHundreds[strings.ToLower(lang.Fold(w.s).S)] && lex.spokenDigits[strings.ToLower(lang.Fold(words[e-1].s).S)] != "" {
				// "zero teen sau do", "صفر تین سو بارہ": the digit before
				// counts hundreds, and the number word after (one to
				// ninety-nine, "and" between allowed) its last two digits
				tail, n := "00", e+1
				if n < len(words) && (words[n].s == "and" || words[n].s == "aur" || words[n].s == "اور") && onlySeparators(s[w.j:words[n].i]) {
					n++
				}
				if n < len(words) && onlySeparators(s[words[n-1].j:words[n].i]) {
					if v := lex.numberWords[lang.Fold(words[n].s).S]; v >= 1 && v <= 99 && v == float64(int(v)) {
						tail, e, spoken = fmt.Sprintf("%02d", int(v)), n, spoken+2
					}
				}
				digits += tail
				end = words[e].j
				continue
			}
			if n, ok := lex.spokenRepeats[low]; ok {
				repeat = n
				continue
			}
			d, ok := lex.spokenDigits[low]
			if !ok && allDigits(w.s) {
				d, ok = w.s, true
			} else if ok {
				spoken += repeat
			}
			if !ok {
				break
			}
			digits += strings.Repeat(d, repeat)
			repeat = 1
			end = w.j
		}
		if spoken >= minSpokenDigits && len(digits) >= 10 && len(digits) <= 13 {
			if num, ok := parsePhone(digits, false, countries, nil); ok {
				out = append(out, phoneSpan{start, end, num})
			}
		}
		k = max(e, k+1)
	}
	return out
}

// minSpokenDigits is how many of a number's digits must be told in words
// ("0345 triple two, one nine eight four" tells seven): a number typed in
// digits is findPhones'.
const minSpokenDigits = 6

type spokenWord struct {
	s    string
	i, j int
}

// spokenWords splits s into its words of letters or digits, with their
// byte offsets.
func spokenWords(s string) []spokenWord {
	var out []spokenWord
	start := -1
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			out = append(out, spokenWord{s[start:i], start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, spokenWord{s[start:], start, len(s)})
	}
	return out
}

// onlySeparators reports a gap between two words of a number told aloud:
// spaces, commas and dashes only.
func onlySeparators(gap string) bool {
	return strings.Trim(gap, " \t\n,،-–.") == ""
}
