package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A salary named is pay, never the sum asked or paid (Assessment.Salaries),
// and only in its own clause: "tankhwa 3000 dirham, maine 80 hazar
// easypaisa kiye" names the salary, then money paid.
func TestSalariesAreTheirClausesOwn(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text           string
		salary, notPay float64
	}{
		{"i saw an ad on tiktok for jobs in dubai, salary 3000 dirham. i sent 80000 rs on easypaisa", 3000, 80000},
		{"no. i paid 80000 rupees, 3000 dirham was the salary", 3000, 80000},
		{"dubai ki job thi tankhwa 3000 dirham, maine 80 hazar easypaisa kiye", 3000, 80000},
		{"salary 1500 riyal batai thi, agent ne 2 lakh le liye", 1500, 200000},
		{"دبئی کی نوکری تھی، تنخواہ 3000 درہم، میں نے 80 ہزار ایزی پیسہ کیے", 3000, 80000},
		{"تنخواہ ۱۵۰۰ ریال بتائی تھی، ایجنٹ نے دو لاکھ لے لیے", 1500, 200000},
		{"Salary:\n1500 SAR\nVisa fee 2 lakh", 1500, 200000},
		{"they promised salary of 1200 dollars, took 3 lac from me", 1200, 300000},
		{"salary 2000 aed mahana, fees 150000 jama karwai", 2000, 150000},
	} {
		a := Read(c.text).Assessment
		var sal []float64
		for _, am := range a.Salaries {
			sal = append(sal, am.Value)
		}
		require.Contains(t, sal, c.salary, c.text)
		require.NotContains(t, sal, c.notPay, c.text)
		require.NotNil(t, a.Fee, c.text)
		require.Equal(t, c.notPay, a.Fee.Value, c.text)
	}
}
