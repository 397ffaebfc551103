package triage

import (
	"encoding/json"
	"fmt"
	"testing"
)

func TestSmoke(t *testing.T) {
	for _, s := range []string{
		"Dubai security guard jobs, salary Dh3,500 a month plus housing. Rs400,000 in advance for visa costs and airfare. WhatsApp 0300-1234567",
		"Mujhe kamre mein band kar diya hai, bachao! Saudia mein hoon",
		"میرا پاسپورٹ کفیل نے رکھ لیا ہے، چار مہینے سے تنخواہ نہیں ملی۔ سعودی عرب",
		"Italy via Libya by boat: Rs2.2–2.5 million per person, contact +92 321 7654321",
		"ساڑھے چار لاکھ روپے ایجنٹ کو دیے",
		"OEP licence No. 3456/RWP kya asli hai? 35202-1234567-1",
	} {
		e := Extract(s)
		as := Assess(s, e)
		b, _ := json.MarshalIndent(struct {
			E Entities
			A Assessment
		}{e, as}, "", " ")
		fmt.Println(s)
		fmt.Println(string(b))
	}
}
