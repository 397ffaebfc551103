package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A7: the last said wins in the reader itself, for a yes or no, an option,
// a wish, a name and a place, in English, Urdu script and Roman Urdu; an
// English "no" before a word denies it and turns nothing.
func TestA7TurnLastSaidWins(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, c := range []struct {
		text string
		want Polarity
	}{
		{"haan... nahi rehne do, dar lagta hai", PolarNo},
		{"ji kar lein... nai nai, rehne dein", PolarNo},
		{"yes... no actually, don't", PolarNo},
		{"ہاں... نہیں نہیں، رہنے دیں", PolarNo},
		{"hmm not sure... ok yes delete", PolarYes},
		{"پتا نہیں... ہاں", PolarYes},
		{"pata nahi... haan kar do", PolarYes},
		{"dunno... yes", PolarYes},
		// not turned
		{"yes 150000 no sorry 180000", PolarYes},
		{"yes, no problem", PolarYes},
		{"shukriya ji", PolarNone},
		{"شکریہ جی", PolarNone},
	} {
		require.Equal(t, c.want, r.Read(c.text).YesNo(), "%q", c.text)
	}
	for _, c := range []struct{ set, text, want string }{
		{"seen", "whatsapp pe dekha tha... nahi ghalat, facebook pe dekha tha", "facebook"},
		{"seen", "saw it on whatsapp... no sorry, it was facebook", "facebook"},
		{"seen", "واٹس ایپ پر دیکھا تھا... نہیں غلط، فیس بک پر تھا", "facebook"},
		{"seen", "I think it was whatsapp, not facebook", "whatsapp"},
		{"whom", "میں... نہیں میرا بیٹا، اس کی طرف سے لکھ رہا ہوں", "other"},
		{"whom", "main... nahi mera beta, us ki taraf se likh raha hun", "other"},
	} {
		v, _ := r.Read(c.text).Option(c.set)
		require.Equal(t, c.want, v, "%s %q", c.set, c.text)
	}
	for _, c := range []struct{ text, want string }{
		{"report krni hai.. nai ruko pehle check krna hai k agent asli hai", "verify"},
		{"i want to report... no wait, first check if this agent is real?", "verify"},
		{"رپورٹ کرنی ہے... نہیں رکیں، پہلے تصدیق کریں کہ ایجنٹ اصلی ہے؟", "verify"},
	} {
		require.Equal(t, c.want, r.Read(c.text).Intent(), "%q", c.text)
	}
	for _, c := range []struct{ text, want string }{
		{"Raza Manpower... nahi Raza Overseas, Manpower doosri wali thi", "Raza Overseas"},
		{"Raza Manpower... no sorry, Raza Overseas", "Raza Overseas"},
		{"رضا مین پاور... نہیں نہیں، رضا اوورسیز", "رضا اوورسیز"},
		{"mr Tariq something, maybe Tariq Mehmood", "Tariq Mehmood"},
		{"Tariq kuch tha, shayad Tariq Mehmood", "Tariq Mehmood"},
		{"طارق کچھ، شاید طارق محمود", "طارق محمود"},
	} {
		name, _ := r.Read(c.text).NameParts()
		require.Equal(t, c.want, name, "%q", c.text)
	}
	for _, c := range []struct{ text, want string }{
		{"Dubai, Al Quoz... no sorry, Al Qusais", "Dubai, Al Qusais"},
		{"Erbil Iraq... nahi nahi, Sulaymaniyah", "Sulaymaniyah"},
		{"دبئی، القوز... نہیں معاف کیجیے، القصیص", "دبئی، القصیص"},
		{"Dubai, Al Quoz", "Dubai, Al Quoz"},
	} {
		require.Equal(t, c.want, r.Read(c.text).Place(), "%q", c.text)
	}
}
