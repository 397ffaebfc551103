package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in C397–C404 (first played in the forty-first session): a wrong
// done to the writer with what to do asked and nothing yet told of it is
// helped first; so is one's own ordeal over, "kya kr sakta hun?" asked,
// whose "online fraud krwate rahe" is the work they were made to do, no
// wish to report. An account with its sums and "kya karun" stays the
// report it makes (C295-001).
func TestSession41Intents(t *testing.T) {
	t.Parallel()
	e := realEngine()
	requireOpens(t, e, flows.KindHelp,
		"mere sath fraud ho gya h kya karun",
		"mere saath dhoka hua hai, ab kya karun?",
		"main Cambodia se wapis aa gaya hun pichle hafte. wahan 4 mahine zabardasti online fraud krwate rahe. ab Sialkot me ghar pe hun. kya kr sakta hun?",
		"I came back from Myanmar last month. For five months they made us scam people online. I am home in Okara now. What can I do?",
	)
	requireOpens(t, e, flows.KindReport,
		"mere sath frod hua h qatar ki job k naam pe, 65 hazar jazzcash kr chuka hun ab wo 40 hazar aur maang rahe ticket k. plz btao kya karun",
		"mujhe fraud agent ki shikayat karni hai, kya karun",
	)
	// money borrowed to pay is no debt they are held by
	got := sentAnswers(stepsAt(e, flows.NodeHelpWhat, "ur-Latn", "Meezan bank k account me 2 dafa paise bheje. ab channel delete aur admin ne block kr diya. mai theek hun bas paise gaye, qarz le k diye the"))
	require.NotEqual(t, "debt", got["situation"])
}

// Found in C405–C412 (first played on later code): one on "a boat from
// Libya" is not in Libya; where they are is asked, not filled with where
// they set out from (C407-013). One's own smuggler's road, gone and come
// back, is helped even with nothing asked ("… deport ho k wapis aa gaya …
// agent ne 9 lakh liye the, wapis nai kar raha", C407-025, and in Urdu
// "ڈی پورٹ ہو کر واپس آ گیا ہوں", C410-019); a recruiter's visit visa
// ended in deportation stays his report (C80-010).
func TestSession41Later(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, text := range []string{"please help my husband is on a boat from Libya", "mera bhai libya se kashti me nikla hai, 2 din se rabta nahi"} {
		res := stepsAt(e, "", "en", text, "yes")
		require.Equal(t, flows.NodeHelpPlace, res.State.Node, text)
		require.Empty(t, res.State.Draft.Answers["place"], text)
	}
	for _, text := range []string{
		"salam. main pichle saal dunki laga k Iran se Turkey gaya tha, Van k pas pakra gaya aur deport ho k wapis aa gaya. ab ghar pe hun theek hun. agent ne 9 lakh liye the, wapis nai kar raha",
		"تین مہینے پہلے ایک ایجنٹ نے مجھے ترکی بھیجنے کا کہا تھا۔ ایران میں پکڑا گیا اور ڈی پورٹ ہو کر واپس آ گیا ہوں۔ اب گھر پر ہوں لیکن ایجنٹ پیسے واپس نہیں کر رہا",
	} {
		require.Equal(t, flows.KindHelp, openingKind(t, e, text), text)
	}
	require.Equal(t, flows.KindReport, openingKind(t, e, "Salam. I came back from Malaysia last month. Agent in Peshawar sent me on visit visa saying work permit will be done there. Nothing was done, I was hiding 4 months then immigration caught me and deported me. I'm home now but he took my 4 lakh"))
}

// Found in A151–A154: a complaint sent asked after is its status; someone
// to explain it to is a person; "آپ کے پاس نہ رہیں", "mitado" erase; "baad
// me baat karte hain" puts the question off (no "yes, paid" from "karte
// hain"); "I wont share that" is no place; "میرا خیال ہے" opens a name.
func TestSession41Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ text, locale, intent string }{
		{"any update on the complaint I sent last week? ref 4471", "en", "status"},
		{"what happend to the complaint i sent last tuesday? nobody called back", "en", "status"},
		{"these questions are confusing me, is there someone I could just explain it to?", "en", "human"},
		{"جو باتیں میں نے پہلے لکھی تھیں وہ آپ کے پاس نہ رہیں تو بہتر ہے", "ur", "erase"},
	} {
		require.True(t, intentOK(c.intent, stepsAt(e, flows.NodeMenu, c.locale, c.text), c.locale), c.text)
	}
	for _, c := range []answerCase{
		{flows.NodeReportPaid, "ur-Latn", "is pe baad me baat karte hain", map[string]string{"paid": ""}},
		{flows.NodeReportPaid, "ur", "اس پر بعد میں بات کرتے ہیں", map[string]string{"paid": ""}},
		{flows.NodeHelpPlace, "en", "I wont share that", map[string]string{"place": ""}},
		{flows.NodeReportRecruiter, "ur", "میرا خیال ہے حاجی رفیق ٹریول اینڈ ٹورز تھا، بورڈ پر یہی لکھا تھا", map[string]string{"recruiter": "حاجی رفیق ٹریول اینڈ ٹورز"}},
		{flows.NodeReportRecruiter, "ur-Latn", "mera khayal hai Al Noor Overseas tha", map[string]string{"recruiter": "Al Noor Overseas"}},
	} {
		c.check(t, e)
	}
	require.True(t, erased(stepsAt(e, flows.NodeErase, "ur-Latn", "mitado sab kuch")))
}

// How to be reached: "here" named in a clause of its own, with why (no
// one at home knows) or when (at night) beside it, is here, as the
// writers of the conversations have it (C376-020, C387-032, C239-020);
// the "یہاں" of what the in-laws do not know is no way to be reached, an
// "only" before "here" or a "but" before the time is care (C41-020,
// C58-006, A144-0320).
func TestSession41Contact(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []answerCase{
		{flows.NodeHelpContact, "ur", "یہیں ٹیلیگرام پر۔ سسرال والوں کو نہیں پتا کہ میں نے یہاں لکھا ہے", map[string]string{"contact": "here"}},
		{flows.NodeHelpContact, "ur-Latn", "isi whatsapp pe, sasural walon ko nahi pata k mene yahan likha h", map[string]string{"contact": "here"}},
		{flows.NodeHelpContact, "en", "Write here only. My in-laws don't know everything", map[string]string{"contact": "here"}},
		{flows.NodeHelpContact, "ur-Latn", "yahin chat me, raat ko free hota hun", map[string]string{"contact": "here"}},
		{flows.NodeHelpContact, "ur", "صرف میسج کریں، سسرال والوں کو نہیں پتہ کہ میں نے یہاں لکھا ہے", map[string]string{"contact": "discreet"}},
		{flows.NodeHelpContact, "en", "only message here, at night after 1am. never call, they check phone", map[string]string{"contact": "discreet"}},
		{flows.NodeHelpContact, "ur-Latn", "whatsapp pe hi, lekin raat ko jab supervisor chala jaye", map[string]string{"contact": "discreet"}},
	} {
		c.check(t, e)
	}
}

// openingKind is the kind of flow an opening message starts.
func openingKind(t *testing.T, e *flows.Engine, text string) string {
	t.Helper()
	res := e.Step(flows.State{}, flows.Input{Text: text, MessageID: 1, Reference: "HSY-S41TST"}, t0)
	require.NotNil(t, res.State.Draft, text)
	return res.State.Draft.Kind
}
