package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Round 19 (conv19d): typed answers of the blind split test3 and the
// families of wordings behind its misses, each in the three languages.
// Every row is read by the real engine and checked as the answers corpus
// checks it (the stored answer, where the flow went).

type r19 struct {
	question, lang, text, answer string
	value                        string  // a name or place kept
	amount                       float64 // PKR
	how                          string
}

func runR19(t *testing.T, rows []r19) {
	t.Helper()
	e := realEngine()
	for _, c := range rows {
		var a labelled
		a.Question, a.Lang, a.Text = c.question, c.lang, c.text
		a.Want.Answer, a.Want.Value, a.Want.How = c.answer, c.value, c.how
		if c.amount > 0 {
			a.Want.Amount = &struct {
				Value    float64 `json:"value"`
				Currency string  `json:"currency"`
			}{c.amount, "PKR"}
		}
		ok, why := outcome(e, a)
		require.True(t, ok, "%s %q want %s: %s", c.question, c.text, c.answer, why)
	}
}

// A skip said in words: "can't tell", "pass on this one", "I don't want
// to give the name", "I'll think and tell you", "I don't have the ad
// anymore" (nothing more to send).
func TestSkipSaidInWords(t *testing.T) {
	t.Parallel()
	runR19(t, []r19{
		{"help_where", "en", "i cant tell", "skip", "", 0, ""},
		{"help_where", "en", "I can't tell you that", "skip", "", 0, ""},
		{"help_where", "en", "cannot tell right now", "skip", "", 0, ""},
		{"help_where", "ur-Latn", "nai bta skta", "skip", "", 0, ""},
		{"help_where", "ur-Latn", "nahi bta sakti", "skip", "", 0, ""},
		{"help_where", "ur", "بتا نہیں سکتا", "skip", "", 0, ""},
		{"help_contact", "en", "pass on this one", "skip", "", 0, ""},
		{"help_contact", "en", "i'll pass on that", "skip", "", 0, ""},
		{"help_contact", "en", "pass on this question", "skip", "", 0, ""},
		{"report_recruiter", "ur", "ابھی نام نہیں دینا چاہتا", "skip", "", 0, ""},
		{"report_recruiter", "ur", "نام نہیں دینا چاہتی", "skip", "", 0, ""},
		{"report_recruiter", "ur-Latn", "abhi naam nahi dena chahta", "skip", "", 0, ""},
		{"report_recruiter", "ur-Latn", "naam nai dena chahti abhi", "skip", "", 0, ""},
		{"report_recruiter", "en", "I don't want to give the name yet", "skip", "", 0, ""},
		{"report_recruiter", "en", "i don't want to share the name", "skip", "", 0, ""},
		{"report_consent", "ur", "ابھی اس کا جواب نہیں دینا", "skip", "", 0, ""},
		{"report_consent", "ur", "اس کا جواب نہیں دینا چاہتی", "skip", "", 0, ""},
		{"report_consent", "ur-Latn", "abhi is ka jawab nahi dena", "skip", "", 0, ""},
		{"report_consent", "ur-Latn", "iska jwab nai dena abhi", "skip", "", 0, ""},
		{"erase", "ur-Latn", "soch k btaunga", "skip", "", 0, ""},
		{"erase", "ur-Latn", "soch ke bataungi", "skip", "", 0, ""},
		{"erase", "ur-Latn", "sochke btata hun", "skip", "", 0, ""},
		{"erase", "ur", "سوچ کر بتاؤں گا", "skip", "", 0, ""},
		{"erase", "en", "let me think about it", "skip", "", 0, ""},
		{"erase", "en", "I'll think and tell you", "skip", "", 0, ""},
		{"report_offer", "en", "i dont have the ad anymore, he deleted it", "skip", "", 0, ""},
		{"report_offer", "en", "I don't have it anymore", "skip", "", 0, ""},
		{"report_offer", "en", "the post was deleted", "skip", "", 0, ""},
		{"report_offer", "ur", "اشتہار اب میرے پاس نہیں رہا", "skip", "", 0, ""},
		{"report_offer", "ur-Latn", "ad ab mere paas nahi raha", "skip", "", 0, ""},
		{"report_offer", "ur-Latn", "usne post delete kar di", "skip", "", 0, ""},
		{"report_offer", "ur-Latn", "ishtihar ab mere pas nai hai", "skip", "", 0, ""},
	})
}

