package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in C89-C92 (first plays, 2026-12-02): openings that went to a report
// of an offer, though the writer asked for help or after a complaint.
func TestC90OpeningsReachTheirFlow(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ text, want string }{
		{"mera puttar libya ch phasya hoya e", flows.KindHelp}, // Punjabi: stuck
		{"slam. dubai me hun visit visa pe. agent ne bola tha yahan job lagwa dega. 2 mahine ho gye koi job nai, paise khatam", flows.KindHelp},
		{"میں بوڑھا آدمی ہوں، راجن پور کا۔ زمیندار کے پاس کام کرتا ہوں، قرض کا بہانہ کر کے چھوڑتا نہیں۔ پوتا لکھ رہا ہے میری طرف سے", flows.KindHelp},
		{"Hi. There is a small girl, maybe 11 or 12, working in the house next to ours in F-10 Islamabad. I hear her crying at night and today I saw marks on her arms. She never goes out. I don't know whom to tell", flows.KindHelp},
	} {
		res := e.Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-SIM001"}, t0)
		d := res.State.Draft
		require.NotNil(t, d, c.text)
		require.Equal(t, c.want, d.Kind, c.text)
	}
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "2 hafte pehle jazzcash frod ki report ki thi is no se. ref no nai mila. kuch pata chala?"},
		{"ur-Latn", "mene pichle mahine gilgit wale agent ki shikayat ki thi, ref number yaad nai wo msg delete ho gya. kuch pata chala?"},
		{"en", "I complained about a Dubai agent in October, any update?"},
	} {
		readsAsJSON(t, e, "menu", c.lang, c.text, `{"answer":"intent","intent":"status"}`)
	}
}

