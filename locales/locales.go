// Package locales holds every user-facing text in English (en), Urdu in
// Urdu script (ur) and Roman Urdu (ur-Latn), as go-i18n message files
// embedded in the binary. A text missing from a locale falls back along
// ur-Latn → ur → en; a test keeps the three files complete.
package locales

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

//go:embed *.json
var files embed.FS

// The supported locales.
const (
	EN     = "en"
	UR     = "ur"
	URLatn = "ur-Latn"
)

// All lists the supported locales.
var All = []string{EN, UR, URLatn}

// Supported reports whether locale is one of All.
func Supported(locale string) bool {
	for _, l := range All {
		if l == locale {
			return true
		}
	}
	return false
}

// fallback is the order in which a locale's texts are looked for.
var fallback = map[string][]string{
	URLatn: {URLatn, UR, EN},
	UR:     {UR, EN},
	EN:     {EN},
}

// Catalog renders messages by id in a locale.
type Catalog struct {
	localizers map[string]*i18n.Localizer
	ids        map[string]map[string]bool   // locale → ids it defines
	plain      map[string]map[string]string // locale → id → text of messages without template fields
}

// Load parses the embedded message files.
func Load() (*Catalog, error) {
	bundle := i18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("json", json.Unmarshal)
	c := &Catalog{localizers: map[string]*i18n.Localizer{}, ids: map[string]map[string]bool{}, plain: map[string]map[string]string{}}
	for _, locale := range All {
		name := locale + ".json"
		buf, err := fs.ReadFile(files, name)
		if err != nil {
			return nil, fmt.Errorf("locales: %w", err)
		}
		mf, err := bundle.ParseMessageFileBytes(buf, name)
		if err != nil {
			return nil, fmt.Errorf("locales: parse %s: %w", name, err)
		}
		c.ids[locale] = map[string]bool{}
		c.plain[locale] = map[string]string{}
		for _, m := range mf.Messages {
			c.ids[locale][m.ID] = true
			if !strings.Contains(m.Other, "{{") {
				c.plain[locale][m.ID] = strings.TrimSpace(m.Other)
			}
		}
		c.localizers[locale] = i18n.NewLocalizer(bundle, locale)
	}
	return c, nil
}

// MustLoad is Load for main and tests: the files are embedded, so a failure
// is a build defect.
func MustLoad() *Catalog {
	c, err := Load()
	if err != nil {
		panic(err)
	}
	return c
}

// IDs returns the message ids a locale defines itself.
func (c *Catalog) IDs(locale string) []string {
	ids := make([]string, 0, len(c.ids[locale]))
	for id := range c.ids[locale] {
		ids = append(ids, id)
	}
	return ids
}

// T renders message id in locale with data. A message with plural forms
// ("one", "other") takes the form of data["Count"]. It never panics: an
// unknown locale is English, and an unknown id renders as the id itself.
func (c *Catalog) T(locale, id string, data map[string]any) string {
	chain, ok := fallback[locale]
	if !ok {
		chain = fallback[EN]
	}
	for _, l := range chain {
		if !c.ids[l][id] {
			continue
		}
		// Most texts have no fields: skip go-i18n's language matching and
		// template execution, which cost ~14 µs a call.
		if s, ok := c.plain[l][id]; ok {
			return s
		}
		cfg := &i18n.LocalizeConfig{MessageID: id, TemplateData: data}
		if n, ok := data["Count"].(int); ok {
			cfg.PluralCount = n // messages with "one" and "other" forms
		}
		s, err := c.localizers[l].Localize(cfg)
		if err == nil {
			return strings.TrimSpace(s)
		}
	}
	return id
}
