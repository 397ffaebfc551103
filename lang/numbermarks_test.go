package lang

import "testing"

func TestNumberMarks(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"۰۳۰۰۔۶۲۷۱۴۸۹", "۰۳۰۰-۶۲۷۱۴۸۹"},
		{"نمبر ۰۳۲۱۔۴۴۷۰۹۱۸ ہے۔", "نمبر ۰۳۲۱-۴۴۷۰۹۱۸ ہے۔"},
		{"۰۳۰۰ ۔ ۶۲۷ ۱۴۸۹", "۰۳۰۰ - ۶۲۷ ۱۴۸۹"},
		{"0300–1234567", "0300-1234567"},
		{"0300‑123‑4567 pe call", "0300-123-4567 pe call"},
		{"+92 300—1234567", "+92 300-1234567"},
		{"٠٣٠٠۔١٢٣٤٥٦٧", "٠٣٠٠-١٢٣٤٥٦٧"},
		// Not phone-like: amounts, decimals and sentence ends stay.
		{"۲۔۵ لاکھ", "۲۔۵ لاکھ"},
		{"۵۰ ہزار۔ باقی بعد میں", "۵۰ ہزار۔ باقی بعد میں"},
		{"۲۵،۰۰۰ روپے۔", "۲۵،۰۰۰ روپے۔"},
		{"ساڑھے چار لاکھ۔ ۰۳۰۰۱۲۳۴۵۶۷", "ساڑھے چار لاکھ۔ ۰۳۰۰۱۲۳۴۵۶۷"},
		// a full stop against a number's last digit, then a space, ends it
		{"فون ۰۹۱-۵۲۷۳۸۴۰۔ ۳ لاکھ", "فون ۰۹۱-۵۲۷۳۸۴۰۔ ۳ لاکھ"},
	} {
		if got := NumberMarks(c.in); got != c.want {
			t.Errorf("NumberMarks(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
