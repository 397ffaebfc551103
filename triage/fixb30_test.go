package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A number followed by a word for percent ("۱۰۰ فیصد گارنٹی", "100
// percent", "100 fisad") is a share, never money, even right after a
// salary's currency: "تنخواہ ۲۵۰۰ ریال ۱۰۰ فیصد گارنٹی" is a salary of 2500
// riyals and no 100 riyals (blind30 UR-026), as "100%" already was.
// Neighbours: the salary, the advance and a sum with no percent word stay.
func TestFixB30PercentIsNoMoney(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		want []string
	}{
		{"تنخواہ ۲۵۰۰ ریال ۱۰۰ فیصد گارنٹی، ایڈوانس صرف ۸۰ ہزار", []string{"2500 SAR", "80000 PKR"}},
		{"سعودی ویزا، تنخواہ ۱۸۰۰ ریال، ۱۰۰ فیصد ویزا، فیس ۵۰ ہزار", []string{"1800 SAR", "50000 PKR"}},
		{"salary 2500 riyal 100 percent guarantee, advance 80000", []string{"2500 SAR", "80000 PKR"}},
		{"salary 1500 riyal 100 percentage visa, fee 60 hazar", []string{"1500 SAR", "60000 PKR"}},
		{"tankhwa 2500 riyal 100 fisad guarantee, advance 80 hazar", []string{"2500 SAR", "80000 PKR"}},
		{"Qatar visa salary 1800 riyal 100 feesad pakka, 70 hazar advance", []string{"1800 QAR", "70000 PKR"}},
		// neighbours: no percent word, every sum read
		{"salary 2500 riyal 100 riyal food allowance", []string{"2500 SAR", "100 SAR"}},
		{"tankhwa 2500 riyal, advance 80 hazar", []string{"2500 SAR", "80000 PKR"}},
		{"تنخواہ ۲۵۰۰ ریال، ایڈوانس ۸۰ ہزار", []string{"2500 SAR", "80000 PKR"}},
	} {
		r := Read(c.text)
		require.ElementsMatch(t, c.want, amountList(r.Entities.Amounts), "%q", c.text)
	}
}

// A second payment told as "then N more" ("phir N mazeed", "پھر N مزید")
// is a sum, as is a sum "collected" ("wasool", "وصول") from each
// (blind30 EN-043, EN-047). Neighbours: a count of more boys or days is
// no money, nor a number of people a man collects passports from.
func TestFixB30MoreAndCollectedSums(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text string
		want []string
	}{
		{"paid 12000 for online training then 40000 more for CoS. the channel is gone", []string{"12000 PKR", "40000 PKR"}},
		{"paid 12000 for the online course then 40000 more", []string{"12000 PKR", "40000 PKR"}},
		{"pehle online course ke 12000 diye phir 40000 mazeed", []string{"12000 PKR", "40000 PKR"}},
		{"پہلے آن لائن کورس کے ۱۲۰۰۰ دیے پھر ۴۰۰۰۰ مزید لیے", []string{"12000 PKR", "40000 PKR"}},
		{"a man in our mohalla is collecting passports & 50,000 each from youngsters for Romania work permit", []string{"50000 PKR"}},
		{"wo har larke se 50,000 wasool kar raha hai Romania ke liye", []string{"50000 PKR"}},
		{"وہ ہر لڑکے سے ۵۰ ہزار وصول کر رہا ہے رومانیہ کے لیے", []string{"50000 PKR"}},
		// neighbours
		{"they returned only 50k. 2 more boys from our village paid this month.", []string{"50000 PKR"}},
		{"agent took 2 lakh, we waited 3 more days", []string{"200000 PKR"}},
		{"ایجنٹ نے ۲ لاکھ لیے، ۳ اور لڑکے بھی گئے", []string{"200000 PKR"}},
		{"2 aur larke bhi gaye, agent ne 1 lakh liya", []string{"100000 PKR"}},
		{"he is collecting passports from 20 boys for Romania", nil},
	} {
		r := Read(c.text)
		require.ElementsMatch(t, c.want, amountList(r.Entities.Amounts), "%q", c.text)
	}
}

