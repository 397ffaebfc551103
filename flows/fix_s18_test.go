package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Asked whom it is about, the writer named among others ("me n 6 other
// boys", "apne liye aur biwi bachon k liye", "اپنے پورے گھر کے لیے") is
// about themselves (C184-034 stored "someone else").
func TestWhomWriterAmongOthers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"en", "me n 6 other boys"},
		{"en", "me n 3 other pakistani boys"},
		{"ur-Latn", "apne liye aur biwi bachon k liye"},
		{"ur", "اپنے لیے اور بیوی کے لیے"},
		{"ur", "اپنے پورے گھر کے لیے، ابو امی اور ہم پانچ بہن بھائی"},
	} {
		require.Equal(t, "self", sentAnswers(stepsAt(e, flows.NodeHelpWhom, c.lang, c.text))["whom"], c.text)
	}
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "apne bete ke liye"},
		{"en", "for my brother and his friends"},
	} {
		require.Equal(t, "other", sentAnswers(stepsAt(e, flows.NodeHelpWhom, c.lang, c.text))["whom"], c.text)
	}
}

// A friend or an "other" in a crowd, told in answer to another question
// ("کھانا دوست دیتے ہیں", "cant wrk other place"), says nothing of whom
// the plea is for (C186-026, C187-027 were stored as someone else's); a
// friend of one's own ("mera dost wahan phansa hai") still does.
func TestLooseOtherTellsNoWhom(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, opening, more string }{
		{"ur", "شارجہ میں پھنسا ہوں، کمپنی بند ہو گئی، تین مہینے کی تنخواہ نہیں ملی",
			"کمپنی کا مالک بھاگ گیا، ویزا ختم ہونے والا ہے، ٹکٹ کے پیسے نہیں، کھانا دوست دیتے ہیں"},
		{"en", "hlp plz. m in oman sohar. co closed, no salary 3 mnths, visa expird. want 2 go home no money",
			"co owner ran away. 3 mnth salary not paid abt 450 rial. visa expird last mnth so cant wrk other place. food from masjid"},
	} {
		res := stepsAt(e, flows.NodeMenu, c.lang, c.opening, "yes", c.more)
		require.NotEqual(t, "other", sentAnswers(res)["whom"], c.more)
	}
	res := stepsAt(e, flows.NodeMenu, "en", "hlp plz. m in oman sohar. co closed, no salary 3 mnths", "yes",
		"co owner ran away. passport is wid me. food from masjid")
	require.Equal(t, "self", sentAnswers(res)["whom"])
}

// A firm that took the money to send a father abroad and has kept him
// waiting five months is reported, not a plea for help abroad (C190-005
// was stuck in help); a son there, safe, with his passport, whose work
// and pay are not what was promised, stays in the report (C189-006).
func TestFirmKeepsThemWaitingIsAReport(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur", "میں اپنے ابو کی طرف سے لکھ رہی ہوں، وہ موبائل نہیں چلا سکتے۔ راولپنڈی کی ایک اوورسیز کمپنی نے ملائیشیا بھیجنے کے پیسے لیے ہیں اور پانچ مہینے سے ٹال رہے ہیں")
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
	res = stepsAt(e, flows.NodeMenu, "ur", "السلام علیکم۔ راولپنڈی کی ایک لائسنس والی کمپنی نے میرے بیٹے کو الیکٹریشن کا کہہ کر عمان بھیجا، وہاں اسے مزدوری پر لگا دیا ہے",
		"معاہدے پر الیکٹریشن لکھا تھا، ۱۵۰ ریال عمانی تنخواہ۔ وہاں پہنچا تو سیمنٹ کی بوریاں اٹھواتے ہیں اور ۸۵ ریال دیتے ہیں۔ بیٹا خیریت سے ہے، رہائش ٹھیک ہے، بس کام اور تنخواہ وہ نہیں جو کہا تھا۔ کمپنی والے کہتے ہیں ہماری ذمہ داری ختم")
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
}

