package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in the unseen conversations C26–C28: what one makes of an advert
// ("looks too good to be true", "i feel something is wrong", "مجھے شک ہے
// کہ جعلی ہے", "fraud lag raha hai", "take action") brings it to us as a
// report, even beside "is it genuine?", in one message or with the
// advert after; so does a check asked after money was paid. A plain
// question whether it is genuine stays a check.
func TestC27WhatTheyMakeOfItIsAReport(t *testing.T) {
	t.Parallel()
	advert := "*ROMANIA WORK PERMIT*\nWarehouse helper, salary 900 Euro\nTotal package Rs 7,80,000, 50% advance\nNo IELTS no interview, visa guarantee\nEuro Bridge Manpower 0321-4456712"
	kindAfter := func(msgs ...string) string {
		e := realEngine()
		var st flows.State
		kind := ""
		for i, m := range msgs {
			res := e.Step(st, flows.Input{Text: m, MessageID: int64(i + 1), Reference: "HSY-TEST27"}, t0)
			st = res.State
			for _, ef := range res.Effects {
				if ef.Report != nil {
					kind = ef.Report.Kind // a check is filed at once
				}
			}
		}
		if st.Draft != nil && st.Draft.Kind != "" {
			return st.Draft.Kind
		}
		return kind
	}
	for _, first := range []string{
		"salam, my brother in law got this in a facebook group. is it genuine?? looks too good to be true",
		"AOA sir, my cousin wants to apply but i feel something is wrong. pls check",
		"یہ اشتہار ہمارے محلے کے واٹس ایپ گروپ میں آیا ہے، مجھے شک ہے کہ جعلی ہے۔ چیک کریں پلیز",
		"ye ad fb pe chal raha hai, mujhe fraud lag raha hai, check karein",
		"Boys in my street are asking if it is real. Please check and take action",
		"ye ad telegram channel pe laga hai, 40 hazar log hain channel me. check kro plz",
	} {
		require.Equal(t, flows.KindReport, kindAfter(first, advert), first)
	}
	require.Equal(t, flows.KindReport, kindAfter("mujhe whatsapp pe UK care visa ka msg aya, maine 2 lakh bank transfer kar diye, ab 6 lakh aur mang rahe hain. kya ye fraud hai?"))
	for _, first := range []string{
		"saw this on facebook, is this genuine?",
		"یہ اشتہار فیس بک پر دیکھا ہے، کیا یہ اصلی ہے؟",
		"ye ad dekho fb pe laga h sahi h ya fraud?",
	} {
		require.Equal(t, flows.KindVerify, kindAfter(first, advert), first)
	}
	require.Equal(t, flows.KindVerify, kindAfter("my nephew was offered a Japan caregiver job for 6 lakh 50 thousand by an agent, number 0321 7754390, I don't know if this is real or not, so can you please check this agent for us before we give any money, we haven't paid anything yet"))
}

// A plea from someone stuck who cannot write much is a plea, not a wish
// to be handed to a person (C28-007); asking for a person still is one.
// A wish that the smuggler be stopped makes the account his report
// (C27-029).
func TestC27PleaAndStop(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"is this for pakistanis who are stuck abroad? i need help but cant write much",
		"main bahar phansa hua hun, madad chahiye, zyada likh nahi sakta",
	} {
		st, _ := typeAs(t, false, text)
		require.NotEqual(t, flows.NodeHuman, st.Node, text)
		require.NotNil(t, st.Draft, text)
		require.Equal(t, flows.KindHelp, st.Draft.Kind, text)
	}
	st, _ := typeAs(t, false, "mujhe kisi insaan se baat karni hai")
	require.Equal(t, flows.NodeHuman, st.Node)
	st, _ = typeAs(t, false, "Gujranwala me ek banda Greece ki dunki lagwata hai, Iran Turkey k raste. Mere do dost uske through gaye the, ek abhi tak Turkey ki jail me hai. Is bande ko roko")
	require.NotNil(t, st.Draft)
	require.Equal(t, flows.KindReport, st.Draft.Kind)
}

