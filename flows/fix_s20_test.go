package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Asked whether to delete their data: a wish that nothing of theirs
// remain, said with its own "na" (A84-0341, A84-0355), is a yes; a "no"
// that opens it still keeps the data; wanting it kept until a brother is
// home is a no (A84-0354).
func TestEraseWishSaidNegated(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, s := range []string{"kuch bhi na rahe mera aapke pas", "میرا کوئی نام و نشان نہ رہے آپ کے پاس"} {
		require.True(t, erased(stepsAt(e, flows.NodeErase, "ur-Latn", s)), s)
	}
	for _, s := range []string{"nahi, kuch bhi na rahe wala kaam mat karo", "I'd rather keep it until my brother is back home"} {
		res := stepsAt(e, flows.NodeErase, "en", s)
		require.False(t, erased(res), s)
		require.NotEqual(t, flows.NodeErase, res.State.Node, s)
	}
}

// "stopped me before I sent anything" is not paid (A84-0156 stored a
// payment from its "sent").
func TestStoppedBeforePayingIsNotPaid(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, s := range []string{"luckily my brother stopped me before I sent anything", "no, I stopped before I paid anything"} {
		res := stepsAt(e, flows.NodeReportPaid, "en", s)
		require.NotEqual(t, "yes", sentAnswers(res)["paid"], s)
		require.NotEqual(t, flows.NodeReportPaidHow, res.State.Node, s)
	}
}

// At the summary, "scrap it, I changed my mind" cancels the report; it is
// no wish to change an answer (A84-0217).
func TestSummaryScrapItCancels(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeReportSummary, "en", "scrap it, I changed my mind")
	require.False(t, created(res))
	require.Nil(t, res.State.Draft)
	require.Contains(t, joinReplies(res), texts.T("en", "cancelled", nil))
}

// How to be reached: a code word, "say wrong number if someone else
// picks up", "reply only when I write first" are discreet; "keep
// messaging me like this" is here (A84-0301, 0313, 0316, 0320).
func TestContactInOtherWords(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for want, says := range map[string][]string{
		"discreet": {"ایسا کریں کوئی کوڈ ورڈ رکھ لیں، پھر میں سمجھ جاؤں گا",
			"call kar lena lekin agar koi aur uthaye to wrong number keh dena",
			"jab main khud msg karun tab hi reply karna"},
		"here": {"just keep messaging me like this"},
	} {
		for _, s := range says {
			require.Equal(t, want, sentAnswers(stepsAt(e, flows.NodeHelpContact, "ur-Latn", s))["contact"], s)
		}
	}
}

// A sum said before and a "now" after it, across a comma, is revised, not
// added (C215-001 stored 1 lakh 20 and 1 lakh 35 as 2,55,000); "and now
// 4,000 more" still adds.
func TestSumRevisedAcrossComma(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for s, want := range map[string]string{
		"pehle 1 lakh 20 bola tha, kal phir kehta rates barh gaye ab 1 lakh 35 hazar. to 1.35 samjho, medical isi me h": "Rs 1,35,000",
		"They said 80,000 at first, now 1,20,000":                 "Rs 1,20,000",
		"2,500 registration, and now 4,000 more for medical slot": "Rs 6,500",
	} {
		require.Equal(t, want, sentAnswers(stepsAt(e, flows.NodeReportMoney, "ur-Latn", s))["money_asked"], s)
	}
}

