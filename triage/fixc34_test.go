package triage

import (
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
