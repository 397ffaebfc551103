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

// The man beside the agent, however named (C134-010, C135-028, C136-003,
// C138-030): "Bilal is his helper" after the agent, a middleman named
// before the firm, "uska saala leta tha Nadeem", "khud ko Adeel sb kehta
// tha" (sb is sahab here, not sab); "The lady who deals is …" and "Their
// local rep in Lahore is …" name no one by their first words.
func TestPersonBesideNamedByRole(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"Shahid Mughal. Bilal is his helper":                                                              "Bilal",
		"Middleman is Zeeshan Akhtar, firm called UK Pathway Consultants, Blue Area Islamabad":            "Zeeshan Akhtar",
		"Shahid Butt naam h, Peoples Colony wala. paise uska saala leta tha Nadeem, usi k hath me diye":   "Nadeem",
		"Maple Path Immigration. Their local rep in Lahore is Adeel Sheikh":                               "Adeel Sheikh",
		"Britannia Care Recruitment Ltd. The lady who deals is Sophia Khan, she says she's in Manchester": "Sophia Khan",
	} {
		rd := r.Read(text)
		head, _ := rd.NameParts()
		require.Equal(t, want, rd.PersonBeside(head), text)
	}
	rd := r.Read("tiktok account Europe Visa Expert, banda khud ko Adeel sb kehta tha")
	_, also := rd.NameParts()
	require.Equal(t, []string{"Adeel"}, also)
}

// An initial is no end of a clause ("in the name M. Usman", C142-004); a
// name said as another's owner ("Naveed's munshi") names no one, and "the
// one who collected is Shakeel" names the man beside the agent (C140-003).
func TestInitialsAndOwnersInNames(t *testing.T) {
	t.Parallel()
	r := Conversation()
	rd := r.Read("It calls itself 'OEC EPS Registration Cell'. The JazzCash account is in the name M. Usman")
	head, also := rd.NameParts()
	require.Equal(t, "OEC EPS Registration Cell", head)
	require.Equal(t, []string{"M. Usman"}, also)
	rd = r.Read("Raja Naveed. The one who collected is Shakeel, Naveed's munshi")
	head, also = rd.NameParts()
	require.Equal(t, "Raja Naveed", head)
	require.Empty(t, also)
	require.Equal(t, "Shakeel", rd.PersonBeside(head))
	require.Len(t, Tokenize("I paid him. Then he left"), 6)
	require.True(t, Tokenize("I paid him. Then he left")[3].Brk)
}

// "bot nal gal nai karni, kisi bande nal gal karao" asks for a person;
// "کچھ ہوا اس کا؟" after a complaint asks how it stands.
func TestPunjabiPersonAndUrduStatus(t *testing.T) {
	t.Parallel()
	r := Conversation()
	require.Equal(t, "human", r.Read("bot nal gal nai karni, kisi bande nal gal karao").Intent())
	require.Equal(t, "status", r.Read("میں نے پچھلے جمعے کو ملتان والے ایجنٹ کی شکایت کی تھی۔ جو نمبر آیا تھا وہ میسج ڈیلیٹ ہو گیا۔ کچھ ہوا اس کا؟").Intent())
}
