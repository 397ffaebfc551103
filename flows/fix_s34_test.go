package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in C307-C308 and A120 (first played in the thirty-fourth session).

// answerCase is a typed answer at its question and the slots it must
// leave as given ("" means the slot stays empty).
type answerCase struct {
	node, locale, text string
	want               map[string]string
}

func (c answerCase) check(t *testing.T, e *flows.Engine) {
	t.Helper()
	got := sentAnswers(stepsAt(e, c.node, c.locale, c.text))
	for k, v := range c.want {
		require.Equal(t, v, got[k], "%s %q: %s (%v)", c.node, c.text, k, got)
	}
}

// Typed answers, each at its question: what is stored, and what is not.
func TestSession34Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		// a sum taken, or joined by "and", before the receipt is named is
		// the sum paid, not the receipt's
		{flows.NodeReportPaidHow, "ur", "پانچ لاکھ لیے اور رسید پندرہ ہزار کی دی", map[string]string{"paid_amount": "Rs 5,00,000"}},
		{flows.NodeReportPaidHow, "en", "paid 2 lakh and receipt of 15000 only", map[string]string{"paid_amount": "Rs 2,00,000"}},
		{flows.NodeReportPaidHow, "ur-Latn", "3 lakh diye aur raseed sirf 20 hazar ki", map[string]string{"paid_amount": "Rs 3,00,000"}},
		// one place said plainly, another only in doubt
		{flows.NodeReportSeen, "en", "it was shared in a whatsapp group 'Gulf Jobs Faisalabad', maybe it was a facebook post before that, not sure", map[string]string{"seen": "whatsapp"}},
		{flows.NodeReportSeen, "en", "maybe whatsapp maybe fb, not sure", map[string]string{"seen": ""}},
		// told of by a brother, after "don't know": not known; an agent who came is
		{flows.NodeReportSeen, "ur-Latn", "pta nai, bhai ne bataya tha bs", map[string]string{"seen": ""}},
		{flows.NodeReportSeen, "ur-Latn", "pta nai, agent khud ghar aya tha", map[string]string{"seen": "agent"}},
		// a real name guessed leaves the name he goes by first; a full name,
		// even guessed, makes the short one whole
		{flows.NodeReportRecruiter, "en", "ppl call him Haji Zulfi. real name Zulfiqar Warraich i think", map[string]string{"recruiter": "Haji Zulfi", "recruiter_also": "Zulfiqar Warraich"}},
		{flows.NodeReportRecruiter, "en", "ppl call him Haji Zulfi. real name Zulfiqar Warraich", map[string]string{"recruiter": "Zulfiqar Warraich"}},
		// a lawyer named beside the firm is its person
		{flows.NodeReportRecruiter, "en", "Northmaple Agro Farms Ltd, and the lawyer is supposedly Barrister Kevin Doyle", map[string]string{"recruiter": "Northmaple Agro Farms Ltd", "recruiter_also": "Kevin Doyle"}},
		// "some lady" names no one; the name she gave does
		{flows.NodeReportRecruiter, "en", "some lady, called herself Madam Rubina, never gave her full name", map[string]string{"recruiter": "Madam Rubina", "paid": ""}},
		// the firm she works at is the recruiter, she its person
		{flows.NodeReportRecruiter, "en", "Lady called Mehreen, says she is the consultant at Global Pathway Consultancy Lahore. The employer on the letter is Brightwell Home Care Ltd", map[string]string{"recruiter": "Global Pathway Consultancy", "recruiter_also": "Mehreen"}},
		// "his" shop is the man's, named first
		{flows.NodeReportRecruiter, "ur", "سب اسے چوہدری اکرم کہتے ہیں، کھاریاں روڈ پر اس کی اکرم ٹریولز کے نام سے دکان ہے", map[string]string{"recruiter": "چوہدری اکرم", "recruiter_also": "اکرم ٹریولز"}},
		// papers given in a later clause with its own verb
		{flows.NodeReportDocs, "ur-Latn", "passport to wahan company ne le liya. yahan agent ko cnic aur passport ki copy di thi", map[string]string{"documents": "both"}},
		{flows.NodeReportDocs, "ur-Latn", "passport unke paas hai, cnic nahi di", map[string]string{"documents": "passport"}},
		// nothing sent, stopped before the scan
		{flows.NodeReportDocs, "en", "he hasnt sent anything, i stopped him before the passport scan", map[string]string{"documents": "none"}},
		{flows.NodeReportDocs, "ur-Latn", "maine usay passport bhejne se pehle rok diya", map[string]string{"documents": "none"}},
		// the number shown is the one they dealt on
		{flows.NodeReportPhones, "ur", "اسی نمبر پر تو پیسوں کی ساری بات ہوئی تھی", map[string]string{"phones": "+923001234567"}},
		{flows.NodeReportPhones, "ur-Latn", "isi number pe baat hoti thi", map[string]string{"phones": "+923001234567"}},
		// a phone said to be a nephew's is whose phone it is; care asked is discreet
		{flows.NodeHelpContact, "ur", "یہ فون میرے بھتیجے کا ہے، یہاں میسج کریں لیکن احتیاط سے، منشی فون دیکھ لیتا ہے", map[string]string{"contact": "discreet"}},
		// "I have run away" (an absconding report) is no money taken
		{flows.NodeHelpWhat, "ur-Latn", "usne absher pe huroob daal diya k main bhaag gya hun. tankhwa to poori de di thi", map[string]string{"situation": "other"}},
		{flows.NodeHelpWhat, "ur-Latn", "agent paise le kar bhaag gaya", map[string]string{"situation": "money_taken"}},
		// made to work unpaid is forced work
		{flows.NodeHelpWhat, "ur", "اس نے پاسپورٹ رکھ لیا، دس مہینے بغیر تنخواہ تعمیراتی کام کروایا", map[string]string{"situation": "forced_work"}},
		// wanting one's salary is wages unpaid
		{flows.NodeHelpWhat, "en", "Kafeel say if I complain he will put huroob on me. I only want my 3 month salary and final exit", map[string]string{"situation": "unpaid"}},
	} {
		c.check(t, e)
	}
}

