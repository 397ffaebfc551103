package flows_test

import (
	"strings"
	"testing"
	"time"

	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/triage"
	"github.com/stretchr/testify/require"
)

// A name with the words around it (C19-029, C19-026, C19-001): "X
// likhte hain khud ko" is what they write themselves as; the word "agent"
// and his town after a name are his trade and address; "the man says he
// is X" introduces X; "X from Y Services" is a person and the firm he
// says he is from, kept beside him (the recruiter is the name given
// first).
func TestRound19cNamesWithWordsAround(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want, also string }{
		{"ur-Latn", "Oman Oil Careers likhte hain khud ko, HR manager ka naam Mr. Khalid", "Oman Oil Careers", "Mr. Khalid"},
		{"ur-Latn", "Gulf Star Jobs likhte hain khud ko", "Gulf Star Jobs", ""},
		{"ur-Latn", "khud ko Gulf Star Jobs likhte hain", "Gulf Star Jobs", ""},
		{"ur", "گلف اسٹار جابز لکھتے ہیں خود کو", "گلف اسٹار جابز", ""},
		{"en", "they sign as Gulf Star Jobs", "Gulf Star Jobs", ""},
		{"ur-Latn", "shafqat agent mandi bahauddin", "shafqat", ""},
		{"ur-Latn", "Shafqat agent Gujrat wala", "Shafqat", ""},
		{"ur", "شفقت ایجنٹ منڈی بہاؤالدین", "شفقت", ""},
		{"ur", "زاہد ایجنٹ گجرات والا", "زاہد", ""},
		{"en", "Zahid the agent from Gujrat", "Zahid", ""},
		{"en", "Shafqat agent, Mandi Bahauddin", "Shafqat", ""},
		{"en", "The man says he is Hafiz Imran from Makkah Services International", "Makkah Services International", "Hafiz Imran"},
		{"en", "he says he is Hafiz Imran", "Hafiz Imran", ""},
		{"en", "Bilal from Dubai Star Manpower", "Dubai Star Manpower", "Bilal"},
		{"ur-Latn", "Bilal from Gulf Travels hai", "Gulf Travels", "Bilal"},
		// neighbours: a town after "from" is no firm; a firm's own trade word stays
		{"en", "Shahid from Lahore", "Shahid", ""},
		{"en", "Dubai Travel Agent", "Dubai Travel Agent", ""},
		{"ur", "گل زمان، سب اسے گل زمان ایجنٹ کہتے ہیں", "گل زمان", ""},
	} {
		a := answers(at(t, flows.NodeReportRecruiter, c.locale, c.text))
		require.Equal(t, c.want, a["recruiter"], "%s: %q", c.locale, c.text)
		require.Equal(t, c.also, a[flows.SlotRecruiterAlso], "%s: %q: also named", c.locale, c.text)
	}
}

// "dnt" is "don't" (C19-002): "dnt contact me pls. anonymous" refuses
// contact; so do its neighbours.
func TestRound19cDntIsDont(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "dnt contact me pls. anonymous", "no"},
		{"en", "dnt contact me pls", "no"},
		{"en", "pls dnt contact", "no"},
		{"en", "dnt share my name", "no"},
		{"en", "donot contact me", "no"},
		{"ur-Latn", "mujh se rabta na karein", "no"},
		{"en", "do not contact me", "no"},
		{"en", "yes u can contact me", "yes"},
	} {
		a := answers(at(t, flows.NodeReportConsent, c.locale, c.text))
		require.Equal(t, c.want, a["consent"], "%s: %q", c.locale, c.text)
	}
}

// "the number he gave my nephew" hands over a number, not money (C19-005):
// a phones answer that says so tells nothing of a payment, while a payment
// beside it still counts.
func TestRound19cNumberGivenIsNoPayment(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"0300 6284517, this is the number he gave my nephew",
		"0300 6284517 is the number they gave us",
		"the number that he gave is 0300 6284517",
		"0300 6284517, number given by the agent",
		"0300 6284517 this number was shared in the group",
		"0300 6284517, the number which they sent",
	} {
		res := at(t, flows.NodeReportPhonesAsk, "en", text)
		a := answers(res)
		require.Equal(t, "+923006284517", a["phones"], text)
		require.Empty(t, a["paid"], text)
		require.NotContains(t, joinReplies(res), "Paid:", text)
	}
	a := answers(at(t, flows.NodeReportPhonesAsk, "en", "0300 6284517, I gave him 50000 on this number"))
	require.Equal(t, "+923006284517", a["phones"])
}

