package console

import (
	"html/template"
	"sort"
	"strings"

	"github.com/hoshyar/hoshyar/lang"
)

// highlight escapes text read from an attachment and marks in it the facts
// that were extracted from it: phone numbers (however they were written:
// "0300-1234567" for +923001234567), amounts as written, links, licences.
func highlight(text string, e *entities) template.HTML {
	type span struct{ i, j int }
	var spans []span
	if e != nil {
		for _, m := range lang.DigitRun.FindAllStringIndex(text, -1) {
			d := lang.Digits(text[m[0]:m[1]])
			for _, p := range e.Phones {
				if pd := lang.Digits(p); len(d) >= 9 && len(pd) >= 9 && strings.HasSuffix(pd, nationalSuffix(d)) {
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

// nationalSuffix drops a trunk prefix 0 (Pakistan writes 0300… for
// +92300…), so the printed number matches the E.164 one's tail.
func nationalSuffix(d string) string {
	return strings.TrimLeft(d, "0")
}
