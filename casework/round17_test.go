package casework

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Round C17 (test16): the case type and urgency of whole reports.

// A passport held by the one who arranges a journey still ahead is the
// recruiter's or the smuggler's case, routine (C17-014, C17-017); so is one
// not given back after the deal went bad (C30-003, C31-013, C32-003 …);
// one held to force a payment is urgent (C3-002).
func TestRound17PassportForAJourneyAhead(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, urgency string }{
		{"گوجرانوالہ میں حاجی اسلم لڑکوں کو ڈنکی کے راستے یورپ بھیجتا ہے، ایران ترکی سے یونان۔ میرا بھتیجا اگلے مہینے جانے کی تیاری میں ہے۔ میرے بھائی نے پانچ لاکھ نقد دے دیے ہیں\nبھتیجے کا پاسپورٹ اس کے پاس ہے", "routine"},
		{"haji aslam larkon ko dunki se iran turkey greece bhejta hai, mera bhatija agle mahine jayega, 5 lakh cash de diye\npassport uske pas hai", "routine"},
		{"an agent in Gujranwala sends boys to Greece by dunki through Iran and Turkey. my nephew will go next month, my brother paid 5 lakh cash\nthe agent has his passport", "routine"},
		{"agent ne 3 lakh cash liye oman visa ke liye, kehta hai jane se pehle 50 hazar aur\npassport us ke paas hai", "routine"},
		// kept back, not returned: the same report
		{"agent ne 3 lakh cash liye oman bhejne ka kaha tha\npassport us ke paas hai, wapis nahi kar raha", "routine"},
		{"ایجنٹ نے عمان بھیجنے کا کہہ کر تین لاکھ نقد لیے\nاصل پاسپورٹ اس کے پاس ہے، واپس نہیں کر رہا", "routine"},
		{"he took 3 lakh cash for a job in Poland and promised to send me next month\nmy original passport, he still has it and keeps making excuses", "routine"},
		// neighbours: held to force a payment
		{"saw a malaysia palm oil job on fb, agent asked 1.5L total. i paid 90k by easypaisa n also sent my passport 2 him by tcs. now he says send remaining 60k or he keeps the passport", "urgent"},
		{"agent ne 3 lakh cash liye oman ke liye, ab kehta hai 1 lakh aur do warna passport wapis nahi milega\npassport us ke paas hai", "urgent"},
	} {
		ct, urgency, _ := Classify(&flows.ReportSpec{Kind: flows.KindReport, Text: c.text,
			Answers: map[string]string{"paid": "yes", "paid_how": "cash", "seen": "agent", "documents": "passport"}})
		require.Equal(t, c.urgency, urgency, "%s (%s)", c.text, ct)
	}
}

// An agent who threatens the family that asks for its money back, no one
// held ("shikayat ki to tumhare bando ko utha lunga", C17-026), is the
// recruiter's case, urgent for the threat; not a ransom.
func TestRound17ThreatIsNoRansom(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"agent nadeem ko 3.5 lac diye greece ke visa ke liye, ab pese wapis mangte hain to dhamkian deta hai k shikayat ki to tumhare bando ko utha lunga",
		"ایجنٹ کو ساڑھے تین لاکھ دیے یونان کے ویزے کے لیے، اب پیسے واپس مانگتے ہیں تو دھمکی دیتا ہے کہ شکایت کی تو تمہارے بندوں کو اٹھوا لوں گا",
		"we paid the agent 3.5 lakh for a Greece visa; when we ask for the money back he threatens to have our men picked up if we complain",
	} {
		ct, urgency, _ := Classify(&flows.ReportSpec{Kind: flows.KindReport, Text: text,
			Answers: map[string]string{"paid": "yes", "paid_how": "cash", "seen": "agent"}})
		require.Equal(t, "unlicensed_recruiter", ct, text)
		require.Equal(t, "urgent", urgency, text)
	}
	// neighbour: someone held while money is demanded
	ct, _, _ := Classify(&flows.ReportSpec{Kind: flows.KindHelp, Text: "mera beta libya me agent ke bandon ne kamre me band kar rakha hai, 30 lakh mang rahe hain",
		Answers: map[string]string{"where": "abroad", "situation": "locked_in"}, Danger: []string{"locked in, cannot leave"}})
	require.Equal(t, "ransom_extortion", ct)
}

