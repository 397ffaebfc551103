package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// "کہتا تھا کمپنی کا ایجنٹ ہوں" after his name is his post, said of
// himself: no second name ("ہوں" was kept as one, C218-002).
func TestPostSaidOfHimselfNamesNoOne(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, s := range []string{"اپنا نام عمران بٹ بتاتا تھا، کہتا تھا کمپنی کا ایجنٹ ہوں", "عمران بٹ، کہتا تھا میں کمپنی کا ایجنٹ ہوں"} {
		a := sentAnswers(stepsAt(e, flows.NodeReportRecruiter, "ur", s))
		require.Equal(t, "عمران بٹ", a["recruiter"], s)
		require.Empty(t, a[flows.SlotRecruiterAlso], s)
	}
}

// A wish to erase said after its reason, in a clause of its own that ends
// the message, is that wish, even in the middle of a report (C222-017 was
// kept as evidence).
func TestEraseAfterItsReason(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeReportOffer, "ur", "اب گھر میں صلح ہو گئی ہے اور چچا ناراض ہیں۔ میری ساری معلومات اور وہ شکایت ختم کر دیں")
	require.Equal(t, flows.NodeErase, res.State.Node)
	// an account that tells of a chat deleted is still evidence
	res = stepsAt(e, flows.NodeReportOffer, "ur-Latn", "agent ne 2 lakh liye aur passport rakh liya. phir usne saari chat delete kar di")
	require.Equal(t, flows.NodeReportOffer, res.State.Node)
}

// "Bhai ye check krna zara" names nothing shared with them: the offer told
// next is checked, not turned into a report (C222-021); "ye ad telegram
// channel pe laga hai, check kro" above a whole advert brings it to us as
// a report (C28-027).
func TestCheckThisThenTheOffer(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur-Latn", "Bhai ye check krna zara",
		"Al Madina Travel & Tours wale Dubai ka azad visa de rahe hain 3.5 lakh me, 2 saal ka, kehte hain kahin bhi kaam kar lo")
	require.Equal(t, flows.NodeVerify, res.State.Node) // their number asked, to check by
	require.Equal(t, flows.KindVerify, kindOf(res))
	advert := "✈️ CROATIA WORK VISA OPEN ✈️\n➡️ Construction Helper / Mason\n➡️ Salary 1000–1300 €\n➡️ 2 saal ka contract\n➡️ Advance 1 lac, WhatsApp 0301-5566778"
	for _, first := range []string{"ye ad telegram channel 'Europe Jobs Official PK' pe laga hai, check kro plz", "hi plz chk dis msg i got"} {
		res = stepsAt(e, flows.NodeMenu, "ur-Latn", first, advert)
		require.Equal(t, flows.NodeReportOffer, res.State.Node, first)
	}
}

// How to be reached: a name kept from them and "here" named is here
// (C222-020); "ethe" is here (C223-027); calls refused for someone else
// and a way named for the writer is that way, and no way named asks again
// (C222-008 was discreet).
func TestContactNameKeptHereAndNotThem(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, s := range []string{"میرا نام سامنے نہ آئے، یہیں چیٹ میں بتا دیں", "naam samne na aaye, yahin bata dein"} {
		require.Equal(t, "here", sentAnswers(stepsAt(e, flows.NodeHelpContact, "ur", s))["contact"], s)
	}
	require.Equal(t, "here", sentAnswers(stepsAt(e, flows.NodeHelpContact, "ur-Latn", "ethe hi likh do, mera pota parh ke sunanda ae"))["contact"])
	require.Equal(t, "discreet", sentAnswers(stepsAt(e, flows.NodeHelpContact, "ur", "میرا نام سامنے نہ آئے"))["contact"])
	res := stepsAt(e, flows.NodeHelpContact, "ur", "مجھ سے بات کریں، اسے فون مت کرنا ورنہ اسے مار پڑے گی")
	require.Equal(t, flows.NodeHelpContact, res.State.Node)
	require.Empty(t, sentAnswers(res)["contact"])
	res = stepsAt(e, flows.NodeHelpContact, "ur", "مجھ سے بات کریں، اسے فون مت کرنا ورنہ اسے مار پڑے گی", "میرے نمبر پر")
	require.Equal(t, "number", sentAnswers(res)["contact"])
	require.Equal(t, "number", sentAnswers(stepsAt(e, flows.NodeHelpContact, "ur", "اسے فون مت کرنا، پکڑی جائے گی۔ مجھے اسی نمبر پر فون کریں"))["contact"])
}

