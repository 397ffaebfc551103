package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Asked whether an officer may contact them, a doubt over the contact in
// its own clause gives no consent: "I'm not sure I want them to contact me"
// shared the reporter's contact, its "contact me" read as the yes. A doubt
// said apart ("not sure, you can contact me") leaves the answer after it,
// and a doubt that goes on to anonymity is a no.
func TestConsentDoubted(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"en", "I'm not sure I want them to contact me"},
		{"en", "not sure yet whether they can contact me"},
		{"ur-Latn", "mujhe nahi pata ke wo mujhe call karein"},
		{"ur-Latn", "pata nahi rabta karna theek hai ya nahi"},
		{"ur", "مجھے نہیں پتا کہ وہ مجھ سے رابطہ کریں"},
	} {
		res := stepsAt(e, flows.NodeReportConsent, c.lang, c.text)
		require.Equal(t, flows.NodeReportSummary, res.State.Node, c.text)
		require.Empty(t, res.State.Draft.Answers["consent"], c.text)
	}
	res := stepsAt(e, flows.NodeReportConsent, "en", "I don't know if they should call me, maybe anonymous is better")
	require.Equal(t, flows.ChoiceNo, res.State.Draft.Answers["consent"])
	res = stepsAt(e, flows.NodeReportConsent, "en", "not sure, you can contact me")
	require.Equal(t, flows.ChoiceYes, res.State.Draft.Answers["consent"])
}

// "Not me, call my brother" keeps the writer's own contact unshared, in
// every language; "I don't think there's a problem, call me" is still a yes.
func TestConsentNotMe(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "mujhe nahi, mere bhai ko call kar lena"},
		{"ur", "مجھے نہیں، میرے بھائی کو کال کر لیں"},
		{"en", "not me, call my brother"},
	} {
		res := stepsAt(e, flows.NodeReportConsent, c.lang, c.text)
		require.Equal(t, flows.ChoiceNo, res.State.Draft.Answers["consent"], c.text)
	}
	res := stepsAt(e, flows.NodeReportConsent, "ur-Latn", "mujhe nahi lagta koi masla hai, call kar lein")
	require.Equal(t, flows.ChoiceYes, res.State.Draft.Answers["consent"])
}

// Asked how they paid: the sum a receipt was written "for" is not the sum
// paid ("Receipt they gave only for Rs 15,000", C161-004); "two transfers
// of 3 lakh" is six lakh, "دو قسطوں میں ۳ لاکھ" three; a sum a brother
// "may have sent" is not known to be paid beside one told plainly
// (C163-008).
func TestPaidHowSums(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ node, lang, text, want string }{
		{flows.NodeReportPaidHow, "en", "Two transfers from my account to the company account in Meezan Bank. Receipt they gave only for Rs 15,000", ""},
		{flows.NodeReportPaidHow, "en", "Bank transfer from my brother's HBL account to the Sufyan Travel account, two transfers of 3 lakh", "Rs 6,00,000"},
		{flows.NodeReportPaid, "ur", "دو قسطوں میں ۳ لاکھ، بینک میں جمع کروائے", "Rs 3,00,000"},
		{flows.NodeReportPaid, "en", "yes 18k. my bro may hv sent the 45k also yesterday, i m not sure, he isnt picking my call", "Rs 18,000"},
		{flows.NodeReportPaid, "en", "yes I paid 2 lakh, maybe 50k more", "Rs 2,00,000"},
	} {
		res := stepsAt(e, c.node, c.lang, c.text)
		require.Equal(t, c.want, res.State.Draft.Answers["paid_amount"], c.text)
	}
}

