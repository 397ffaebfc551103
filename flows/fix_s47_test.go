package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Openings found in the forty-seventh session (C482–C485): a complaint
// told as made, alone, asks how it stands (C485-006 opened a new report),
// as does one told made and asked after ("shikayat darj karwayi thi …
// kya bana us ka?", C482-032); one made to the FIA is not ours to tell; a
// man back from a scam compound, "in one of those scam compounds", who
// wants to act against the agent and get help, is helped (C482-024
// opened a report).
func TestSession47Openings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ locale, text string }{
		{"ur", "میں نے دو ہفتے پہلے گوجرانوالہ کے ایک ایجنٹ کی شکایت کی تھی"},
		{"ur-Latn", "ji maine 2 hafte pehle apne bete k liye shikayat darj karwayi thi, Sargodha wale agent ki. aap ne kaha tha rabta hoga, abhi tak koi call nai ayi. kya bana us ka?"},
		{"en", "I complained about this agent last month"},
	} {
		res := playFrom(e, c.text)
		require.Contains(t, joinReplies(res), texts.T(c.locale, "status_none", nil), c.text)
		require.Nil(t, res.State.Draft, c.text)
	}
	require.NotContains(t, joinReplies(playFrom(e, "maine FIA me shikayat ki thi")), texts.T("ur-Latn", "status_none", nil))
	requireOpens(t, e, flows.KindHelp,
		"Hi, I got back from Cambodia 2 weeks ago. I was in one of those scam compounds for 5 months. I'm home in Lahore now and safe, but I want to do something about the agent who sent me and maybe get some help")
}

// Typed answers of the forty-seventh session: the rest not yet paid
// beside a sum paid (C482-006 stored "no"); care for the one held, whose
// phones are watched, beside "here" (C482-015, C484-010 stored discreet);
// the writer's own care is still care; a country named only as a visa's
// is no answer to where one is (C484-030 stored abroad); an emphatic "hi"
// is no part of a firm's name (C485-031).
func TestSession47Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeReportPaidHow, "ur-Latn", "2.5 lakh cash office me diye, receipt sirf 15000 ki. baqi abhi nai diye", map[string]string{"paid_amount": "Rs 2,50,000", "paid_how": "cash"}},
		{flows.NodeReportPaidHow, "ur", "ڈیڑھ لاکھ نقد دیے، باقی ابھی نہیں دیے", map[string]string{"paid_amount": "Rs 1,50,000", "paid_how": "cash"}},
		{flows.NodeHelpContact, "en", "message me here on telegram only. dont call his number, they check the phones", map[string]string{"contact": "here"}},
		{flows.NodeHelpContact, "en", "Here on telegram. He messages me only at night secretly, please dont call him they check phones", map[string]string{"contact": "here"}},
		{flows.NodeHelpContact, "en", "here is fine but carefully, my husband checks my phone, dont call him", map[string]string{"contact": "discreet"}},
		{flows.NodeHelpWhere, "ur-Latn", "dubai me hun, visa khatam", map[string]string{"where": "abroad"}},
		{flows.NodeReportRecruiter, "ur-Latn", "Haramain Jobs Official hi naam h, WhatsApp pe Qari Abdul Wahid naam ka banda baat krta h", map[string]string{"recruiter": "Haramain Jobs Official", "recruiter_also": "Qari Abdul Wahid"}},
	} {
		c.check(t, e)
	}
	require.Equal(t, "no", sentAnswers(stepsAt(e, flows.NodeReportPaid, "ur-Latn", "nahi, abhi kuch nahi diye"))["paid"])
	for _, text := range []string{"dubai ka visa dena tha", "he promised a Dubai visa"} {
		res := stepsAt(e, flows.NodeHelpWhere, "en", text)
		require.Equal(t, flows.NodeHelpWhere, res.State.Node, text)
		require.Empty(t, sentAnswers(res)["where"], text)
	}
	// the agent's house padlocked is no one locked in (C483-010, C484-030)
	for _, text := range []string{
		"Shahid Butt naam ka agent h, ghar se kaam krta tha koi office ni. 6 lakh cash diye 3 mahine pehle, ab no band h aur ghar pe tala",
		"ab ghar pe tala h aur phone band",
	} {
		require.NotEqual(t, "locked_in", sentAnswers(stepsAt(e, flows.NodeHelpWhat, "ur-Latn", text))["situation"], text)
	}
	require.Equal(t, "locked_in", sentAnswers(stepsAt(e, flows.NodeHelpWhat, "ur-Latn", "hamain kamre me tala laga k rakhte hain"))["situation"])
}

