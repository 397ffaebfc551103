package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in blind34: "film" the verb (men who film the beating to send it
// home), a plot of land and a crop's season put no drama around a danger;
// a drama asked about ("does this really happen??") is no case of the
// writer's, however sure the model is of the drama's trafficking; an
// office, a shop or a shutter locked is an agent gone, no one locked in.
func TestFixB34FictionAndLockedOffice(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"please help we are 9 boys in a room in Tehran, the agent's men beat us with pipes and film it to send to our families, asking 8 lakh each. they will kill someone",
		"a man from +218925550147 put my brother on the phone. brother only said ammi sell the plot and send the 40 lakh to the account they give, then the man cut the call",
		"they locked us in the office for 2 days, no food",
		"ہمیں کمرے میں بند کر کے مارتے ہیں اور ویڈیو بنا کر گھر بھیجتے ہیں",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, s)
		require.NotEqual(t, CaseOther, r.CaseType, s)
	}
	for _, s := range []string{
		"in the drama last night the girl was locked in the kafeel's house and they took her passport... does this really happen?? so scary",
		"kal wali film me dikhaya k dunki walon ko jungle me goli maar di, ye sach hota hy kia?",
		"کل کے ڈرامے میں لڑکی کو کمرے میں بند کر دیا، کیا ایسا سچ میں ہوتا ہے؟",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, s)
		require.Equal(t, UrgencyRoutine, r.Urgency, s)
	}
	for _, s := range []string{
		"went to Al-Madina Overseas office in Saddar Rawalpindi today, shutter locked, board removed, neighbours say closed since 2 weeks. they took 1.2 lakh from me for Saudi",
		"agent ka office locked hai, phone bhi band, 2 lakh liye the Dubai ke liye",
		"ایجنٹ کے دفتر پر تالا لگا ہے، دو لاکھ لیے تھے سعودیہ کے لیے",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, s)
		require.Empty(t, r.Danger, s)
	}
	// a kiln's season is no drama: the debt is read
	r := Read("There is a kiln near Sheikhupura where the owner keeps the CNICs of the workers. their peshgi keeps growing every season and he says they cannot shift to another kiln")
	require.NotEqual(t, UrgencyRoutine, r.Urgency)
}

// A bare number after a word of adding up takes the unit of the sums
// before it ("9 lakh, ab 2 aur maang rahe to total 11 ho gaye", C38-035);
// a number counted after it is no money, and one smaller than the sum
// before is no total of it.
func TestFixC38TotalInTheUnitBefore(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]float64{
		"9 lakh, ab 2 aur maang rahe to total 11 ho gaye": 1100000,
		"9 lakh diye, total 11 ho gaye":                   1100000,
		"pehle 4 lakh phir 3 lakh, kul 7 bane":            700000,
	} {
		e := Extract(text)
		var got []float64
		for _, a := range e.Amounts {
			got = append(got, a.Value)
		}
		require.Contains(t, got, want, text)
	}
	for _, text := range []string{"5 lakh liye, total 3 log the", "9 lakh diye, total 2 baqi"} {
		for _, a := range Extract(text).Amounts {
			require.GreaterOrEqual(t, a.Value, 500000.0, text)
		}
	}
}
