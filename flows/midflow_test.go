package flows_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Wishes said in the middle of a flow (talk to a person, erase my data,
// the status of a report), the close of a conversation, and asides that
// were misread: the usability tester's items 15, 24, 27–31, 33 and 35,
// each as a family in the three languages, read by the real engine.

// midPlay runs messages from a state and returns the last result and every
// reply said, joined.
func midPlay(t *testing.T, s flows.State, msgs ...string) (flows.Result, string) {
	t.Helper()
	e := realEngine()
	var res flows.Result
	var all []string
	for i, m := range msgs {
		res = e.Step(s, flows.Input{Text: m, MessageID: int64(i + 10), Reference: "HSY-M1DF" + string(rune('A'+i)) + "Q"}, t0)
		s = res.State
		all = append(all, joinReplies(res))
	}
	return res, strings.Join(all, "\n")
}

// "talk to a person" typed at any question is that wish: the talk with our
// team begins, with what was told so far, and it is never an answer.
func TestMidflowPersonAskedIsHonoured(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ lang, text string }{
		{"en", "talk to a person"},
		{"en", "can I just talk to someone"},
		{"en", "I want to speak to an officer"},
		{"en", "please let me speak with someone"},
		{"en", "is there a human I can talk to?"},
		{"ur", "مجھے کسی افسر سے براہ راست بات کرنی ہے"},
		{"ur", "کسی انسان سے بات کروائیں"},
		{"ur", "کیا میں کسی افسر سے بات کر سکتا ہوں؟"},
		{"ur", "مجھے کسی انسان سے بات کرنی ہے"},
		{"ur-Latn", "kisi insan se baat krwao"},
		{"ur-Latn", "kisi officer se baat karni hai"},
		{"ur-Latn", "mujhe kisi bande se baat karni hai"},
		{"ur-Latn", "kya main kisi afsar se baat kar sakta hun?"},
		{"ur-Latn", "insaan se baat karao"},
	} {
		for _, node := range []string{flows.NodeHelpWhat, flows.NodeHelpWhom, flows.NodeHelpContact, flows.NodeReportRecruiter, flows.NodeReportCountry} {
			res, said := midPlay(t, flows.AtQuestion(node, c.lang), c.text)
			require.Equal(t, flows.NodeHuman, res.State.Node, "%s at %s: %q", c.lang, node, c.text)
			require.Equal(t, flows.KindHuman, res.State.Draft.Kind, c.text)
			require.Contains(t, said, texts.T(c.lang, "human_intro", nil), c.text)
			require.Empty(t, res.State.Draft.Answers["whom"], "never an answer: %q", c.text)
			if node == flows.NodeReportRecruiter {
				var made *flows.ReportSpec
				for _, ef := range res.Effects {
					if ef.Kind == flows.EffectCreateReport {
						made = ef.Report
					}
				}
				require.NotNil(t, made, c.text)
				require.Contains(t, made.Text, "Dubai job", "what was told so far reaches the team: %q", c.text)
			}
		}
	}
}

// Answers that only mention a person or an officer stay answers.
func TestMidflowPersonMentionedIsAnAnswer(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ lang, node, text string }{
		{"ur-Latn", flows.NodeHelpContact, "officer call kar le"},
		{"ur-Latn", flows.NodeHelpContact, "koi officer mujhe call kar le"},
		{"en", flows.NodeHelpContact, "an officer can call me"},
		{"en", flows.NodeHelpContact, "someone call me please"},
		{"ur", flows.NodeHelpContact, "افسر مجھے کال کر لے"},
		{"ur-Latn", flows.NodeHelpWhat, "agent se baat karni hai par wo phone nahi uthata"},
		{"ur-Latn", flows.NodeHelpWhat, "FIA officer se baat hui thi"},
		{"en", flows.NodeHelpWhat, "the agent talked to my brother and took his passport"},
		{"ur", flows.NodeHelpWhat, "ایجنٹ سے بات ہوئی تھی، اس نے پاسپورٹ رکھ لیا"},
	} {
		res, _ := midPlay(t, flows.AtQuestion(c.node, c.lang), c.text)
		require.NotEqual(t, flows.NodeHuman, res.State.Node, "%s at %s: %q", c.lang, c.node, c.text)
		require.Equal(t, flows.KindHelp, res.State.Draft.Kind, c.text)
	}
}

