package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A sum given with the singular past of "give" or "send" ("ایک لاکھ بھیجا
// تھا", "ڈھائی لاکھ دیا تھا", "2 lakh diya tha"; C18-018, C14-020) was paid,
// as the plural "دیے" already was. A sum still to give is not.
func TestRound18PaidWithTheSingularVerb(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{
		"دو دن پہلے ہم نے ان کو ایک لاکھ بھیجا تھا کہ چھوڑ دیں گے",
		"ایجنٹ کو سوات میں ڈھائی لاکھ دیا تھا",
		"ہم نے ان کو ڈیڑھ لاکھ بھیج دیا",
		"پچاس ہزار دی تھی ایجنٹ کو",
		"agent ko 2 lakh diya tha",
		"hum ne unko 1 lakh bheja tha ke chhor denge",
		"usko 50 hazar bhej diya",
		"dedh lakh dia tha agent ko",
		"we sent them 1 lakh two days ago",
	} {
		require.Equal(t, PolarYes, r.Read(s).PaidDone(), s)
	}
	for _, s := range []string{
		"2 lakh dena hai",
		"ابھی ایک لاکھ دینا ہے",
		"بیٹے کو دبئی بھیج دیا",
	} {
		require.NotEqual(t, PolarYes, r.Read(s).PaidDone(), s)
	}
}

// "میں" after a noun is "in" ("کمرے میں بند رکھا ہے"), not "I": it says
// nothing of whom a plea is about, which the kin named says (C18-018).
func TestRound18InTheRoomIsNotMe(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{
		"اسے ایک کمرے میں بند رکھا ہے، اور بھی لڑکے ہیں",
		"اسے کمرے میں بند کیا ہے، میرا بیٹا ہے",
		"usay kamre mein band rakha hai, mera beta hai",
		"use ek kamre main band kiya hai, mera bhai",
	} {
		w, ok := r.Read(s).WhomTold()
		require.True(t, ok, s)
		require.Equal(t, "other", w, s)
	}
	for _, s := range []string{
		"میرے بھائی کے بارے میں",
		"mere bhai ke bare mein",
	} {
		w, _ := r.Read(s).WhomTold()
		require.Equal(t, "other", w, s)
	}
	for _, s := range []string{
		"میں خود کمرے میں بند ہوں",
		"main khud kamre mein band hun",
	} {
		w, _ := r.Read(s).WhomTold()
		require.Equal(t, "self", w, s)
	}
}

// "About myself and my family" is about the writer ("اپنے اور اپنے گھر
// والوں کے بارے میں", C11-012): "اپنے" is one's own, with others of one's
// own beside.
func TestRound18AboutMyselfAndFamily(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{
		"اپنے اور اپنے گھر والوں کے بارے میں",
		"اپنے بارے میں",
		"apne aur apne ghar walon ke bare mein",
		"apne bare me",
		"about myself and my family",
		"میرے بارے میں",
		"mere bare mein",
	} {
		w, ok := r.Read(s).WhomTold()
		require.True(t, ok, s)
		require.Equal(t, "self", w, s)
	}
}

// Punjabi and Saraiki past forms: "dity" (diye, gave), "ghidy" (liye,
// took), C18-025: "sab de dity", "4 lakh ghidy" were paid.
func TestRound18PunjabiGaveAndTook(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{
		"sab de dity",
		"4 lakh de dity",
		"ous ne 4 lakh ghidy",
		"agent ne 2 lakh ghide",
		"paise de ditte hain",
	} {
		require.Equal(t, PolarYes, r.Read(s).PaidDone(), s)
	}
}
