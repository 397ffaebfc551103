package casework

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// A girl taken by deception for a job abroad and kept in a house in
// Pakistan until she is sent (C23-032) is trafficking, on the way to the
// country named; a maid kept and made to work in a house here stays
// forced labour.
func TestKeptAtHomeOnTheWayAbroadIsTrafficking(t *testing.T) {
	t.Parallel()
	help := func(text, situation string) string {
		ct, _, _ := Classify(&flows.ReportSpec{Kind: flows.KindHelp, Text: text,
			Answers: map[string]string{"where": "pakistan", "situation": situation, "whom": "other"}})
		return ct
	}
	for _, text := range []string{
		"meri beti ko ek aurat dubai ki naukri ka keh k le gyi\nab karachi me kisi ghar me rakha h. beti ne chupke se call ki ro rahi thi\nbahir ni nikalne dete, darwaza band rakhte. kehte hain dubai ka visa aa raha h",
		"a woman took my daughter saying she will get a job in Dubai. now they keep her locked in a house in Karachi, they don't let her go out, they say her Dubai visa is coming",
		"میری بیٹی کو ایک عورت دبئی کی نوکری کا کہہ کر لے گئی، اب کراچی میں ایک گھر میں بند رکھا ہے، باہر نہیں نکلنے دیتے، کہتے ہیں دبئی کا ویزا آ رہا ہے",
	} {
		require.Equal(t, "trafficking", help(text, "locked_in"), text)
	}
	for _, text := range []string{
		"meri beti lahore me ek ghar me kaam karti hai, malik bahir nahi jane dete, zabardasti kaam karwate hain",
		"میری بیٹی لاہور میں ایک گھر میں کام کرتی ہے، مالک باہر نہیں جانے دیتے، زبردستی کام کرواتے ہیں",
	} {
		require.NotEqual(t, "trafficking", help(text, "locked_in"), text)
	}
}