// Asked for a person once the emergency referral exists, the person's
// messages go to that report, and no second one is made.
func TestMidflowPersonAfterEmergencyJoinsTheReport(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		lang string
		msgs []string
	}{
		{"en", []string{"my son is held in libya please help", "talk to a person"}},
		{"ur-Latn", []string{"mera beta libya me qaid hai, wo log 30 lakh mang rahe hain", "kisi officer se baat karni hai"}},
		{"ur", []string{"میرا بیٹا لیبیا میں قید ہے، وہ تیس لاکھ مانگ رہے ہیں", "کسی افسر سے بات کروائیں"}},
	} {
		first, _ := midPlay(t, flows.State{}, c.msgs[0])
		require.NotEmpty(t, first.State.Draft.Reference, c.msgs[0])
		res, said := midPlay(t, first.State, c.msgs[1])
		require.Equal(t, flows.NodeHuman, res.State.Node, c.msgs[1])
		require.Equal(t, first.State.Draft.Reference, res.State.Draft.Reference, "the report made is the one talked about")
		require.Contains(t, said, texts.T(c.lang, "human_intro", nil))
		for _, ef := range res.Effects {
			require.NotEqual(t, flows.EffectCreateReport, ef.Kind, "no second report")
		}
	}
}

// "mera data delete kr do" at a question asks whether to erase; a "no"
// goes back to the question with everything gathered kept.
func TestMidflowEraseAskedKeepsTheFlowOnNo(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ lang, text, no, yes string }{
		{"en", "delete my data please", "no", "yes"},
		{"en", "please delete all my data", "no keep it", "yes delete"},
		{"en", "erase my details", "no", "yes"},
		{"ur", "میرا ڈیٹا ڈیلیٹ کر دیں", "نہیں", "جی ہاں"},
		{"ur", "میرا سارا ڈیٹا مٹا دیں", "نہیں", "ہاں"},
		{"ur", "میری معلومات ختم کر دو", "نہیں رہنے دیں", "جی"},
		{"ur-Latn", "mera data delete kr do", "nahi", "haan"},
		{"ur-Latn", "mera sara data delete kr do", "nahi", "ji"},
		{"ur-Latn", "meri details mita do", "nahi rehne do", "haan kr do"},
		{"ur-Latn", "data delete krdo plz", "nai", "g"},
	} {
		for _, node := range []string{flows.NodeHelpWhat, flows.NodeReportRecruiter} {
			start := flows.AtQuestion(node, c.lang)
			start.Draft.Answers["place"] = "Dubai"
			res, said := midPlay(t, start, c.text)
			require.Equal(t, flows.NodeErase, res.State.Node, "%s at %s: %q", c.lang, node, c.text)
			require.Contains(t, said, texts.T(c.lang, "erase_q", nil), c.text)
			kept, said := midPlay(t, res.State, c.no)
			require.Contains(t, said, texts.T(c.lang, "erase_kept", nil), c.no)
			require.Equal(t, node, kept.State.Node, "back to the question: %q", c.no)
			require.Equal(t, "Dubai", kept.State.Draft.Answers["place"], "nothing gathered is lost")
			erased, _ := midPlay(t, res.State, c.yes)
			require.Len(t, erased.Effects, 1, c.yes)
			require.Equal(t, flows.EffectErase, erased.Effects[0].Kind, c.yes)
		}
	}
}

