package lang

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// A firm's second trade joined with "and" or "&" is its own ("Skyline
// Travel and Tours", C25-003).
func TestFirmNameWithTwoTrades(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"one man who sits in Skyline Travel and Tours office near Saddar": "Skyline Travel and Tours",
		"Skyline Travel and Tours, the owner is Raja Tanveer":             "Skyline Travel and Tours",
		"through Al Noor Travels & Tours, Lahore":                         "Al Noor Travels & Tours",
		"Green Crescent Manpower and Services":                            "Green Crescent Manpower and Services",
		"Skyline Travel and Tours wala Raja Tanveer":                      "Skyline Travel and Tours",
		"Skyline Travel and Tours ka daftar Saddar me hai":                "Skyline Travel and Tours",
	} {
		require.Equal(t, []string{want}, FirmNames(text), text)
	}
	// "and" before a word that is no trade ends the name
	require.Equal(t, []string{"Skyline Travels"}, FirmNames("Skyline Travels and Raja Tanveer"))
}

// A payment only others say was made, beside the writer's own "don't
// know", is unknown (C25-006); one the writer says was made stays paid.
func TestPaidHearsayIsUnknown(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]Polarity{
		"dnt knw. bro says no but ammi says he gave sm money last wk. not sure": PolarUnknown,
		"don't know, my mother says he paid something":                          PolarUnknown,
		"not sure, my brother says he gave 50k":                                 PolarUnknown,
		"pata nahi, ammi kehti hain de diye":                                    PolarUnknown,
		"mujhe nahi pata, bhai kehta hai nahi diye, abbu kehte hain de diye":    PolarUnknown,
		"پتا نہیں، امی کہتی ہیں دے دیے":                                         PolarUnknown,
		"مجھے نہیں معلوم، بھائی کہتا ہے نہیں دیے لیکن ابو کہتے ہیں کچھ پیسے دیے": PolarUnknown,
		// the writer's own payment, or no doubt said
		"i dont know exactly how much, but i paid 50k": PolarYes,
		"pata nahi kitne, lekin diye hain":             PolarYes,
		"yes he says he paid 50k":                      PolarYes,
		"haan agent kehta hai 50 hazar diye":           PolarYes,
		"جی، ابو کہتے ہیں پچاس ہزار دیے":               PolarYes,
	} {
		require.Equal(t, want, r.Read(text).Paid(), text)
	}
}

// A count of times right beside a sum repeats it ("60 hazar do dafa",
// C25-029); a count of instalments ("do dafa mein") or one apart from
// the sum does not.
func TestTimesNearSum(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, c := range []struct {
		text, sum string
		want      int
	}{
		{"easypaisa, 60 hazar do dafa", "60 hazar", 2},
		{"60 hazar 2 dafa bheje", "60 hazar", 2},
		{"easypaisa, 60,000 twice", "60,000", 2},
		{"sent 60k two times by easypaisa", "60k", 2},
		{"teen dafa 40 hazar bheje", "40 hazar", 3},
		{"ایزی پیسہ سے، ساٹھ ہزار دو دفعہ", "ساٹھ ہزار", 2},
		{"۶۰ ہزار دو بار بھیجے", "۶۰ ہزار", 2},
		// instalments of one sum, or a count apart from it
		{"1 lakh do dafa mein diye jazzcash se", "1 lakh", 1},
		{"paid in two times, 1 lakh total, cash", "1 lakh", 1},
		{"cash in hand, 2 time. 4 lac and 2.5 lac", "4 lac", 1},
		{"ایک لاکھ دو دفعہ میں دیے", "ایک لاکھ", 1},
		{"do bar phone kiya, 2 lakh diye", "2 lakh", 1},
	} {
		rd := r.Read(c.text)
		k := strings.Index(rd.Text, c.sum)
		require.GreaterOrEqual(t, k, 0, c.text)
		require.Equal(t, c.want, rd.TimesNear(k, k+len(c.sum)), c.text)
	}
}

// An answer that only puts it off to look it up is no answer yet
// (C25-029).
func TestWillCheck(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]bool{
		"ruko rasid dekh ke batata hun":  true,
		"rasid check kar ke bataunga":    true,
		"let me check the receipt":       true,
		"wait i will check and tell you": true,
		"رسید دیکھ کر بتاتا ہوں":         true,
		"رکیں، چیک کر کے بتاتی ہوں":      true,
		// answers
		"easypaisa se diye the":    false,
		"I checked, it was 50,000": false,
		"رسید میرے پاس ہے":         false,
	} {
		require.Equal(t, want, r.Read(text).WillCheck(), text)
	}
}