// "30 لاکھ نہ دیے تو مار دیں گے" is what follows if it is not paid, no
// account that nothing was; and a plain "no" to a plea's reading keeps
// what was paid to the agent, which no question of a plea asks again
// (C27-007, C27-018).
func TestC27PaidKeptThroughAPleasNo(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, open, no string }{
		{"en", "please help. I am in Myanmar near Myawaddy, agent in Lahore took 3 lakh. they lock us in and force us to scam", "no"},
		{"ur", "خدا کے لیے مدد کریں۔ میرا بھائی لیبیا میں ہے، ایجنٹ نے 22 لاکھ لیے تھے۔ اب اسے بند کیا ہوا ہے", "نہیں"},
		{"ur-Latn", "madad karein, mera beta Malaysia me hai, agent ko 5 lakh diye the, company ne passport rakh liya", "nahi"},
	} {
		st, _ := typeAs(t, false, c.open, c.no)
		require.NotNil(t, st.Draft, c.open)
		require.Equal(t, flows.ChoiceYes, st.Draft.Answers["paid"], c.open)
	}
	st := flows.AtQuestion(flows.NodeHelpWhat, "ur")
	res := realEngine().Step(st, flows.Input{Text: "اغوا کر کے بند کیا ہوا ہے، مار پیٹ کرتے ہیں، کہتے ہیں 30 لاکھ نہ دیے تو مار دیں گے", MessageID: 90}, t0)
	require.NotEqual(t, flows.ChoiceNo, res.State.Draft.Answers["paid"])
	require.NotEqual(t, flows.ChoiceNo, res.State.Draft.Inferred["paid"])
}

// A sum said right before the words of paying is the sum paid, though
// its parts follow ("g 1.5 lac de chuka 50 hazar pehle 1 lakh baad me",
// C27-025; "ہم نے دس لاکھ دے دیے پہلے چھ لاکھ پھر چار لاکھ"); "don't tell
// my family" at a plea's question is a wish for privacy, answered, not an
// answer (C28-020); "کوئی دیکھ نہ لے" beside "only here" is the careful
// way.
func TestC27SumBeforePayingAndPrivacy(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, paid string }{
		{"ur-Latn", "g 1.5 lac de chuka 50 hazar pehle 1 lakh baad me", "Rs 1,50,000"},
		{"ur", "ہم نے دو قسطوں میں دس لاکھ دے دیے پہلے چھ لاکھ پھر چار لاکھ", "Rs 10,00,000"},
		{"en", "yes 1.5 lakh paid, 50k first then 1 lakh later", "Rs 1,50,000"},
	} {
		st := flows.AtQuestion(flows.NodeReportPaid, c.locale)
		res := realEngine().Step(st, flows.Input{Text: c.text, MessageID: 90}, t0)
		require.Equal(t, flows.ChoiceYes, res.State.Draft.Answers["paid"], c.text)
		require.Equal(t, c.paid, res.State.Draft.Answers["paid_amount"], c.text)
	}
	for _, c := range []struct{ locale, text string }{
		{"ur", "گھر والوں کو مت بتانا"},
		{"ur-Latn", "ghar walon ko mat batana"},
		{"en", "dont tell my family"},
	} {
		st := flows.AtQuestion(flows.NodeHelpWhat, c.locale)
		res := realEngine().Step(st, flows.Input{Text: c.text, MessageID: 90}, t0)
		require.Equal(t, flows.NodeHelpWhat, res.State.Node, c.text)
		require.Empty(t, res.State.Draft.Answers["situation"], c.text)
	}
	e := realEngine()
	for _, c := range []struct{ locale, text, want string }{
		{"ur", "صرف یہیں میسج کریں۔ کال نہیں۔ کوئی دیکھ نہ لے", "discreet"},
		{"ur-Latn", "sirf yahin msg karein, koi dekh na le", "discreet"},
		{"en", "only here, nobody should see", "discreet"},
		{"ur", "صرف یہیں میسج کریں", "here"},
	} {
		readsAs(t, e, "help_contact", c.locale, c.text, c.want)
	}
}