// Cancel said in words at the summary: the report is dropped, not sent
// and not taken as "change an answer".
func TestCancelInWordsAtSummary(t *testing.T) {
	t.Parallel()
	runR19(t, []r19{
		{"report_summary", "en", "actually I don't want to send it", "cancel", "", 0, ""},
		{"report_summary", "en", "I don't want to send this report", "cancel", "", 0, ""},
		{"report_summary", "en", "no i dont want to send it anymore", "cancel", "", 0, ""},
		{"report_summary", "en", "i dont wanna send it", "cancel", "", 0, ""},
		{"report_summary", "ur", "نہیں بھیجنی، ختم کریں", "cancel", "", 0, ""},
		{"report_summary", "ur", "رپورٹ نہیں بھیجنی", "cancel", "", 0, ""},
		{"report_summary", "ur", "رہنے دیں، نہیں بھیجنی", "cancel", "", 0, ""},
		{"report_summary", "ur-Latn", "nahi bhejni, khatam karein", "cancel", "", 0, ""},
		{"report_summary", "ur-Latn", "report nai bhejni", "cancel", "", 0, ""},
		{"report_summary", "ur-Latn", "mat bhejein, khatam kar dein", "cancel", "", 0, ""},
		// neighbours: a send and a change stay what they were
		{"report_summary", "en", "yes send it", "confirm", "", 0, ""},
		{"report_summary", "ur-Latn", "ji bhej dein", "confirm", "", 0, ""},
	})
}

// A sum corrected as it is written ("2 lakh... no sorry, 2.5 lakh", "ایک
// لاکھ... نہیں، سوا لاکھ": a bare no between two sums takes the first
// back), and a sum "for the visa" in Urdu script.
func TestSumCorrectedAsWritten(t *testing.T) {
	t.Parallel()
	runR19(t, []r19{
		{"report_money", "en", "2 lakh... no sorry, 2.5 lakh for visa", "amount", "", 250000, ""},
		{"report_money", "en", "3 lakh, no sorry 3.5 lakh", "amount", "", 350000, ""},
		{"report_money", "en", "1 lakh... sorry no, 1.2 lakh", "amount", "", 120000, ""},
		{"report_money", "ur", "ایک لاکھ... نہیں، سوا لاکھ", "amount", "", 125000, ""},
		{"report_money", "ur", "دو لاکھ، نہیں معاف کریں، ڈھائی لاکھ", "amount", "", 250000, ""},
		{"report_money", "ur", "ڈیڑھ لاکھ... نہیں دو لاکھ", "amount", "", 200000, ""},
		{"report_money", "ur-Latn", "2 lakh.. nahi sorry 2.5 lakh", "amount", "", 250000, ""},
		{"report_money", "ur-Latn", "1 lac nahi sorry sawa lac", "amount", "", 125000, ""},
		{"report_money", "ur-Latn", "dedh lakh... nai nai 2 lakh", "amount", "", 200000, ""},
		{"report_money", "ur", "جی ڈھائی لاکھ ویزے کے لیے", "amount", "", 250000, ""},
		{"report_money", "ur", "ڈھائی لاکھ ویزے کے لیے", "amount", "", 250000, ""},
		{"report_money", "ur-Latn", "ji dhai lakh visa ke liye", "amount", "", 250000, ""},
		{"report_money", "en", "yes 2.5 lakh for the visa", "amount", "", 250000, ""},
	})
}

