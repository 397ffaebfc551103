package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// playAll sends each message in turn and returns the last report written.
func playAll(t *testing.T, msgs ...string) *flows.ReportSpec {
	t.Helper()
	e, state := realEngine(), flows.State{}
	var spec *flows.ReportSpec
	for i, m := range msgs {
		res := e.Step(state, flows.Input{Text: m, MessageID: int64(i + 1), Reference: "HSY-PLAT01"}, t0)
		state = res.State
		for _, ef := range res.Effects {
			if ef.Report != nil {
				spec = ef.Report
			}
		}
	}
	return spec
}

// A platform's name typed where the agent's name is asked ("tiktok", "fb
// pe", "ٹک ٹاک پر") names no one: the name is asked again and the next
// answer is the name; a name with a platform in it ("Dubai Jobs fb page")
// still is one. "30k jazzcash kr dia" in the opening is money paid, in
// three languages.
func TestPlatformIsNoAgentName(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ opening, done, yes, platform, name, want string }{
		{"tiktok pe ad tha dubai rider job, 30k registration jazzcash kr dia, ab no band", "bas", "haan", "tiktok", "Ali Raza", "Ali Raza"},
		{"tiktok pe ad tha dubai rider job, 30k registration jazzcash kr dia, ab no band", "bas", "haan", "fb pe", "Ali Raza", "Ali Raza"},
		{"ٹک ٹاک پر دبئی رائیڈر جاب کا اشتہار تھا، تیس ہزار جاز کیش کر دیا، اب نمبر بند ہے", "بس", "جی ہاں", "ٹک ٹاک پر", "علی رضا", "علی رضا"},
		{"saw a tiktok ad for a rider job in dubai, sent 30000 registration by jazzcash, now his number is off", "done", "yes", "facebook page", "Ali Raza", "Ali Raza"},
		{"tiktok pe ad tha dubai rider job, 30k registration jazzcash kr dia, ab no band", "bas", "haan", "Dubai Jobs fb page", "", "Dubai Jobs"},
	} {
		msgs := []string{"report", c.opening, c.done, c.yes, c.platform}
		if c.name != "" {
			msgs = append(msgs, c.name)
		}
		msgs = append(msgs, "0311 2233445", "cnic", "no", "yes")
		spec := playAll(t, msgs...)
		require.NotNil(t, spec, c.platform)
		require.Equal(t, c.want, spec.Answers["recruiter"], c.platform)
		require.Equal(t, "yes", spec.Answers["paid"], c.opening)
		require.Equal(t, "Rs 30,000", spec.Answers["paid_amount"], c.opening)
	}
}

// How to be reached, typed at "anything more for the officer?" ("mere
// number pe call karein 0300…"), is the contact answer: the number is kept
// and "how can an officer contact you?" is not asked, and the rest of what it
// tells ("agent Rashid tha") goes to the officer, in three languages.
func TestContactToldAtAnythingMore(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ opening, yes, city, contact, no string }{
		{"mera beta libya me hai, agent ne kamre me band kar rakha hai aur 15 lakh mang rahe hain", "haan", "tripoli", "agent Rashid tha, mere number pe call karein 03001234567", "nahi"},
		{"my son is in Libya, the agent's men locked him in a room and ask 15 lakh", "yes", "tripoli", "the agent was Rashid from Gujrat, call me on 03001234567", "no"},
		{"میرا بیٹا لیبیا میں ہے، ایجنٹ کے بندوں نے کمرے میں بند کر رکھا ہے اور ۱۵ لاکھ مانگ رہے ہیں", "جی ہاں", "طرابلس", "ایجنٹ کا نام Rashid ہے، میرے نمبر پر فون کریں ۰۳۰۰۱۲۳۴۵۶۷", "نہیں"},
	} {
		// the city in the country read is asked first
		spec := playAll(t, c.opening, c.yes, c.city, c.contact, c.no)
		require.NotNil(t, spec, c.contact)
		require.Equal(t, flows.KindHelp, spec.Kind, c.contact)
		require.Equal(t, "number", spec.Answers["contact"], c.contact)
		require.Equal(t, "+923001234567", spec.Answers["contact_number"], c.contact)
		require.Contains(t, spec.Text, "Rashid", "the rest of the answer goes to the officer")
	}
}

// "please remove everything we sent here", "jo bheja tha sab hata do",
// "جو بھیجا تھا وہ سب ہٹا دیں" ask for erasure (C24-012 was taken for an
// offer sent); "I sent the ad" asks for none.
func TestRemoveEverythingSentIsErase(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"I reported my husbands agent last week. Now my husband says dont get involved. please remove everything we sent here",
		"pichle hafte report ki thi, ab jo bheja tha sab hata do",
		"پچھلے ہفتے جو بھیجا تھا وہ سب ہٹا دیں",
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: text, MessageID: 1}, t0)
		require.Equal(t, flows.NodeErase, r.State.Node, text)
	}
	r := realEngine().Step(flows.State{}, flows.Input{Text: "I sent the ad, everything is fine", MessageID: 1}, t0)
	require.NotEqual(t, flows.NodeErase, r.State.Node)
}