// Asked to confirm erasing, a doubt that gives the reason and a wish that
// ends the message ("ab lagta h agent ko pata chal gaya h. sab mita do",
// C193-025 kept everything) is a yes; a doubt about the erasing is not.
func TestEraseWishAfterDoubt(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "pichle hafte maine report ki thi, ab lagta h agent ko pata chal gaya h. sab mita do"},
		{"ur", "لگتا ہے ایجنٹ کو پتا چل گیا ہے۔ سب مٹا دیں"},
	} {
		require.True(t, erased(stepsAt(e, flows.NodeErase, c.lang, c.text)), c.text)
	}
	for _, s := range []string{"mita do, shayad", "pata nahi. mita do?"} {
		require.False(t, erased(stepsAt(e, flows.NodeErase, "ur-Latn", s)), s)
	}
}

// Kin who never went, the smuggler keeping the money ("Hum ne mana kr
// diya ab wo paise wapis nahi kr raha", C192-005 went to help and was
// stuck): the smuggler's report.
func TestSmugglerKeepsMoneyOfOneWhoStayedIsAReport(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur-Latn", "Salam. Mera bhanja hai 19 saal ka, Gujrat k ek agent ne usko Italy bhejne ka kaha tha Libya k raste kashti se. Hum ne mana kr diya ab wo paise wapis nahi kr raha")
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
	res = stepsAt(e, flows.NodeMenu, "ur-Latn", "mera bhanja Libya k raste kashti se Italy ja raha hai, agent ne paise le liye")
	require.Equal(t, flows.KindHelp, res.State.Draft.Kind)
}

// A question asked before words of not knowing that explain it ("اس کو
// اپنا پتا کیسے معلوم ہو؟ وہ بتا نہیں سکتی", C191-007) skips nothing: it
// is answered and the question asked again, so the account that follows
// lands where it belongs. "ye zaroori h kya? chor do" still skips.
func TestQuestionBeforeCantTellSkipsNothing(t *testing.T) {
	t.Parallel()
	e := realEngine()
	open := []string{"میری بہن عمان میں گھریلو ملازمہ ہے، گھر والے اسے کمرے میں بند رکھتے ہیں، مدد کریں", "جی ہاں",
		"مسقط، سیب کا علاقہ بتاتی ہے، گھر کا پتا نہیں معلوم"}
	res := stepsAt(e, flows.NodeMenu, "ur", open...)
	require.Equal(t, flows.NodeHelpWhat, res.State.Node)
	res = stepsAt(e, flows.NodeMenu, "ur", append(open, "اس کو اپنا پتا کیسے معلوم ہو؟ وہ بتا نہیں سکتی")...)
	require.Equal(t, flows.NodeHelpWhat, res.State.Node)
	res = stepsAt(e, flows.NodeMenu, "ur-Latn", "mere bhai ko Dubai me agent ne phansa diya", "haan")
	require.Equal(t, flows.NodeHelpWhat, res.State.Node)
	res = stepsAt(e, flows.NodeMenu, "ur-Latn", "mere bhai ko Dubai me agent ne phansa diya", "haan", "ye zaroori h kya? chor do")
	require.Equal(t, flows.NodeHelpContact, res.State.Node)
}

// An ordeal over, the one it befell safe at home, told with no plea, is
// the report of the one who sent her (C195-012 went to help and was
// stuck): "ایمبیسی کی مدد سے" (with the embassy's help) is no plea.
// Asked for consent, "کزن کا نام نہ آئے" keeps the cousin's name out;
// "مجھ سے رابطہ ٹھیک ہے" that follows is a yes. "بتا دیا ہے اوپر" names
// nobody.
func TestOrdealOverIsReportedAndOthersNameKeptOut(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur", "میری کزن پچھلے سال دبئی گئی تھی بیوٹی سیلون کی نوکری کا کہہ کر۔ کراچی کی ایک عورت نسرین باجی نے بھیجا تھا، ۲ لاکھ لیے تھے۔ وہاں جا کر پاسپورٹ لے لیا اور غلط کام پر مجبور کیا۔ تین مہینے بعد ایمبیسی کی مدد سے واپس آئی، اب گھر پر ہے۔ وہ عورت اب اور لڑکیوں کو بھیج رہی ہے")
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
	for _, c := range []struct{ lang, text, want string }{
		{"ur", "کزن کا نام نہ آئے۔ مجھ سے رابطہ ٹھیک ہے لیکن صرف یہاں میسج پر", flows.ChoiceYes},
		{"ur-Latn", "bhai ka naam na aaye, mujh se rabta theek hai", flows.ChoiceYes},
		{"ur", "میرا نام نہ آئے", flows.ChoiceNo},
	} {
		require.Equal(t, c.want, sentAnswers(stepsAt(e, flows.NodeReportConsent, c.lang, c.text))["consent"], c.text)
	}
	res = stepsAt(e, flows.NodeReportRecruiter, "ur", "بتا دیا ہے اوپر")
	require.Empty(t, sentAnswers(res)["recruiter"])
}

