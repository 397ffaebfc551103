package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Lessons of C558–C567 (the fifty-fourth session), read by the engine.

// A sum asked, taken back and told anew with more beside it is what was
// told anew (C554-013 stored only the 1.5 lakh); a sum said once and put
// right is the one put right.
func TestSession54SumToldAnew(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"20 lakh total. No wait, it was 20 lakh and then 1.5 lakh more for 'biometric and priority'": "Rs 21,50,000",
		"9 lakh, sorry I mean 9.5 lakh": "Rs 9,50,000",
		"2 lakh bola, nahi 12 lakh":     "Rs 12,00,000",
	} {
		res := at(t, flows.NodeReportMoney, "en", text)
		require.Equal(t, want, answers(res)["money_asked"], text)
	}
}

// One's own ordeal over, told at home, is helped (C561-024, C564-024,
// C566-033, C565-034 opened a report the writer never asked for); a report
// asked for in words, or money lost to a recruiter with no exploitation
// told, is the agent's report (C408-007, C80-010, C390-028); so is "kahan
// shikayat karun?" of a licensed firm's overcharge (C65-028).
func TestSession54OwnOrdealOver(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for text, want := range map[string]string{
		"I was in Cambodia for 5 months in one of those scam companies. I'm back home in Lahore since September. I want help to take action against the agent who sent me":                                       flows.KindHelp,
		"Hi. Last year I was in one of those scam compounds in Myanmar. I got out in February and I'm back home in Lahore now. I want to know where to complain about the agent who sent me":                     flows.KindHelp,
		"aoa. mai 2 hafte pehle malaysia se wapis aya hun. agent ne factory job ka bola tha, wahan palm k bagh me 8 mahine kaam karwaya, passport rakh liya tha, tankhwa adhi b nai di":                          flows.KindHelp,
		"main bahrain se wapis aayi hun 2 mahine pehle. mujhe salon ki job ka keh k bheja tha wahan zabardasti massage center me kaam karwaya. ab ghar pe hun theek hun lekin wo agent aur larkiyan bhej rahi h": flows.KindHelp,
		"mere sath dhoka hua h bhai kya karun": flows.KindHelp,
		"I want to report the agent who sent me to a scam company in Laos. I came back in August with the embassy's help but he is still sending boys from Gujranwala, I saw his new ad yesterday":                                                           flows.KindReport,
		"Salam. I came back from Malaysia last month. Agent in Peshawar sent me on visit visa saying work permit will be done there. Nothing was done, I was hiding 4 months then immigration caught me and deported me. I'm home now but he took my 4 lakh": flows.KindReport,
		"main kuwait se pichle hafte wapis aya hun. OEP ne hospital cleaner ka bola tha 120 dinar, wahan ja k farm pe bakriyan charwate rahe 60 dinar pe":                                                                                                    flows.KindReport,
		"ہمارے پڑوسی کا لڑکا ٹک ٹاک پر ایک ایجنٹ سے رابطے میں ہے جو یونان 'بائی روڈ' بھیجنے کا کہتا ہے۔ گھر والوں نے آدھے پیسے بھی دے دیے ہیں، مجھے ڈر ہے لڑکا راستے میں مر جائے گا":                                                                         flows.KindReport,
	} {
		res := playFrom(e, text)
		require.NotNil(t, res.State.Draft, text)
		require.Equal(t, want, res.State.Draft.Kind, text)
	}
}

// At the summary, a sum said right beside the wrong one, where the summary
// already shows the right one, and the rest called fine, sends the report
// (C558-002, C558-012 were stuck at "which answer?"); so does a sure sum
// shown, beside one in doubt (C558-007). A sum told as paid where the
// summary says nothing was paid is a correction (A47-0216).
func TestSession54SummaryAsShown(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, given string }{
		{"ur", "ایک بات، ۷۰ ہزار ہیں ۷۵ نہیں۔ باقی ٹھیک ہے", "Rs 70,000"},
		{"ur-Latn", "3.5 lakh likhna, 3 nahi. baqi theek", "Rs 3,50,000"},
		{"en", "ok but write 25k sure, 40k maybe", "Rs 25,000"},
	} {
		res := atWith(t, flows.NodeReportSummary, c.locale, c.text, map[string]string{"paid": "yes", "paid_amount": c.given, "money_asked": "Rs 4,00,000"})
		require.True(t, created(res), c.text)
		require.Equal(t, c.given, sentAnswers(res)["paid_amount"], c.text)
	}
	res := atWith(t, flows.NodeReportSummary, "ur", "ایک بات، ۷۰ ہزار ہیں ۷۵ نہیں۔ باقی ٹھیک ہے", map[string]string{"paid": "yes", "paid_amount": "Rs 75,000", "money_asked": "Rs 3,20,000"})
	require.Equal(t, "Rs 70,000", sentAnswers(res)["paid_amount"])
	res = atWith(t, flows.NodeReportSummary, "ur-Latn", "sab sahi h lekin paise maine 2 lakh diye the 1 nai", map[string]string{"paid": "no", "money_asked": "Rs 2,00,000"})
	require.False(t, created(res))
	require.Equal(t, "yes", sentAnswers(res)["paid"])
}

// "galat fehmi thi" beside a yes to erasing is a misunderstanding, no
// "wrong" (C566-031 kept the data); "nahi galat hai" is a no, not "not
// wrong".
func TestSession54EraseMisunderstanding(t *testing.T) {
	t.Parallel()
	erased := func(text string) bool {
		return hasEffect(at(t, flows.NodeErase, "ur-Latn", text), flows.EffectErase)
	}
	require.True(t, erased("ji mita do sab, galat fehmi thi"))
	require.False(t, erased("nahi galat hai"))
}

// Sums asked: a number written alone beside a sum read is a sum too
// (C563-004 stored only the 30,000); a whole told and then its parts is
// the whole (C563-008 stored the part still due). Paid: "sab de diya" of
// all that was asked, beside a ticket bought oneself, is all that was
// asked (C563-034 stored the ticket).
func TestSession54SumsAskedAndPaid(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"pehle 45000 offer letter k, phir medical k 30000 aur maang rahe the":                   "Rs 75,000",
		"3 lakh per head. 2 lakh before and 1 lakh when visa comes. my brother gave the 2 lakh": "Rs 3,00,000",
	} {
		require.Equal(t, want, answers(at(t, flows.NodeReportMoney, "en", text))["money_asked"], text)
	}
	res := atWith(t, flows.NodeReportPaid, "ur-Latn", "g sab de diya. ticket b khud li thi 85 hazar ki wo alag", map[string]string{"money_asked": "Rs 3,60,000"})
	require.Equal(t, "Rs 3,60,000", sentAnswers(res)["paid_amount"])
}

// "contact me, not my brother" lets an officer call the writer (C561-014,
// C563-018 were stored as anonymous).
func TestSession54ContactMeNotThem(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"en", "you can contact me not my brother, he is very upset"},
		{"ur-Latn", "mujhe contact kro chachu ko nahi, wo ghabra jate hain"},
	} {
		require.Equal(t, "yes", sentAnswers(at(t, flows.NodeReportConsent, c.locale, c.text))["consent"], c.text)
	}
}
