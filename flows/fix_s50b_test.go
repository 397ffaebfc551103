package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Lessons of C518–C521 (played once on 1fde85c).

// A first message that gives a report's reference, whose only danger is
// that no one has been in touch, asks how that report stands (C520-035
// opened a new plea with the emergency numbers).
func TestSession50ReferenceNoNewsIsStatus(t *testing.T) {
	t.Parallel()
	res := playFrom(realEngine(), "میں نے تین دن پہلے اپنے بیٹے کے بارے میں مدد کی درخواست دی تھی جو مسقط میں ہے۔ حوالہ نمبر HSY-2DMX9K ہے۔ ابھی تک کوئی رابطہ نہیں ہوا، کیا کیس آگے گیا؟")
	require.Nil(t, res.State.Draft)
	require.Equal(t, flows.NodeMenu, res.State.Node)
	require.NotContains(t, joinReplies(res), "1122")
}

// How to bring someone home, asked after an account of what was done to
// her, is a plea (C518-029 went on as the agent's report); "bs ye poochna
// tha" is no "done"; "how do i get my money back?" is no plea to come home.
func TestSession50ReturnHomeIsPlea(t *testing.T) {
	t.Parallel()
	res := playFrom(realEngine(), "meri biwi muscat me thi ghar k kaam pe, wahan unhon ne bht zulm kiya. ab wo embassy k shelter me h, Alhamdulillah mehfooz h",
		"bs ye poochna tha k ab wapis kaise aaye")
	require.Equal(t, flows.KindHelp, res.State.Draft.Kind)
	res = playFrom(realEngine(), "how can she come back home from Muscat?")
	require.Equal(t, flows.KindHelp, res.State.Draft.Kind)
}

// "you can reach me on 0345…" is the writer's own number, not the
// agent's (C518-008 kept it among the agent's).
func TestSession50ReachMeOnIsOwn(t *testing.T) {
	t.Parallel()
	a := sentAnswers(atWith(t, flows.NodeReportPhonesAsk, "en", "Javed's number is 0321 2096634. you can reach me on 0345 2213870, that's my shop number", nil))
	require.Equal(t, "+923212096634", a["phones"])
}

// A word quoted small where the name has a capital is no name
// ("Shaukat. koi company nai, kehta h lahore me uski 'setting' h",
// C518-004 kept "setting").
func TestSession50SmallQuotedWordIsNoName(t *testing.T) {
	t.Parallel()
	a := sentAnswers(atWith(t, flows.NodeReportRecruiter, "ur-Latn", "Shaukat. koi company nai, kehta h lahore me uski 'setting' h", nil))
	require.Equal(t, "Shaukat", a["recruiter"])
}