// A question whether an officer will cancel the agent's licence, asked at
// "shall I send it?", asks about the agent; it does not cancel the report
// (C19-003). "cancel" said of the report still cancels it.
func TestRound19cCancelTheirLicenceIsAQuestion(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"en", "Will the Protector office cancel their licence?"},
		{"en", "can FIA cancel his licence?"},
		{"en", "will they cancel the agency's license?"},
		{"ur-Latn", "kya unka license cancel hoga?"},
		{"ur-Latn", "uska licence cancel ho jayega?"},
		{"ur", "کیا ان کا لائسنس منسوخ ہو جائے گا؟"},
		{"ur", "کیا اس کا لائسنس کینسل ہوگا؟"},
	} {
		res := at(t, flows.NodeReportSummary, c.locale, c.text)
		require.Equal(t, flows.NodeReportSummary, res.State.Node, "%s: %q", c.locale, c.text)
		require.NotContains(t, joinReplies(res), texts.T(c.locale, "cancelled", nil), c.text)
	}
	for _, c := range []struct{ locale, text string }{
		{"en", "cancel"},
		{"en", "cancel it please"},
		{"ur-Latn", "cancel kar do"},
		{"en", "can you cancel this report?"},
	} {
		res := at(t, flows.NodeReportSummary, c.locale, c.text)
		require.Equal(t, flows.NodeMenu, res.State.Node, "%s: %q", c.locale, c.text)
	}
}

// A document added in a correction ("No wait, he sent the CNIC also") is
// given beside the one before, and "so both" at the end sums up (C19-001);
// a correction that replaces one ("no wait, only the cnic") still does.
func TestRound19cDocumentAddedInACorrection(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "Only a copy of his passport. No wait, he says he sent the CNIC also, for 'police character certificate'. So both", "both"},
		{"en", "Only a copy of his passport. No wait, he says he sent the CNIC also", "both"},
		{"en", "passport copy. no wait, cnic too", "both"},
		{"en", "cnic copy, and later the passport as well. so both", "both"},
		{"ur-Latn", "sirf passport ki copy. nahi ruko, id card bhi bheja tha", "both"},
		{"ur", "صرف پاسپورٹ کی کاپی۔ نہیں رکو، شناختی کارڈ بھی دیا تھا", "both"},
		{"en", "passport. no wait, only the cnic", "cnic"},
		{"ur-Latn", "passport diya tha, sorry i mean cnic", "cnic"},
	} {
		a := answers(at(t, flows.NodeReportDocs, c.locale, c.text))
		require.Equal(t, c.want, a["documents"], "%s: %q", c.locale, c.text)
	}
}

// A sum taken back by a "no" right after it gives way to the sum said
// next ("22 lakh... no, he said 25 lakh", "2 lakh nahi 2 lakh 20 hazar",
// "ساڑھے تین لاکھ۔ نہیں بیٹا، تین لاکھ"; C19-005, C19-013, C19-030), for
// money asked and money paid; an English "not" after a sum keeps it.
func TestRound19cSumTakenBackByNo(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "22 lakh... no, he said 25 lakh, 22 was for the boys last year. Half before leaving and half when he reaches Italy", "Rs 25,00,000"},
		{"en", "22 lakh... no, he said 25 lakh", "Rs 25,00,000"},
		{"en", "3 lakh, no sorry 3.5 lakh", "Rs 3,50,000"},
		{"ur-Latn", "4 nai 5 lac mange the", "Rs 5,00,000"},
		{"ur-Latn", "2 lakh nahi, 2.5 lakh bola tha", "Rs 2,50,000"},
		{"ur", "ساڑھے تین لاکھ۔ نہیں بیٹا، چار لاکھ", "Rs 4,00,000"},
		{"ur", "دو لاکھ نہیں، اڑھائی لاکھ مانگے تھے", "Rs 2,50,000"},
		{"en", "2 lakh, not 3", "Rs 2,00,000"},
		{"en", "5 lakh, no idea why so much", "Rs 5,00,000"},
	} {
		a := answers(at(t, flows.NodeReportMoney, c.locale, c.text))
		require.Equal(t, c.want, a["money_asked"], "%s: %q", c.locale, c.text)
	}
	for _, c := range []struct{ locale, text, want string }{
		{"ur", "جی دیے تھے، ساڑھے تین لاکھ۔ نہیں بیٹا، تین لاکھ، پچاس ہزار ابھی دینے تھے", "Rs 3,00,000"},
		{"ur-Latn", "g diye the, 3.5 lakh. nahi beta, 3 lakh, 50 hazar abhi dene the", "Rs 3,00,000"},
		{"ur-Latn", "haan 2 lakh nahi 2 lakh 20 hazar diye the", "Rs 2,20,000"},
		{"en", "yes gave 3.5 lakh... no, 3 lakh. 50 thousand still to pay", "Rs 3,00,000"},
		{"ur-Latn", "5 lakh mange the, nahi diye. 2 lakh diye", "Rs 2,00,000"},
		{"ur-Latn", "haan diye the 2 lakh, baqi 1 lakh dene the", "Rs 2,00,000"},
	} {
		a := answers(at(t, flows.NodeReportPaid, c.locale, c.text))
		require.Equal(t, "yes", a["paid"], "%s: %q", c.locale, c.text)
		require.Equal(t, c.want, a["paid_amount"], "%s: %q", c.locale, c.text)
	}
}

