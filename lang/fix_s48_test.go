package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Readings of the forty-eighth session: phones checked by those who hold
// someone is no wish to check an agent (C491-021 opened a check); asking
// after a complaint about someone stuck is asking how it stands
// (C492-035); a count of times is no sum (C490-006).
func TestSession48Readings(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"sirf yahan msg krna, call mat krna, phone check krte hain. raat 1 bje k baad dekhta hun",
		"they check our phones every night",
		"وہ لوگ فون چیک کرتے ہیں",
	} {
		require.NotEqual(t, "verify", stdReader.Read(text).Intent(), text)
	}
	for _, text := range []string{"mujhe agent check karna hai", "is number ko check kro"} {
		require.Equal(t, "verify", stdReader.Read(text).Intent(), text)
	}
	require.Equal(t, "status", stdReader.Read("salam, meri ammi ne pichle hafte report ki thi mamu k liye jo dubai me phanse hue the. reference number yaad nai, ammi ka phone kharab ho gya. kuch hua us pe?").Intent())
	require.Equal(t, "help", stdReader.Read("maine report ki thi, bhai abhi bhi phansa hua hai, madad karo, reference number HSY-1234 ka kya hua?").Intent())
	for _, text := range []string{"2 dafa", "cash diya, 3 qiston mein", "3 transfers"} {
		require.False(t, stdReader.Read(text).SaysSum(), text)
	}
	for _, text := range []string{"50 hazar 2 dafa", "20000"} {
		require.True(t, stdReader.Read(text).SaysSum(), text)
	}
}

// A name said "from" a place ends before it ("real name is Nadeem from
// Kharian side", C494-007 stored "Nadeem from").
func TestSession48NameFromAPlace(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"tiktok id italy_wala_safar786. guy in videos calls himself Chaudhry Saab, ppl say real name is Nadeem from Kharian side": "Nadeem",
		"his name is Tariq of Gujrat": "Tariq",
	} {
		names, _ := stdReader.Read(text).nameList()
		require.Contains(t, names, want, text)
		require.NotContains(t, names, want+" from", text)
	}
}