// "na" right after a verb is a tag that stresses it ("diye na bhai 1 lac
// jazz cash pe": I did pay, brother), not a "no"; before the verb, or
// "nahi" after it, it still denies.
func TestTagNaAfterAVerbIsNoNo(t *testing.T) {
	t.Parallel()
	runR19(t, []r19{
		{"report_paid", "ur-Latn", "diye na bhai 1 lac jazz cash pe", "yes", "", 100000, "jazzcash"},
		{"report_paid", "ur-Latn", "de diye na yaar 50 hazar easypaisa se", "yes", "", 50000, "easypaisa"},
		{"report_paid", "ur-Latn", "haan diye na 2 lakh", "yes", "", 200000, ""},
		{"report_paid", "ur-Latn", "bheje na bhai jazzcash pe 80 hazar", "yes", "", 80000, "jazzcash"},
		{"report_paid", "ur-Latn", "diye the na, 1 lakh cash", "yes", "", 100000, ""},
		{"report_paid", "ur", "دیے نا بھائی ایک لاکھ جاز کیش پر", "yes", "", 100000, "jazzcash"},
		{"report_paid", "ur", "دے دیے نا، پچاس ہزار ایزی پیسہ سے", "yes", "", 50000, "easypaisa"},
		{"report_paid", "en", "paid na bhai, 1 lakh by jazzcash", "yes", "", 100000, "jazzcash"},
		// neighbours: denials stay denials
		{"report_paid", "ur-Latn", "na diye", "no", "", 0, ""},
		{"report_paid", "ur-Latn", "na bhai kuch nahi diya", "no", "", 0, ""},
		{"report_paid", "ur", "نہ، کچھ نہیں دیا", "no", "", 0, ""},
		{"report_paid", "ur-Latn", "diye nahi", "no", "", 0, ""},
	})
}

// "dusra number", "دوسرا نمبر" at the contact question is another number
// (the officer should call elsewhere), not the second option; "dusra" or
// "2" alone still picks the second option.
func TestDusraNumberIsAnotherNumber(t *testing.T) {
	t.Parallel()
	runR19(t, []r19{
		{"help_contact", "ur-Latn", "dusra number", "number", "", 0, ""},
		{"help_contact", "ur-Latn", "doosra number", "number", "", 0, ""},
		{"help_contact", "ur-Latn", "dusra no", "number", "", 0, ""},
		{"help_contact", "ur-Latn", "dosra nmbr", "number", "", 0, ""},
		{"help_contact", "ur", "دوسرا نمبر", "number", "", 0, ""},
		{"help_contact", "ur", "دوسرے نمبر پر", "number", "", 0, ""},
		{"help_contact", "en", "another number", "number", "", 0, ""},
		{"help_contact", "en", "a different number", "number", "", 0, ""},
		// neighbours: the option by its place
		{"help_contact", "ur-Latn", "dusra", "discreet", "", 0, ""},
		{"help_contact", "ur-Latn", "2", "discreet", "", 0, ""},
	})
}

// A place not known, said after how they came there ("they moved us at
// night, I don't know where we are"), is no place; a country not told
// yet ("not told yet, they said later", "baad me btayenge") is not known.
func TestPlaceAndCountryNotKnown(t *testing.T) {
	t.Parallel()
	runR19(t, []r19{
		{"help_place", "en", "they moved us at night, I don't know where we are", "unknown", "", 0, ""},
		{"help_place", "en", "we were shifted at night, no idea where we are now", "unknown", "", 0, ""},
		{"help_place", "en", "I have no idea which city this is", "unknown", "", 0, ""},
		{"help_place", "ur-Latn", "raat ko shift kiya, pata nahi kahan hain", "unknown", "", 0, ""},
		{"help_place", "ur-Latn", "hamein nahi pata ye konsi jagah hai", "unknown", "", 0, ""},
		{"help_place", "ur", "رات کو دوسری جگہ لے گئے، پتا نہیں کہاں ہیں", "unknown", "", 0, ""},
		{"help_place", "ur", "مجھے نہیں پتا ہم کہاں ہیں", "unknown", "", 0, ""},
		{"report_country", "en", "not told yet, they said later", "unknown", "", 0, ""},
		{"report_country", "en", "they haven't told yet", "unknown", "", 0, ""},
		{"report_country", "en", "they said they will tell later", "unknown", "", 0, ""},
		{"report_country", "ur-Latn", "country abhi tak nahi batai", "unknown", "", 0, ""},
		{"report_country", "ur-Latn", "mulk baad me btayenge kehte hain", "unknown", "", 0, ""},
		{"report_country", "ur", "ابھی نہیں بتایا، کہتے ہیں بعد میں بتائیں گے", "unknown", "", 0, ""},
		// neighbours: a place named is kept
		{"help_place", "en", "Deira, Dubai", "text", "Deira, Dubai", 0, ""},
		{"help_place", "ur-Latn", "riyadh mein, batha ke paas", "text", "riyadh mein, batha ke paas", 0, ""},
	})
}

