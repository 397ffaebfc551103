package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A person sent abroad is no money sent (C105-013: "They sent my cousin
// Hamza for an IT job in Bangkok" was read as paid); money sent to one
// still is.
func TestSentSomeoneIsNoPayment(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"They sent my cousin Hamza for an IT job in Bangkok, 1500 dollars salary.",
		"the agent sent my brother on a visit visa",
		"they sent our son for a driver job",
	} {
		require.Equal(t, PolarNone, stdReader.Read(s).PaidDone(), s)
	}
	for _, s := range []string{"we sent 2 lakh to the agent", "I sent him 50000 on jazzcash"} {
		require.Equal(t, PolarYes, stdReader.Read(s).PaidDone(), s)
	}
}

// The man named beside the head of a name answer by a role, a partner, an
// owner, an account's title or "called himself" (C47-C113: 57 answers
// whose second man was lost), in three languages.
func TestPersonBesideByRole(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, head, want string }{
		{"CareBridge Consultants, the account was Adeel Qureshi", "CareBridge Consultants", "Adeel Qureshi"},
		{"Maple Path Immigration. Their local rep in Lahore is Adeel Sheikh", "Maple Path Immigration", "Adeel Sheikh"},
		{"Shahid Butt. His partner in Lahore is Imran Ghauri, Shahid says Imran does all the files", "Shahid Butt", "Imran Ghauri"},
		{"Al-Noor Overseas Employment Promoters, licence no. 3417/RWP is on their board. Owner is one Raja Tanveer", "Al-Noor Overseas Employment Promoters", "Raja Tanveer"},
		{"Crescent Overseas Employment Promoters. The man handling it is one Zubair sahib, manager", "Crescent Overseas Employment Promoters", "Zubair"},
		{"Page name OEC Korea EPS Registration 2025, and the JazzCash account title is Kamran Ali", "OEC Korea EPS Registration 2025", "Kamran Ali"},
		{"he said his name Adnan Shah. money went to acc of Bilal Hussain, adnan said he is his office boy", "Adnan Shah", "Bilal Hussain"},
		{"Shafqat Butt, Daska. iska ek bnda b h Nadeem jo paise lene aata tha", "Shafqat Butt", "Nadeem"},
		{"Hafiz Naveed. Ohda ik saathi ae Shakeel, o paise ikatthay karda", "Hafiz Naveed", "Shakeel"},
		{"Haji Akram, te paisay ohde munde Bilal ne pakre san", "Haji Akram", "Bilal"},
		{"استاد شیرین۔ پیسے اس کے بندے گل زمان نے لیے تھے، وہ اس کا بھتیجا ہے", "استاد شیرین", "گل زمان"},
		{"Thames Bridge Care Solutions Ltd، اور پاکستان میں ان کا نمائندہ عمران شیخ جو لاہور میں بیٹھتا ہے", "Thames Bridge Care Solutions Ltd", "عمران شیخ"},
		{"اکاؤنٹ کا نام Asia Digital Careers ہے، ٹیلیگرام پر بندے نے اپنا نام مسٹر لی بتایا", "Asia Digital Careers", "مسٹر لی"},
	} {
		require.Equal(t, c.want, stdReader.Read(c.text).PersonBeside(c.head), c.text)
	}
	// no man beside: a place, a firm's own words, nothing after the head
	for _, c := range []struct{ text, head string }{
		{"Al Madina Star Overseas Employment Promoters, Saddar Karachi", "Al Madina Star Overseas Employment Promoters"},
		{"Imran Butt, his office is in Lahore", "Imran Butt"},
		{"Khyber Overseas", "Khyber Overseas"},
	} {
		require.Equal(t, "", stdReader.Read(c.text).PersonBeside(c.head), c.text)
	}
}
