package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in the unseen conversations C32 (24/36 at first play): "call me;
// don't call my sister, her phone is hidden" is a number (the hidden
// phone is hers); "check this company, its ad came in the paper" is a
// check of the company, whose details come next.
func TestC32Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"help_contact", "ur", "مجھے فون کریں۔ بہن کو فون مت کریں، اس کا فون چھپا ہوا ہے", `{"answer":"number"}`},
		{"help_contact", "ur-Latn", "mujhe call karein. behan ko call mat karna, uska phone chupa hua hai", `{"answer":"number"}`},
		{"help_contact", "en", "call me. dont call my sister, her phone is hidden", `{"answer":"number"}`},
		{"help_contact", "ur", "مجھے فون کریں، لیکن چھپ کر، گھر والوں کو پتا نہ چلے", `{"answer":"discreet"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
	for _, s := range []string{
		"Ye company check kar dein. Haripur me akhbar me ad aya hai",
		"یہ کمپنی چیک کر دیں، اخبار میں اشتہار آیا ہے",
		"please check this agent, his ad came on facebook",
	} {
		st, _ := typeAs(t, false, s)
		require.NotNil(t, st.Draft, s)
		require.Equal(t, flows.KindVerify, st.Draft.Kind, "%s (node %s)", s, st.Node)
	}
	st, _ := typeAs(t, false, "Ye company check kar dein. Haripur me akhbar me ad aya hai",
		"Al Khaleej Career Point, lic 1943/ISB likha hai, Qatar security guard aur driver, fee 1 lakh 90 hazar, number 0312-5078341")
	require.Equal(t, flows.NodeMenu, st.Node, "the company is checked")
}