// Typed answers of A171: thanks for a quick reply is an aside (A171-0267
// stored it as what is happening); consent on condition that the agent
// is not told the name is a yes (A171-0185 stored it as the agent's
// name); "KL" is Kuala Lumpur (A171-0234 stored "here" as the contact);
// a wish to ask someone first erases nothing (A171-0357); work day and
// night with no day off is forced work (A171-0277); how the writer knows
// the agent is no name, the name after it is (A171-0073); a firm guessed
// after "not sure" is kept (A171-0064); an advance spoken of, its sum
// forgotten, was asked (A171-0139).
func TestSession47A171(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeHelpWhat, "en", "thank you for replying so fast")
	require.Equal(t, flows.NodeHelpWhat, res.State.Node)
	require.Empty(t, sentAnswers(res)["situation"])
	for _, c := range []answerCase{
		{flows.NodeReportConsent, "en", "only if my name isn't shared with the agent", map[string]string{"consent": "yes", "recruiter": ""}},
		{flows.NodeReportConsent, "ur-Latn", "bas mera naam agent ko na bataya jaye", map[string]string{"consent": "yes"}},
		{flows.NodeReportConsent, "en", "dont share my name", map[string]string{"consent": "no"}},
		{flows.NodeHelpWhere, "ur-Latn", "abhi tak KL me hi hun, agent ne yahin chor dia", map[string]string{"where": "abroad", "contact": ""}},
		{flows.NodeHelpWhat, "ur-Latn", "raat din kaam karwate hain, chutti koi nahi, na hi wapis jane dete", map[string]string{"situation": "forced_work"}},
		{flows.NodeHelpWhat, "en", "they make us work day and night, no day off", map[string]string{"situation": "forced_work"}},
		{flows.NodeReportRecruiter, "ur", "میرے ماموں کا دوست ہے، عرفان، گوجرانوالہ والا", map[string]string{"recruiter": "عرفان"}},
		{flows.NodeReportRecruiter, "en", "not sure, something like Gulf Star Travels", map[string]string{"recruiter": "Gulf Star Travels"}},
		{flows.NodeReportMoney, "ur-Latn", "kuch kaha tha advance ka, amount yaad nai", map[string]string{"money_asked": "yes"}},
		{flows.NodeReportMoney, "en", "they mentioned some advance, dont remember the amount", map[string]string{"money_asked": "yes"}},
		{flows.NodeReportMoney, "en", "no they never mentioned money", map[string]string{"money_asked": "none"}},
	} {
		c.check(t, e)
	}
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "ruko pehle bhai se puch lun"},
		{"en", "wait let me ask my brother first"},
		{"ur", "رکیں پہلے امی سے پوچھ لوں"},
	} {
		res := stepsAt(e, flows.NodeErase, c.locale, c.text)
		require.False(t, erased(res), c.text)
		require.Contains(t, joinReplies(res), texts.T(c.locale, "erase_kept", nil), c.text)
	}
	require.True(t, erased(stepsAt(e, flows.NodeErase, "ur-Latn", "haan delete kr do")))
}

// How a payment was made, told with how many were there ("in front of two
// witnesses") and no sum, leaves the sum to be asked (C483-005 lost it:
// "two" was read as the sum).
func TestSession47SumAfterWitnesses(t *testing.T) {
	t.Parallel()
	res := atWith(t, flows.NodeReportPaidHow, "en", "Cash in his baithak, in front of two witnesses. He gave a plain paper with his signature only",
		map[string]string{"paid": "yes", "money_asked": "Rs 12,00,000"})
	require.Equal(t, flows.NodeReportPaid, res.State.Node)
	require.Equal(t, "cash", sentAnswers(res)["paid_how"])
	require.Empty(t, sentAnswers(res)["paid_amount"])
}

