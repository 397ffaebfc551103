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

// A "don't know" said first, then only what others say or a guess, is
// unknown (C146-013, C147-002, C148-031, C152-010); a sum paid said after
// "not sure of the amount" is still paid.
func TestPaidOpensUnknown(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{
		"pata nahi... bhai kehta abhi nai diye lekin mujhe lagta kuch advance de chuke, bhabhi ne zewar beche the pichle hafte",
		"pata nahi yar, abba se puchna pre ga. shayad kuch diye hain, bhai kehta abi nai diye",
		"pta nai. bhai ne kaha tha bhej dunga, ab wo b nai bata raha bheje k nai. wo dubai me h",
		"Honestly not sure. I sent it from my Easypaisa but the app showed 'transaction pending' and my balance looked the same. My cousin says it went through",
		"پتا نہیں۔ بھائی کہتا ہے نہیں دیے، شاید ابو نے دے دیے ہوں",
	} {
		require.Equal(t, PolarUnknown, r.Read(s).Paid(), s)
	}
	require.Equal(t, PolarYes, r.Read("not sure of the exact amount, I paid around 50k on jazzcash").Paid())
	require.Equal(t, PolarYes, r.Read("ji 40 hazar diye the, cash").Paid())
}

// Help for the writer and someone else ("hm dono bhai", "mera dost aur
// main dono", "میرا بیٹا اور میں دونوں") is help for the writer too: self.
// Pay put off month after month ("kehte agle mahine, 3 mahine ho gaye",
// "haven't seen a single riyal since March") is unpaid.
func TestSelfAndOthersAndPayPutOff(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{"hm dono bhai", "mera dost aur main dono", "میرے اور میری بیٹی کے لیے", "میرا بیٹا اور میں دونوں", "me and my brother", "shayad dono ke liye, mera aur mere cousin ka"} {
		got, _ := r.Read(s).Option("whom", "other", "self")
		require.Equal(t, "self", got, s)
	}
	for _, s := range []string{"mere bhai ke liye", "میرے بیٹے کے لیے", "my sister"} {
		got, _ := r.Read(s).Option("whom", "other", "self")
		require.Equal(t, "other", got, s)
	}
	for _, s := range []string{
		"they keep saying next month, next month, it's been 5 months", "چار مہینے سے کہہ رہے ہیں اگلے ہفتے دیں گے",
		"salary ka pucho to kehte agle mahine, 3 mahine ho gaye", "haven't seen a single riyal since March",
	} {
		got, _ := r.Read(s).Option("what")
		require.Equal(t, "unpaid", got, s)
	}
}

// After a greeting or a form of address, "mai" is I, not "in" ("salam
// mai Oman me hun Sohar me", C57-021).
func TestMaiAfterGreetingIsI(t *testing.T) {
	t.Parallel()
	r := Conversation()
	got, _ := r.Read("salam mai Oman me hun Sohar me. company band ho gayi").WhomTold()
	require.Equal(t, "self", got)
	got, _ = r.Read("bhai Dubai mai phansa hua hai").WhomTold()
	require.Equal(t, "other", got)
}
