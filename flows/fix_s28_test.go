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
