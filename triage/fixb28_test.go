package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// An errand or an agent's offence with no word of harm, hold, threat or
// peril is no emergency on the model's unsure reading (blind28 EN-049,
// C31-025: "ab phone nai uthata" is the agent not answering); the same
// messages with a word of danger, or a relative gone silent abroad, are.
func TestFixB28CalmIsNoEmergency(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"bhai the plumber said he will come at 10, still not here. plz call him again",
		"plumber ne 10 baje aana tha abhi tak nahi aaya, plz usko dobara call karo",
		"پلمبر نے دس بجے آنا تھا، ابھی تک نہیں آیا، پلیز اسے دوبارہ کال کریں",
		"sain hamaray goth ka bnda Rustam Jatoi oman visa ka bol k paise le gya. 6 mahine hogye. Nawabshah bola tha muscat me chowkidar ka kam 150 rial. ab phone nai uthata",
		"a man from our village took 2 lakh for an Oman visa six months ago, now he does not pick up the phone",
		"ہمارے گاؤں کا ایک بندہ عمان کے ویزے کا کہہ کر دو لاکھ لے گیا، چھ مہینے ہو گئے، اب فون نہیں اٹھاتا",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q %v", s, r.Danger)
	}
	for _, s := range []string{
		"agent took my brother to Libya for 20 lakh, now they beat him and want 5 lakh more",
		"ایجنٹ نے بھائی کو ایران میں بند کر رکھا ہے، مار رہے ہیں، پانچ لاکھ مانگ رہے ہیں",
		"bhai ko agent ne malaysia bheja tha, ab 3 din se phone band hai aur agent kehta hai 2 lakh do warna usay kuch ho jayega",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
}