// A smuggler's journey over and done, the one who went home and well, and
// nothing to act on (no agent, report, money, number, plan or question)
// is family news, no case (blind30 RU-015, blind11 RU-011). Neighbours:
// with an agent to report, a complaint asked about, or one about to go the
// same way, it stays smuggling.
func TestFixB30JourneyOverIsNoCase(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"shukar hai mera cousin Iran ki jail se wapas aa gaya, 2 saal pehle dunki pe gaya tha, ab ghar pe hai sab theek",
		"2 saal pehle main bhi dunki laga k Greece gya tha, raaste mein bohat mushkil dekhi. ab wapas aa gaya hun aur Lahore mein apna rickshaw chalata hun",
		"thank God my cousin is back from jail in Iran, he went by dunki 2 years ago, now he is home and all is fine",
		"Alhamdulillah my cousin came back from Iran jail, he went on dunki 2 years ago, now he is at home and fine",
		"اللہ کا شکر ہے میرا کزن ایران کی جیل سے واپس آ گیا، دو سال پہلے ڈنکی پر گیا تھا، اب گھر پر ہے سب ٹھیک ہے",
	} {
		r := Read(s)
		require.Equal(t, CaseOther, r.CaseType, "%q", s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q", s)
		require.Empty(t, r.Flags, "%q", s)
	}
	for _, s := range []string{
		"shukar hai mera cousin Iran ki jail se wapas aa gaya, ab ghar pe hai. jis agent ne dunki lagwai thi wo abhi bhi larke bhej raha hai",
		"my cousin came back home from Iran jail, he went by dunki 2 years ago. where can we complain about the agent?",
		"my brother went by dunki last year, now he is back home but the agent is still sending boys from our village",
		"2018 mai dunki laga k Iran Turkey gaya tha, ab wapis aa gaya hun. ab mera bhanja bhi wahi sochta hai, usko samjhane k liye koi video hai?",
		"بھائی دو سال پہلے ڈنکی سے یونان گیا تھا، اب واپس گھر آ گیا ہے، ایجنٹ کے خلاف شکایت کرنی ہے",
	} {
		require.Equal(t, CaseSmuggling, Read(s).CaseType, "%q", s)
	}
}

// A smuggler's threat to send one back ("warna wapis bhej dunga", "ورنہ
// واپس بھیج دوں گا", "warna wapis Pakistan bhej denge") while more money
// is asked in a safe house is no threat to the person: smuggling, urgent
// (red-flags.md; blind30 RU-009, blind4 RU-045). Neighbours: "zinda wapis
// nahi bhejenge", a killing threatened, one locked in and beaten stay
// emergencies.
func TestFixB30SendBackIsNoThreatToLife(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"bhai ko Quetta me ek ghar me rakha hua hai 10 din se, agent kehta hai aage Iran jane k liye 2 lakh aur do warna wapis bhej dunga",
		"بھائی کو کوئٹہ میں ایک گھر میں دس دن سے رکھا ہوا ہے، ایجنٹ کہتا ہے آگے ایران جانے کے لیے ۲ لاکھ اور دو ورنہ واپس بھیج دوں گا",
		"bhai ko ek ghar me rakha hua hai, 2 lakh aur do warna wapis pakistan bhej denge",
		"my brother is kept in a house in Quetta for 10 days, agent says give 2 lakh more to go on to Iran or he will send him back",
	} {
		r := Read(s)
		require.Equal(t, CaseSmuggling, r.CaseType, "%q", s)
		require.Equal(t, UrgencyUrgent, r.Urgency, "%q %v", s, r.Danger)
	}
	for _, s := range []string{
		"bhai ko ek ghar me band kiya hua hai, 5 lakh do warna zinda wapis nahi bhejenge",
		"bhai ko ek ghar me rakha hua hai, 5 lakh do warna maar denge",
		"بھائی کو ایک کمرے میں بند کر رکھا ہے، پیسے دو ورنہ واپس نہیں بھیجیں گے، مار رہے ہیں",
		"they are keeping my brother in a house in Tripoli, send 5 lakh or they will kill him",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
}
