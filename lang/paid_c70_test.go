package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in C67-C70: "visa dene ka kaha ... 3 lakh liye hain" is paid (the
// visa was to be given, not the money); "X ne mujh se ... lakh naqad liye"
// is paid; "sent a pdf offer letter", "sent e-ticket" pay nothing; "no cnic
// no passport" gave neither (no "CNIC number").
func TestC70PaidAndDocuments(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, c := range []struct {
		text string
		want Polarity
	}{
		{"دبئی کا وزٹ ویزا دینے کا کہا کہ وہاں جا کر کام مل جائے گا ۳ لاکھ لیے ہیں", PolarYes},
		{"visa dene ka kaha aur 2 lakh le liye", PolarYes},
		{"مجھ سے ساڑھے تین لاکھ نقد لیے", PolarYes},
		{"sent a pdf offer letter with no address", PolarNone},
		{"They already sent e-ticket Lahore-Bangkok on tourist visa", PolarNone},
		{"I sent 50000 to them on easypaisa", PolarYes},
		{"sent visa fee 20000", PolarYes},
		{"paise dene ka kaha tha, abhi nahi diye", PolarNotYet},
		{"دو لاکھ دینے ہیں، ابھی نہیں دیے", PolarNotYet},
	} {
		require.Equal(t, c.want, r.Read(c.text).PaidDone(), c.text)
	}
	for _, c := range []struct{ text, want string }{
		{"sent my CV only. no cnic no passport", "none"},
		{"no cnic no passport", "none"},
		{"cnic no 35202-1234567-1 diya tha", "cnic"},
	} {
		v, _ := r.Read(c.text).Option("docs")
		require.Equal(t, c.want, v, c.text)
	}
}

// Found in C67 and C68: fees asked one on top of the other with a "now"
// between ("2,500 registration, and now 4,000 more for medical slot", "۲۵۰۰
// رجسٹریشن، اب ۱۲ ہزار میڈیکل کا کہہ رہے ہیں") are read as one after the
// other; the engine adds them up as the money asked (flows test).
func TestC68NowBetweenFees(t *testing.T) {
	t.Parallel()
	r := Conversation()
	rd := r.Read("2,500 registration, and now 4,000 more for medical slot")
	require.True(t, rd.NowBetween(0, len(rd.Text)))
	rd = r.Read("2,500 registration, 4,000 medical")
	require.False(t, rd.NowBetween(0, len(rd.Text)))
}