// At "shall I send it?", "paise 2 lakh nahi 2 lakh 20 hazar the, 20
// hazar baad mein medical ke diye the" corrects the sum paid to the one
// said for the sum taken back, not the part explained after it; "baad
// mein … diye the" was paid, later (C19-030).
func TestRound19cSummaryCorrectsTheSumPaid(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "haan sahi hai, bas paise 2 lakh nahi 2 lakh 20 hazar the, 20 hazar baad mein medical ke diye the", "Rs 2,20,000"},
		{"ur-Latn", "sab theek, bas 2 lakh nahi 2.5 lakh diye the", "Rs 2,50,000"},
		{"ur", "سب ٹھیک ہے، بس دو لاکھ نہیں سوا دو لاکھ دیے تھے، پچیس ہزار بعد میں دیے تھے", "Rs 2,25,000"},
		{"en", "all correct, but I paid 2 lakh... no, 2.2 lakh, 20k was paid later for the medical", "Rs 2,20,000"},
	} {
		res := at(t, flows.NodeReportSummary, c.locale, c.text)
		a := answers(res)
		require.Equal(t, flows.NodeReportSummary, res.State.Node, "%s: %q", c.locale, c.text)
		require.Equal(t, "yes", a["paid"], "%s: %q", c.locale, c.text)
		require.Equal(t, c.want, a["paid_amount"], "%s: %q", c.locale, c.text)
		require.Equal(t, "Rs 2,00,000", a["money_asked"], "%s: %q: money asked stands", c.locale, c.text)
	}
}

// The sum paid read from the account is one told in the same message as
// the payment: "ایک ایجنٹ نے ہم سے پیسے لے لیے" and, answered later, "چار
// لاکھ کا کہا تھا سب ملا کے" tell no sum paid, so it is asked (C19-013);
// "he took 1.5 lac from me through JazzCash" still tells it.
func TestRound19cSumPaidToldWithThePayment(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		locale string
		texts  []string
		asked  string
		answer string
		want   string
	}{
		{"ur", []string{"ایک ایجنٹ نے ہم سے پیسے لے لیے", "چار لاکھ کا کہا تھا سب ملا کے"}, "Rs 4,00,000", "نقد دیے اس کے دفتر میں، رسید بھی نہیں دی", ""},
		{"ur-Latn", []string{"agent ne hum se paise le liye", "4 lakh bola tha sab mila ke"}, "Rs 4,00,000", "cash diye uske office me", ""},
		{"en", []string{"the agent took our money and vanished", "he asked 4 lakh in total"}, "Rs 4,00,000", "cash at his office", ""},
		{"en", []string{"he took 1.5 lac from me through JazzCash"}, "Rs 1,50,000", "to his own number", "Rs 1,50,000"},
		{"ur-Latn", []string{"12000 mang rahe the easypaisa pe. maine bhi de diye the"}, "Rs 12,000", "easypaisa pe", "Rs 12,000"},
	} {
		s := flows.AtQuestion(flows.NodeReportPaidHow, c.locale)
		s.Draft.Texts = c.texts
		s.Draft.Answers["money_asked"] = c.asked
		s.Draft.Answers["paid"] = "yes"
		delete(s.Draft.Answers, "paid_amount")
		res := realEngine().Step(s, flows.Input{Text: c.answer, MessageID: 7, Reference: "HSY-TYPED2"}, t0)
		a := answers(res)
		require.Equal(t, c.want, a["paid_amount"], "%s: %q", c.locale, c.texts)
		if c.want == "" {
			require.Equal(t, flows.NodeReportPaid, res.State.Node, "%s: the amount is asked", c.locale)
			require.Contains(t, joinReplies(res), texts.T(c.locale, "report_paid_amount_q", nil))
		}
	}
}

