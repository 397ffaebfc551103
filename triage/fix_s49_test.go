package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// "nai X nai Y": a sum denied, said again and denied for another, is
// taken back wherever it was read ("2 pehle diye... nai 2 nai 2.5 lakh",
// C503-002: the first 2 was read as 2 lakh and stayed beside 2.5 lakh); a
// bare "nahi" between two sums alone still sets one against the other.
func TestSession49SumDeniedTwice(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		kept []float64
		back float64
	}{
		{"4 lakh bola tha pura. 2 pehle diye... nai 2 nai 2.5 lakh diye pehle, baqi visa anay pe", []float64{400000, 250000}, 200000},
		{"2 lakh diye, nahi 2 nahi 2.5 lakh", []float64{250000}, 200000},
		{"پہلے ۳ لاکھ دیے، نہیں ۳ نہیں ساڑھے تین لاکھ", []float64{350000}, 300000},
		{"salary 1500 ringgit nahi 900 hai", []float64{1500, 900}, 0},
		// "no, wait": a sum taken back for the next (C506-003)
		{"ساڑھے تین لاکھ۔ نہیں ٹھہریں، چار لاکھ کہا تھا", []float64{400000}, 350000},
		{"تین لاکھ، نہیں رکیں، ساڑھے تین لاکھ کہا تھا", []float64{350000}, 300000},
	} {
		e := Extract(c.text)
		var got []float64
		for _, a := range e.Amounts {
			got = append(got, a.Value)
		}
		require.Equal(t, c.kept, got, c.text)
		if c.back == 0 {
			require.Empty(t, e.TakenBack, c.text)
		} else {
			require.Len(t, e.TakenBack, 1, c.text)
			require.Equal(t, c.back, e.TakenBack[0].Value, c.text)
		}
	}
}

// Lessons of C502–C505 read by triage.
func TestSession49Triage(t *testing.T) {
	t.Parallel()
	// a threat to hand one free to go out to the police, for the rest of
	// the agreed price, is the smuggler's price (C504-029); one kept in is
	// extorted still (blind18 EN-015)
	requireAssessed(t, "ایک ایجنٹ کی رپورٹ کرنی ہے جس نے میرے بھتیجے کو ایران کے راستے ترکی بھیجا ہے، اب وہاں روک کر اور پیسے مانگ رہا ہے\n"+
		"یونان پہنچانے کا کہا تھا، آدھے پیسے پہلے، آدھے یونان پہنچ کر۔ اب بھتیجا وان شہر کے ایک ہوٹل میں ہے، ایجنٹ کہتا ہے باقی دس لاکھ ابھی بھیجو ورنہ آگے نہیں لے جاؤں گا اور ترکی پولیس کے حوالے کر دوں گا۔ بھتیجا خود ہوٹل سے باہر جا سکتا ہے، فون اس کے پاس ہے",
		CaseSmuggling, UrgencyUrgent)
	requireAssessed(t, "agent of my son calls us every day from +90 535 118 4402, says your son is in a house in Istanbul, give 3 lakh more or we hand him to police. son says he is ok but they dont let him go out",
		CaseRansom, UrgencyUrgent)
	// a plantation "in the jungle, where would they go" is no peril on a
	// crossing (C504-021); lost in the jungle on the way still is
	a := Assess("supervisor ne passport le liya, 2 mahine ki tankhwa nahi di. band to nahi karte lekin jungle me h kahan jayen", Extract(""))
	require.NotContains(t, a.Situations, "at_sea_or_border")
	a = Assess("bhai dunki pe tha, 3 din se jungle me hai, khana pani khatam", Extract(""))
	require.Contains(t, a.Situations, "at_sea_or_border")
	// the employer keeps the passport, the worker goes out as he likes: the
	// mission's case, unless the model is sure (a retrain read C144-011 as
	// trafficking at 50%)
	requireAssessed(t, "My husband works in Sharjah at a cleaning company. His employer has kept his passport since he arrived and won't give it back, he wants to come home because his mother is ill\n"+
		"The supervisor says passport stays with the company, that's the rule. He can go out, he goes to work and comes back, nobody locks him. But when he asked for leave they said pay 4000 dirham for breaking the contract. Salary is coming but late\nUAE\npassport_taken",
		CaseWorkerDistress, UrgencyUrgent)
	// paid "حوالے سے", "hawale se": by hawala; "اس حوالے سے" is "about this"
	require.Equal(t, []string{"hawala"}, Extract("حوالے سے دیے، گجرات میں ایک موبائل کی دکان پر").Payments)
	require.Equal(t, []string{"hawala"}, Extract("12 lakh hawale se diye gujrat me").Payments)
	require.Empty(t, Extract("اس حوالے سے بات کرنی ہے کہ ایجنٹ نے پیسے لیے").Payments)
}
