package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind55 and blind56: "baji is coming at 7 with the kids" raised
// an emergency (a child); a number taken back beside the right one ("his
// number is 0346 8832107 not 0346 8832017", "0315 8826734 h, 0315 8826743
// nai") was kept; a fall at a site abroad with "ہسپتال کا خرچہ کون دے گا"
// is care denied, the mission's case; news with a prayer for everyone's
// children is no report.
func TestBlind55Readings(t *testing.T) {
	t.Parallel()
	require.Equal(t, UrgencyRoutine, Read("bhai plz bring abbu's medicine in the evening and 2 kg aloo also. baji is coming at 7 with the kids").Urgency)
	require.Equal(t, []string{"+923468832107"}, Extract("the agent took 2.8 lakh not 2.5, and his number is 0346 8832107 not 0346 8832017. he promised").Phones)
	require.Equal(t, []string{"+923158826734"}, Extract("sorry pichla msg ghalat tha, agent ka number 0315 8826734 h, 0315 8826743 nai. aur usne 1.8 lakh liye the").Phones)
	require.Equal(t, []string{"+923001234567", "+923217654321"}, Extract("0300 1234567 nahi lagta, dusra number 0321 7654321 try karo").Phones)
	require.Equal(t, []string{"+923006147823"}, Extract("0300-6147 832.. nahi 0300 6147823").Phones)
	require.Equal(t, []string{"+97433127745", "+923428819062"}, Extract("+974 3312 7745 and jazzcash no 0342-8819062").Phones)
	r := Read("مدد کریں! میں سعودیہ میں دمام کے قریب ایک تعمیراتی سائٹ پر تیسری منزل سے گر گیا ہوں، ٹانگ کی ہڈی باہر نکل آئی ہے، خون بند نہیں ہو رہا۔ فورمین کہتا ہے ہسپتال کا خرچہ کون دے گا، گاڑی نہیں دے رہا")
	require.Equal(t, CaseWorkerDistress, r.CaseType)
	require.Equal(t, UrgencyEmergency, r.Urgency)
	r = Read("خبروں میں دیکھا کہ کمبوڈیا میں پاکستانی لڑکوں کو قید کر کے ان سے فراڈ کروایا جاتا تھا۔ شکر ہے میرا بیٹا دبئی میں ایک اچھی کمپنی میں ہے۔ اللہ سب کے بچوں کو محفوظ رکھے")
	require.Equal(t, CaseOther, r.CaseType)
	require.Equal(t, UrgencyRoutine, r.Urgency)
	// a child in danger is still one
	require.Equal(t, UrgencyEmergency, Read("agent ne meri behan aur uske bachon ko ek kamre me band kar rakha hai Dubai me").Urgency)
}

// Found in C64: "We have 3 children and I have taken loans from everyone"
// is no child taken.
func TestC64ChildrenAndLoans(t *testing.T) {
	t.Parallel()
	r := Read("my husband works in Dammam, Saudi Arabia. He has not received his salary for 5 months. His iqama expired. He calls me crying. We have 3 children and I have taken loans from everyone. What can we do?")
	require.NotEqual(t, UrgencyEmergency, r.Urgency)
	require.Equal(t, CaseWorkerDistress, r.CaseType)
}
