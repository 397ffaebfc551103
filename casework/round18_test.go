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