// "رسید ہے میرے پاس", "I have the receipt", said when asked how the money
// went, tell of a receipt, not the way paid: the question is asked again
// and the next answer is the way (C19-014). A way with a receipt beside it
// is the way.
func TestRound19cReceiptIsNoWayPaid(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"ur", "رسید ہے میرے پاس"},
		{"ur", "میرے پاس رسید بھی ہے"},
		{"en", "I have the receipt"},
		{"en", "yes i have a receipt"},
		{"ur-Latn", "raseed hai mere paas"},
		{"ur-Latn", "mere pas rasid hai"},
	} {
		res := at(t, flows.NodeReportPaidHow, c.locale, c.text)
		require.Equal(t, flows.NodeReportPaidHow, res.State.Node, "%s: %q", c.locale, c.text)
		require.Empty(t, answers(res)["paid_how"], "%s: %q", c.locale, c.text)
	}
	for _, c := range []struct{ locale, text, want string }{
		{"ur", "بینک میں جمع کرائے، رسید ہے میرے پاس", "bank"},
		{"ur-Latn", "cash diye, raseed nahi di", "cash"},
		{"en", "easypaisa, and I have the receipt", "easypaisa"},
	} {
		require.Equal(t, c.want, answers(at(t, flows.NodeReportPaidHow, c.locale, c.text))["paid_how"], "%s: %q", c.locale, c.text)
	}
}

// A correction of the sum already answered, typed at a later question
// ("nahi 4 nai 5 lac diye the" asked for the documents), changes that sum;
// the question is asked again. The bare 4 is in the unit of the sum after
// it.
func TestRound19cSumCorrectedAtALaterQuestion(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "nahi 4 nai 5 lac diye the", "Rs 5,00,000"},
		{"ur-Latn", "4 nahi 5 lakh diye the", "Rs 5,00,000"},
		{"ur-Latn", "sorry 4 nhi 4.5 lakh diye the", "Rs 4,50,000"},
		{"en", "4 no 5 lakh i paid", "Rs 5,00,000"},
		{"en", "it was 4 lakh... no, 5 lakh that I paid", "Rs 5,00,000"},
		{"ur", "۴ نہیں ۵ لاکھ دیے تھے", "Rs 5,00,000"},
		{"ur", "چار لاکھ نہیں، پانچ لاکھ دیے تھے", "Rs 5,00,000"},
	} {
		s := flows.AtQuestion(flows.NodeReportDocs, c.locale)
		s.Draft.Answers["paid"] = "yes"
		s.Draft.Answers["paid_amount"] = "Rs 4,00,000"
		res := realEngine().Step(s, flows.Input{Text: c.text, MessageID: 7, Reference: "HSY-TYPED2"}, t0)
		a := answers(res)
		require.Equal(t, c.want, a["paid_amount"], "%s: %q", c.locale, c.text)
		require.Equal(t, flows.NodeReportDocs, res.State.Node, "%s: %q: asked again", c.locale, c.text)
		require.Empty(t, a["documents"], "%s: %q", c.locale, c.text)
	}
	// no sum of the report taken back: a documents answer as before
	s := flows.AtQuestion(flows.NodeReportDocs, "ur-Latn")
	s.Draft.Answers["paid_amount"] = "Rs 4,00,000"
	res := realEngine().Step(s, flows.Input{Text: "passport diya tha", MessageID: 7, Reference: "HSY-TYPED2"}, t0)
	require.Equal(t, "passport", answers(res)["documents"])
	require.Equal(t, "Rs 4,00,000", answers(res)["paid_amount"])
}

