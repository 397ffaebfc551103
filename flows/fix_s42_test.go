package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Typed answers found in the forty-second session, each at its question.
func TestSession42Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		// a yes with its sum corrected, then what is still to pay later
		// (C413-001 stored "no")
		{flows.NodeReportPaid, "ur-Latn", "g 85 hazar... nahi sorry 75 hazar, 10 baad me dene thay wo nahi diye", map[string]string{"paid": "yes", "paid_amount": "Rs 75,000"}},
		{flows.NodeReportPaid, "ur", "جی ۷۵ ہزار دیے، دس بعد میں دینے تھے وہ نہیں دیے", map[string]string{"paid": "yes", "paid_amount": "Rs 75,000"}},
		{flows.NodeReportPaid, "en", "yes 50k, sorry 40k, the other 10 is to be paid later", map[string]string{"paid": "yes", "paid_amount": "Rs 40,000"}},
		// taken back whole, or nothing paid yet
		{flows.NodeReportPaid, "ur-Latn", "g 85 hazar nahi sorry abhi nahi diye", map[string]string{"paid": "no"}},
		{flows.NodeReportPaid, "ur-Latn", "abhi nahi diye baad me dene hain", map[string]string{"paid": "no"}},
		{flows.NodeReportPaid, "ur", "جی ۶۵ ہزار... نہیں، ۷۵ ہزار، دس ہزار میڈیکل کا بعد میں بھیجا تھا", map[string]string{"paid": "yes", "paid_amount": "Rs 75,000"}},
		{flows.NodeReportMoney, "ur", "کل آٹھ لاکھ بولا تھا، میں نے پانچ دیے... نہیں ساڑھے پانچ، پچاس ہزار بعد میں دیے تھے", map[string]string{"money_asked": "Rs 8,00,000", "paid_amount": "Rs 5,50,000"}},
		// a guess that nothing went, then the doubt, is not known
		// (C420-007 stored "yes"); the guess alone is a no
		{flows.NodeReportPaid, "en", "I don't think Usman has paid yet, he is arranging money, selling his bike and my aunt's gold. Honestly not sure", map[string]string{"paid": "unknown"}},
		{flows.NodeReportPaid, "en", "I don't think he has paid yet", map[string]string{"paid": "no"}},
		{flows.NodeReportPaid, "en", "i dont think my brother paid anything", map[string]string{"paid": "no"}},
		{flows.NodeReportPaid, "ur-Latn", "mera khayal hai abhi nahi diye, pata nahi pakka", map[string]string{"paid": "unknown"}},
		// what he says they must pay is no payment (C419-001 stored
		// "yes, Rs 7,50,000")
		{flows.NodeReportPaid, "ur-Latn", "whatsapp pe pucha to kehta 35 hazar abhi file k, total 7 lakh 50 hazar ticket samait", map[string]string{"paid": "", "paid_amount": ""}},
		// found in A155–A157 at first play
		{flows.NodeReportConsent, "en", "I'd rather you didn't, my husband checks my phone", map[string]string{"consent": "no"}},
		{flows.NodeHelpWhat, "ur-Latn", "jo kaam kiya uske paise hi nahi de raha malik", map[string]string{"situation": "unpaid"}},
		{flows.NodeReportPaid, "ur-Latn", "kuch advance diya tha, kitna yaad nai", map[string]string{"paid": "yes"}},
		{flows.NodeReportPaid, "ur", "کچھ ایڈوانس دیا تھا، کتنا یاد نہیں", map[string]string{"paid": "yes"}},
		{flows.NodeReportPaid, "ur-Latn", "advance abhi nahi diya", map[string]string{"paid": "no"}},
		{flows.NodeReportPaid, "ur-Latn", "pata nahi diye ya nahi, kitne bhi yaad nahi", map[string]string{"paid": "unknown"}},
		{flows.NodeReportRecruiter, "ur", "چوہدری نصیر نام بتاتا تھا اپنا", map[string]string{"recruiter": "چوہدری نصیر"}},
		{flows.NodeReportRecruiter, "ur-Latn", "Nadeem bhai kehte hain sab, pura naam nai pata", map[string]string{"recruiter": "Nadeem bhai"}},
		{flows.NodeReportRecruiter, "ur-Latn", "wo apne ap ko Haji Sahab kehlwata tha, sab usko isi naam se jante", map[string]string{"recruiter": "Haji Sahab"}},
		// where he is from is no other man; the nephew who took the money is
		// (C417-004 kept "Kunjah")
		{flows.NodeReportRecruiter, "ur-Latn", "Chaudhry Arshad, Kunjah wala. pese uska bhatija Bilal leta tha", map[string]string{"recruiter": "Chaudhry Arshad", "recruiter_also": "Bilal"}},
		// how many men there are is no name (C418-008 stored "دو بندے ہیں")
		{flows.NodeReportRecruiter, "ur", "دو بندے ہیں۔ ملک اسلم گاؤں والا اور شاہد بٹ راولپنڈی والا۔ اصل کام شاہد بٹ کا ہے، اسلم تو اس کا کارندہ ہے", map[string]string{"recruiter": "ملک اسلم"}},
		{flows.NodeReportRecruiter, "ur-Latn", "do bande hain, Malik Aslam aur Shahid Butt", map[string]string{"recruiter": "Malik Aslam"}},
	} {
		c.check(t, e)
	}
}