// Asked about documents, a question whose "نہیں" is about opening an app
// answers nothing (C215-009 stored none); a passport kept at home is none
// (C215-010 stored passport from "chupa diya"); at the agent's home it was
// given.
func TestDocsNotFromOtherNegations(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeReportDocs, "ur", "ایپ تو میں نے ڈاؤن لوڈ کر لی تھی، کھولی نہیں۔ کوئی خطرہ تو نہیں؟")
	require.Equal(t, flows.NodeReportDocs, res.State.Node)
	require.Empty(t, sentAnswers(res)["documents"])
	for s, want := range map[string]string{
		"passport abhi ghar me h, maine chupa diya h":              "none",
		"پاسپورٹ گھر میں ہے":                                       "none",
		"the passport is still at home, only sent a photo of CNIC": "cnic",
		"passport uske ghar pe hai":                                "passport",
		"passport agent ke ghar pe hai":                            "passport",
	} {
		require.Equal(t, want, sentAnswers(stepsAt(e, flows.NodeReportDocs, "ur-Latn", s))["documents"], s)
	}
}

// "اوپر لکھ دیا ہے" asked for the name is told already: its "دیا" is no
// name (C215-003 stored "دیا").
func TestWrittenAboveIsNoName(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, s := range []string{"اوپر لکھ دیا ہے", "upar likh diya hai"} {
		res := stepsAt(e, flows.NodeReportRecruiter, "ur", s)
		got := sentAnswers(res)["recruiter"]
		require.NotContains(t, []string{"دیا", "diya"}, got, s)
	}
}

// Talking "about" a cousin is no wish to talk to a person (C215-021 went
// to a human): the bonded labour told is a plea for help.
func TestTalkAboutSomeoneIsNoHumanAsked(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur", "میں اپنے کزن کے بارے میں بات کرنا چاہتی ہوں۔ وہ ایک زمیندار کے ہاں کام کرتا ہے سانگھڑ میں، قرض ہر سال بڑھتا جا رہا ہے")
	require.NotNil(t, res.State.Draft)
	require.Equal(t, flows.KindHelp, res.State.Draft.Kind)
	res = stepsAt(e, flows.NodeMenu, "ur", "مجھے کسی انسان سے بات کرنی ہے")
	require.NotEqual(t, flows.KindHelp, kindOf(res))
}

// A report asked for in words, of a named person, for what she did to
// others now in danger, stays a report after the emergency numbers
// (C217-031 was taken to the help flow and stuck at "where are you?"); a
// report of no one named ("something happening in the house next to
// ours") is a plea.
func TestReportOfOthersInDangerStaysReport(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "en", "I want to report a woman in our area, people call her Hina Parlour wali Baji (real name Nasreen). She sent 3 girls from our mohalla in Faisalabad to Dubai for salon jobs in January. Their families say the girls are kept in a flat and not allowed out")
	require.Equal(t, flows.KindReport, kindOf(res))
	require.Contains(t, joinReplies(res), "Police 15")
	require.True(t, created(res), "the danger is sent at once, not after the questions")
	res = stepsAt(e, flows.NodeMenu, "en", "I want to report something happening in the house next to ours. There's a girl, maybe 11 or 12, who works there as a maid. They lock her in and beat her")
	require.Equal(t, flows.KindHelp, kindOf(res))
}

// At the summary, "write the amount ڈھائی لاکھ" where ڈھائی لاکھ is the sum
// shown as paid changes nothing (C215-003 overwrote the 3 lakh asked).
func TestSummaryPaidSumNamedAgainChangesNothing(t *testing.T) {
	t.Parallel()
	e := realEngine()
	s := flows.AtQuestion(flows.NodeReportSummary, "ur")
	s.Draft.Answers["money_asked"] = "Rs 3,00,000"
	s.Draft.Answers["paid"] = "yes"
	s.Draft.Answers["paid_amount"] = "Rs 2,50,000"
	res := e.Step(s, flows.Input{Text: "رقم ڈھائی لاکھ لکھیں، باقی ٹھیک ہے", MessageID: 7}, t0)
	require.Equal(t, flows.NodeReportSummary, res.State.Node)
	require.Equal(t, "Rs 3,00,000", res.State.Draft.Answers["money_asked"])
}

func kindOf(res flows.Result) string {
	if res.State.Draft == nil {
		return ""
	}
	return res.State.Draft.Kind
}

