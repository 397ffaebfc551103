package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A promise to answer later, in one clause with no number, gives nothing
// now (A48-0259, A60-0339, A61-0199, A61-0319, A61-0326): it is a skip. A
// yes first, a question, the agent's "he will tell", or a second clause
// with an answer in it is not.
func TestTellsLater(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{
		"i'll give it later", "I will send it tomorrow", "let me check and tell you",
		"thori der baad batata hun", "kal tak naya sim le lunga tab bataunga", "abba se pooch ke batata hun",
		"بعد میں بتاتا ہوں", "ابو سے پوچھ کے بتاؤں گا",
	} {
		require.True(t, r.Read(s).TellsLater(), s)
		require.True(t, r.Read(s).Skip(), s)
	}
	for _, s := range []string{
		"yes he asked for fees but said he will tell the amount later",
		"ہاں پیسے مانگے ہیں لیکن کہتا ہے پہلے میڈیکل کرواؤ پھر بتاؤں گا",
		"میں یہ سب بھیج دوں تو پھر آگے کیا ہوگا؟",
		"kal 50 hazar diye", "he will tell later", "Ali naam hai, baqi baad me bataunga",
		"0300 1234567, baqi kal bataunga",
	} {
		require.False(t, r.Read(s).TellsLater(), s)
	}
}
