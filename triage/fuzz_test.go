package triage

import (
	"strings"
	"testing"
)

func FuzzTriage(f *testing.F) {
	for _, s := range []string{
		"Rs 4,00,000 advance, 0300-1234567, licence 3456/RWP, CNIC 35202-1234567-1",
		"مجھے کمرے میں بند کر دیا، ۰۳۰۰۱۲۳۴۵۶۷، ساڑھے چار لاکھ روپے",
		"bachaaaooo \u200f kashti mein \xff\xfe £6,000–8,000 wa.me/923001112233 @x",
		"", "۰", "Rs.", "No. 1/", "4 lakh 50", "+", "0092",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := Extract(s)
		for _, a := range e.Amounts {
			if !strings.Contains(s, a.Text) || a.Text == "" {
				t.Fatalf("amount text %q not in input", a.Text)
			}
		}
		an := newAnalysis(s, e.Amounts)
		an.collect(lex.all)
		r := an.rules(e)
		em, _ := Emergency(s)
		if em != (r.urgency == UrgencyEmergency) {
			t.Fatalf("Emergency %v but the rules' urgency %s", em, r.urgency)
		}
		if a := Assess(s, e); a.Urgency == "" || a.CaseType == "" {
			t.Fatalf("no assessment of %q", s)
		}
		m := MaskCNIC(s)
		if MaskCNIC(m) != m {
			t.Fatalf("MaskCNIC not idempotent on %q", s)
		}
		if len(Extract(m).CNICs) != 0 {
			t.Fatalf("masked text still has a CNIC: %q", m)
		}
		for _, c := range e.CNICs {
			if !strings.Contains(m, c) {
				t.Fatalf("masked text lacks %s", c)
			}
		}
	})
}