// Someone at home who would not like it is a reason for care: "میرے شوہر
// کو پسند نہیں کہ ہم اس معاملے میں پڑیں" is discreet (C216-020 was here).
func TestContactDisapprovedAtHome(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, s := range []string{"میرا نام نہ آئے۔ پیغام کر دیں فون نہیں، میرے شوہر کو پسند نہیں کہ ہم اس معاملے میں پڑیں",
		"msg kar dena, shohar ko pasand nahi ye sab", "text me, my husband doesnt like me getting involved"} {
		require.Equal(t, "discreet", sentAnswers(stepsAt(e, flows.NodeHelpContact, "ur", s))["contact"], s)
	}
}

// A boat's engine "band" for hours is no one locked in (C217-018 stored
// locked_in).
func TestEngineBandIsNotLockedIn(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeHelpWhat, "ur-Latn", "kashti me 400 ke qareeb log hain, bachay b hain. engine 10 ghante se band, pani nahi. bhai ke phone ki battery 8% thi")
	require.NotEqual(t, "locked_in", sentAnswers(res)["situation"])
}

// A yes with a sum corrected ("جی ۲ لاکھ۔ نہیں ۲ نہیں، ڈھائی لاکھ") is
// paid, the sum said instead; a smaller sum told after it explains it
// (C216-014 stored no, then 50,000).
func TestPaidSumCorrectedWithAPartAfter(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, s := range []string{"جی ۲ لاکھ۔ نہیں ۲ نہیں، ڈھائی لاکھ", "جی ۲ لاکھ۔ نہیں ۲ نہیں، ڈھائی لاکھ، آخری پچاس ہزار ایمبیسی فیس کے بھی تو دیے تھے",
		"haan 2 lakh. nahi 2 nahi dhai lakh, aakhri 50 hazar embassy fee ke bhi diye the"} {
		got := sentAnswers(stepsAt(e, flows.NodeReportPaid, "ur", s))
		require.Equal(t, "yes", got["paid"], s)
		require.Equal(t, "Rs 2,50,000", got["paid_amount"], s)
	}
	require.Equal(t, "no", sentAnswers(stepsAt(e, flows.NodeReportPaid, "ur-Latn", "ji 50 hazar nahi diye"))["paid"])
}

// Not knowing whether the money reached them keeps how it was sent
// (C217-024 lost JazzCash); a phone's prefix in how it was paid ("us 0349
// wale number pe") is no sum, so the sum is asked once more (C216-009).
func TestPaidUnknownKeepsHowAndPrefixIsNoSum(t *testing.T) {
	t.Parallel()
	e := realEngine()
	got := sentAnswers(stepsAt(e, flows.NodeReportPaid, "ur-Latn", "pta nai. abu ne 20 hazar jazzcash kiye the dukan se, un ko koi msg nai aya aur agent kehta pese nai mile"))
	require.Equal(t, "unknown", got["paid"])
	require.Equal(t, "jazzcash", got["paid_how"])
	s := flows.AtQuestion(flows.NodeReportPaidHow, "ur-Latn")
	s.Draft.Answers["paid"] = "yes"
	res := e.Step(s, flows.Input{Text: "easypaisa se, abbu ke account se us 0349 wale number pe", MessageID: 5}, t0)
	require.Equal(t, flows.NodeReportPaid, res.State.Node, joinReplies(res))
}

// "Should I send it or not?" from one who has paid nothing is told not to
// pay yet, not "nothing more" (C217-015).
func TestPayOrNotAskedBeforePaying(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeVerify, "ur-Latn", "maine abhi paise nahi bheje, bhejun ya nahi?")
	require.Contains(t, joinReplies(res), texts.T("ur-Latn", "aside_pay_hold", nil))
	require.NotContains(t, joinReplies(res), texts.T("ur-Latn", "aside_pay_more", nil))
}