// A journey ahead with help asked in words, nothing to stop, is a plea
// (C196-015 went to a report); one already in Libya waiting for the boat
// "next week" is on the road, a plea too (C196-017). A journey ahead from
// home, told with no plea, stays the smuggler's report.
func TestJourneyAheadPleaAndOneAlreadyThere(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"en", "Please I need help. My son is 19 and he says he is leaving on Friday with an agent, by road through Iran to Turkey. I found out from his friend. He won't listen to me"},
		{"ur-Latn", "mera bhai Libya me hai, Italy jane k liye agent k paas. 2 mahine se keh rahe hain boat next week, ab 5 lakh aur maang rahe"},
	} {
		require.Equal(t, flows.KindHelp, stepsAt(e, flows.NodeMenu, c.lang, c.text).State.Draft.Kind, c.text)
	}
	res := stepsAt(e, flows.NodeMenu, "ur", "میرا چھوٹا بھائی اٹلی جانے کی ضد کر رہا ہے، ایک ایجنٹ نے اسے کہا ہے دبئی سے لیبیا پھر کشتی سے اٹلی۔ پچیس لاکھ مانگے ہیں۔ اگلے ہفتے کی فلائٹ ہے")
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
}

// "ہمارے محلے میں ایک بندہ لڑکوں کو یورپ بھیجنے کی باتیں کر رہا ہے … میرا
// بیٹا بھی اس کی باتوں میں آ رہا ہے" opens with a neighbourhood, no kin:
// the smuggler's report (C196-008 went to help and was stuck).
func TestNeighbourhoodIsNoKin(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur", "ہمارے محلے میں ایک بندہ لڑکوں کو یورپ بھیجنے کی باتیں کر رہا ہے، ڈنکی والا راستہ۔ کہتا ہے آدھے پیسے ابھی آدھے یونان پہنچ کے۔ میرا بیٹا بھی اس کی باتوں میں آ رہا ہے")
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
	res = stepsAt(e, flows.NodeMenu, "ur", "میرا بیٹا ایران کے راستے جا رہا ہے، ایجنٹ کے ساتھ")
	require.Equal(t, flows.KindHelp, res.State.Draft.Kind)
}

// An advert sent, then more of it with its sums and a question to look
// into ("yehi ad h jo upar bheja. whatsapp kia to bole … 1 lakh 20 hazar
// visa fee. apka koi banda check kr sakta h kia …?", C194-012 turned
// into a check and was stuck): the report goes on.
func TestMoreOfTheOfferWithAQuestionStaysAReport(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur-Latn",
		"ye dekhen facebook pe aya h\n\nKHUDDAM UL HUJJAJ JOBS 2025\nMakkah Madina me Hajj season k liye\nImam / Moazzin / Khadim\nTankhwa 3000 Riyal + rehaish\nMedical sirf Al Shifa Lab Multan se (Rs 18,000)\nRegistration WhatsApp: 0309 6654120",
		"yehi ad h jo upar bheja. whatsapp kia to bole pehle medical krwao phir 1 lakh 20 hazar visa fee. apka koi banda check kr sakta h kia ke lab walay bhi inke saath mile hue hain?")
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
	require.Equal(t, flows.NodeReportOffer, res.State.Node)
}

