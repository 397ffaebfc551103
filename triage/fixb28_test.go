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

// blind28's amounts as families: a sum followed by a comma and the next
// clause ("only 15,000, no receipt"); a fee paid by a wallet whose verb
// follows ("3000 Easypaisa karein"); Punjabi number words and "لکھ" for a
// lakh; visas of a kind counted, not paid. Neighbours: "1 لکھ کر جواب دیں"
// is "write 1", a visa of a kind priced stays money, a number of SMS stays
// none.
func TestFixB28Amounts(t *testing.T) {
	t.Parallel()
	pkr := func(vs ...float64) []Amount {
		var out []Amount
		for _, v := range vs {
			out = append(out, Amount{Value: v, Currency: "PKR"})
		}
		return out
	}
	for _, c := range []struct {
		text string
		want []Amount
	}{
		// a sum before a comma and a clause starting "no"
		{"they took 3.5 lakh cash and gave receipt of only 15,000, no receipt for the rest", pkr(350000, 15000)},
		{"3.5 lakh liye aur receipt sirf 15,000 ki di, no receipt baqi ki", pkr(350000, 15000)},
		{"ساڑھے تین لاکھ لیے، رسید صرف 15,000، نمبر بھی نہیں دیا", pkr(350000, 15000)},
		// a fee paid by a wallet, the verb after it
		{"Registration fee sirf 3000 Easypaisa karein 0348-2207719", pkr(3000)},
		{"registration fee only 3000, JazzCash karein", pkr(3000)},
		{"رجسٹریشن فیس صرف 3000 ایزی پیسہ کریں", pkr(3000)},
		// Punjabi (Shahmukhi) number words and lakh
		{"پیشگی سٹھ ہزار لئی سی، ہن مالک کہندا اے ڈھائی لکھ ہو گیا اے", pkr(60000, 250000)},
		{"ایجنٹ نے پنجاہ ہزار لئے سن", pkr(50000)},
		{"اوہنے ساڈے کولوں دو لکھ لئے", pkr(200000)},
		// a visa of a kind priced is money
		{"agent ne 7 lakh work visa ke liye liye", pkr(700000)},
		{"ایجنٹ نے سات لاکھ ورک ویزے کے لیے لیے", pkr(700000)},
		{"he took 7 lakh for a work visa", pkr(700000)},
		// counts of visas, of a kind or not, are no money
		{"سنا ہے اٹلی نے پاکستانیوں کے لیے ستر ہزار ورک ویزے کھول دیے ہیں", nil},
		{"heard Italy opened 70 thousand work visas for Pakistanis", nil},
		{"Italy ne 70 thousand visas khol diye", nil},
		{"suna hai Italy ne 70 hazar work visas khol diye", nil},
		{"Italy ne 70 hazar visas diye hain", nil},
		// "write 1", and numbers that are no sums
		{"زونگ: تصدیق کے لیے 1 لکھ کر جواب دیں۔", nil},
		{"جواب میں 2 لکھ دیں", nil},
		{"668 pe SMS karein", nil},
	} {
		got := Read(c.text).Entities.Amounts
		require.Len(t, got, len(c.want), "%q %v", c.text, got)
		for i := range got {
			require.Equal(t, c.want[i].Value, got[i].Value, "%q", c.text)
			require.Equal(t, c.want[i].Currency, got[i].Currency, "%q", c.text)
		}
	}
}