// "Cash in three instalments" names how many payments, no sum: asked for
// how it was paid after a payment with no sum, the sum is asked once more
// (C90-022 lost the 18 lakh paid once 22 dollars an hour was read as pay).
func TestCountOfInstalmentsIsNoSum(t *testing.T) {
	t.Parallel()
	e := realEngine()
	s := flows.AtQuestion(flows.NodeReportPaidHow, "en")
	s.Draft.Answers["paid"] = "yes"
	res := e.Step(s, flows.Input{Text: "Cash in three instalments, I sold my plot for it. Receipts on their letterhead", MessageID: 5}, t0)
	require.Equal(t, flows.NodeReportPaid, res.State.Node, joinReplies(res))
}

// A report made in this chat before is asked after, not made again
// (C219-032); "کیا یہ لوگ ٹھیک ہیں؟" of an advert asks it be checked
// (C219-027).
func TestReportedHereAndArePeopleGenuine(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur-Latn", "aoa. mere abbu ne isi chat pe saudi wale agent ki report ki thi 2 hafte pehle")
	require.Nil(t, res.State.Draft)
	require.NotEqual(t, flows.NodeReportOffer, res.State.Node)
	res = stepsAt(e, flows.NodeMenu, "ur", "اخبار میں کویت کے ہسپتال کے لیے نرسوں کا اشتہار آیا ہے۔ میری بیٹی نرس ہے۔ کیا یہ لوگ ٹھیک ہیں؟")
	require.Equal(t, flows.KindVerify, kindOf(res))
}

// Asked the sum once more, "I didn't, my brother-in-law paid 2 lakh" is
// paid (C218-011 turned the payment to no).
func TestPaidByFamilyAtTheSumAskedAgain(t *testing.T) {
	t.Parallel()
	e := realEngine()
	s := flows.AtQuestion(flows.NodeReportPaidHow, "ur")
	s.Draft.Answers["paid"] = "yes"
	res := e.Step(s, flows.Input{Text: "نقد دیے ہوٹل پر، کوئی رسید نہیں", MessageID: 5}, t0)
	require.Equal(t, flows.NodeReportPaid, res.State.Node)
	res = e.Step(res.State, flows.Input{Text: "میں نے تو نہیں دیے، سالے نے دو لاکھ دے دیے ہیں، باقی ویزا آنے پر", MessageID: 6}, t0)
	got := sentAnswers(res)
	require.Equal(t, "yes", got["paid"])
	require.Equal(t, "Rs 2,00,000", got["paid_amount"])
}

// Parts paid after a count told first add up ("cash, 2 dafa. 3 lakh Shahid
// ko …, 2.5 lakh Kaka ko", C220-003); a count told after the whole
// explains it ("yes 2 lakh, two installments of 1 lakh", C52-006).
func TestPartsAfterACountAddUp(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for s, want := range map[string]string{
		"cash, 2 dafa. 3 lakh Shahid ko uske ghar pe, 2.5 lakh Kaka ko. koi raseed nahi di": "Rs 5,50,000",
		"yes 2 lakh, two installments of 1 lakh":                                            "Rs 2,00,000",
	} {
		require.Equal(t, want, sentAnswers(stepsAt(e, flows.NodeReportPaid, "ur-Latn", s))["paid_amount"], s)
	}
}

// "Honestly I'm not sure. I tried to pay … from my JazzCash … ?" is not
// known, how kept (C220-007 was asked again); "dono de diye" pays both
// sums asked (C219-014); "passport ki copy aur CNIC copy" is both.
func TestUnsureFirstBothPaidBothPapers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	got := sentAnswers(stepsAt(e, flows.NodeReportPaid, "en", "Honestly I'm not sure. I tried to pay the 1200 from my JazzCash, the app showed an error but then an SMS came saying transaction in process. I don't think my balance went down?"))
	require.Equal(t, "unknown", got["paid"])
	require.Equal(t, "jazzcash", got["paid_how"])
	s := flows.AtQuestion(flows.NodeReportPaid, "ur-Latn")
	s.Draft.Answers["money_asked"] = "Rs 65,000"
	res := e.Step(s, flows.Input{Text: "g dono de diye", MessageID: 5}, t0)
	require.Equal(t, "Rs 65,000", sentAnswers(res)["paid_amount"])
	require.Equal(t, "both", sentAnswers(stepsAt(e, flows.NodeReportDocs, "ur-Latn", "passport ki copy aur CNIC copy"))["documents"])
}

