package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Held in a warehouse or a room on the road, told in Urdu script, and
// money demanded "or no boat" is a ransom (C248-019: the corpus labels
// 126 of 167 such accounts so); one jailed abroad and now home, safe, is
// a claim, routine (C247-012).
func TestHeldOnTheRoadAndJailedBackHome(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"میرا بیٹا لیبیا گیا تھا اٹلی جانے کے لیے۔ اب زوارہ کے پاس ایک گودام میں بند ہے۔ وہ لوگ کہتے ہیں تین ہزار ڈالر بھیجو ورنہ کشتی پر نہیں بٹھائیں گے، اور مارتے ہیں",
		"bhai libya me ek godown me band hai, kehte hain 3000 dollar bhejo warna kashti pe nahi bithayenge, maarte bhi hain",
	} {
		a := Assess(s, Extract(s))
		require.Equal(t, "ransom_extortion", a.CaseType, s)
		require.Equal(t, UrgencyEmergency, a.Urgency, s)
	}
	require.True(t, cueFound("کیمپ میں بند ہیں سب لڑکے", "k_locked"))
	s := "بیٹا ایران میں پکڑا گیا اور ڈی پورٹ ہو کر واپس آ گیا ہے۔ ایجنٹ نے بارہ لاکھ لیے۔ ایران پولیس نے پکڑ لیا، دو مہینے کیمپ میں رہا۔ اب الحمدللہ گھر پر ہے، خیریت سے"
	require.Equal(t, UrgencyRoutine, Assess(s, Extract(s)).Urgency)
}
