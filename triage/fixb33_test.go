package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Wages unpaid by an employer in Pakistan, with no one abroad and no
// recruiter, are not this line's case and no one's safety (blind33 EN-047,
// UR-048); a worker abroad unpaid stays a worker in distress, urgent, and
// so does one whose family is pressed at home ("ghar pe qarz walay").
func TestFixB33LocalWagesAreNoCase(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"my old employer in Lahore (a garments shop) hasn't paid me 2 months salary, it was 45,000 a month. where can I complain?",
		"ملتان میں فیکٹری والے نے دو مہینے کی تنخواہ نہیں دی، ۳۲ ہزار مہینہ تھی۔ کہاں شکایت کروں؟",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, s)
		require.Equal(t, UrgencyRoutine, r.Urgency, s)
	}
	for _, s := range []string{
		"Dubai mein company 3 mahine se tankhwa nahi de rahi",
		"mera miyan Johor Bahru me factory me tha, company band ho gyi, 4 mahine ki salary nai di, ab wo ek kamre me 10 bandon k sath h, ghar pe qarz walay aa rhe",
		"میرے شوہر سعودیہ میں ہیں، کمپنی چار مہینے سے تنخواہ نہیں دے رہی",
	} {
		r := Read(s)
		require.Equal(t, CaseWorkerDistress, r.CaseType, s)
	}
}

// A boat named as the way of a journey still planned is no peril now, so
// a drowning told as two years past lowers the danger of the whole
// account (C37-007: a report about a smuggler read as someone at sea); a
// boat at sea now, or a boat gone silent, stays an emergency.
func TestFixC37PlannedBoatBesidePastDrowning(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Salam. Mandi Bahauddin me ek agent hai jo khullam khulla Libya se kashti k zariye Italy bhejne ka keh raha hai. mere chachazad ko 25 lakh bataye hain, aadhe abhi aadhe Italy pohanch kar. isko roka jaye plz, 2 saal pehle hamare ilaqe k larke doob gaye the",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q %v", s, r.Danger)
	}
	for _, s := range []string{
		"mera bhai kashti mein hai Libya ke paas, kashti doob rahi hai, pani andar aa raha hai",
		"my brother's boat left Libya 3 days ago, no news since",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, s)
	}
}