// Words of deleting that are no wish to erase stay answers.
func TestMidflowEraseMentionedIsNoWish(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ lang, node, text string }{
		{"ur-Latn", flows.NodeReportOffer, "shayad yehi tha, baaki chat delete ho gayi"},
		{"en", flows.NodeReportOffer, "he deleted the chat and blocked me"},
		{"ur", flows.NodeReportOffer, "باقی چیٹ ڈیلیٹ ہو گئی"},
		{"ur-Latn", flows.NodeReportRecruiter, "naam hata do, pata nahi"},
		{"en", flows.NodeHelpWhat, "will my data be deleted?"},
		{"ur-Latn", flows.NodeHelpContact, "mera data kisi ko na dena"},
	} {
		res, _ := midPlay(t, flows.AtQuestion(c.node, c.lang), c.text)
		require.NotEqual(t, flows.NodeErase, res.State.Node, "%s at %s: %q", c.lang, c.node, c.text)
	}
}

// A report's reference typed at a question, alone or asking its status,
// gets the status; the question comes again, nothing is stored.
func TestMidflowReferenceAsksStatus(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ lang, text string }{
		{"en", "HSY-4K7P2Q"},
		{"en", "what is the status of HSY-4K7P2Q?"},
		{"en", "any update on HSY 4K7P2Q"},
		{"ur", "HSY-4K7P2Q کا اسٹیٹس کیا ہے؟"},
		{"ur", "HSY-4K7P2Q والی رپورٹ کا کیا بنا؟"},
		{"ur-Latn", "HSY-4K7P2Q ka status?"},
		{"ur-Latn", "HSY-4K7P2Q ka kya bana"},
		{"ur-Latn", "hsy4k7p2q wali report ka koi update?"},
	} {
		res, said := midPlay(t, flows.AtQuestion(flows.NodeHelpWhat, c.lang), c.text)
		require.Contains(t, said, texts.T(c.lang, "status_unknown_ref", map[string]any{"Reference": "\u2066HSY-4K7P2Q\u2069"}), c.text)
		require.Equal(t, flows.NodeHelpWhat, res.State.Node, c.text)
		require.Empty(t, res.State.Draft.Answers, "never an answer: %q", c.text)
	}
}

// "no", "bas", "shukriya" to "anything else I can do for you?" get a
// goodbye; a yes, a number or a new wish does not.
func TestMidflowGoodbyeAtAnythingElse(t *testing.T) {
	t.Parallel()
	_, said := midPlay(t, flows.State{}, "help", "I am in Lahore. agent has my passport for 6 months, says pay 2 lakh more or forget your passport", "yes", "Lahore", "yes")
	require.Contains(t, said, texts.T("en", "menu_after", nil))
	for _, c := range []struct{ lang, text string }{
		{"en", "no"}, {"en", "nothing"}, {"en", "no more"}, {"en", "ok"}, {"en", "no thanks"}, {"en", "that's all, thank you"},
		{"ur", "بس"}, {"ur", "نہیں"}, {"ur", "نہیں شکریہ"}, {"ur", "کچھ نہیں"}, {"ur", "بس جی، اللہ حافظ"},
		{"ur-Latn", "bs"}, {"ur-Latn", "nahi"}, {"ur-Latn", "bas"}, {"ur-Latn", "shukriya"}, {"ur-Latn", "nahi shukriya"}, {"ur-Latn", "kuch nahi bas"}, {"ur-Latn", "theek hai allah hafiz"},
	} {
		res, said := midPlay(t, flows.AtQuestion(flows.NodeMenu, c.lang), c.text)
		require.Equal(t, texts.T(c.lang, "goodbye", nil), said, "%s: %q", c.lang, c.text)
		require.Equal(t, flows.NodeMenu, res.State.Node, "the menu stays to pick from")
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "yes"}, {"en", "9"}, {"en", "no, I want to report an agent"}, {"ur", "جی ہاں"}, {"ur-Latn", "haan"}, {"ur-Latn", "nahi, madad chahiye"},
	} {
		_, said := midPlay(t, flows.AtQuestion(flows.NodeMenu, c.lang), c.text)
		require.NotContains(t, said, texts.T(c.lang, "goodbye", nil), "%s: %q", c.lang, c.text)
	}
	// The first message of a conversation is met with the welcome.
	_, said = midPlay(t, flows.State{}, "ok")
	require.NotContains(t, said, texts.T("en", "goodbye", nil))
}