// At "shall I send it?", how the money went told again in more detail
// ("easypaisa 3 dafa mein bheje the 20 20 karke, 2 dafa nahi") is no
// answer to pick: the way is kept, the words noted, and the summary shown
// again (C19-025).
func TestRound19cSummaryRetellsTheWayPaid(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "sab theek hai bas ek cheez, easypaisa 3 dafa mein bheje the 20 20 karke, 2 dafa nahi. baqi sahi"},
		{"ur-Latn", "theek hai lekin easypaisa 2 nahi 3 dafa mein bheje the"},
		{"ur", "سب ٹھیک ہے، بس ایک بات، ایزی پیسہ سے تین دفعہ بھیجے تھے، دو دفعہ نہیں"},
		{"en", "all correct but the easypaisa was sent in 3 goes, not 2"},
	} {
		s := flows.AtQuestion(flows.NodeReportSummary, c.locale)
		s.Draft.Answers["paid"] = "yes"
		s.Draft.Answers["paid_amount"] = "Rs 60,000"
		s.Draft.Answers["paid_how"] = "easypaisa"
		res := realEngine().Step(s, flows.Input{Text: c.text, MessageID: 7, Reference: "HSY-TYPED2"}, t0)
		a := answers(res)
		require.Equal(t, flows.NodeReportSummary, res.State.Node, "%s: %q", c.locale, c.text)
		require.Equal(t, "easypaisa", a["paid_how"], "%s: %q", c.locale, c.text)
		require.Equal(t, "Rs 60,000", a["paid_amount"], "%s: %q", c.locale, c.text)
		require.Contains(t, res.State.Draft.Texts, c.text, "%s: the words kept for the officer", c.locale)
	}
}

// In a plea, a sum demanded and nothing paid ("دس لاکھ مانگ رہے ہیں، ہم نے
// ابھی کچھ نہیں دیا") says money was not paid, as a payment told says it
// was (C19-018); "they give no food" with no sum says nothing of money.
func TestRound19cPleaNothingPaidYet(t *testing.T) {
	t.Parallel()
	paidOf := func(res flows.Result) string {
		if v := answers(res)["paid"]; v != "" {
			return v
		}
		return res.State.Draft.Inferred["paid"]
	}
	for _, c := range []struct{ locale, text string }{
		{"ur", "اسے کمرے میں بند کر کے رکھا ہے، دس لاکھ مانگ رہے ہیں، ہم نے ابھی کچھ نہیں دیا"},
		{"ur", "وہ پانچ لاکھ مانگ رہے ہیں، ہم نے کچھ نہیں دیا"},
		{"ur-Latn", "usko band kiya hua hai, 10 lakh mang rahe hain, humne abhi kuch nahi diya"},
		{"ur-Latn", "5 lakh maang rahe hain, abhi tak kuch nahi diya"},
		{"en", "they locked him in a room and want 10 lakh, we have not paid anything yet"},
		{"en", "they are asking 5 lakh for his release, we paid nothing"},
	} {
		res := at(t, flows.NodeHelpWhat, c.locale, c.text)
		require.Equal(t, "no", paidOf(res), "%s: %q", c.locale, c.text)
	}
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "usko band kiya hua hai, khana bhi nahi diya"},
		{"en", "they locked him in and gave him no food"},
	} {
		res := at(t, flows.NodeHelpWhat, c.locale, c.text)
		require.Empty(t, paidOf(res), "%s: %q", c.locale, c.text)
	}
}