// A question whether to pay them more, with a sum in it ("kya 2 lakh
// wali qist de dein?" typed at the money question, C18-029), is asked,
// not answered: it is told not to pay, and the sum is not the sum asked.
// A doubtful answer ("2 lakh?") is still an answer.
func TestShouldIPayIsNoAnswer(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "kya 2 lakh wali qist de dein? shayad visa aa hi jaye?"},
		{"ur-Latn", "kya main 50 hazar aur de doon?"},
		{"ur-Latn", "1 lakh aur bhej dun kya?"},
		{"ur-Latn", "kya 3 lakh dena theek hai?"},
		{"en", "should I pay the 2 lakh instalment?"},
		{"en", "should i send them 50000 more?"},
		{"en", "is it ok to pay 1 lakh now?"},
		{"ur", "کیا دو لاکھ کی قسط دے دیں؟"},
		{"ur", "کیا میں پچاس ہزار اور بھیج دوں؟"},
	} {
		s := flows.AtQuestion(flows.NodeReportMoney, c.lang)
		res := e.Step(s, flows.Input{Text: c.text, MessageID: 99}, t0)
		require.Equal(t, flows.NodeReportMoney, res.State.Node, c.text)
		require.Empty(t, res.State.Draft.Answers["money_asked"], c.text)
		require.Contains(t, joinReplies(res), texts.T(c.lang, "aside_pay_more", nil), c.text)
	}
	runR19(t, []r19{
		{"report_money", "ur-Latn", "2 lakh?", "amount", "", 200000, ""},
		{"report_money", "ur-Latn", "2 lakh maange the?", "amount", "", 200000, ""},
		{"report_money", "en", "2.5 lakh i think?", "amount", "", 250000, ""},
	})
}

// An offer handed over in person as a card ("a guy at the bus stand gave
// me his card", "بازار میں ایک بندے نے اپنا وزٹنگ کارڈ دیا") was seen
// through an agent in person; his card is neither the person's CNIC nor a
// payment.
func TestHisCardIsAnAgentInPerson(t *testing.T) {
	t.Parallel()
	rows := []r19{
		{"report_seen", "en", "a guy at the bus stand in Gujrat gave me his card", "agent", "", 0, ""},
		{"report_seen", "en", "a man at the bus stand gave me his card", "agent", "", 0, ""},
		{"report_seen", "en", "someone handed me his visiting card in the market", "agent", "", 0, ""},
		{"report_seen", "ur-Latn", "ek banda adde pe apna card de gaya", "agent", "", 0, ""},
		{"report_seen", "ur-Latn", "bus adde par ek aadmi ne apna card diya", "agent", "", 0, ""},
		{"report_seen", "ur", "ایک آدمی نے بس اڈے پر اپنا کارڈ دیا", "agent", "", 0, ""},
		{"report_seen", "ur", "بازار میں ایک بندے نے اپنا وزٹنگ کارڈ دیا", "agent", "", 0, ""},
	}
	runR19(t, rows)
	e := realEngine()
	for _, c := range rows {
		res := e.Step(flows.AtQuestion(flows.NodeReportSeen, c.lang), flows.Input{Text: c.text, MessageID: 99}, t0)
		d := res.State.Draft
		require.Empty(t, d.Answers["documents"], c.text)
		require.Empty(t, d.Answers["paid"], c.text)
		require.NotContains(t, d.Inferred, "paid", c.text)
		require.NotContains(t, d.Inferred, "documents", c.text)
	}
}
