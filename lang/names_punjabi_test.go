package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// "X de naam te" (Punjabi: "in the name of X") names no one: the word after
// "naam" is a postposition, as "pe" is in "ke naam pe". An account that
// says it was read "te" as the agent (C18-025).
func TestPunjabiInTheNameOfNamesNoOne(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"ous ne mere puttar to saudi azad visa de naam te 4 lakh ghidy",
		"protector de naam te 60 hazar hor lae",
		"visa de naam tey paise lai gaya",
		"us ne visa ke naam pe 4 lakh liye",
		"medical de naam te 20 hazar mangde ne",
	} {
		require.Empty(t, Conversation().Read(text).NamedIn(), text)
	}
	require.Equal(t, "Riaz Bhatti", Conversation().Read("us da naam Riaz Bhatti hai").Name())
}