// Found in C89-C92: a sum corrected with "na na" / "نه نه" and then told
// in its parts; "the second we did not pay" beside a yes; a CNIC's "both
// sides" is no passport; an account's number is no sum paid.
func TestC90PaidAndPapers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"report_paid", "ur-Latn", "1.8 lakh nakad... nai nai 2.2 lakh. 1.8 pehle ditte, 40 hazar baad ch", `{"answer":"yes","amount":{"value":220000,"currency":"PKR"}}`},
		{"report_paid", "ur", "دو لاکھ نقد شفیق کو دیے گھر پہ... نه نه ڈھائی لاکھ، پچاس ہزار بعد میں الگ دیے تھے۔", `{"answer":"yes","amount":{"value":250000,"currency":"PKR"}}`},
		{"report_paid", "en", "Yes, the first amount only. Second we did not pay.", `{"answer":"yes"}`},
		{"report_paid", "ur-Latn", "haan pehli qist di thi, dusri nahi di", `{"answer":"yes"}`},
		{"report_docs", "en", "uploaded my CNIC both sides and a photo. not passport", `{"answer":"cnic"}`},
		{"report_docs", "ur-Latn", "shanakhti card ki dono side ki photo bheji thi", `{"answer":"cnic"}`},
		{"report_docs", "ur", "دونوں دیے", `{"answer":"both"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
	// how it was paid, with the account's number and no sum: the sum is
	// asked once more
	s := flows.AtQuestion(flows.NodeReportPaidHow, "en")
	s.Draft.Answers["paid"] = flows.ChoiceYes
	res := e.Step(s, flows.Input{Text: "JazzCash to 0302-8841657, account name M. Arif", MessageID: 9, Reference: "HSY-TEST22"}, t0)
	require.Equal(t, flows.NodeReportPaid, res.State.Node, joinReplies(res))
}

// Found in A41 and A42 (first plays, 2026-12-02), each with neighbours
// that must keep their reading.
func TestA41A42Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		// whom: a kinsman in the oblique with "for", an acquaintance, "someone else"
		{"help_whom", "ur", "بیٹے کے لیے", `{"answer":"other"}`},
		{"help_whom", "ur-Latn", "bete ke liye", `{"answer":"other"}`},
		{"help_whom", "ur", "ایک جاننے والی ہے، اس کا نام نہیں لوں گی", `{"answer":"other"}`},
		{"help_whom", "ur-Latn", "wo... koi aur hai, main sirf bata raha hoon", `{"answer":"other"}`},
		{"help_whom", "ur-Latn", "mere liye", `{"answer":"self"}`},
		// seen: not remembered among two, a leaflet, a tiktoker
		{"report_seen", "en", "honestly can't remember, maybe whatsapp maybe fb", `{"answer":"unknown"}`},
		{"report_seen", "ur-Latn", "shayad koi website thi ya app, theek se yaad nahi", `{"answer":"unknown"}`},
		{"report_seen", "en", "not sure, i think facebook", `{"answer":"facebook"}`},
		{"report_seen", "ur-Latn", "whatsapp pe msg aya tha unknown number se", `{"answer":"whatsapp"}`},
		{"report_seen", "ur", "مسجد کے باہر پمفلٹ بانٹ رہے تھے", `{"answer":"other"}`},
		{"report_seen", "en", "a tiktoker was showing his salary in Dubai and put the number in his bio", `{"answer":"tiktok"}`},
		{"report_docs", "en", "I think my brother handed over his passport, not sure about the card", `{"answer":"passport"}`},
		// money: a range is asked, not one sum of it
		{"report_money", "en", "not sure how much exactly, something like 3 or 4 lakh", `{"answer":"yes"}`},
		{"report_money", "ur-Latn", "yaad nai kitne the, 1 ya dairh lakh", `{"answer":"yes"}`},
		{"report_money", "ur", "تین یا چار لاکھ", `{"answer":"yes"}`},
		{"report_money", "ur-Latn", "25k registration or 18k medical bola tha", `{"answer":"amount","amount":{"value":43000,"currency":"PKR"}}`},
		// recruiter: "the one whose number I sent", then his name; a name never told
		{"report_recruiter", "ur", "وہی جس کا نمبر میں نے اوپر بھیجا، قاری ندیم", `{"answer":"text","value":"قاری ندیم"}`},
		{"report_recruiter", "ur-Latn", "usne apna naam kabhi nahi bataya bas 'sir' bolta tha", `{"answer":"unknown"}`},
		{"report_recruiter", "ur-Latn", "jo number diya tha usi pe baat hoti thi, naam kabhi nahi bataya", `{"answer":"unknown"}`},
		// consent
		{"report_consent", "ur", "ڈر لگتا ہے، وہ لوگ خطرناک ہیں", `{"answer":"no"}`},
		{"report_consent", "ur-Latn", "call na karna, msg kr dena", `{"answer":"yes"}`},
		{"report_consent", "ur-Latn", "jo aap behtar samjhein", `{"answer":"yes"}`},
		{"report_consent", "en", "I don't want my name anywhere", `{"answer":"no"}`},
		// summary: never mind
		{"report_summary", "ur-Latn", "rehne do yaar, koi faida nahi", `{"answer":"cancel"}`},
		{"report_summary", "ur", "رہنے دیں، نہیں کرنی شکایت", `{"answer":"cancel"}`},
		// where: a house abroad; the one asked about is abroad; come back
		{"help_where", "ur", "کویت میں کفیل کے گھر", `{"answer":"abroad"}`},
		{"help_where", "en", "I'm in Pakistan but my son is stuck in Erbil, it's for him", `{"answer":"abroad"}`},
		{"help_where", "en", "back home now but it happened in Saudi", `{"answer":"pakistan"}`},
		{"help_where", "ur-Latn", "lahore me hun, dubai wale agent ne dhoka diya", `{"answer":"pakistan"}`},
		// erase: a mind changed, kept
		{"erase", "en", "actually no, I changed my mind", `{"answer":"no"}`},
		{"erase", "en", "wait, I still want them caught, don't", `{"answer":"no"}`},
		{"erase", "ur-Latn", "nahi irada badal gaya", `{"answer":"no"}`},
		// skips
		{"report_paid", "ur-Latn", "ye mat poocho", `{"answer":"skip"}`},
		{"help_what", "ur", "بتانا مشکل ہے", `{"answer":"skip"}`},
		{"report_offer", "ur-Latn", "offer to zubani tha, likha hua kuch nahi hai", `{"answer":"skip"}`},
		{"help_place", "en", "I'll share the location later", `{"answer":"skip"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}

// Found in C93-C94 (third round, first plays): "paise khatam" at a
// confirmation cancelled a plea for help (a two-word message with a
// command word was taken as the command); a token paid beside "asli h?"
// checks before paying the rest; "bohat bura haal h" and "he's in a bad
// way" ask for help; "can you delete my report and my number" erases in a
// long message; a visit visa with no job found is a worker stranded.
func TestC93Openings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	s := flows.State{}
	for i, m := range []string{"bhai main dubai me hun visit pe aya tha job ka bola tha yahan koi job nai", "paise khatam"} {
		res := e.Step(s, flows.Input{Text: m, MessageID: int64(i + 1), Reference: "HSY-SIM001"}, t0)
		s = res.State
		require.NotNil(t, s.Draft, "%q: %s", m, joinReplies(res))
		require.Equal(t, flows.KindHelp, s.Draft.Kind)
	}
	for _, c := range []struct{ text, want string }{
		{"ye agent asli h? Romania ka work permit 9 lakh. main ne 20 hazar token de diya h. no 0345 7731209 Haji Rafaqat", flows.KindVerify},
		{"unhon ne total 22 lakh bataya, pehle 2 lakh CoS fee. maine 2 lakh bank transfer kar diye, kya ye fraud hai?", flows.KindReport},
		{"meri beti ki shadi 2 saal pehle ek chini larke se hui thi, ek rishta karwane wale ne karwai thi. ab wo china me h aur bohat bura haal h", flows.KindHelp},
		{"Assalamualaikum, I'm writing from Birmingham UK. My cousin's son came here on a care worker visa last year through an agent in Mirpur and he's in a bad way", flows.KindHelp},
	} {
		res := e.Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-SIM001"}, t0)
		require.NotNil(t, res.State.Draft, c.text)
		require.Equal(t, c.want, res.State.Draft.Kind, c.text)
	}
	res := e.Step(flows.State{}, flows.Input{Text: "I reported my brother-in-law's agent here last month but the family has sorted it out now, the agent returned the money. Can you delete my report and my number please", MessageID: 1}, t0)
	require.Equal(t, flows.NodeErase, res.State.Node, joinReplies(res))
	for _, c := range []struct{ lang, text string }{{"ur-Latn", "menu plz"}, {"en", "cancel it"}, {"ur-Latn", "khatam karo"}} {
		res := e.Step(flows.AtQuestion(flows.NodeReportCountry, c.lang), flows.Input{Text: c.text, MessageID: 2}, t0)
		require.Equal(t, flows.NodeMenu, res.State.Node, "%q: %s", c.text, joinReplies(res))
	}
}

