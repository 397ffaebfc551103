package locales

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/stretchr/testify/require"
)

// Every message id must exist in every locale: a user must never meet an
// English fallback, or an id, because a translation was forgotten.
func TestEveryIDInEveryLocale(t *testing.T) {
	t.Parallel()
	c := MustLoad()
	en := c.IDs(EN)
	require.NotEmpty(t, en)
	for _, locale := range All {
		ids := c.IDs(locale)
		for _, id := range en {
			require.Contains(t, ids, id, "locale %s lacks %q", locale, id)
		}
		for _, id := range ids {
			require.Contains(t, en, id, "locale %s has %q, which en lacks", locale, id)
		}
	}
}

func TestScripts(t *testing.T) {
	t.Parallel()
	c := MustLoad()
	// ids whose text is deliberately in another script (language names).
	mixed := []string{"lang_en", "lang_ur", "lang_ur_latn", "menu_language"}
	for _, id := range c.IDs(UR) {
		if slices.Contains(mixed, id) {
			continue
		}
		require.True(t, hasArabicScript(c.T(UR, id, nil)), "ur %q should be in Urdu script", id)
	}
	for _, locale := range []string{EN, URLatn} {
		for _, id := range c.IDs(locale) {
			if slices.Contains(mixed, id) {
				continue
			}
			require.False(t, hasArabicScript(c.T(locale, id, nil)), "%s %q should be in Latin script", locale, id)
		}
	}
}

func hasArabicScript(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) >= 0
}

func TestTemplatesRender(t *testing.T) {
	t.Parallel()
	c := MustLoad()
	data := map[string]any{"Police": "15", "Rescue": "1122", "CrisisCell": "051-9207887", "CrisisCellAbroad": "+92-51-9207887", "FIA": "051-111-247-786", "NCCIA": "1799",
		"Phones": "+923001234567", "Summary": "s", "Value": "v", "Count": 2, "Reference": "HSY-7KQ3MZ", "Urgency": "u",
		"Licence": "3456/RWP", "Name": "n", "City": "c", "Status": "s", "Thing": "t", "Note": "n", "Date": "2026-11-27",
		"Agency": "FIA", "Text": "t", "List": "l", "Facts": "f", "Amount": "Rs 2,00,000", "Country": "Oman", "Emergency": "9999", "Mission": "+968-1"}
	for _, locale := range All {
		for _, id := range c.IDs(locale) {
			s := c.T(locale, id, data)
			require.NotEmpty(t, s)
			require.NotContains(t, s, "{{", "%s %q", locale, id)
			require.NotContains(t, s, "<no value>", "%s %q uses a field the data lacks", locale, id)
		}
		require.Contains(t, c.T(locale, "emergency_numbers", data), "1122")
	}
}

func TestFallbackNeverPanics(t *testing.T) {
	t.Parallel()
	c := MustLoad()
	require.Equal(t, c.T(EN, "greeting", nil), c.T("fr", "greeting", nil), "unknown locale is English")
	require.Equal(t, "no_such_id", c.T(URLatn, "no_such_id", nil))
	require.NotEqual(t, c.T(EN, "greeting", nil), c.T(URLatn, "greeting", nil))
}

func TestFallbackChain(t *testing.T) {
	t.Parallel()
	c := MustLoad()
	// Remove an id from ur-Latn: it must come from ur, not en.
	delete(c.ids[URLatn], "greeting")
	require.Equal(t, c.T(UR, "greeting", nil), c.T(URLatn, "greeting", nil))
	delete(c.ids[UR], "greeting")
	require.Equal(t, c.T(EN, "greeting", nil), c.T(URLatn, "greeting", nil))
}

// The shortcut for texts without fields renders exactly what go-i18n does.
func TestPlainShortcutMatchesGoI18n(t *testing.T) {
	t.Parallel()
	c := MustLoad()
	for _, locale := range All {
		for id, plain := range c.plain[locale] {
			s, err := c.localizers[locale].Localize(&i18n.LocalizeConfig{MessageID: id})
			require.NoError(t, err)
			require.Equal(t, strings.TrimSpace(s), plain, "%s %s", locale, id)
		}
		require.NotEmpty(t, c.plain[locale])
	}
}

// Plurals come from go-i18n's forms, never from brackets.
func TestPlurals(t *testing.T) {
	t.Parallel()
	c := MustLoad()
	for _, locale := range All {
		for _, id := range c.IDs(locale) {
			require.NotContains(t, c.T(locale, id, map[string]any{"Count": 2}), "(s)", "%s %q", locale, id)
		}
		one := c.T(locale, "verify_reports_seen", map[string]any{"Count": 1, "Thing": "x"})
		many := c.T(locale, "verify_reports_seen", map[string]any{"Count": 3, "Thing": "x"})
		require.NotEqual(t, strings.ReplaceAll(one, "1", "3"), many, "%s: one and many read differently", locale)
	}
	require.Equal(t, "1 earlier report names x.", c.T(EN, "verify_reports_seen", map[string]any{"Count": 1, "Thing": "x"}))
	require.Equal(t, "3 earlier reports name x.", c.T(EN, "verify_reports_seen", map[string]any{"Count": 3, "Thing": "x"}))
}

// One spelling of a word throughout ("امیگریشن", "جاز کیش"), and SMS
// forms that ask for nothing a text message cannot do: no button to press,
// no screenshot or voice note to send.
func TestSpellingsAndSMSForms(t *testing.T) {
	t.Parallel()
	c := MustLoad()
	for _, id := range c.IDs(UR) {
		s := c.T(UR, id, nil)
		for _, w := range []string{"ایمیگریشن", "جیز کیش"} {
			require.NotContains(t, s, w, "ur %q", id)
		}
	}
	sms := 0
	for _, locale := range All {
		for _, id := range c.IDs(locale) {
			if !strings.HasSuffix(id, "_sms") {
				continue
			}
			sms++
			require.Contains(t, c.IDs(locale), strings.TrimSuffix(id, "_sms"), "%s %q is the SMS form of no text", locale, id)
			s := strings.ToLower(c.T(locale, id, nil))
			for _, w := range []string{"press", "dabayein", "دبائیں", "screenshot", "voice", "اسکرین شاٹ", "وائس"} {
				require.NotContains(t, s, w, "%s %q", locale, id)
			}
		}
	}
	require.Greater(t, sms, 3*10)
}