// How long it takes, asked in Urdu script as in Roman Urdu and English.
func TestMidflowTimeAside(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ lang, text string }{
		{"ur", "کتنا ٹائم لگے گا؟"},
		{"ur", "کتنے دن لگیں گے؟"},
		{"ur", "کب تک جواب آئے گا؟"},
		{"ur", "کتنا وقت لگے گا"},
		{"ur", "کتنی دیر لگے گی؟"},
		{"ur", "جواب کب آئے گا؟"},
		{"ur-Latn", "kitna time lagega?"},
		{"ur-Latn", "kitni der lagegi?"},
		{"ur-Latn", "kitne dino me jawab ayega?"},
		{"en", "how long will it take?"},
		{"en", "how much longer?"},
		{"en", "how many weeks does it take?"},
	} {
		res, said := midPlay(t, flows.AtQuestion(flows.NodeHelpWhere, c.lang), c.text)
		require.Contains(t, said, texts.T(c.lang, "aside_time", nil), c.text)
		require.Equal(t, flows.NodeHelpWhere, res.State.Node, c.text)
	}
}

// Asked whether erasing takes the reports away, the answer is the truth:
// the agencies keep them, the person's words and contact go.
func TestMidflowEraseAsksAboutReports(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ lang, text string }{
		{"en", "will my report also be deleted?"},
		{"en", "what happens to my complaint?"},
		{"en", "and my reports?"},
		{"ur", "کیا میری رپورٹ بھی ختم ہو جائے گی؟"},
		{"ur", "شکایت کا کیا ہوگا؟"},
		{"ur", "رپورٹ بھی ڈیلیٹ ہو گی؟"},
		{"ur-Latn", "report b khatam ho jayegi?"},
		{"ur-Latn", "meri shikayat ka kya hoga?"},
		{"ur-Latn", "complaint bhi delete hogi?"},
	} {
		res, said := midPlay(t, flows.AtQuestion(flows.NodeErase, c.lang), c.text)
		require.Contains(t, said, texts.T(c.lang, "erase_reports", nil), c.text)
		require.NotContains(t, said, texts.T(c.lang, "aside_question", nil), c.text)
		require.Equal(t, flows.NodeErase, res.State.Node, c.text)
		require.Empty(t, res.Effects, c.text)
	}
	res, _ := midPlay(t, flows.AtQuestion(flows.NodeErase, "ur-Latn"), "haan report bhi delete kar do")
	require.Len(t, res.Effects, 1, "a yes that names the report is a yes")
	require.Equal(t, flows.EffectErase, res.Effects[0].Kind)
}

// A question at the offer step is answered and is no part of the offer:
// nothing sent, the offer is asked for again, not acknowledged.
func TestMidflowAsideAtOfferIsNoOffer(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ lang, open, aside string }{
		{"en", "I want to file a complaint against an agent", "will this go to FIA?"},
		{"en", "I want to report an agent", "is this free?"},
		{"ur", "ایجنٹ کے خلاف شکایت کرنی ہے", "کیا یہ ایف آئی اے کو جائے گی؟"},
		{"ur", "رپورٹ کرنی ہے", "کتنا ٹائم لگے گا؟"},
		{"ur-Latn", "shikayat karni hai agent ke khilaf", "FIA ko jayegi?"},
		{"ur-Latn", "report karni hai", "mera naam to nahi aayega?"},
	} {
		res, said := midPlay(t, flows.State{}, c.open, c.aside)
		require.Equal(t, flows.NodeReportOffer, res.State.Node, c.aside)
		require.Empty(t, res.State.Draft.Evidence, "an aside is no evidence: %q", c.aside)
		require.NotContains(t, said, texts.T(c.lang, "report_more", nil), c.aside)
		require.Contains(t, said, texts.T(c.lang, "report_offer_retry", nil), c.aside)
	}
	// With the offer sent, an aside does not say "got it" either.
	_, said := midPlay(t, flows.State{}, "shikayat karni hai agent ke khilaf", "agent ne italy ka visa 12 lakh me dene ka kaha, 0300-1112223", "FIA ko jayegi?")
	require.Contains(t, said, texts.T("ur-Latn", "report_more_aside", nil))
}

