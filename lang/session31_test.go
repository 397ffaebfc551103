package lang

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// A giving denied after its verb is no payment (C284-028: "maine diye nai
// abhi" was read as paid, and a check became a report); a tag after the
// verb stresses it, and a denial beside a giving said is another part's.
func TestSession31DeniedAfterVerb(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, text := range []string{
		"maine diye nai abhi",
		"maine diye nai",
		"paise diye nahi abhi tak",
		"20 hazar registration abhi mang rahe hain. maine diye nai abhi",
		"maine bheje nahi",
		"میں نے دیے نہیں ابھی",
	} {
		rd := r.Read(text)
		require.NotEqual(t, PolarYes, rd.Paid(), text)
		require.NotEqual(t, PolarYes, rd.PaidDone(), text)
	}
	for _, text := range []string{
		"diye na bhai 50 hazar",
		"sirf registration ke 2000 diye the baqi nai",
		"haan 2 lakh diye, baqi nahi diye",
	} {
		require.Equal(t, PolarYes, r.Read(text).Paid(), text)
	}
}

// Found in A111 and C283-C284 (first played in the thirty-first session).
func TestSession31Answers(t *testing.T) {
	t.Parallel()
	r := Conversation()
	option := func(set, text string) string {
		v, _ := r.Read(text).Option(set)
		return v
	}
	// anonymous asked as "without my name" (C283-012 stored it as the
	// agent's name) or as nobody to contact (A111-0184)
	for _, text := range []string{"نام کے بغیر", "naam ke baghair", "bina naam ke", "without my name please", "I'd prefer that nobody contacts me"} {
		require.Equal(t, "no", option("consent", text), text)
	}
	// the chat itself, said as "the way we are talking" (A111-0301)
	for _, text := range []string{"the way we're talking now is fine", "like we are chatting now is ok"} {
		require.Equal(t, "here", option("contact", text), text)
	}
	// a nephew in an SMS spelling (A111-0297)
	for _, text := range []string{"bhanjay ka", "bhatijay ke liye"} {
		require.Equal(t, "other", option("whom", text), text)
	}
	// "can't say yet" skips (A111-0193)
	for _, text := range []string{"ابھی کچھ نہیں کہہ سکتا", "abhi kuch nahi keh sakta", "can't say yet"} {
		require.True(t, r.Read(text).Skip(), text)
	}
	// a complaint sent in, news asked: how it stands (A111-0004)
	require.Equal(t, "status", r.Read("I sent in a complaint last Tuesday about an agent in Mandi Bahauddin, any news on it?").Intent())
	// "btaty" is "batate": the name told before it (C284-014 stored "btaty")
	require.True(t, strings.HasPrefix(r.Read("EuroLink Manpower naam btaty, ek larki Sana baat krti h").Name(), "EuroLink Manpower"))
	// "never" names no one (A111-0069 stored "کبھی")
	for _, text := range []string{"نام تو کبھی بتایا ہی نہیں، سب اسے بس بھائی جان کہتے تھے", "naam to kabhi bataya hi nahi"} {
		require.NotContains(t, r.Read(text).Name(), "کبھی", text)
		require.NotContains(t, r.Read(text).NamedIn(), "kabhi", text)
	}
}