// "جی، کزن خود بھی بیان دینے کو تیار ہے" agrees to be contacted: the
// "دینے کو" of a statement is no payment still to come (C221-014).
func TestReadyToGiveAStatementIsYes(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, s := range []string{"جی، کزن خود بھی بیان دینے کو تیار ہے", "haan wo bayan dene ko tayyar hai"} {
		require.Equal(t, "yes", sentAnswers(stepsAt(e, flows.NodeReportConsent, "ur", s))["consent"], s)
	}
}

// Papers: "nothing else" after a paper named is nothing besides it
// (C221-001); a passport made and at home, said in the clause after, was
// not given (C222-009); one given, then "ghar pe" of something else, was.
func TestDocsNothingElseAndAtHomeAfter(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for s, want := range map[string]string{
		"cousin already sent his passport first page photo on whatsapp 😕 nothing else": "passport",
		"cnic ki copy di thi aur kuch nahi":                                            "cnic",
		"nothing else":                                                                 "none",
		"bhai ka passport ban gaya hai, abhi ghar pe hi hai, usko nahi diya":           "none",
		"passport diya tha, ghar pe uske aadmi aaye":                                   "passport",
	} {
		require.Equal(t, want, sentAnswers(stepsAt(e, flows.NodeReportDocs, "en", s))["documents"], s)
	}
}

// Parts paid different ways, each with its sum: the way most of it went
// (C222-012: 1 lakh by bank, 2 lakh 20 hazar cash is cash).
func TestPaidHowTheWayOfTheLargestPart(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeReportPaid, "ur-Latn", "ji sab de diya, 3 lakh 20 hazar", "1 lakh company ke account me bank se dala, baqi 2 lakh 20 hazar cash diya daftar me")
	require.Equal(t, "cash", sentAnswers(res)["paid_how"])
	res = stepsAt(e, flows.NodeReportPaid, "en", "yes 1.2 lakh", "80k easypaisa to his number, 40k cash at the office")
	require.Equal(t, "easypaisa", sentAnswers(res)["paid_how"])
}

// Names: "the guy said he is Fahad sb from X" keeps Fahad beside X
// (C221-001); "lady named Ms Sarah chatting" keeps Ms Sarah (C222-022).
func TestNamesSaidInAClause(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for s, want := range map[string][2]string{
		"the ad has no company name. on whatsapp the guy said he is Fahad sb from Emirates Guarding Services": {"Emirates Guarding Services", "Fahad"},
		"Maple Agro Farms, lady named Ms Sarah chatting":                                                      {"Maple Agro Farms", "Ms Sarah"},
		"Naveed Butt naam hai, khud ko Butt Travels wala kehta hai lekin koi board nahi":                      {"Naveed Butt", "Butt Travels"},
		"Chaudhry Asghar, apne aap ko Asghar Travel Agency kehta hai":                                         {"Asghar Travel Agency", "Chaudhry Asghar"},
	} {
		a := sentAnswers(stepsAt(e, flows.NodeReportRecruiter, "en", s))
		require.Equal(t, want[0], a["recruiter"], s)
		require.Equal(t, want[1], a[flows.SlotRecruiterAlso], s)
	}
}

// Sums paid to two people, each with its verb ("چھ لاکھ دکان پر ظفر کو
// دیے، تین لاکھ عمران گھر سے لے گیا", C221-003 kept the last): paid in all.
func TestPaidToTwoPeopleAddsUp(t *testing.T) {
	t.Parallel()
	e := realEngine()
	s := flows.AtQuestion(flows.NodeReportPaidHow, "ur")
	s.Draft.Answers["paid"] = "yes"
	res := e.Step(s, flows.Input{Text: "نقد۔ چھ لاکھ دکان پر ظفر کو دیے، تین لاکھ عمران گھر سے لے گیا۔ رسید کوئی نہیں دی", MessageID: 1}, t0)
	require.Equal(t, "Rs 9,00,000", sentAnswers(res)["paid_amount"])
}