// At the summary: an "ok, thanks" sends; a plea to get the passport back
// said with a yes sends and changes no answer; a bare thanks does not send.
func TestSession34Summary(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct {
		locale, text string
		sent         bool
	}{
		{"ur", "ٹھیک ہے، شکریہ", true},
		{"ur-Latn", "theek hai shukriya", true},
		{"en", "ok thanks", true},
		{"en", "thanks", false},
		{"en", "Yes. Please make them return my passport", true},
		{"ur-Latn", "haan theek hai, bas mera passport wapas dilwa dein", true},
	} {
		before := flows.AtQuestion(flows.NodeReportSummary, c.locale).Draft.Answers["documents"]
		r := stepsAt(e, flows.NodeReportSummary, c.locale, c.text)
		require.Equal(t, c.sent, effectsHave(r, flows.EffectCreateReport), c.text)
		if c.sent {
			require.Equal(t, before, sentAnswers(r)["documents"], c.text)
		}
	}
}

// A man named by his role in Urdu script, with "صاحب" after him, is kept
// beside the firm when his number is given ("منیجر طارق صاحب کا ۰۳۲۱…");
// the fuller name an account shows replaces the short one told before.
func TestSession34Names(t *testing.T) {
	t.Parallel()
	e := realEngine()
	r := stepsAt(e, flows.NodeReportPhonesAsk, "ur", "دفتر کا ۰۵۱-۵۵۳۲۰۸۷، منیجر طارق صاحب کا ۰۳۲۱ ۵۰۹۹۴۶۲")
	require.Equal(t, "طارق", r.State.Draft.Inferred[flows.SlotRecruiterAlso]+r.State.Draft.Answers[flows.SlotRecruiterAlso], "%v %v", r.State.Draft.Answers, r.State.Draft.Inferred)

	// C308-002's answers, typed
	s, _ := playLast(t,
		"السلام علیکم میرے ساتھ فراڈ ہوا ہے۔ قطر میں سیکیورٹی گارڈ کی نوکری کا فارم بھرا تھا آن لائن، پھر ای میل آئی کہ آپ سلیکٹ ہو گئے ہیں",
		"ای میل میں لکھا تھا آپ الخور سیکیورٹی سروسز میں منتخب ہو گئے ہیں۔ ویزا پروسیسنگ کے ۱۸۵۰۰ روپے بھیجیں۔ میں نے بھیج دیے تو اب کہتے ہیں ٹکٹ کے ۶۵۰۰۰ اور بھیجو",
		"بس یہی ہے", "نہیں", "فیس بک پر اشتہار تھا",
		"خود کو الخور سیکیورٹی سروسز قطر کہتے ہیں۔ واٹس ایپ پر ایک بندہ بات کرتا ہے، نام عدنان بتاتا ہے",
		"۰۳۰۷ ۶۶۱۸۲۴۰ یہ واٹس ایپ والا ہے", "قطر", "پہلے ۱۸۵۰۰ مانگے، اب ۶۵۰۰۰ اور", "جی ۱۸۵۰۰ دے چکا ہوں")
	require.Equal(t, flows.NodeReportPaidHow, s.Node)
	require.Equal(t, "عدنان", s.Draft.Answers[flows.SlotRecruiterAlso])
	res := e.Step(s, flows.Input{Text: "جاز کیش سے بھیجے تھے، اکاؤنٹ پر نام محمد عدنان آیا تھا", MessageID: 40, Reference: "HSY-S34NAM"}, t0)
	require.Equal(t, "محمد عدنان", res.State.Draft.Answers[flows.SlotPaidTo])
	require.Equal(t, "محمد عدنان", res.State.Draft.Answers[flows.SlotRecruiterAlso])
}