// playFrom plays typed messages from a new conversation and returns the
// last step.
func playFrom(e *flows.Engine, msgs ...string) flows.Result {
	var res flows.Result
	for i, m := range msgs {
		res = e.Step(res.State, flows.Input{Text: m, MessageID: int64(i + 1), Reference: "HSY-S42TST"}, t0)
	}
	return res
}

// A payment told with how but no sum paid is asked its sum once more:
// also when the only sum said is the receipt's (C418-004) or "all the
// slips" says no sum (C418-013); "both times" after a sum asked in two
// parts is all of it (C418-002).
func TestSession42SumAsked(t *testing.T) {
	t.Parallel()
	e := realEngine()
	opening := []string{"I have been given a fake Portugal visa by an agent. I want to report this person, I paid him", "done", "yes",
		"A friend introduced him", "Adnan Ghuman", "0302 6618590", "12 lakh total"}
	for _, how := range []string{
		"Cash, in two instalments at their office. Receipt given for only Rs 15,000 'service charges'",
		"Bank transfer to his Bank Alfalah account, I have all the slips",
	} {
		res := playFrom(e, append(opening, how)...)
		require.Equal(t, flows.NodeReportPaid, res.State.Node, how)
		require.Empty(t, sentAnswers(res)["paid_amount"], how)
		require.NotEmpty(t, sentAnswers(res)["paid_how"], how)
	}
	res := playFrom(e, "قطر میں نوکری کے نام پر میرے ساتھ فراڈ ہوا ہے۔ جاز کیش سے پیسے بھیجے تھے", "بس", "جی ہاں", "فیس بک", "شازیہ",
		"۰۳۰۷۴۴۱۹۸۳۲", "پہلے ۱۸ ہزار ویزا فیس پھر ۲۲ ہزار میڈیکل کا، کل ۴۰ ہزار", "جاز کیش سے اسی نمبر پر، اکاؤنٹ کسی شازیہ بی بی کے نام کا تھا",
		"جی دونوں دفعہ دے دیے")
	require.Equal(t, "Rs 40,000", sentAnswers(res)["paid_amount"])
}