// A question whether what people say is true ("log kehte hain Thailand se
// Myanmar le jaate hain border par, sach h?", C223-033) answers nothing:
// its places are the rumour's; the country is asked again.
func TestRumourAskedIsNoAnswer(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeReportCountry, "ur-Latn", "log kehte hain Thailand se Myanmar le jaate hain border par, sach h?")
	require.Equal(t, flows.NodeReportCountry, res.State.Node)
	require.Empty(t, sentAnswers(res)["country"])
	res = stepsAt(e, flows.NodeReportCountry, "en", "people say they take boys from Thailand to Myanmar, is it true?")
	require.Equal(t, flows.NodeReportCountry, res.State.Node)
}

// Names: "naam Sunny bata rha", "Sunny hi bolta h" are Sunny; "wahan Javed
// bhai deal krta h", "unki taraf se Hina Malik deal krti thi" name the man
// beside the firm (C223-033, C223-030, C223-024).
func TestNamesToldWithVerbs(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for s, want := range map[string][2]string{
		"Sunny hi bolta h, company ka naam 'Golden Bridge BPO' batata h":                                               {"Sunny", "Golden Bridge BPO"},
		"Sea Breeze Overseas Employment, Saddar Karachi, lic 2650/KHI. wahan Javed bhai deal krta h":                   {"Sea Breeze Overseas Employment", "Javed"},
		"Bright Path Care Consultants, London ka address diya tha. Pakistan me unki taraf se Hina Malik deal krti thi": {"Bright Path Care Consultants", "Hina Malik"},
	} {
		a := sentAnswers(stepsAt(e, flows.NodeReportRecruiter, "ur-Latn", s))
		require.Equal(t, want[0], a["recruiter"], s)
		require.Equal(t, want[1], a[flows.SlotRecruiterAlso], s)
	}
}

// "g sb de diye" after the sum asked is all of it (C223-030); "My father's
// own number is …" is no agent's number (C223-022); "2.5 lakh tha total. 2
// lakh visa ka …" asked 2.5 lakh, the total not reaching across the full
// stop (C221-002).
func TestPaidAllOwnNumberAndTotal(t *testing.T) {
	t.Parallel()
	e := realEngine()
	s := flows.AtQuestion(flows.NodeReportPaid, "ur-Latn")
	s.Draft.Answers["money_asked"] = "Rs 4,00,000"
	res := e.Step(s, flows.Input{Text: "g sb de diye", MessageID: 1}, t0)
	require.Equal(t, "Rs 4,00,000", sentAnswers(res)["paid_amount"])
	res = stepsAt(e, flows.NodeReportPhonesAsk, "en", "Mian Sarfraz: 0308 5523190. My father's own number is 0301 6649012, don't mix them up")
	require.Equal(t, "+923085523190", sentAnswers(res)["phones"])
	res = stepsAt(e, flows.NodeReportMoney, "ur-Latn", "nahi 2 nahi, 2.5 lakh tha total. 2 lakh visa ka aur 50 hazar ticket ka, ticket wale baad me dene the")
	require.Equal(t, "Rs 2,50,000", sentAnswers(res)["money_asked"])
}

// "وہ کبھی باہر نظر نہیں آتی" (never seen outside) is no "abroad"
// (C222-020); "bahar hun, saudia me" is.
func TestOutsideIsNotAbroad(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeHelpWhere, "ur", "روز چیخنے کی آوازیں آتی ہیں، وہ کبھی باہر نظر نہیں آتی اور گیٹ پر ہر وقت تالا ہوتا ہے")
	require.NotEqual(t, "abroad", sentAnswers(res)["where"])
	require.Equal(t, "abroad", sentAnswers(stepsAt(e, flows.NodeHelpWhere, "ur-Latn", "bahar hun, saudia me"))["where"])
}

