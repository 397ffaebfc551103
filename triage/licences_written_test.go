package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A licence number written with a dash or a space before the city code,
// or with the city's name ("1234-RWP", "license 1234 rawalpindi",
// "۱۲۳۴/راولپنڈی"), is the licence 1234/RWP; a phone number, an amount, a
// date or a time beside a city is none.
func TestWrittenLicences(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		want []string
	}{
		// English
		{"1234-RWP", []string{"1234/RWP"}},
		{"license 1234 rawalpindi", []string{"1234/RWP"}},
		{"OEP Licence No. 2411 LHR", []string{"2411/LHR"}},
		{"licence 5520 dera ghazi khan", []string{"5520/DGK"}},
		{"their licence # 3021 - Multan", []string{"3021/MLN"}},
		// Roman Urdu
		{"1234 rwp", []string{"1234/RWP"}},
		{"license 1234 rwp check kr do", []string{"1234/RWP"}},
		{"lic no 3021-mln hai", []string{"3021/MLN"}},
		{"lisens 4102 peshawar wala", []string{"4102/PEW"}},
		// Urdu script, Urdu digits
		{"اس کا لائسنس نمبر ۱۲۳۴/راولپنڈی ہے", []string{"1234/RWP"}},
		{"۱۲۳۴/راولپنڈی", []string{"1234/RWP"}},
		{"لائسنس نمبر ۲۴۱۱ لاہور", []string{"2411/LHR"}},
		{"۳۳۹۰-اسلام آباد", []string{"3390/ISB"}},
		// none: no city, no keyword, or a number of another kind
		{"salary 1500 sar", nil},
		{"5000 lahore me diye", nil},
		{"license nahi hai, 5000 lahore me diye", nil},
		{"call 0300-1234567 lahore", nil},
		{"0300 1234567 lahore", nil},
		{"Rs 50000 karachi bhejne hain", nil},
		{"date 12-03-2024 lahore", nil},
		{"meeting 10 baje isb", nil},
		{"flight PK 785 ISB", nil},
		{"2 lakh 50 hazar rawalpindi office me diye", nil},
		{"۵۰۰۰ لاہور میں دیے", nil},
		{"میرا نمبر ۰۳۴۵-۱۲۳۹۸۷۶ ہے پنڈی سے", nil},
		{"12-15 din lahore me", nil},
	} {
		require.Equal(t, orEmpty(c.want), Extract(c.text).Licences, c.text)
	}
}
