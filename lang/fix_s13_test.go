package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// "wait no" takes back what came before it (C124-011): "paid 1000 pounds
// booking. wait no my uncle paid it" is paid.
func TestWaitNoTakesBack(t *testing.T) {
	t.Parallel()
	r := Conversation()
	require.Equal(t, PolarYes, r.Read("paid 1000 pounds booking. wait no my uncle paid it frm his account, i gave him cash in rupees").Paid())
	require.Equal(t, PolarYes, r.Read("wait no, my uncle paid it").Paid())
	require.NotEqual(t, PolarYes, r.Read("wait no, they asked but i didnt pay").Paid())
}

// A name that is only roles and forms of address ("HR Manager", "بھائی
// جان") names no one; a name with one does ("Bilal bhai").
func TestOnlyTitles(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{"HR Manager", "بھائی جان", "recruitment team", "sir"} {
		require.True(t, r.Read(s).OnlyTitles(), s)
	}
	for _, s := range []string{"Bilal bhai", "Manager Aslam", "Qadeer"} {
		require.False(t, r.Read(s).OnlyTitles(), s)
	}
}