// "Your safety comes first" is said once a conversation, and about
// someone else it is their safety.
func TestMidflowDangerFirstOnceAndForWhom(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		lang, id string
		msgs     []string
	}{
		{"en", "danger_first_other", []string{"my son is held in libya please help", "yes", "they locked him in a house in tripoli and are asking 30 lakh from us"}},
		{"ur-Latn", "danger_first_other", []string{"mera beta libya me qaid hai please madad karo", "ji", "unhon ne usay ek ghar me band kar rakha hai aur 30 lakh mang rahe hain"}},
		{"ur", "danger_first_other", []string{"میرا بیٹا لیبیا میں قید ہے مدد کریں", "جی", "انہوں نے اسے ایک گھر میں بند کر رکھا ہے اور تیس لاکھ مانگ رہے ہیں"}},
		{"en", "danger_first", []string{"please help they locked me in a room", "yes", "they beat me every day"}},
		{"ur-Latn", "danger_first", []string{"mujhe kamre mein band kar diya hai", "ji", "wo mujhe roz marte hain"}},
		{"ur", "danger_first", []string{"انہوں نے مجھے کمرے میں بند کر دیا ہے", "جی", "وہ مجھے روز مارتے ہیں"}},
	} {
		_, said := midPlay(t, flows.State{}, c.msgs...)
		other := map[string]string{"danger_first": "danger_first_other", "danger_first_other": "danger_first"}[c.id]
		require.Equal(t, 1, strings.Count(said, texts.T(c.lang, c.id, nil)), "%s: once: %v", c.lang, c.msgs)
		require.NotContains(t, said, texts.T(c.lang, other, nil), "%s: %v", c.lang, c.msgs)
	}
}

// An e-mail address where we ask how to reach the person: we cannot
// e-mail, that is said, and the options are shown again.
func TestMidflowEmailAtContact(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ lang, text string }{
		{"en", "email me at ali.raza@gmail.com"},
		{"en", "ali.raza@gmail.com"},
		{"en", "my email is ali_raza12@yahoo.com"},
		{"ur", "میری ای میل ali.raza@gmail.com ہے اس پر بھیج دیں"},
		{"ur", "ای میل کر دیں ali.raza@gmail.com"},
		{"ur-Latn", "mujhe ali.raza@gmail.com pe email kr dein"},
		{"ur-Latn", "email pe rabta karein ali.raza@hotmail.com"},
	} {
		res, said := midPlay(t, flows.AtQuestion(flows.NodeHelpContact, c.lang), c.text)
		require.Contains(t, said, texts.T(c.lang, "contact_no_email", nil), c.text)
		require.Contains(t, said, texts.T(c.lang, "help_contact_q", nil), "the options again: %q", c.text)
		require.Equal(t, flows.NodeHelpContact, res.State.Node, c.text)
		require.Empty(t, res.State.Draft.Answers["contact"], c.text)
	}
	// An answer beside the address stands.
	res, said := midPlay(t, flows.AtQuestion(flows.NodeHelpContact, "ur-Latn"), "yahin chat pe, ya email ali@gmail.com")
	require.Contains(t, said, texts.T("ur-Latn", "contact_no_email", nil))
	require.NotEqual(t, flows.NodeHelpContact, res.State.Node)
}
