package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// An answer that points back at what was sent ("already told", "as I
// said", "bata diya tha", "اوپر لکھا ہے"), with what else it says; an
// account that tells of telling, or of a name written on a page, does
// not (C122-022, C117-027).
func TestAlreadyTold(t *testing.T) {
	t.Parallel()
	for text, rest := range map[string]string{
		"Already told. Falcon Guard Services.": "Falcon Guard Services",
		"Dubai. I mentioned it.":               "Dubai",
		"Newspaper, as I said.":                "Newspaper",
		"Already written, brother.":            "",
		"i already told you above":             "",
		"I have already given the number":      "the number",
		"see my message above":                 "",
		"bata diya tha":                        "",
		"pehle bataya tha bhai":                "",
		"upar likha hai":                       "",
		"ji upar likha hai":                    "",
		"btaa dia h":                           "",
		"اوپر لکھا ہے":                         "",
		"بتا دیا ہے":                           "",
		"پہلے بتایا تھا، جاز کیش سے":           "جاز کیش سے",
		"جیسا بتایا، دبئی":                     "دبئی",
	} {
		rd := stdReader.Read(text)
		require.True(t, rd.AlreadyTold(), text)
		require.Equal(t, rest, rd.WithoutAlreadyTold(), text)
	}
	for _, text := range []string{
		"page ke upar Gulf Star Manpower likha tha",
		"pehle 1 lakh cash diya phir 1 lakh mahine baad",
		"maine usko bata diya tha ke paise nahi dunga, phir bhi wo roz phone karta hai aur dhamkiyan deta hai",
		"site pe OEC Korea Jobs likha tha",
		"Falcon Guard Services",
		"nahi",
	} {
		require.False(t, stdReader.Read(text).AlreadyTold(), text)
	}
}