// Lessons of the second wave (C486–C489, A172): "Haramain Services Pvt Ltd naam btaya" keeps the firm whole
// (C486-014 stored "Services Pvt Ltd"); sums paid first and later are parts
// of what was paid, no "not yet" (C489-004 stored no); the writer's own no
// stands beside a neighbour's payment guessed; a transfer that met an
// error is not known to have gone (C488-003).
func TestSession47SecondWave(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeReportRecruiter, "ur-Latn", "Haramain Services Pvt Ltd naam btaya. banda Qari Naeem h", map[string]string{"recruiter": "Haramain Services Pvt Ltd", "recruiter_also": "Qari Naeem"}},
		{flows.NodeReportPaidHow, "ur-Latn", "jazzcash se, 35 pehle aur 50 baad me", map[string]string{"paid_how": "jazzcash", "paid": ""}},
		{flows.NodeReportPaid, "en", "no I didn't pay. my neighbour did I think, dont know how much", map[string]string{"paid": "no"}},
		{flows.NodeReportPaid, "ur-Latn", "mene nahi diye. bhai ne diye the", map[string]string{"paid": "no"}},
		{flows.NodeReportPaid, "ur", "پتہ نہیں۔ ایزی پیسہ سے بھیجا تھا مگر ایرر آ گیا، کٹنے کا میسج نہیں آیا اور بیلنس ابھی چیک نہیں کیا", map[string]string{"paid": "unknown"}},
		{flows.NodeReportPaid, "ur-Latn", "haan easypaisa se bheje the, 20 hazar", map[string]string{"paid": "yes"}},
	} {
		c.check(t, e)
	}
}

// A firm's "Group" stays its name when more is trimmed after it ("Al
// Burhan Group likha h", C488-012 stored "Al Burhan").
func TestSession47FirmGroup(t *testing.T) {
	t.Parallel()
	answerCase{flows.NodeReportRecruiter, "ur-Latn", "Al Burhan Group likha h", map[string]string{"recruiter": "Al Burhan Group"}}.check(t, realEngine())
}

// Typed answers of A172: erasing after the report has gone erases nothing
// now (A172-0358 erased at once); "گھر والوں کو خبر نہ ہو" is care, no
// refusal (A172-0310 stored none); "سب بس بھائی جان کہتے تھے" is no name
// (A172-0069); "wohi jo pehle bataya tha, Qadir sahab" names Qadir
// (A172-0078); no information of mine kept with you, no record anywhere,
// ask to erase; a machine one cannot talk to asks for a person; "call
// whenever" consents, "no trouble with these people" does not; "haven't
// left yet" is in Pakistan.
func TestSession47A172(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := stepsAt(e, flows.NodeErase, "ur-Latn", "pehle report to chali jaye phir delete kr dena")
	require.False(t, erased(res))
	require.True(t, erased(stepsAt(e, flows.NodeErase, "en", "I don't want any record of this anywhere")))
	for _, c := range []answerCase{
		{flows.NodeHelpContact, "ur", "ایسے کہ گھر والوں کو خبر نہ ہو", map[string]string{"contact": "discreet"}},
		{flows.NodeReportRecruiter, "ur", "نام تو کبھی نہیں بتایا، سب بس بھائی جان کہتے تھے", map[string]string{"recruiter": ""}},
		{flows.NodeReportRecruiter, "ur-Latn", "wohi jo pehle bataya tha, Qadir sahab", map[string]string{"recruiter": "Qadir sahab"}},
		{flows.NodeReportConsent, "en", "my number is on this chat, call whenever", map[string]string{"consent": "yes"}},
		{flows.NodeReportConsent, "en", "i dont want any trouble with these people", map[string]string{"consent": "no"}},
		{flows.NodeHelpWhere, "en", "haven't left yet, flight is next week", map[string]string{"where": "pakistan"}},
	} {
		c.check(t, e)
	}
	require.Equal(t, flows.NodeErase, playFrom(e, "میری کوئی بھی معلومات آپ کے پاس نہیں رہنی چاہیے").State.Node)
	require.Equal(t, flows.NodeHuman, playFrom(e, "ye machine se baat nahi hoti mujhse, koi banda ho to").State.Node)
}

// Asked to send the report, a wish to stay anonymous changes the consent
// shown (A172-0206 was told the chat is confidential, and the report
// still let an officer call); a bare "no" still asks what to change.
func TestSession47AnonymousAtSummary(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"en", "actually please don't share my number, make it anonymous"},
		{"ur", "میرا نام کسی کو نہ بتائیں، گمنام رکھیں"},
	} {
		res := atWith(t, flows.NodeReportSummary, c.locale, c.text, map[string]string{"consent": "yes"})
		require.Equal(t, flows.NodeReportSummary, res.State.Node, c.text)
		require.Equal(t, "no", sentAnswers(res)["consent"], c.text)
	}
	res := atWith(t, flows.NodeReportSummary, "en", "no", map[string]string{"consent": "yes"})
	require.Equal(t, "yes", sentAnswers(res)["consent"])
}
