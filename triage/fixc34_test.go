package triage

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// The fee is the sum a fee word opens, not a salary it follows across a
// clause break ("job 2200 riyal, fees 3 lakh 20 hazar", C34-027: the bot
// told the person a SAR 2,200 advance was a warning sign); with no break
// between, a fee word after its sum still names it ("150000 fee, said pay
// 50k now", C4-025).
func TestFixC34FeeAfterTheBreak(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		want float64
	}{
		{"Al Madina Overseas lic no 1785/PEW, saudi mein electrician ki job 2200 riyal, fees 3 lakh 20 hazar", 320000},
		{"electrician job in Saudi 2200 riyal, fee 3 lakh 20 thousand", 320000},
		{"سعودیہ میں الیکٹریشن کی نوکری ۲۲۰۰ ریال، فیس تین لاکھ بیس ہزار", 320000},
		{"guy on fb says he sends ppl to Oman for cleaning jobs, 150000 fee, said pay 50k now thru easypaisa 03009876123", 150000},
		{"oman cleaning job 150000 fee, abhi 50k easypaisa karo", 150000},
	} {
		r := Read(c.text)
		require.NotNil(t, r.Fee, c.text)
		require.Equal(t, c.want, r.Fee.Value, c.text)
	}
}

// The thousands said after the lakhs without their word, as a price is
// said aloud ("2 lakh 60 maang rahe", "3 lakh 40.", "دو لاکھ ساٹھ", C30-033,
// C33-026), are one sum; a count, a time, a share or "do" (give) after
// the lakhs is not part of it.
func TestFixC34LakhsThenBareThousands(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		want []float64
	}{
		{"Saudi me electrician k liye 2 lakh 40 hazar... nai 2 lakh 60 maang rahe", []float64{240000, 260000}},
		{"agent ne 2 lakh 60 liye", []float64{260000}},
		{"ایجنٹ دو لاکھ ساٹھ مانگ رہا ہے", []float64{260000}},
		{"he wants 3 lakh 40. I gave 3 lakh", []float64{300000, 340000}},
		{"5 lakh 20 din pehle diye", []float64{500000}},
		{"2 lakh 50 larkon se liye", []float64{200000}},
		{"kehta hai dobara apply karo aur 2 lakh do", []float64{200000}},
		{"Package 25 Lakh 50% advance", []float64{2500000}},
		{"1 lakh 50 hazar", []float64{150000}},
	} {
		var got []float64
		for _, a := range Extract(c.text).Amounts {
			got = append(got, a.Value)
		}
		slices.Sort(got)
		require.Equal(t, c.want, got, c.text)
	}
}