// A maid who asks whether her father's debt keeps her at the house is
// helped (C224-021 opened a report: every forced-labour conversation of
// the corpus is help).
func TestDebtBoundMaidAskingIsHelped(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur-Latn", "salam. mein Islamabad me ek ghar me kaam karti hoon. mera sawal ha k agar abbu ne malik se qarz liya ho to kya mujhe tab tak yahin rehna parega?")
	require.Equal(t, flows.KindHelp, kindOf(res))
}

// "is this the FIA? … if I report an agent will my own visa application
// get cancelled?" asks about us: answered at the menu, no check opened
// (C224-013); a check of a scheme abroad still is one (C197-029). Asked
// what to check, "I paid … and now I think it's fake" is a report.
func TestPrivacyQuestionAndPaidThenFake(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "en", "Hi, is this the FIA? I need to know something first — if I report an agent will my own visa application get cancelled?")
	require.Equal(t, flows.NodeMenu, res.State.Node)
	require.Contains(t, joinReplies(res), texts.T("en", "aside_privacy", nil))
	res = stepsAt(e, flows.NodeMenu, "ur-Latn", "Salam. Korea ka EPS wala visa private agent se milta hai? Ek banda keh raha hai wo direct Korea ki factory me lagwa dega")
	require.Equal(t, flows.KindVerify, kindOf(res))
	res = stepsAt(e, flows.NodeVerify, "en", "ok whatever. I paid for a UK care worker visa through an Instagram consultant and now I think it's fake")
	require.Equal(t, flows.NodeReportOffer, res.State.Node)
	require.Equal(t, flows.KindReport, kindOf(res))
}

// A complaint against "ek agent X ke khilaf" names X, found again when
// "اوپر لکھ دیا ہے" answers the name (C225-003); "koi company ka naam nai.
// bnda bola m Sajid bol rha hun" names Sajid (C224-006).
func TestNamedInTheComplaintAndDeniedFirm(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur", "السلام علیکم۔ گوجرانوالہ کے ایک ایجنٹ ندیم بٹ کے خلاف شکایت کرنی ہے۔ سعودیہ میں ڈرائیور کا ویزا کہہ کر مجھ سے ۷ لاکھ نقد لے لیے۔ نمبر 0311-7046259")
	require.Equal(t, "ندیم بٹ", res.State.Draft.Inferred["recruiter"])
	a := sentAnswers(stepsAt(e, flows.NodeReportRecruiter, "ur-Latn", "koi company ka naam nai. bnda bola m Sajid bol rha hun head office se"))
	require.Equal(t, "Sajid", a["recruiter"])
}

// Sums asked one after another, each later one asked as more, add up
// ("پہلے 45 ہزار کہا، وہ بھیجے تو بولا میڈیکل کے 30 ہزار اور بھیجو",
// C224-002 kept 30,000).
func TestMoreAskedAddsUp(t *testing.T) {
	t.Parallel()
	e := realEngine()
	require.Equal(t, "Rs 75,000", sentAnswers(stepsAt(e, flows.NodeReportMoney, "ur", "پہلے 45 ہزار کہا، وہ بھیجے تو بولا میڈیکل کے 30 ہزار اور بھیجو"))["money_asked"])
	require.Equal(t, "Rs 35,000", sentAnswers(stepsAt(e, flows.NodeReportMoney, "en", "first 20k, then he asked 15k more for the medical"))["money_asked"])
}

// Asked how to be reached: "here" for the writer beside calls or messages
// refused for another, with the phones checked said after it as the
// reason, is here (C226-010 was discreet); care said for the
// writer still is discreet.
func TestHereForMeNotForHim(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for s, want := range map[string]string{
		"Here on this WhatsApp is fine. Just please don't message him directly, they check the phones": "here",
		"yahin msg karo lekin chupke se, bhai ko call mat karna":                                       "discreet",
	} {
		require.Equal(t, want, sentAnswers(stepsAt(e, flows.NodeHelpContact, "en", s))["contact"], s)
	}
}
