package flows_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// opensAs returns the kind of flow a first message opens (failing when it
// opens none), and the replies to it.
func opensAs(t *testing.T, e *flows.Engine, text string) (kind, replies string) {
	t.Helper()
	res := e.Step(flows.State{}, flows.Input{Text: text, MessageID: 1, Reference: "HSY-SIM001"}, t0)
	require.NotNil(t, res.State.Draft, "%s: %s", text, joinReplies(res))
	return res.State.Draft.Kind, joinReplies(res)
}

// opensKind is opensAs's kind alone.
func opensKind(t *testing.T, e *flows.Engine, text string) string {
	t.Helper()
	kind, _ := opensAs(t, e, text)
	return kind
}

// Lessons of C104-C107 (2026-12-02, third session): how one's report
// stands asked without the word "status" ("meri complaint ka kya scene
// hai", a complaint made and no call since, help asked for and the
// reference forgotten, news asked for at the menu), and their neighbours
// that are accounts or pleas.
func TestStatusAskedInWords(t *testing.T) {
	t.Parallel()
	e := realEngine()
	status := `{"answer":"intent","intent":"status"}`
	for _, c := range []struct{ lang, text, want string }{
		{"ur-Latn", "bhai meri complaint ka kya scene hai", status},
		{"ur-Latn", "humari report ka kya bana", status},
		{"ur", "میں نے پچھلے ہفتے دبئی والے ایجنٹ کی شکایت درج کروائی تھی، ابھی تک کسی کا فون نہیں آیا۔ ریفرنس نمبر والا میسج ڈیلیٹ ہو گیا", status},
		{"ur", "ریفرنس نمبر گم ہو گیا، میری شکایت کا کیا ہوا؟", status},
		{"ur-Latn", "maine apni behen k bare me help mangi thi saudia wali, ref number bhool gaya. koi update h?", status},
		{"ur-Latn", "complaint number bhool gaya hu, koi update?", status},
		{"en", "I lost my reference number, any update on my complaint?", status},
		{"ur-Latn", "kuch pata chala us agent ka? 2 mahine ho gae koi call nai ai", status},
		{"en", "any news? its been 2 weeks nobody called", status},
		// neighbours: a complaint told is a report, news of kin is no status
		{"ur-Latn", "meri shikayat ye hai ke agent ne paise le liye aur ab phone nahi uthata", `{"answer":"intent","intent":"report"}`},
		{"ur-Latn", "meri complaint ye hai ki agent fraud hai", `{"answer":"intent","intent":"report"}`},
		{"en", "I want to file a complaint", `{"answer":"intent","intent":"report"}`},
	} {
		readsAsJSON(t, e, "menu", c.lang, c.text, c.want)
	}
	for _, text := range []string{
		"mera bhai dubai gaya tha, kuch pata chala uska? 2 mahine se call nahi aayi",
		"beta saudia gaya tha koi khabar nahi mili, kuch pata chala?",
	} {
		kind, replies := opensAs(t, e, text)
		require.NotContains(t, replies, "HSY-", text)
		require.Equal(t, flows.KindHelp, kind, text)
	}
}

// A reference not found among the person's reports shows the ones they
// have, so the one they meant is there (C106-010 typed it wrong).
func TestUnknownReferenceListsOwnReports(t *testing.T) {
	t.Parallel()
	e := realEngine()
	mine := []flows.ReportStatus{{Reference: "HSY-K7P2WQ", Status: "in_progress", CreatedAt: t0}}
	res := e.Step(flows.State{}, flows.Input{Text: "mera complain no HSY-K7P2WX h", MessageID: 1, Reference: "HSY-SIM001", Reports: mine}, t0)
	all := joinReplies(res)
	require.Contains(t, all, "HSY-K7P2WX", "the reference typed is named as not found")
	require.Contains(t, all, "HSY-K7P2WQ", "their own report is shown")
	// with none of their own, only the reference is said not found
	res = e.Step(flows.State{}, flows.Input{Text: "mera complain no HSY-K7P2WX h", MessageID: 1, Reference: "HSY-SIM001"}, t0)
	require.NotContains(t, joinReplies(res), "HSY-K7P2WQ")
}