// People held in a scam compound and told to pay to leave ("pay 8000
// dollar and you can leave", C17-006) are trafficked: the price of leaving
// is the compound's bondage, not a ransom of a kidnap.
func TestRound17CompoundPriceIsTrafficking(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"he is in a compound in Myanmar, guards with guns, nobody can go out. forced to scam people on facebook 16 hrs. they say pay 8000 dollar and you can leave",
		"bhai myanmar ke compound me hai, online fraud karwate hain, bahar nahi jane dete, kehte hain 8000 dollar do to chhor denge",
		"بھائی میانمار کے ایک کمپاؤنڈ میں ہے، آن لائن فراڈ کرواتے ہیں، باہر نہیں جانے دیتے، کہتے ہیں آٹھ ہزار ڈالر دو تو جانے دیں گے",
	} {
		ct, _, _ := Classify(&flows.ReportSpec{Kind: flows.KindHelp, Text: text,
			Answers: map[string]string{"where": "abroad", "situation": "locked_in"}, Danger: []string{"locked in, cannot leave"}})
		require.Equal(t, "trafficking", ct, text)
	}
}

// Money handed to an agent for a job, told by someone stranded abroad now
// ("agent ko 2 lakh 80 hazar cash diye the … koi kaam ni mila, visa 5 din
// me khatam", C17-032), is the worker's distress, the mission's first; at
// home it is the recruiter's.
func TestRound17MoneyTakenAbroadIsDistress(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, where, want string }{
		{"pakistan me agent ko 2 lakh 80 hazar cash diye the keh wahan pohanchte hi job. koi kaam ni mila, visa 5 din me khatam", "abroad", "worker_distress_abroad"},
		{"ایجنٹ کو پاکستان میں تین لاکھ نقد دیے تھے، یہاں کوئی کام نہیں ملا، ویزا ختم ہونے والا ہے", "abroad", "worker_distress_abroad"},
		{"I paid the agent 2.8 lakh cash in Pakistan for a job here, no work, my visa ends in 5 days", "abroad", "worker_distress_abroad"},
		{"agent ko 2 lakh 80 hazar cash diye the dubai job ke liye, ab fon band hai", "pakistan", "unlicensed_recruiter"},
	} {
		ct, _, _ := Classify(&flows.ReportSpec{Kind: flows.KindHelp, Text: c.text,
			Answers: map[string]string{"where": c.where, "situation": "money_taken", "paid": "yes", "paid_how": "cash"}})
		require.Equal(t, c.want, ct, c.text)
	}
}

// A domestic worker abroad kept at work from morning into the night, her
// passport kept and wages withheld (C17-019), is trafficked: the hours
// make it more than a labour dispute. Wages withheld and the passport kept,
// the passport what is happening, are trafficking too, as the charge
// matrix's row has it (C43-019, C44-007); told as no pay, they stay the
// worker's distress (TestBoundaryCaseTypes).
func TestRound17KeptAtWorkIntoTheNight(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, want string }{
		{"میں ریاض میں ایک گھر میں کام کرتی ہوں۔ صبح چھ سے رات ایک بجے تک کام۔ پاسپورٹ مدام کے پاس ہے، چار مہینے کی تنخواہ نہیں ملی", "trafficking"},
		{"main riyadh me ek ghar me kaam karti hun, subah 6 se raat 1 baje tak kaam, passport madam ke pas hai, 4 mahine se tankhwah nahi mili", "trafficking"},
		{"I am a housemaid in Riyadh, work from 6 am to 1 am, madam keeps my passport, no salary for 4 months", "trafficking"},
		{"main riyadh me ek ghar me kaam karti hun, passport madam ke pas hai, 4 mahine se tankhwah nahi mili", "trafficking"},
	} {
		ct, _, _ := Classify(&flows.ReportSpec{Kind: flows.KindHelp, Text: c.text,
			Answers: map[string]string{"where": "abroad", "situation": "passport_taken", "whom": "self"}})
		require.Equal(t, c.want, ct, c.text)
	}
}
