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

// So much each time, so many times ("جاز کیش سے دو دفعہ، ساٹھ ساٹھ
// ہزار", conversation C14-015; "do dafa 50 50 hazar", "twice, 60
// thousand each") is their sum; "each" with no count of times, or a count
// of times of something else, is the sum as said.
func TestAmountsEachTimesCount(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		want []float64
	}{
		{"جاز کیش سے دو دفعہ، ساٹھ ساٹھ ہزار", []float64{120000}},
		{"دو بار پچاس پچاس ہزار بھیجے", []float64{100000}},
		{"do dafa 50 50 hazar bheje", []float64{100000}},
		{"teen dafa 40 40 hazar diye", []float64{120000}},
		{"twice, 60 thousand each", []float64{120000}},
		{"2 qiston me 1 lakh each", []float64{200000}},
		// neighbours
		{"50 50 hazar sab se liye", []float64{50000}},
		{"har bande se 50 hazar liye", []float64{50000}},
		{"do bar phone kiya, 2 lakh diye", []float64{200000}},
		{"60 hazar har mahine salary", []float64{60000}},
	} {
		f := lang.Fold(c.text)
		var got []float64
		for _, a := range findAmounts(f.S, f, c.text, nil) {
			got = append(got, a.Value)
		}
		require.Equal(t, c.want, got, c.text)
	}
}
