package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// A neighbour who told of a girl held abroad, in danger, and asked to
// confirm what was read says "main us aurat ki report karna chahti hun":
// the emergency numbers were shown first, and the woman who sent the girl
// is reported (C255-035 went on with "where are you?"). A person in danger
// themself who asks for a report stays in help.
func TestReportAskedAtHelpCheckInDangerOfAnother(t *testing.T) {
	t.Parallel()
	e := realEngine()
	opening := "Aoa, Sialkot me ek aurat h Baji Rukhsana, larkiyon ko Dubai salon aur parlour ki job ka keh k bhejti h. meri parosan ki beti Saima 4 mahine pehle gayi thi. ab chup k bata rahi h passport le liya, salon nahi kisi flat me rakha h aur 'mehmanon' k sath zabardasti..."
	res := stepsAt(e, flows.NodeMenu, "ur-Latn", opening, "main us aurat ki report karna chahti hun, Saima ki ammi bohat dari hui hain")
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
	require.Equal(t, []string{opening}, res.State.Draft.Texts)
	res = stepsAt(e, flows.NodeMenu, "ur-Latn",
		"mujhe agent ne Dubai me ek kamre me band kar rakha hai, roz maarta hai, passport bhi le liya",
		"us agent ki report karni hai")
	require.Equal(t, flows.KindHelp, res.State.Draft.Kind)
}

// A sister abroad told of first as an agent's report, then "passport nai
// de rahe aur 3 mahine se paise b nai diye": wages withheld now, a plea
// for her (C259-024 stayed in the report).
func TestWagesWithheldTurnsReportToPlea(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur-Latn",
		"meri behn oman me ghar ka kaam krti h. agent ne kaha tha hospital me safai ka kaam h, wahan ja k ek ghar me dal diya",
		"ab wo log passport nai de rahe aur 3 mahine se paise b nai diye")
	require.Equal(t, flows.KindHelp, res.State.Draft.Kind)
}

// Typed answers of A101 and C259/C260.
func TestSession28Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ node, lang, text, key, want string }{
		{flows.NodeHelpWhom, "ur-Latn", "mera pra ae, dubai gaya si", "whom", "other"},
		{flows.NodeReportDocs, "en", "Not mine. The boys gave him passports", "documents", "none"},
		{flows.NodeReportDocs, "en", "boys gave him passports, he has 11 passports with him", "documents", "passport"},
		{flows.NodeHelpWhat, "ur", "کہا تھا ڈرائیور کی نوکری ہے، یہاں بکریاں چرانے پر لگا دیا اور انکار کروں تو کھانا نہیں دیتے", "situation", "forced_work"},
	} {
		require.Equal(t, c.want, sentAnswers(stepsAt(e, c.node, c.lang, c.text))[c.key], c.text)
	}
	// no advert, only talk: the questions begin; no advert "but" the
	// offer told: it is the offer (A31-0038)
	res := stepsAt(e, flows.NodeReportOffer, "ur-Latn", "ad to ni h mere paas bs number tha uska")
	require.NotEqual(t, flows.NodeReportOffer, res.State.Node)
	res = stepsAt(e, flows.NodeReportOffer, "ur-Latn", "screenshot to nai hai mere pas but banda bol raha tha 100% guarantee visa hai")
	require.Equal(t, flows.NodeReportOffer, res.State.Node)
}

// A sum the writer settles on after correcting themself, in a clause of
// its own opened by "so", "to", "matlab", is what was paid (C261-004 was
// stored as not paid); a sum asked, so told, is no payment.
func TestConcludedSumIsPaid(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text, amount string }{
		{"en", "Paid all of it. Wait no, last 50k I didn't give, he said give after landing. So 5 lakh", "Rs 5,00,000"},
		{"ur-Latn", "haan 2 lakh... nahi ruko, 2.5 lakh. to 2.5 lakh", "Rs 2,50,000"},
	} {
		got := sentAnswers(stepsAt(e, flows.NodeReportPaid, c.lang, c.text))
		require.Equal(t, "yes", got["paid"], c.text)
		require.Equal(t, c.amount, got["paid_amount"], c.text)
	}
	require.Equal(t, "no", sentAnswers(stepsAt(e, flows.NodeReportPaid, "en", "no, so 5 lakh is what they asked"))["paid"])
}