// Found in A43 (third round, first play).
func TestA43Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"report_consent", "en", "better if my name stays out of it", `{"answer":"no"}`},
		{"report_consent", "ur-Latn", "mera number to aap ke paas hai hi, kar lena", `{"answer":"yes"}`},
		{"report_summary", "ur", "رہنے دیں، شکایت نہیں کرنی", `{"answer":"cancel"}`},
		{"erase", "en", "i guess so", `{"answer":"yes"}`},
		{"report_paid", "ur-Latn", "shayad diye hon, chacha ne deal ki thi", `{"answer":"unknown"}`},
		{"help_what", "ur", "ابھی کچھ نہیں کہنا", `{"answer":"skip"}`},
		{"help_whom", "ur", "گھر والے کے لیے ہے، وہ خود میسج نہیں کر سکتے", `{"answer":"other"}`},
		// neighbours
		{"report_paid", "ur-Latn", "haan diye the 50 hazar", `{"answer":"yes","amount":{"value":50000,"currency":"PKR"}}`},
		{"report_consent", "ur-Latn", "haan rabta kar lein", `{"answer":"yes"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}

// "for myself and my family" stays the writer's own (C30-020 and six more
// lost, then restored, when "for the family" was read as someone else).
func TestForMyselfAndFamily(t *testing.T) {
	t.Parallel()
	e := realEngine()
	readsAsJSON(t, e, "help_whom", "ur", "اپنے اور گھر والوں کے لیے", `{"answer":"self"}`)
	readsAsJSON(t, e, "help_whom", "ur-Latn", "apne aur ghar walon k liye", `{"answer":"self"}`)
}