// "کال نہ کریں یہ میرا فون نہیں ہے۔ میں خود پیغام کروں گی جب موقع ملے" is
// to be reached with care, not never (C220-022).
func TestNotMyPhoneIsDiscreet(t *testing.T) {
	t.Parallel()
	e := realEngine()
	require.Equal(t, "discreet", sentAnswers(stepsAt(e, flows.NodeHelpContact, "ur", "کال نہ کریں یہ میرا فون نہیں ہے۔ میں خود پیغام کروں گی جب موقع ملے"))["contact"])
}

// A link called fake, then "is there a real way to Korea jobs?": the
// question is answered and the report goes on (C219-006 became a check).
func TestFakeLinkThenRealWayAskedStaysReport(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur", "یہ لنک ہمارے محلے کے گروپ میں آیا ہے: oec-korea-eps-gov.pk.com/apply — کوریا میں فیکٹری کی نوکری، رجسٹریشن فیس 3500۔ بالکل OEC والی ویب سائٹ جیسی لگتی ہے، مجھے لگتا ہے جعلی ہے",
		"کوریا کی نوکری کا کوئی اصلی طریقہ بھی ہے؟")
	require.Equal(t, flows.KindReport, kindOf(res))
	require.Equal(t, flows.NodeReportOffer, res.State.Node)
}

// Typed answers of A85: each read as labelled (they were asked again,
// stored wrongly or taken for another wish before).
func TestA85Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ node, lang, text, slot, want string }{
		{flows.NodeReportSeen, "en", "wts app", "seen", "whatsapp"},
		{flows.NodeReportDocs, "ur-Latn", "sirf photos aur shanakhti card ka number diya tha", "documents", "cnic"},
		{flows.NodeReportPaid, "ur-Latn", "thora sa diya tha bs shuru mein", "paid", "yes"},
		{flows.NodeHelpWhat, "en", "gave the agent 6 lakh, now his office in Jhelum is locked and his phone is off", "situation", "money_taken"},
		{flows.NodeHelpWhere, "ur", "میں تو پاکستان میں ہوں، بیٹا باہر پھنسا ہوا ہے", "where", "abroad"},
		{flows.NodeHelpWhere, "ur-Latn", "yahan sab arabi bolte hain, shayad saudi hai, bahar nikalne nahi dete", "where", "abroad"},
		{flows.NodeHelpWhere, "ur-Latn", "yahin hun lahore me, agent saudi bhejne wala tha", "where", "pakistan"},
		{flows.NodeHelpWhom, "ur", "بیٹے کا مسئلہ ہے، میں اس کی ماں ہوں", "whom", "other"},
		{flows.NodeHelpContact, "ur", "کوئی کال آئی تو وہ سمجھ جائیں گے", "contact", "discreet"},
	} {
		require.Equal(t, c.want, sentAnswers(stepsAt(e, c.node, c.lang, c.text))[c.slot], c.text)
	}
	// not known, nothing stored; a wish to skip; erased; done; a check
	require.Empty(t, sentAnswers(stepsAt(e, flows.NodeReportMoney, "ur", "شاید مانگے تھے، مجھے ٹھیک سے یاد نہیں"))["money_asked"])
	res := stepsAt(e, flows.NodeHelpPlace, "ur", "جگہ بتانا ابھی خطرناک ہے، بعد میں")
	require.Empty(t, sentAnswers(res)["place"])
	require.NotEqual(t, flows.NodeHelpPlace, res.State.Node)
	res = stepsAt(e, flows.NodeReportRecruiter, "ur", "نام مجھے معلوم ہے مگر ابھی نہیں بتاؤں گا")
	require.Empty(t, sentAnswers(res)["recruiter"])
	require.True(t, erased(stepsAt(e, flows.NodeErase, "ur", "مٹا دو")))
	require.Equal(t, flows.NodeReportSummary, stepsAt(e, flows.NodeReportOffer, "ur-Latn", "aur bhi kuch tha lekin yaad nahi, jitna yaad tha likh diya").State.Node)
	require.Equal(t, flows.KindVerify, kindOf(stepsAt(e, flows.NodeMenu, "ur-Latn", "bhai ye OEP ka license no. 2189/LHR sahi h k nahi")))
	require.Equal(t, flows.KindReport, kindOf(stepsAt(e, flows.NodeMenu, "ur-Latn", "ye agent asli h ya nahi? 2 lakh to already le chuka h")))
	require.Equal(t, flows.KindVerify, kindOf(stepsAt(e, flows.NodeMenu, "ur", "مجھے پتا کرنا ہے کہ یہ ویزا اصلی ہے یا نقلی، مجھے لگتا ہے جعلی ہے")))
}

