package casework

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Round C18: the case type of pleas for help.

// A plea from Pakistan about an agent who holds the passport and
// threatens the person to make them go abroad for the work he offered
// (C16-020) is trafficking: recruitment by force. The forced labour of a
// kiln, a farm or a house here stays forced labour.
func TestRound18AgentForcingAJourneyAbroadIsTrafficking(t *testing.T) {
	t.Parallel()
	help := func(text, situation string) string {
		ct, _, _ := Classify(&flows.ReportSpec{Kind: flows.KindHelp, Text: text,
			Answers: map[string]string{"where": "pakistan", "situation": situation, "whom": "self"}})
		return ct
	}
	for _, text := range []string{
		"میں لاہور میں ہوں، ایک ایجنٹ نے میرا پاسپورٹ رکھ لیا ہے\nکہتا تھا دبئی کے سیلون میں کام ہے، اب میں نے انکار کیا تو دھمکیاں دے رہا ہے",
		"main lahore me hun, agent ne mera passport rakh liya hai, kehta tha dubai ke salon me kaam hai, ab inkar kiya to dhamkiyan de raha hai",
		"I am in Lahore, an agent has kept my passport. He said there is salon work in Dubai, now that I refused he is threatening me",
		"agent ne passport rakh liya hai, kehta hai malaysia chalo, mana kiya to dhamkiyan deta hai",
	} {
		require.Equal(t, "trafficking", help(text, "passport_taken"), text)
	}
	for _, text := range []string{
		"hum bhatte pe kaam krte hain, malik ne shanakhti card rakh liya hai aur kehta hai qarza utaro warna police case",
		"ہم بھٹے پر کام کرتے ہیں، مالک نے شناختی کارڈ رکھ لیا ہے اور دھمکیاں دیتا ہے، کہیں جانے نہیں دیتا",
	} {
		require.Equal(t, "forced_labour", help(text, "debt"), text)
	}
}

// A report about an offer from a scam-compound country, no one gone or
// held ("Thailand me call centre me job hai ... abhi usne kuch diya nahi",
// C18-028), is a suspicious offer, whatever the model reads from the
// region; a report of someone held there is not changed.
func TestRound18OfferFromAScamRegionIsAnOffer(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"mera chhota bhai BSCS kar raha hai aur usko whatsapp pe ek larki ka msg aya ke Thailand me call centre me job hai, 1500 dollar salary, ticket aur rehaish company degi. Abhi usne kuch diya nahi",
		"my brother got a whatsapp message about a call centre job in Thailand, 1500 dollars salary, free ticket and stay, only English needed. He has not paid anything",
		"میرے بھائی کو واٹس ایپ پر تھائی لینڈ میں کال سینٹر کی نوکری کا میسج آیا، پندرہ سو ڈالر تنخواہ، ٹکٹ اور رہائش کمپنی دے گی۔ ابھی کچھ نہیں دیا",
	} {
		ct, _, _ := Classify(&flows.ReportSpec{Kind: flows.KindReport, Text: text,
			Answers: map[string]string{"paid": "no", "seen": "whatsapp", "documents": "passport"}})
		require.Equal(t, "job_offer_suspicious", ct, text)
	}
	ct, _, _ := Classify(&flows.ReportSpec{Kind: flows.KindReport, Text: "my brother went to Thailand for a call centre job, now they took him to Myanmar and force him to do online scams, they beat him",
		Answers: map[string]string{"paid": "yes", "seen": "whatsapp"}})
	require.Equal(t, "trafficking", ct)
}
