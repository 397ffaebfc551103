package triage

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/lang"
)

// "ویزے" is the plural of visa (a count: "ایک لاکھ ویزے دستیاب") and also
// its oblique singular: "ڈھائی لاکھ ویزے کے لیے" (test3 A3-0151) is 2.5
// lakh for the visa. With a postposition after it, it is no count.
func TestAmountsForTheVisaIsNoCountOfVisas(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		want []float64
	}{
		{"جی ڈھائی لاکھ ویزے کے لیے", []float64{250000}},
		{"ڈھائی لاکھ ویزے کے لیے", []float64{250000}},
		{"دو لاکھ ویزے کا مانگا", []float64{200000}},
		{"ڈیڑھ لاکھ ویزے پر لگے", []float64{150000}},
		{"250000 ویزے کی فیس", []float64{250000}},
		// neighbours: a count of visas stays a count
		{"ایک لاکھ ویزے دستیاب ہیں", nil},
		{"50 ہزار ویزے جاری ہوں گے", nil},
	} {
		f := lang.Fold(c.text)
		var got []float64
		for _, a := range findAmounts(f.S, f, c.text, nil) {
			got = append(got, a.Value)
		}
		require.Equal(t, c.want, got, c.text)
	}
}
