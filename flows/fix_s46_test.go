package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Openings found in the forty-sixth session (C469–C481): a message that
// asks whether it is "from OEC" is checked (C473-026 opened a report); a
// company reported by one whose friend is held in Cambodia, "Lahore Johar
// Town me", is the report asked for, the "me" after a town no "me" of the
// writer (C469-029 opened help); a request for a phone call with an
// officer, the writer unwilling to type, asks for a person (C475-026); a
// visitor whose visa runs out and who found no job is helped (C476-021).
func TestSession46Openings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	requireOpens(t, e, flows.KindVerify,
		"got whatsapp msg 'OEC Korea EPS 2025 u r selected for korean language test, pay Rs 7500 slot fee to 0310-6627451 within 24 hrs'. i never applied. is this from OEC?",
		"kya ye msg OEC ki taraf se hai? 5000 fee mang rahe hain")
	requireOpens(t, e, flows.KindReport,
		"Lahore Johar Town me ek company h jo larkon ko Thailand call center ki job pe bhej rahi h. mera dost gaya tha, ab wo Cambodia me h aur keh raha passport le liya aur scam karwate hain. company ki report krni h")
	requireOpens(t, e, flows.KindHuman,
		"Good evening. I am a retired Subedar from Jhelum. I have some information about a group sending young boys out of the country. I will not type these things on the internet. Kindly arrange a phone call with a responsible officer.")
	requireOpens(t, e, flows.KindHelp,
		"dubai aya tha visit pe, agent ne bola tha yahan job lag jaye gi. 2 mahine ho gaye koi job nai. visa 5 din me khatam",
		// held in the agent's house on the way, more asked (C480-032);
		// a nephew caught in Libya (C480-008)
		"im in quetta in agent guest house with 6 boys. supposed to go iran then turkey. now they say pay 1 lakh more each or we wait here. they have our cnic",
		"mera bhanja libya me pakra gaya h")
	// a brother stuck in Myanmar, told to report the agent in a closing
	// sentence of its own (C480-020 opened help); "… wale theek hain?"
	// asks for a check (C480-034 opened a report)
	requireOpens(t, e, flows.KindReport,
		"mere bhai ko Lahore k ek agent ne Thailand me customer service ki job ka keh k bheja tha. ab wo Myanmar me kisi company me phansa hua h, unhon ne passport le liya aur logon se online fraud karwate hain. main us agent ki report krna chahti hun")
	requireOpens(t, e, flows.KindVerify,
		"bhai ye Gulf Star Travels wale theek hain? Muscat ka visit visa dete hain kehte wahan ja k kaam mil jayega")
	requireOpens(t, e, flows.KindHelp, "mera dost Mauritania me phansa hua h, madad karo")
}

// A report told as made here, or the number we gave it, asks how it
// stands (C474-030, C477-032 opened new reports; C476-032 opened help, its
// "phone uthana b band kr diya" read as a lock); so does whether FIA went
// to the agent, after a reference not found (C473-032 opened a check).
func TestSession46Status(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "Salam mene 2 hafte pehle Qatar wale fraud ki report ki thi, ek number mila tha HSY se shuru hota tha, yaad nahi"},
		{"ur-Latn", "bhai maine 10 din pehle yahan report likhi thi multan wale agent ki jo 3 lakh kha gaya"},
		{"ur", "میں نے دس دن پہلے یہاں رپورٹ لکھی تھی ملتان والے ایجنٹ کی"},
		{"ur-Latn", "agent abhi b gaon me ghoom rha h, FIA wale gaye k nai uske pas?"},
	} {
		res := playFrom(e, c.text)
		require.Contains(t, joinReplies(res), texts.T(c.locale, "status_none", nil), c.text)
		require.Nil(t, res.State.Draft, c.text)
	}
	res := playFrom(e, "ref HSY-B3XW9N wali complain ka kya bana? agent ne phone uthana b band kr diya h ab")
	require.Nil(t, res.State.Draft)
	require.Equal(t, flows.NodeMenu, res.State.Node)
}