// At the start, a person who finds writing hard and asks to be called and
// heard is put through to a person (C163-034), in three languages.
func TestCantWriteCallMe(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"میری نظر کمزور ہے، لکھنے میں مشکل ہوتی ہے۔ کوئی صاحب فون کر کے بات سن لیں تو مہربانی ہوگی",
		"likhne me mushkil hoti hai, koi phone karke baat sun le",
		"it is hard for me to type, can someone call me and listen",
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: s, MessageID: 1, Reference: "HSY-INTNT2"}, t0)
		require.NotNil(t, r.State.Draft, s)
		require.Equal(t, flows.KindHuman, r.State.Draft.Kind, s)
	}
}

// Sums each told with a verb of paying of their own add up: "۲۵ ہزار
// میڈیکل کے دے چکا ہوں اور ۶۰ ہزار ویزا کے لیے بھیج دیے" is 85,000 paid
// (C163-012 kept 25,000), the 3,80,000 asked before them left out; a sum
// asked between two paid is no part of it, nor one given back.
func TestEachSumPaidAddsUp(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text, want string }{
		{"ur", "کل ۳ لاکھ ۸۰ ہزار مانگے ہیں، جس میں سے ۲۵ ہزار میڈیکل کے دے چکا ہوں اور ۶۰ ہزار ویزا کے لیے بھیج دیے", "Rs 85,000"},
		{"ur-Latn", "25 hazar medical ke diye aur 60 hazar visa ke liye bheje", "Rs 85,000"},
		{"ur-Latn", "50 hazar diye, 1 lakh aur mang rahe, 30 hazar phir diye", "Rs 80,000"},
		{"en", "I paid 50000 and they want 100000 more", "Rs 50,000"},
		{"ur-Latn", "2 lakh diye the, 50 hazar wapis kar diye", "Rs 2,00,000"},
	} {
		res := stepsAt(e, flows.NodeReportPaid, c.lang, c.text)
		require.Equal(t, c.want, res.State.Draft.Answers["paid_amount"], c.text)
	}
}

// Words from A67's first play: a name withheld for a relative is a skip,
// not the name "وہ ہمارا رشتہ دار" (A67-0072); "khufia rakhna" and "I'd
// rather nobody knew it came from me" keep the reporter anonymous.
func TestNameWithheldAndSecrecy(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur", "اس کا نام نہیں لکھنا چاہتی، وہ ہمارا رشتہ دار ہے"},
		{"ur-Latn", "uska naam nahi likhna chahti wo hamara rishtedar hai"},
		{"en", "I don't want to write his name, he is family"},
	} {
		res := stepsAt(e, flows.NodeReportRecruiter, c.lang, c.text)
		require.Equal(t, flows.NodeReportPhones, res.State.Node, c.text)
		require.Empty(t, res.State.Draft.Answers["recruiter"], c.text)
	}
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "bas khufia rakhna"},
		{"ur", "بس راز رکھیں"},
		{"en", "I'd rather nobody knew it came from me"},
	} {
		res := stepsAt(e, flows.NodeReportConsent, c.lang, c.text)
		require.Equal(t, flows.ChoiceNo, res.State.Draft.Answers["consent"], c.text)
	}
	r := e.Step(flows.State{}, flows.Input{Text: "koi banda hai jo mjhe khud call kare? likh ke nahi smjha skta", MessageID: 1, Reference: "HSY-INTNT2"}, t0)
	require.Equal(t, flows.KindHuman, r.State.Draft.Kind)
}

// Asked for the number to call, a refusal of calls ("کال نہ کریں",
// C165-017, after "کال مت کرنا منشی سن لے گا") turns the contact from a
// number to a careful message here; "chat pe hi rabta karo" to this chat.
// Before, both were skipped and the contact stayed "call a number".
func TestNumberAskedCallsRefused(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text, want string }{
		{"ur", "کال نہ کریں", "discreet"},
		{"en", "no dont call me", "discreet"},
		{"ur-Latn", "call mat karo, yahin msg karo", "discreet"},
		{"ur-Latn", "chat pe hi rabta karo", "here"},
	} {
		got := sentAnswers(stepsAt(e, flows.NodeHelpNumber, c.lang, c.text))
		require.Equal(t, c.want, got["contact"], c.text)
		require.Empty(t, got["contact_number"], c.text)
	}
}