// Found in C417–C420: "wo licence wala h ya nai" asks for a check
// (C420-028 opened a report); the words of a message quoted ("to
// 'complete verification'") are the sender's, no wish to verify
// (C417-028 opened a check).
func TestSession42Intents(t *testing.T) {
	t.Parallel()
	e := realEngine()
	requireOpens(t, e, flows.KindVerify,
		"Sialkot me ek agent h jo Italy ka work visa 12 lakh me lagwa rha h. bas pta krna h wo licence wala h ya nai",
		"اس کا لائسنس ہے یا نہیں؟",
		"agent ka licence hai ya nahi ye pata karna hai",
		// whether a number or a piece of news is true, asked (C425-032,
		// C426-027 opened reports: "visa khol diye" is no payment)
		"یہ نمبر ٹھیک ہے کیا ۰۳۲۵۸۸۴۰۱۶۲ کہہ رہے ہیں دبئی میں ڈیلیوری رائیڈر کی نوکری ہے",
		"ye agent sahi hai kya? Multan ka hai",
		"ye khabar sach h kya? 'Germany ne 2 lakh Pakistani nurses aur electricians k liye visa khol diye, registration 2000 rs'",
	)
	requireOpens(t, e, flows.KindReport,
		// a cousin being lured by a smugglers' account is no one stuck
		// (C421-008 opened help); a job's country is no one's place
		// (C422-013: "سعودیہ میں … نوکری", more money asked, opened help)
		"ek tiktok account h 'Europe Dreams Official' wo khule aam Libya se Italy kashti k zariye bhej rahe hain. video me larke boat me naach rahe hote. mere chachazad ko bhi phansa rahe hain",
		"فیس بک پر سعودیہ میں خادم الحجاج کی نوکری کا اشتہار تھا، میرے ابو نے اپلائی کیا، اب وہ لوگ مزید پیسے مانگ رہے ہیں",
		// words quoted are the sender's (C417-028 opened a check)
		"Got a WhatsApp from an unknown number saying I've been 'shortlisted' for a warehouse job in Poland. I never applied anywhere. They want my CNIC, 2 photos, home address and to install an app called JobTrack Pro to 'complete verification'",
		"agent ne 3 lakh le liye, licence hai ya nahi pata nahi, ab phone band hai",
	)
	requireOpens(t, e, flows.KindHelp, "mera bhai libya me phansa hua hai, agent ka number band hai")
}

// requireOpens checks that each opening message starts the flow want.
func requireOpens(t *testing.T, e *flows.Engine, want string, texts ...string) {
	t.Helper()
	for _, text := range texts {
		require.Equal(t, want, openingKind(t, e, text), text)
	}
}

// Asked whether to delete, why they want it: sent by mistake with a
// relative's number in it (C427-036 kept the data); a delete pressed by
// mistake still keeps it.
func TestSession42EraseWhy(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "galti se bhej diya tha, bhabhi ka number b likh diya tha usme"},
		{"ur", "غلطی سے بھیج دیا تھا، بھابھی کا نمبر بھی لکھ دیا تھا"},
	} {
		require.True(t, erased(stepsAt(e, flows.NodeErase, c.locale, c.text)), c.text)
	}
	require.False(t, erased(stepsAt(e, flows.NodeErase, "ur-Latn", "nai nai galti se dab gaya")))
}

// Found in A155–A157: money not to be talked of is the question put off;
// "ابھی ضرورت ہے" keeps the data; whether a named firm are "ٹھیک لوگ" asks
// for a check.
func TestSession42PutOffKeptChecked(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeReportMoney, "en", "I don't want to talk about money here")
	require.Equal(t, flows.NodeReportPaid, res.State.Node, joinReplies(res))
	require.Empty(t, sentAnswers(res)["money_asked"])
	res = stepsAt(e, flows.NodeErase, "ur", "نہیں نہیں، ابھی ضرورت ہے")
	require.False(t, erased(res))
	require.NotEqual(t, flows.NodeErase, res.State.Node, joinReplies(res))
	require.Equal(t, flows.KindVerify, openingKind(t, e, "گلف اسٹار اوورسیز راولپنڈی والے ٹھیک لوگ ہیں؟"))
}

// Asked how a known sum was paid, the sum alone again ("12 lakh total")
// is no way of paying: nothing is stored as how (it was kept as the way
// it was paid).
func TestSession42SumIsNoWay(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ locale, text string }{{"en", "12 lakh total"}, {"ur-Latn", "total 12 lakh"}, {"ur", "کل بارہ لاکھ"}} {
		st := flows.AtQuestion(flows.NodeReportPaidHow, c.locale)
		st.Draft.Answers["paid"], st.Draft.Answers["paid_amount"] = "yes", "Rs 12,00,000"
		res := e.Step(st, flows.Input{Text: c.text, MessageID: 1}, t0)
		require.Empty(t, sentAnswers(res)["paid_how"], c.text)
	}
	st := flows.AtQuestion(flows.NodeReportPaidHow, "en")
	st.Draft.Answers["paid"], st.Draft.Answers["paid_amount"] = "yes", "Rs 12,00,000"
	res := e.Step(st, flows.Input{Text: "12 lakh by bank transfer", MessageID: 1}, t0)
	require.Equal(t, "bank", sentAnswers(res)["paid_how"])
}
