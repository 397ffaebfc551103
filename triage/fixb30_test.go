package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A number followed by a word for percent ("۱۰۰ فیصد گارنٹی", "100
// percent", "100 fisad") is a share, never money, even right after a
// salary's currency: "تنخواہ ۲۵۰۰ ریال ۱۰۰ فیصد گارنٹی" is a salary of 2500
// riyals and no 100 riyals (blind30 UR-026), as "100%" already was.
// Neighbours: the salary, the advance and a sum with no percent word stay.
func TestFixB30PercentIsNoMoney(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		want []string
	}{
		{"تنخواہ ۲۵۰۰ ریال ۱۰۰ فیصد گارنٹی، ایڈوانس صرف ۸۰ ہزار", []string{"2500 SAR", "80000 PKR"}},
		{"سعودی ویزا، تنخواہ ۱۸۰۰ ریال، ۱۰۰ فیصد ویزا، فیس ۵۰ ہزار", []string{"1800 SAR", "50000 PKR"}},
		{"salary 2500 riyal 100 percent guarantee, advance 80000", []string{"2500 SAR", "80000 PKR"}},
		{"salary 1500 riyal 100 percentage visa, fee 60 hazar", []string{"1500 SAR", "60000 PKR"}},
		{"tankhwa 2500 riyal 100 fisad guarantee, advance 80 hazar", []string{"2500 SAR", "80000 PKR"}},
		{"Qatar visa salary 1800 riyal 100 feesad pakka, 70 hazar advance", []string{"1800 QAR", "70000 PKR"}},
		// neighbours: no percent word, every sum read
		{"salary 2500 riyal 100 riyal food allowance", []string{"2500 SAR", "100 SAR"}},
		{"tankhwa 2500 riyal, advance 80 hazar", []string{"2500 SAR", "80000 PKR"}},
		{"تنخواہ ۲۵۰۰ ریال، ایڈوانس ۸۰ ہزار", []string{"2500 SAR", "80000 PKR"}},
	} {
		r := Read(c.text)
		require.ElementsMatch(t, c.want, amountList(r.Entities.Amounts), "%q", c.text)
	}
}
