package flows

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/locales"
)

// What people send besides words: stickers are acknowledged and never
// evidence, a shared contact is the agent's number unless they say it is
// their own, a voice note is kept for an officer to hear, and text read
// from an image is named once.
func TestMediaInTheConversation(t *testing.T) {
	t.Parallel()
	for _, locale := range locales.All {
		// A sticker opens nothing.
		c := newConvo(t, "")
		c.step(Input{Media: "sticker"})
		require.Equal(t, NodeMenu, c.state.Node, locale)
		require.Nil(t, c.state.Draft)

		// A sticker in the middle of a report is not evidence.
		c = newConvo(t, locale)
		c.press(ChoiceReport)
		c.say("Dubai visa 2 lakh advance")
		before := append([]int64(nil), c.state.Draft.Evidence...)
		c.step(Input{Media: "sticker"})
		require.Equal(t, NodeReportOffer, c.state.Node, locale)
		require.Equal(t, before, c.state.Draft.Evidence, "%s: a sticker is not evidence", locale)
		require.NotEqual(t, c.tr("report_more", nil), c.lastText(), locale)

		// A shared contact is the agent's number.
		c = newConvo(t, locale)
		c.press(ChoiceReport)
		c.say("Dubai visa 2 lakh advance")
		c.step(Input{Media: "contact", MediaText: "+923001234567 Imran Agent"})
		c.press(ChoiceDone)
		require.Contains(t, c.state.Draft.Inferred["phones"], "+923001234567", locale)

		// A voice note is kept, and the person told an officer will hear it.
		c = newConvo(t, locale)
		c.press(ChoiceReport)
		r := c.step(Input{Media: "voice"})
		require.Contains(t, joined(r), c.tr("voice_noted", nil), locale)
		require.Len(t, c.state.Draft.Evidence, 1, locale)

		// Text read from an image is named, once.
		c = newConvo(t, locale)
		c.press(ChoiceReport)
		r = c.step(Input{Media: "image", MediaText: "Dubai jobs, call 0300-1234567"})
		require.Contains(t, joined(r), "+92", locale)
	}
}

// A photo sent as an answer in the help flow is evidence, whether its
// caption answers the question or not; its caption's answer is taken.
func TestPhotoAnswerInHelpIsEvidence(t *testing.T) {
	t.Parallel()
	for _, locale := range locales.All {
		c := newConvo(t, locale)
		c.press(ChoiceHelp)
		require.Equal(t, NodeHelpWhere, c.state.Node, locale)
		c.step(Input{Media: "image", Text: "Dubai"})
		id := c.nextID
		require.Contains(t, c.state.Draft.Evidence, id, "%s: a photo whose caption answers", locale)
		require.Equal(t, "abroad", c.state.Draft.Answers["where"], locale)

		c = newConvo(t, locale)
		c.press(ChoiceHelp)
		c.step(Input{Media: "image"})
		require.Contains(t, c.state.Draft.Evidence, c.nextID, "%s: a photo without words", locale)
		require.Equal(t, NodeHelpWhere, c.state.Node, "%s: the question is asked again", locale)

		c = newConvo(t, locale)
		c.press(ChoiceHelp)
		c.step(Input{Media: "sticker"})
		require.Empty(t, c.state.Draft.Evidence, "%s: a sticker is not evidence", locale)
	}
}

// "Is this right? Paid: No" answered by saying it again is a yes.
func TestCheckAnsweredByRestating(t *testing.T) {
	t.Parallel()
	c := newConvo(t, locales.URLatn)
	c.press(ChoiceReport)
	c.say("agent ne Dubai visa ke 2 lakh maange, abhi tak nahi diye")
	c.press(ChoiceDone)
	require.Equal(t, NodeReportCheck, c.state.Node)
	require.Equal(t, ChoiceNo, c.state.Draft.Inferred["paid"])
	c.say("kuch nahi diya")
	require.Equal(t, ChoiceNo, c.state.Draft.Answers["paid"], "the restated answer is kept")
	require.NotEqual(t, NodeReportPaid, c.state.Node, "and not asked again")
}

// The sum paid is the one its sentence names, or the one just before when
// the payment says "that" ("wo de diya"); a sum with words of asking in its
// clause is what was asked.
func TestPaidAmountBySentence(t *testing.T) {
	t.Parallel()
	amount := func(text string, amounts ...Amount) string {
		a := paidAmount(engine().reader.Read(text), Signals{Amounts: amounts})
		if a == nil {
			return ""
		}
		return a.Text
	}
	l175 := Amount{Value: 175000, Currency: "PKR", Text: "1 lakh 75 hazar"}
	h25 := Amount{Value: 25000, Currency: "PKR", Text: "25 hazar"}
	require.Equal(t, "25 hazar", amount("total 1 lakh 75 hazar bola, pehle 25 hazar medical ka. wo de diya easypaisa se, ab baqi mang rahe", l175, h25))
	require.Equal(t, "25 hazar", amount("unho ne 1 lakh 75 hazar maange, maine 25 hazar de diye", l175, h25))
	require.Equal(t, "", amount("1 lakh 75 hazar maang rahe hain, abhi nahi diye", l175))
}
