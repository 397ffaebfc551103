package console

import (
	"html/template"
	"regexp"
	"sort"
	"strings"
)

// highlight escapes text read from an attachment and marks in it the facts
// that were extracted from it: phone numbers (however they were written:
// "0300-1234567" for +923001234567), amounts as written, links, licences.
func highlight(text string, e *entities) template.HTML {
	type span struct{ i, j int }
	var spans []span
	if e != nil {
		for _, m := range digitRun.FindAllStringIndex(text, -1) {
			d := digitsOnly(text[m[0]:m[1]])
			for _, p := range e.Phones {
				if pd := digitsOnly(p); len(d) >= 9 && len(pd) >= 9 && strings.HasSuffix(pd, nationalSuffix(d)) {
					spans = append(spans, span{m[0], m[1]})
					break
				}
			}
		}
		var words []string
		for _, a := range e.Amounts {
			words = append(words, a.Text)
		}
		words = append(append(append(words, e.URLs...), e.Licences...), e.Handles...)
		lower := strings.ToLower(text)
		for _, w := range words {
			w = strings.ToLower(strings.TrimSpace(w))
			if w == "" {
				continue
			}
			for at := 0; ; {
				k := strings.Index(lower[at:], w)
				if k < 0 {
					break
				}
				spans = append(spans, span{at + k, at + k + len(w)})
				at += k + len(w)
			}
		}
	}
	sort.Slice(spans, func(a, b int) bool { return spans[a].i < spans[b].i })
	var b strings.Builder
	at := 0
	for _, s := range spans {
		if s.i < at { // overlaps the previous mark
			continue
		}
		b.WriteString(template.HTMLEscapeString(text[at:s.i]))
		b.WriteString(`<mark dir="ltr">`)
		b.WriteString(template.HTMLEscapeString(text[s.i:s.j]))
		b.WriteString(`</mark>`)
		at = s.j
	}
	b.WriteString(template.HTMLEscapeString(text[at:]))
	return template.HTML(b.String()) //nolint:gosec // every piece is escaped above
}

// digitRun is a run of digits with spaces, dashes or dots inside, as
// phone numbers are printed; ASCII or Urdu digits.
var digitRun = regexp.MustCompile(`\+?[0-9۰-۹](?:[ .\-]?[0-9۰-۹]){6,}`)

func digitsOnly(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '۰' && r <= '۹':
			b.WriteRune('0' + (r - '۰'))
		}
	}
	return b.String()
}

// nationalSuffix drops a trunk prefix 0 (Pakistan writes 0300… for
// +92300…), so the printed number matches the E.164 one's tail.
func nationalSuffix(d string) string {
	return strings.TrimLeft(d, "0")
}
