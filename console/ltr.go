package console

import (
	"html/template"
	"regexp"
	"strings"
)

// Numbers, references and links inside right-to-left text must read left
// to right: "0301-2345678" in an Urdu sentence must not turn into
// "2345678-0301". ltr escapes a text and isolates each of them in a
// <bdi dir="ltr">, whatever the direction around it.

var ltrRe = regexp.MustCompile(`(?i)https?://[^\s<>"]+|www\.[^\s<>"]+|HSY-[0-9A-Z]{6}|\d{5}-[\d*]{7}-\d|\+?[0-9۰-۹٠-٩][0-9۰-۹٠-٩ ()/.\-]{4,}[0-9۰-۹٠-٩]|@[\w.]{3,}`)

// ltr is text, escaped, with its numbers, references and links isolated
// left to right.
func ltr(text string) template.HTML {
	var b strings.Builder
	last := 0
	for _, m := range ltrRe.FindAllStringIndex(text, -1) {
		b.WriteString(template.HTMLEscapeString(text[last:m[0]]))
		b.WriteString(`<bdi dir="ltr">`)
		b.WriteString(template.HTMLEscapeString(text[m[0]:m[1]]))
		b.WriteString(`</bdi>`)
		last = m[1]
	}
	b.WriteString(template.HTMLEscapeString(text[last:]))
	return template.HTML(b.String())
}