// Three openings that went the wrong way and were stuck: a registered
// firm named "ساحل اوورسیز" keeping a passport with no visa is its report
// (C198-016; "ساحل" is its name, no shore); "m malaysia m hu. co 3 mnth s
// slry ni de rhi" is a worker abroad unpaid, a plea (C199-021); a cousin
// "about to give money to an agent who says he'll take him to Italy" is
// the smuggler's report (C197-008).
func TestFirmNamedSahilSmsUnpaidAndAboutToGo(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text, kind string }{
		{"ur", "کراچی کی ایک رجسٹرڈ کمپنی ہے ساحل اوورسیز، انہوں نے ملائیشیا فیکٹری ورکر کے لیے میرا پاسپورٹ سات مہینے سے رکھا ہوا ہے، نہ ویزا دیتے ہیں نہ پاسپورٹ واپس کرتے ہیں", flows.KindReport},
		{"ur-Latn", "slam. m malaysia m hu. co 3 mnth s slry ni de rhi. bemar b hu. kya kru", flows.KindHelp},
		{"en", "My cousin in Gujrat is about to give money to an agent who says he'll take him to Italy. Via Libya. I think it's the boat route, he won't listen to me", flows.KindReport},
	} {
		require.Equal(t, c.kind, stepsAt(e, flows.NodeMenu, c.lang, c.text).State.Draft.Kind, c.text)
	}
}

// After the held-out play: "ek banda hamare mohalle me larkon ko greece
// bhejne ki baat kr raha h" is talk of a plan, the smuggler's report
// (C202-012 was an emergency plea from the model's "anda", "aat"); an
// ordeal over with what to do asked ("us agent k khilaf kuch krna chahta
// hun aur paise wapis chahiye", C200-030) is helped.
func TestTalkOfSendingAndOrdealOverAsked(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur-Latn", "ek banda hamare mohalle me larkon ko greece bhejne ki baat kr raha h 'road se'. mera bhatija 19 saal ka h, uske chakkar me a gya h")
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
	res = stepsAt(e, flows.NodeMenu, "ur-Latn", "assalam o alaikum. main iraq se pichle mahine wapis aaya hun. wahan agent ne mujhe ek farm pe bech diya tha. ab ghar pe hun sialkot me, theek hun. us agent k khilaf kuch krna chahta hun aur paise wapis chahiye")
	require.Equal(t, flows.KindHelp, res.State.Draft.Kind)
}

// Asked to confirm what was read of a cousin held to scam abroad, "us
// agent ki report krni h" turns the plea into the agent's report, with
// what was told (C194-009 was stuck at "where are you?").
func TestReportAskedAtHelpCheck(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeMenu, "ur-Latn",
		"assalam o alaikum mera cousin cambodia me phansa hua h. lahore k ek agent ne call center ki job ka bola tha 1200 dollar. wahan jaate hi passport le liya aur online fraud wala kaam krwa rahe hain",
		"us agent ki report krni h")
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
	require.NotEmpty(t, res.State.Draft.Texts)
	res = stepsAt(e, flows.NodeMenu, "ur-Latn",
		"assalam o alaikum mera cousin cambodia me phansa hua h. lahore k ek agent ne call center ki job ka bola tha 1200 dollar. wahan jaate hi passport le liya aur online fraud wala kaam krwa rahe hain",
		"haan")
	require.Equal(t, flows.KindHelp, res.State.Draft.Kind)
}

// "مٹا ہی دیں" and "delete hi kar do" (an emphatic "hi" inside the verb,
// A80-0348) erase; "sab khatam hi kar diya us agent ne" at the menu is
// an account, no wish to erase.
func TestEraseWithEmphaticHi(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur", "مٹا ہی دیں، بچوں کے ہاتھ فون لگ جاتا ہے"},
		{"ur-Latn", "delete hi kar do"},
	} {
		require.True(t, erased(stepsAt(e, flows.NodeErase, c.lang, c.text)), c.text)
	}
	res := stepsAt(e, flows.NodeMenu, "ur-Latn", "mera beta dubai gaya tha, sab khatam hi kar diya us agent ne")
	require.NotNil(t, res.State.Draft)
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
}

// "they said 'give us your passport for the iqama' and I never saw it
// again" tells a passport taken (A80-0261 was "other").
func TestPassportNeverSeenAgain(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"en", "at the airport they said 'give us your passport for the iqama' and I never saw it again"},
		{"en", "they took it and I never got my passport back"},
		{"ur-Latn", "airport pe passport le liya, phir nahi mila"},
	} {
		require.Equal(t, "passport_taken", sentAnswers(stepsAt(e, flows.NodeHelpWhat, c.lang, c.text))["situation"], c.text)
	}
}
