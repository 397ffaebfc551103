package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A bone broken by an owner, an agent or a kafeel is violence now ("the
// owner broke my hand", "malik ne mera haath tor diya", "مالک نے میرا ہاتھ
// توڑ دیا"): an emergency, as beating is. The same words of years ago, by
// one a court has freed, are the past; a bone broken at cricket is a game.
func TestRound25BrokenBoneIsViolence(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"the owner broke my hand yesterday, I cannot work, he says he will do it again",
		"kafeel broke my brother's arm last night because he asked for his salary, he is still in the house",
		"the agent's men fractured his ribs in the camp, please do something",
		"malik ne mera haath tor diya, ab bhi kaam karwata hai",
		"sponsor ne bhai ki taang tod di, kamre me para hai",
		"bhatta malik ne abba ka bazu tor diya jab humne jaane ka kaha",
		"مالک نے میرا ہاتھ توڑ دیا، اب بھی کام کرواتا ہے",
		"کفیل نے میرے بھائی کی ٹانگ توڑ دی، وہ کمرے میں پڑا ہے",
		"ایجنٹ کے بندوں نے اس کی پسلیاں توڑ دیں",
	} {
		r := Read(s)
		require.Equal(t, UrgencyEmergency, r.Urgency, "%q", s)
	}
	for _, s := range []string{
		"Two years ago the kiln owner in Okara broke my arm when I asked to leave. Court freed us. Now he is asking my old co-workers for double peshgi",
		"do saal pehle bhatta malik ne mera bazu tor diya tha. police ne raid kar ke humein azad karwa liya. ab hum theek hain",
		"دو سال پہلے بھٹہ مالک نے میرا بازو توڑ دیا تھا۔ عدالت نے ہمیں آزاد کروایا۔ اب ہم گھر پر ہیں",
		"I broke my arm playing cricket yesterday lol, no match this week",
		"cricket khelte hue bhai ne meri ungli tor di haha",
	} {
		r := Read(s)
		require.NotEqual(t, UrgencyEmergency, r.Urgency, "%q", s)
	}
}

// A place at home named after a holy city or a Gulf one ("Madina Town",
// "Makkah Colony", "Dubai Chowk", a kiln called "Madina Bhatta") is no
// destination (C22-009: a Kasur kiln read as Saudi Arabia, with its
// emergency number); the city itself still is.
func TestRound25PlaceNamedAfterACityAbroad(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Kasur, Raiwind road side. the bhatta is called Madina Bhatta",
		"agent ka office Madina Town Faisalabad mein hai",
		"the office is near Dubai Chowk, Lahore",
		"ہم مکہ کالونی لاہور میں رہتے ہیں",
		"دفتر مدینہ مارکیٹ میں ہے",
	} {
		require.Empty(t, Extract(s).Countries, "%q", s)
	}
	for _, s := range []string{
		"mera bhai madina me hai, kafeel tang karta hai",
		"he works in Jeddah, in a bakery",
		"میرا بیٹا دبئی میں ہے",
	} {
		require.NotEmpty(t, Extract(s).Countries, "%q", s)
	}
}