// "ye fraud h na?" after an account of money paid (C104-014) is answered
// inside the report, with the warning not to pay more; it does not turn
// the report into a check. Before anything is paid, a question whether the
// offer is real still asks for a check.
func TestPaidThenIsItFraudStaysAReport(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := e.Step(flows.State{}, flows.Input{Text: "bhai sahab tiktok pe ek banda Romania ka work permit de raha h, 9 lakh ka. maine 1 lakh jazzcash kiya ab aur maang raha h", MessageID: 1, Reference: "HSY-SIM001"}, t0)
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
	res = e.Step(res.State, flows.Input{Text: "ye fraud h na?", MessageID: 2, Reference: "HSY-SIM002"}, t0)
	require.Equal(t, flows.KindReport, res.State.Draft.Kind, joinReplies(res))
	require.Equal(t, flows.NodeReportOffer, res.State.Node)
	require.Contains(t, joinReplies(res), "aur paise na bhejein")

	res = e.Step(flows.State{}, flows.Input{Text: "I want to report an agent", MessageID: 1, Reference: "HSY-SIM001"}, t0)
	res = e.Step(res.State, flows.Input{Text: "Romania work permit 9 lakh, Facebook ad, Star Links Consultants 0300-1234567", MessageID: 2, Reference: "HSY-SIM002"}, t0)
	res = e.Step(res.State, flows.Input{Text: "ye asli hai ya nahi?", MessageID: 3, Reference: "HSY-SIM003"}, t0)
	require.Contains(t, joinReplies(res), "Overseas Employment Corporation", "the check is made")
	require.False(t, strings.Contains(joinReplies(res), "any more money"))
}

// Lessons of C114-C116: a long account with a wish to report is a report
// though it says "what happened" of others (C115-007 showed "you have no
// reports"); "تصدیق کر دیں" asks for a check beside an advert (C114-034);
// at the erase prompt a question, then "chalo thk h mita do", erases
// (C115-036 kept the data).
func TestRoundFourIntentsAndErase(t *testing.T) {
	t.Parallel()
	e := realEngine()
	readsAsJSON(t, e, "menu", "en", "Got a job offer on Telegram for 'customer support' in Cambodia, $1,400/month, free ticket and hotel, no interview at all. They want my passport scan today. After what happened to people in Myanmar I think this is one of those scam compounds. Want to report it.", `{"answer":"intent","intent":"report"}`)
	readsAsJSON(t, e, "menu", "ur-Latn", "meri report ka kya hua? 2 hafte ho gaye", `{"answer":"intent","intent":"status"}`)
	require.Equal(t, flows.KindVerify, opensKind(t, e, "السلام علیکم، اخبار میں یہ اشتہار آیا ہے، تصدیق کر دیں کہ یہ کمپنی رجسٹرڈ ہے یا نہیں"))

	erase := func(answer string) flows.Result {
		r := e.Step(flows.State{}, flows.Input{Text: "mera sara data mita do apke system se", MessageID: 1, Reference: "HSY-SIM001"}, t0)
		require.Equal(t, flows.NodeErase, r.State.Node, joinReplies(r))
		return e.Step(r.State, flows.Input{Text: answer, MessageID: 2, Reference: "HSY-SIM002"}, t0)
	}
	erased := func(r flows.Result) bool {
		return slices.ContainsFunc(r.Effects, func(ef flows.Effect) bool { return ef.Kind == flows.EffectErase })
	}
	for _, yes := range []string{
		"pehle ye btao mitane k baad koi rabta to nai krega na?.. chalo thk h mita do",
		"will anyone call me after? ok fine delete it",
		"کوئی رابطہ تو نہیں کرے گا؟ چلیں ٹھیک ہے مٹا دیں",
	} {
		require.True(t, erased(erase(yes)), yes)
	}
	for _, not := range []string{
		"mitane k baad koi rabta to nai krega na?",
		"koi rabta to nai karega? nahi rehne do abhi",
	} {
		require.False(t, erased(erase(not)), not)
	}
}

// One there now, stranded on a visit visa with the agent gone silent, is
// helped first (C115-020 went to the agent's report and stalled); a
// husband's unpaid wages with the agent gone silent stay the agent's
// report (C21-017).
func TestStrandedSelfIsHelped(t *testing.T) {
	t.Parallel()
	e := realEngine()
	require.Equal(t, flows.KindHelp, opensKind(t, e, "salam mai dubai me hun visit visa pe aya tha. agent ne bola tha yahan aa k work visa lag jaye ga. ab agent ka number band h"))
	require.Equal(t, flows.KindReport, opensKind(t, e, "میرے شوہر دبئی میں ہیں، پانچ مہینے سے تنخواہ نہیں ملی۔ جس ایجنٹ نے بھیجا تھا وہ اب فون نہیں اٹھاتا"))
}
