package webchat

import (
	"bytes"
	_ "embed"
	"html/template"
	"net/http"

	"golang.org/x/text/language"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/locales"
)

//go:embed page.html
var pageHTML string

var pageTemplate = template.Must(template.New("page").Parse(pageHTML))

// greetingOptions are the main menu's choices a newcomer is offered before
// writing anything: the values are the engine's, so a tap reaches it as a
// button press does.
var greetingOptions = []struct{ value, label string }{
	{flows.ChoiceReport, "menu_report"},
	{flows.ChoiceHelp, "menu_help"},
	{flows.ChoiceVerify, "menu_verify"},
	{flows.ChoiceStatus, "menu_status"},
	{flows.ChoiceHuman, "menu_human"},
}

// greetingLocales are the greeting's languages, in the order shown.
var greetingLocales = []struct{ locale, language string }{
	{locales.UR, "lang_ur"},
	{locales.URLatn, "lang_ur_latn"},
	{locales.EN, "lang_en"},
}

type greeting struct {
	Locale, Dir, Text, Language string
	Buttons                     []bot.Button
}

type pageData struct {
	Greetings []greeting
	Locale    string // whose buttons show first
}

// pages renders the chat page once per locale shown first: the texts come
// from the catalog and never change while the process runs.
func pages(texts *locales.Catalog) (map[string][]byte, error) {
	var gs []greeting
	for _, l := range greetingLocales {
		g := greeting{Locale: l.locale, Text: texts.T(l.locale, "greeting", nil), Language: texts.T(l.locale, l.language, nil)}
		g.Dir = direction(g.Text)
		for _, o := range greetingOptions {
			g.Buttons = append(g.Buttons, bot.Button{Label: texts.T(l.locale, o.label, nil), Value: o.value})
		}
		gs = append(gs, g)
	}
	out := map[string][]byte{}
	for _, l := range greetingLocales {
		var b bytes.Buffer
		if err := pageTemplate.Execute(&b, pageData{Greetings: gs, Locale: l.locale}); err != nil {
			return nil, err
		}
		out[l.locale] = b.Bytes()
	}
	return out, nil
}

// pageLocale picks whose buttons the greeting shows first: Urdu when the
// browser prefers it, else English. Roman Urdu has no tag of its own that
// browsers send; a tap on its name shows its buttons.
func pageLocale(r *http.Request) string {
	tags, _, err := language.ParseAcceptLanguage(r.Header.Get("Accept-Language"))
	if err == nil {
		for _, t := range tags {
			base, _ := t.Base()
			switch base.String() {
			case "ur":
				return locales.UR
			case "en":
				return locales.EN
			}
		}
	}
	return locales.EN
}

func (c *Channel) page(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors *")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store") // nothing of the chat is kept in a cache of the device
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Vary", "Accept-Language")
	_, _ = w.Write(c.pages[pageLocale(r)])
}