// An agent's terms told before a payment ("8 lakh leta hai, 3 lakh pehle
// aur baki visa ane pe, maine bhi usko 3 lakh diye the bank me") are no
// payment: the sum paid is the one the payment names, even when the terms
// name the same sum; "maine bhi" is "I too", not more asked; a later
// payment outweighs a "rest after the visa" of the terms. Found by typing
// as a user.
func TestRound19cTermsThenPayment(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ open, text, done, asked, paid string }{
		{"shikayat karni hai", "ghulam rasool wo kehta hai k wo logon ko poland bhejta hai work permit pe, 8 lakh leta hai, 3 lakh pehle aur baki visa ane pe, maine bhi usko 3 lakh diye the bank me", "bas", "Rs 8,00,000", "Rs 3,00,000"},
		{"shikayat karni hai", "wo kehta hai 5 lakh leta hai, 2 lakh pehle baki baad me, maine bhi usko 2 lakh diye the jazzcash se", "bas", "Rs 5,00,000", "Rs 2,00,000"},
		{"shikayat karni hai", "wo 6 lakh leta hai, aadhe pehle aadhe visa ke baad, maine 3 lakh de diye", "bas", "Rs 6,00,000", "Rs 3,00,000"},
		{"I want to report an agent", "he charges 8 lakh, 3 lakh first and the rest when the visa comes. I also gave him 3 lakh in the bank", "done", "Rs 8,00,000", "Rs 3,00,000"},
		{"I want to report an agent", "he takes 6 lakh, half before and half after the visa, my cousin also paid him 3 lakh", "done", "Rs 6,00,000", "Rs 3,00,000"},
		{"I want to report an agent", "he charges 4 lakh, 1 lakh advance and the rest after the visa. We paid the advance, 1 lakh", "done", "Rs 4,00,000", "Rs 1,00,000"},
		{"شکایت کرنی ہے", "وہ آٹھ لاکھ لیتا ہے، تین لاکھ پہلے اور باقی ویزا آنے پر، میں نے بھی اسے تین لاکھ دیے تھے بینک میں", "بس", "Rs 8,00,000", "Rs 3,00,000"},
	} {
		s := flows.State{}
		var res flows.Result
		for i, m := range []string{c.open, c.text, c.done} {
			res = e.Step(s, flows.Input{Text: m, MessageID: int64(i + 1), Reference: "HSY-TYPED2"}, t0)
			s = res.State
		}
		inf := s.Draft.Inferred
		require.Equal(t, c.asked, inf["money_asked"], c.text)
		require.Equal(t, "yes", inf["paid"], c.text)
		require.Equal(t, c.paid, inf["paid_amount"], c.text)
	}
	// terms and nothing paid yet stay unpaid
	s := flows.State{}
	for i, m := range []string{"I want to report an agent", "he wants 2 lakh advance, rest after the visa, I have not paid yet", "done"} {
		s = e.Step(s, flows.Input{Text: m, MessageID: int64(i + 1), Reference: "HSY-TYPED2"}, t0).State
	}
	require.Equal(t, "no", s.Draft.Inferred["paid"])
}

// A message of a report's account that only the model reads as danger
// raises no emergency when the account so far, with it, is none: the
// report's urgency is judged on the whole account (C19-003, C19-005). A
// word of danger the rules read still comes first, and so does the
// model's reading in a plea for help. The stand-in triage marks the one
// message as the model's emergency and reads the joined account as the
// real triage does.
func TestRound19cModelDangerInAnAccountIsJudgedOnTheWhole(t *testing.T) {
	t.Parallel()
	modelOnly := func(text string) flows.Signals {
		s := casework.Signals(text)
		one := !strings.Contains(text, "\n")
		if one && (strings.Contains(text, "boat") || strings.Contains(text, "kashti") || strings.Contains(text, "کشتی") || strings.Contains(text, "kafeel")) {
			s.Danger, s.DangerWhy = true, []string{"Model: reads as an emergency (25%)"}
		}
		if strings.Contains(text, "locked") {
			s.Danger, s.DangerWhy = true, []string{"locked in"}
		}
		return s
	}
	e := flows.New(texts, flows.Options{Helplines: casework.DefaultHelplines(), TTL: time.Hour, Triage: modelOnly, CountryName: triage.CountryName})
	play := func(msgs ...string) (flows.State, string) {
		s := flows.State{}
		var all []string
		for i, m := range msgs {
			res := e.Step(s, flows.Input{Text: m, MessageID: int64(i + 1), Reference: "HSY-TYPED2"}, t0)
			s = res.State
			all = append(all, joinReplies(res))
		}
		return s, strings.Join(all, "\n")
	}
	for _, c := range []struct{ locale, open, account, text string }{
		{"en", "I want to report an agent", "An agent from Gujrat came to our village and is telling the boys he will take them to Italy", "He says fly to Benghazi, then boat to Italy. He says the boats are big and safe. He says leave in a few months when the sea is calm"},
		{"en", "I want to report an agent", "A licensed OEP in Rawalpindi took 6 lakh cash from me for a driver job in Riyadh", "Now the visa says labourer. They said go there and the kafeel will change it. I have not flown yet"},
		{"ur-Latn", "shikayat karni hai", "ek agent gaon ke larkon ko italy bhejne ki baat karta hai", "kehta hai pehle libya jana hai phir kashti me italy, agle saal jab samundar theek ho"},
		{"ur", "شکایت کرنی ہے", "ایک ایجنٹ گاؤں کے لڑکوں کو اٹلی بھیجنے کی بات کرتا ہے", "کہتا ہے لیبیا سے کشتی میں اٹلی جانا ہے، اگلے سال جائیں گے"},
	} {
		_, said := play(c.open, c.account, c.text)
		require.NotContains(t, said, texts.T(c.locale, "danger_first", nil), "%s: %q", c.locale, c.text)
	}
	_, said := play("I want to report an agent", "An agent from Gujrat came to our village and is telling the boys he will take them to Italy", "his men have locked my nephew in a room")
	require.Contains(t, said, texts.T("en", "danger_first_other", nil), "words of danger come first (about a nephew: their safety)")
	_, said = play("help me please", "my son went with an agent, now he is on a boat")
	require.Contains(t, said, texts.T("en", "danger_first", nil), "a plea keeps the model's reading")
}