// Asking in words to explain on the phone rather than type (C164-012) is
// a wish for a person; so is "talk to a real person" beside an agent who
// "took money from my son", which is no child taken (C166-031 was made an
// emergency plea).
func TestPhoneRatherThanTyping(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Good morning. I am a retired Havaldar from Jhelum. There is a matter about boys from our area being taken abroad by a man. I would prefer to explain it to an officer on the phone rather than typing here.",
		"Can i talk to a real person pls. Not comfortable typing details here, it's about an agent who took money from my son. Call after 2pm",
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: s, MessageID: 1, Reference: "HSY-INTNT2"}, t0)
		require.Equal(t, flows.KindHuman, r.State.Draft.Kind, s)
	}
}

// sentAnswers are the answers of the report a step filed or updated, or
// else of the draft under way.
func sentAnswers(res flows.Result) map[string]string {
	for _, ef := range res.Effects {
		if ef.Report != nil && (ef.Kind == flows.EffectCreateReport || ef.Kind == flows.EffectUpdateReport) {
			return ef.Report.Answers
		}
	}
	if res.State.Draft != nil {
		return res.State.Draft.Answers
	}
	return nil
}

// "bhai ne diye hon ge, mujhe confirm nahi" guesses a payment: not known,
// no "yes, paid" (A68-0157).
func TestPaidGuessed(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "bhai ne diye hon ge, mujhe confirm nahi"},
		{"ur", "بھائی نے دیے ہوں گے، مجھے کنفرم نہیں"},
	} {
		require.Equal(t, flows.ChoiceUnknown, sentAnswers(stepsAt(e, flows.NodeReportPaid, c.lang, c.text))["paid"], c.text)
	}
	require.Equal(t, flows.ChoiceYes, sentAnswers(stepsAt(e, flows.NodeReportPaid, "ur-Latn", "haan diye the"))["paid"])
}

// "اوپر لکھا تو ہے", "وہی جو پہلے لکھا" point back at what was sent:
// the "ہے" and "وہی جو" left beside the pointer were stored as the agent's
// name (C165-014, C166-011); they are looked for in the earlier messages.
func TestPointerFillersAreNoName(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur", "اوپر لکھا تو ہے"}, {"ur", "وہی جو پہلے لکھا"}, {"ur-Latn", "wohi jo upar likha"},
	} {
		res := stepsAt(e, flows.NodeReportRecruiter, c.lang, c.text)
		require.Equal(t, flows.NodeReportRecruiter, res.State.Node, c.text)
		require.Empty(t, res.State.Draft.Answers["recruiter"], c.text)
		require.Contains(t, joinReplies(res), texts.T(c.lang, "already_told_missing", nil), c.text)
	}
}

// From the held-out play (C168-014): "مجھے فون نہ کریں، یہ فون باورچی کا
// ہے" refuses calls to the writer, the phone named is whose it is; and
// asked for a number, "میرا کوئی نمبر نہیں" leaves no number to call. A
// refusal of calls to someone else keeps the writer's call.
func TestCallsRefusedToMe(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ node, lang, text, want string }{
		{flows.NodeHelpContact, "ur", "مجھے فون نہ کریں، یہ فون باورچی کا ہے وہ بھی ڈرتا ہے", "discreet"},
		{flows.NodeHelpContact, "ur-Latn", "mujhe call mat karna ye phone dost ka hai", "discreet"},
		{flows.NodeHelpContact, "en", "Please call me on my number, don't call her, she has no phone", "number"},
		{flows.NodeHelpNumber, "ur", "میرا کوئی نمبر نہیں", "discreet"},
		{flows.NodeHelpNumber, "en", "i dont have a phone of my own", "discreet"},
	} {
		require.Equal(t, c.want, sentAnswers(stepsAt(e, c.node, c.lang, c.text))["contact"], c.text)
	}
}
