package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in the unseen conversations C29 (23/36 at first play on
// 58ff481): "cant write much" beside a plea is how one writes, not a wish
// for a person; a report weighed against another way ("should I complain
// about the agent or ask for help for my husband?", "asli h ya nai?
// shikayat kru ya kia kru") is not yet asked for; "i delete chat" is a
// habit, not a wish to erase; a report begun and changed at once to a
// check ("wait actually … I just want to check first") is a check.
func TestC29Wishes(t *testing.T) {
	t.Parallel()
	kindOf := func(msgs ...string) (string, string) {
		st, _ := typeAs(t, false, msgs...)
		if st.Draft != nil {
			return st.Draft.Kind, st.Node
		}
		return "", st.Node
	}
	for _, c := range []struct{ text, kind string }{
		{"need help. cant write much", flows.KindHelp},
		{"madad chahiye, zyada likh nahi sakti", flows.KindHelp},
		{"مدد چاہیے، زیادہ لکھ نہیں سکتی", flows.KindHelp},
		{"I don't know if this is the right place, should I complain about the agent or ask for help for my husband? He is in Malaysia, company took his passport", flows.KindHelp},
		{"ek banda keh raha Korea bhej dega 10 lakh me. asli h ya nai? shikayat kru ya kia kru smjh nai aa rha", flows.KindVerify},
		{"ایک بندہ کہتا ہے کوریا بھیج دے گا دس لاکھ میں۔ اصلی ہے یا نہیں؟ شکایت کروں یا کیا کروں؟", flows.KindVerify},
		{"shikayat karni hai ek agent ki", flows.KindReport},
	} {
		kind, node := kindOf(c.text)
		require.Equal(t, c.kind, kind, "%s (node %s)", c.text, node)
	}
	_, node := kindOf("mujhe likhna nahi aata, kisi se baat karwa dein")
	require.Equal(t, flows.NodeHuman, node)
	kind, _ := kindOf("I want to report an agent", "wait actually I haven't paid him anything. I just want to check first if he is real before I give money")
	require.Equal(t, flows.KindVerify, kind)
	kind, _ = kindOf("report karni hai", "nahi ruko, pehle check karna hai ke agent asli hai ya nahi")
	require.Equal(t, flows.KindVerify, kind)
	for _, c := range []struct{ locale, text string }{
		{"en", "here only, msg me quietly, dont call. i delete chat"},
		{"ur-Latn", "yahin msg karein, main chat delete kar deti hun"},
	} {
		st := flows.AtQuestion(flows.NodeHelpContact, c.locale)
		res := realEngine().Step(st, flows.Input{Text: c.text, MessageID: 90}, t0)
		require.NotEqual(t, flows.NodeErase, res.State.Node, c.text)
	}
	st := flows.AtQuestion(flows.NodeHelpContact, "en")
	res := realEngine().Step(st, flows.Input{Text: "delete my data", MessageID: 90}, t0)
	require.Equal(t, flows.NodeErase, res.State.Node)
}

// Where an offer was seen, said twice across a "but" ("A link in a
// facebook post, but the offer itself is on the website", C29-005): the
// place after the "but"; one place only is that place.
func TestC29SeenAfterBut(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "A link in a facebook post, but the offer itself is on the website", "website"},
		{"ur-Latn", "whatsapp pe link aya tha lekin ad asal me facebook page pe hai", "facebook"},
		{"ur", "واٹس ایپ پر لنک آیا تھا لیکن اشتہار فیس بک پیج پر ہے", "facebook"},
		{"en", "facebook, but i dont remember which page", "facebook"},
	} {
		readsAs(t, e, "report_seen", c.locale, c.text, c.want)
	}
}

// Someone abroad crying on the phone or in voice notes ("ab wo ro ro ke
// voice note bhej rahi h", C29-029) is someone to help now; a mother
// crying at home over a son about to leave is not (C24-005).
func TestC29CryingOnThePhoneIsAPlea(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, kind string }{
		{"meri choti behen 2 mahine pehle Dubai gayi thi salon ki job k liye, ab wo ro ro ke voice note bhej rahi h", flows.KindHelp},
		{"میری بہن دبئی گئی تھی، اب وہ رو رو کر فون کرتی ہے", flows.KindHelp},
		{"my sister went to Oman for a maid job, now she is crying on the phone every night", flows.KindHelp},
		{"My brother is going to Europe by dunki next week. Agent took 12 lakh. My mother is crying day and night. Please stop this", flows.KindReport},
	} {
		st, _ := typeAs(t, false, c.text)
		require.NotNil(t, st.Draft, c.text)
		require.Equal(t, c.kind, st.Draft.Kind, c.text)
	}
}

// "یہیں پر، خاموشی سے" (C29-020), "chupke se yahin": here, quietly.
func TestC29Quietly(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ locale, text string }{
		{"ur", "یہیں پر، خاموشی سے۔ فون مت کرنا، منشی پاس ہوتا ہے"},
		{"ur-Latn", "yahin pe chupke se msg kar dena"},
		{"en", "here, quietly please"},
	} {
		readsAs(t, e, "help_contact", c.locale, c.text, "discreet")
	}
}

// "they check phones at night" asked what is happening (C28-007) is how
// to be reached, kept for that question, and what is happening is asked
// again; an account that names a phone ("his phone is off since two
// days") is still the account.
func TestC28CareAtWhatIsHappening(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"en", "they check phones at night"},
		{"en", "supervisor checks our phones"},
		{"ur-Latn", "malik mera phone check karta hai"},
	} {
		st := flows.AtQuestion(flows.NodeHelpWhat, c.locale)
		st.Draft.Kind = flows.KindHelp
		res := realEngine().Step(st, flows.Input{Text: c.text, MessageID: 90}, t0)
		require.Equal(t, flows.NodeHelpWhat, res.State.Node, c.text)
		require.Empty(t, res.State.Draft.Answers["situation"], c.text)
		require.Equal(t, "discreet", res.State.Draft.Answers["contact"], c.text)
	}
}

// Wages "stopped" ("تنخواہ تین مہینے سے رکی ہوئی ہے", C26-021) are
// unpaid; borrowing to eat ("کھانے کے پیسے بھی ادھار لے کر چلا رہا ہے",
// "udhaar le ke kha rahe") is no debt to the employer.
func TestC26WagesStoppedBorrowingToEat(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ locale, text, want string }{
		{"ur", "تنخواہ تین مہینے سے رکی ہوئی ہے، کھانے کے پیسے بھی ادھار لے کر چلا رہا ہے", "unpaid"},
		{"ur-Latn", "4 mahine se salary ruki hui hai, ek dusre se udhaar le ke kha rahe", "unpaid"},
		{"en", "salary stopped since march, we are borrowing money for food", "unpaid"},
		{"ur-Latn", "malik kehta hai qarz utaro phir jana", "debt"},
	} {
		readsAs(t, e, "help_what", c.locale, c.text, c.want)
	}
}

// readsAs requires that text, typed at node in locale, is read as the
// answer want, as the answers corpus judges its rows.
func readsAs(t *testing.T, e *flows.Engine, node, locale, text, want string) {
	t.Helper()
	var a labelled
	a.ID, a.Question, a.Lang, a.Text, a.Want.Answer = "T", node, locale, text, want
	ok, why := outcome(e, a)
	require.True(t, ok, "%s: %s", text, why)
}