// "raseed nahi di", "they gave no receipt" deny a receipt, not a payment:
// asked "have you paid?", they say money went; asked how it went, they are
// no "no" that takes the payment back, and the way is asked again.
func TestRound19cNoReceiptIsNoUnpaid(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "raseed nahi di"},
		{"ur-Latn", "raseed bhi nahi di"},
		{"ur", "رسید نہیں دی"},
		{"ur", "رسید بھی نہیں دی"},
		{"en", "they gave no receipt"},
		{"en", "no receipt was given"},
	} {
		a := answers(at(t, flows.NodeReportPaid, c.locale, c.text))
		require.Equal(t, "yes", a["paid"], "%s: %q", c.locale, c.text)
		s := flows.AtQuestion(flows.NodeReportPaidHow, c.locale)
		s.Draft.Answers["paid"] = "yes"
		res := realEngine().Step(s, flows.Input{Text: c.text, MessageID: 7, Reference: "HSY-TYPED2"}, t0)
		require.Equal(t, "yes", answers(res)["paid"], "%s: %q at how", c.locale, c.text)
		require.Equal(t, flows.NodeReportPaidHow, res.State.Node, "%s: %q at how", c.locale, c.text)
	}
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "nahi diye"},
		{"en", "no receipt, nothing paid yet"},
		{"ur-Latn", "nahi, raseed wagera kuch nahi"},
	} {
		require.Equal(t, "no", answers(at(t, flows.NodeReportPaid, c.locale, c.text))["paid"], "%s: %q", c.locale, c.text)
	}
}

// A "no" that belongs to another word ("2 lakh, no receipt, 50 hazar
// baki") takes no sum back.
func TestRound19cNoOfAnotherWordKeepsTheSum(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "haan 2 lakh diye, no receipt, 50 hazar baki hain", "Rs 2,00,000"},
		{"en", "yes paid 2 lakh, no receipt, 50k still to pay", "Rs 2,00,000"},
		{"ur", "جی دو لاکھ دیے، نہیں رسید نہیں دی، پچاس ہزار باقی ہیں", "Rs 2,00,000"},
	} {
		a := answers(at(t, flows.NodeReportPaid, c.locale, c.text))
		require.Equal(t, c.want, a["paid_amount"], "%s: %q", c.locale, c.text)
	}
}

// A number money was sent to is a payment's: "the number I sent the money
// to" and "the account we sent 50000 to" still pay.
func TestRound19cNumberMoneyWentToStillPays(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"yes, 50000 to the number i sent it to, 0300 6284517",
		"yes the account we sent 50000 to is easypaisa 0300 6284517",
		"yes, the number was sent 50000 by easypaisa",
	} {
		a := answers(at(t, flows.NodeReportPaid, "en", text))
		require.Equal(t, "yes", a["paid"], text)
		require.Equal(t, "Rs 50,000", a["paid_amount"], text)
	}
}