// Asked for more after the situation was confirmed, an account no option
// names is kept for the officer, its country with it, not asked for again
// (C15-008 lost the Maldives when "his office is locked" no longer read
// as locked in); "they will find out" beside "contact me here" is here.
func TestMoreOfTheAccountIsKept(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "en", "Hi, I paid an agent for a job abroad and now he is not answering. I don't know where to go for help",
		"yes", "I'm in Pakistan", "yes", "Okara, Punjab",
		"He said beautician job in a resort spa in Maldives, 800 dollars salary. I gave him 2.5 lakh cash in March. Visa never came, now his phone is off and his office is locked")
	require.NotEqual(t, flows.NodeHelpWhat, res.State.Node, joinReplies(res))
	require.Equal(t, "discreet", sentAnswers(stepsAt(e, flows.NodeHelpContact, "ur", "کوئی کال آئی تو وہ سمجھ جائیں گے"))["contact"])
	require.Equal(t, "here", sentAnswers(stepsAt(e, flows.NodeHelpContact, "en", "Don't call her, they will find out. Contact me here"))["contact"])
}

// "Yes, all of it" asked the sum paid is all that was asked, in pounds
// too (C216-005 kept no sum of the GBP 7,000).
func TestAllOfItInAForeignCurrency(t *testing.T) {
	t.Parallel()
	e := realEngine()
	s := flows.AtQuestion(flows.NodeReportPaidHow, "en")
	s.Draft.Answers["paid"] = "yes"
	s.Draft.Answers["money_asked"] = "GBP 7,000"
	res := e.Step(s, flows.Input{Text: "Bank transfer to a UK account he gave, name 'BP Global Ltd'. My brother-in-law in Manchester sent it", MessageID: 5}, t0)
	res = e.Step(res.State, flows.Input{Text: "Yes, all of it", MessageID: 6}, t0)
	require.Equal(t, "GBP 7,000", sentAnswers(res)["paid_amount"])
}

// A report sent at once for the danger it tells, then cancelled at the
// summary, is not said to be unsent.
func TestCancelAfterSentIsTold(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "en", "I want to report a woman in our area, people call her Hina Parlour wali Baji (real name Nasreen). She sent 3 girls from our mohalla in Faisalabad to Dubai for salon jobs in January. Their families say the girls are kept in a flat and not allowed out")
	require.True(t, created(res))
	s := res.State
	s.Node = flows.NodeReportSummary
	res = e.Step(s, flows.Input{Choice: flows.ChoiceCancel, MessageID: 9}, t0)
	require.Contains(t, joinReplies(res), texts.T("en", "cancelled_after_sent", nil))
	require.NotContains(t, joinReplies(res), texts.T("en", "cancelled", nil))
}