// Found in C309-C310 and A121 (the session's second round).
func TestSession34SecondRound(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		// what is sure paid, and another sum in doubt
		{flows.NodeReportPaid, "en", "yes 2.5 lakh. actually my brother in law also sent 50k for 'biometrics' I think, I'm not sure if that was to the same people", map[string]string{"paid": "yes", "paid_amount": "Rs 2,50,000"}},
		{flows.NodeReportPaid, "ur-Latn", "haan 1 lakh diye. shayad bhai ne bhi 20 hazar bheje the, pakka nahi pata", map[string]string{"paid": "yes", "paid_amount": "Rs 1,00,000"}},
		// "my" right before a number is the writer's own
		{flows.NodeReportPhonesAsk, "ur-Latn", "uska 0308 6651729 h. mera 0333 1120458 h agar chahiye", map[string]string{"phones": "+923086651729"}},
		// the one of the shop, then his name
		{flows.NodeReportRecruiter, "ur-Latn", "Zubair Mobile Zone wala, Zubair Ahmed", map[string]string{"recruiter": "Zubair Ahmed", "recruiter_also": "Zubair Mobile Zone"}},
		// "Waqas from Gulf Star HR", quoted
		{flows.NodeReportRecruiter, "en", "ad has no company name. the guy on whatsapp said he is 'Waqas from Gulf Star HR'", map[string]string{"recruiter": "Gulf Star HR", "recruiter_also": "Waqas"}},
		// "jisko sab X bolte hain wohi": the name he goes by
		{flows.NodeReportRecruiter, "ur-Latn", "jisko sab Imran bhai bolte hain wohi", map[string]string{"recruiter": "Imran bhai"}},
		// words about him, no name
		{flows.NodeReportRecruiter, "ur", "ہم نے تو کبھی اسے دیکھا بھی نہیں، بس فون پر بات ہوتی تھی", map[string]string{"recruiter": ""}},
		{flows.NodeReportRecruiter, "ur", "اس کا نام نہیں لکھوانا، وہ بڑا اثر رسوخ والا بندہ ہے", map[string]string{"recruiter": ""}},
		// the mosque's name is no one met
		{flows.NodeReportSeen, "ur-Latn", "ye log masjid k naam pe aisa krte hain, inko koi pakarta kyun nahi?", map[string]string{"seen": ""}},
		{flows.NodeReportSeen, "ur-Latn", "masjid k bahar poster laga hua tha", map[string]string{"seen": "other"}},
		// "that's the number", the right one typed
		{flows.NodeReportPhones, "en", "that's the number he sent all the voice notes from", map[string]string{"phones": "+923001234567"}},
		{flows.NodeReportPhones, "en", "the right one is 0345-2210987", map[string]string{"phones": "+923452210987"}},
		// money never mentioned, only papers asked
		{flows.NodeReportMoney, "en", "he hasn't mentioned money at all, just keeps asking for my CV and CNIC", map[string]string{"money_asked": "none"}},
		// a phone told as a nephew's; message here
		{flows.NodeHelpContact, "ur", "یہ فون میرے بھتیجے کا ہے، اسی پر میسج کریں", map[string]string{"contact": "here"}},
		{flows.NodeHelpContact, "ur", "میرے بھائی کے نمبر پر فون کریں، ہمارا فون منشی دیکھتا رہتا ہے", map[string]string{"contact": "number"}},
		// not one salary in five months
		{flows.NodeHelpWhat, "en", "haven't seen a single salary in five months", map[string]string{"situation": "unpaid"}},
	} {
		c.check(t, e)
	}
	// a name given ("نامی") is kept, whatever words describe him
	require.Contains(t, sentAnswers(stepsAt(e, flows.NodeReportRecruiter, "ur", "شاہد نامی بندہ تھا، اس کا دفتر لاہور میں ہے"))["recruiter"], "شاہد")
	// data sent by mistake, told at the start: asked whether to erase
	s, _ := playLast(t, "maine kal galti se apne bhai ka cnic no aur ghar ka pura pata likh diya tha report me")
	require.Equal(t, flows.NodeErase, s.Node)
	// "I regret sending all that stuff, please get rid of it" at the menu
	s, _ = playLast(t, "salam", "I regret sending all that stuff, please get rid of it")
	require.Equal(t, flows.NodeErase, s.Node)
}

// Found in C311-C312 (the session's third round): a man's name ends at
// "صاحب" ("منیجر ذیشان صاحب ڈیل کرتے ہیں", C311-004).
func TestSession34ThirdRound(t *testing.T) {
	t.Parallel()
	r := stepsAt(realEngine(), flows.NodeReportRecruiter, "ur", "الفتح ٹریول اینڈ مین پاور، لائسنس ۳۴۱۷/RWP دفتر میں لگا ہوا ہے۔ وہاں منیجر ذیشان صاحب ڈیل کرتے ہیں")
	require.Equal(t, "ذیشان", sentAnswers(r)[flows.SlotRecruiterAlso])
}
