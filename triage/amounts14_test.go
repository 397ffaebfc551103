package triage

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/lang"
)

// A part of a sum told as given, without its multiplier, after the whole
// ("کل چار لاکھ، ساڑھے تین دے چکا", conversation C14-017; "2 lakh bola
// tha dedh de diya", "total 5 lakh, 3 de chuka"), is in the same unit; a
// number word that is another word ("اسی کو دیے": to him) is no sum.
func TestAmountsPartGivenTakesTheUnit(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		want []float64
	}{
		{"کل چار لاکھ، ساڑھے تین دے چکا، پچاس ہزار اور مانگ رہے ہیں", []float64{400000, 350000, 50000}},
		{"کل چار لاکھ، ساڑھے تین دے دیے", []float64{400000, 350000}},
		{"پانچ لاکھ بولا تھا، تین دے دیے", []float64{500000, 300000}},
		{"2 lakh bola tha dedh de diya", []float64{200000, 150000}},
		{"total 5 lakh, 3 de chuka hoon", []float64{500000, 300000}},
		{"6 lakh ki baat hui, sadhe 4 de diye", []float64{600000, 450000}},
		{"4.5 lakh in total, 4 paid already", []float64{450000, 400000}},
		// neighbours: a number word that is another word, no unit before
		{"چھ لاکھ نقد اسی کو دیے", []float64{600000}},
		{"6 lakh assi ko diye", []float64{600000}},
		{"do lakh liye, teen din baad phone band", []float64{200000}},
		{"teen de diye usko", nil},
	} {
		f := lang.Fold(c.text)
		var got []float64
		for _, a := range findAmounts(f.S, f, c.text, nil) {
			got = append(got, a.Value)
		}
		require.Equal(t, c.want, got, c.text)
	}
}
