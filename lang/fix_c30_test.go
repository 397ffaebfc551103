package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A firm named in Urdu script whole, its trade words (ایمپلائمنٹ،
// پروموٹرز) all kept, when its English name follows (C30-017); a firm's
// capitalised "Group" (C31-027); "X کے نام سے پیج ہے" (C31-021); "they
// say" after a name (C30-002).
func TestFixC30FirmNames(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, head string }{
		{"خیبر گیٹ وے اوورسیز ایمپلائمنٹ پروموٹرز، لائسنس ۲۹۵۴/پی ای ڈبلیو۔ انگریزی میں Khyber Gateway Overseas Employment Promoters", "خیبر گیٹ وے اوورسیز ایمپلائمنٹ پروموٹرز"},
		{"خیبر گیٹ وے اوورسیز ایمپلائمنٹ پروموٹرز", "خیبر گیٹ وے اوورسیز ایمپلائمنٹ پروموٹرز"},
		{"Khyber Gateway Overseas Employment Promoters, urdu mein خیبر گیٹ وے", "Khyber Gateway Overseas Employment Promoters"},
		{"Caspian Hospitality Group", "Caspian Hospitality Group"},
		{"برٹش کیئر لنک کنسلٹنٹس کے نام سے پیج ہے", "برٹش کیئر لنک کنسلٹنٹس"},
		{"British Care Link ke naam se page hai", "British Care Link"},
		{"Al Haramain Hajj Services they say", "Al Haramain Hajj Services"},
	} {
		head, _ := Conversation().Read(c.text).NameParts()
		require.Equal(t, c.head, head, c.text)
	}
}