// Typed answers found in the forty-sixth session: "Nobody has beaten him"
// and "no one beating" name no beating (C470-024, C473-019 stored
// violence); the camp's power and water cut is no electric shock
// (C469-019); "یہاں کی پولیس" is the police there, no wish to be reached
// here (C469-020 filed the help at once, unanswered).
func TestSession46Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeHelpWhat, "en", "Nobody has beaten him, he says, but he's scared and wants to come home", map[string]string{"situation": "other"}},
		{flows.NodeHelpWhat, "en", "Husband is ok, no one beating, he can call on whatsapp at night", map[string]string{"situation": "other"}},
		{flows.NodeHelpWhat, "en", "they have beaten him twice", map[string]string{"situation": "violence"}},
		{flows.NodeHelpWhat, "ur", "تین مہینے کی تنخواہ نہیں ملی۔ کیمپ کی بجلی پانی کاٹ دیا ہے۔", map[string]string{"situation": "unpaid"}},
		{flows.NodeHelpWhat, "ur", "بجلی کے جھٹکے دیتے ہیں", map[string]string{"situation": "violence"}},
	} {
		c.check(t, e)
	}
	for _, c := range []struct{ locale, text string }{
		{"ur", "یہاں کی پولیس وڈیرے کے ساتھ ملی ہوئی ہے، کیا کوئی اور ادارہ آ سکتا ہے؟"},
		{"ur-Latn", "yahan ki police unke sath mili hui hai"},
	} {
		res := stepsAt(e, flows.NodeHelpContact, c.locale, c.text)
		require.Equal(t, flows.NodeHelpContact, res.State.Node, c.text)
		require.Empty(t, sentAnswers(res)["contact"], c.text)
	}
	require.Equal(t, "here", sentAnswers(stepsAt(e, flows.NodeHelpContact, "ur", "یہاں ہی بات کریں"))["contact"])
}

// More typed answers of the forty-sixth session (A168, A169, C469–C477):
// papers not sent ("hadn't sent the passport copy yet"), a location not
// sent beside a paper that was; money run off with; a swollen face, no
// swollen leg; the writer and his wife; a place not told for fear; a
// payment still pending; a page's name with its year; a partner named
// with what he is called; "on the phone they say …"; a name taken back.
func TestSession46MoreAnswers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeReportDocs, "en", "He hadn't sent the passport copy yet. nothing sent", map[string]string{"documents": "none"}},
		{flows.NodeReportDocs, "ur-Latn", "cnic ki pic bhej di thi ghalti se 😔 location nai bheji", map[string]string{"documents": "cnic"}},
		{flows.NodeReportDocs, "ur-Latn", "passport to nahi diya bs cnic number likhwaya tha", map[string]string{"documents": "cnic"}},
		{flows.NodeHelpWhat, "en", "the agent ran off with my money", map[string]string{"situation": "money_taken"}},
		{flows.NodeHelpWhat, "en", "if we dont hit targets, you know what happens. my face is still swollen from tuesday", map[string]string{"situation": "violence"}},
		{flows.NodeHelpWhom, "ur-Latn", "apne aur apni wife ke liye", map[string]string{"whom": "self"}},
		{flows.NodeReportRecruiter, "en", "page name is OEC Korea Jobs Registration 2025", map[string]string{"recruiter": "OEC Korea Jobs Registration 2025"}},
		{flows.NodeReportRecruiter, "ur-Latn", "Naveed Akhtar aur uska partner Sajid Rehman urf Saji. koi company ka naam nahi batate", map[string]string{"recruiter": "Naveed Akhtar", "recruiter_also": "Sajid Rehman"}},
		{flows.NodeReportRecruiter, "ur", "پورا نام نہیں بتایا، فون پر کہتے ہیں حرمین سروسز", map[string]string{"recruiter": "حرمین سروسز"}},
		{flows.NodeReportRecruiter, "ur-Latn", "Imran nahi, Kamran. pehle ghalat likha tha", map[string]string{"recruiter": "Kamran"}},
	} {
		c.check(t, e)
	}
	require.NotEqual(t, "violence", sentAnswers(stepsAt(e, flows.NodeHelpWhat, "en", "Company not giving treatment. Leg is swollen black now"))["situation"])
	for _, c := range []struct{ locale, text string }{
		{"ur", "جگہ کا نام یہاں نہیں لکھ سکتی، وہ میرا فون دیکھتے ہیں"},
		{"ur", "جگہ بتاؤں گا اور ان کو پتہ چل گیا تو وہ مجھے ماریں گے"},
		{"en", "cant say the place, they check my phone"},
	} {
		require.Empty(t, sentAnswers(stepsAt(e, flows.NodeHelpPlace, c.locale, c.text))["place"], c.text)
	}
	for _, text := range []string{
		"ye hi to samajh nahi aa raha. mene bank se 3 lakh 70 hazar bheje the unke account me, bank wale kehte transaction abhi pending h, reverse b ho sakti h",
		"Honestly I'm not sure. I sent 3000 from my Easypaisa app, it showed 'processing' and then nothing. My brother says it might reverse",
	} {
		require.Equal(t, "unknown", sentAnswers(atWith(t, flows.NodeReportPaid, "en", text, map[string]string{"money_asked": "Rs 4,00,000"}))["paid"], text)
	}
}
