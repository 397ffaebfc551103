package flows_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// atWith is at, with answers already given.
func atWith(t *testing.T, node, locale, text string, given map[string]string) flows.Result {
	t.Helper()
	s := flows.AtQuestion(node, locale)
	for k, v := range given {
		s.Draft.Answers[k] = v
		s.Draft.Settled = append(s.Draft.Settled, k)
	}
	return realEngine().Step(s, flows.Input{Text: text, MessageID: 7, Reference: "HSY-C249T1"}, t0)
}

// Whether the sum asked is fair is a question beside the money question:
// answered with what a licensed promoter may take, and the sum asked
// again; told with the sum, the sum is kept and the question answered.
func TestLegalFeeAsideAtMoney(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, kept string }{
		{"ur-Latn", "ye 2.5 lakh zyada nai? kitni fees banti h asal me?", ""},
		{"en", "what is the legal fee?", ""},
		{"ur", "کیا تین لاکھ زیادہ تو نہیں؟ اصل فیس کتنی ہوتی ہے؟", ""},
		{"en", "they asked 2 lakh, is that too much?", "Rs 2,00,000"},
	} {
		r := at(t, flows.NodeReportMoney, c.locale, c.text)
		said := joinReplies(r)
		require.Contains(t, said, texts.T(c.locale, "aside_legal_fee", nil), c.text)
		require.Equal(t, c.kept, answers(r)["money_asked"], c.text)
		if c.kept == "" {
			require.Equal(t, flows.NodeReportMoney, r.State.Node, c.text)
		}
	}
	for _, l := range []string{"en", "ur", "ur-Latn"} {
		require.NotEqual(t, "aside_legal_fee", texts.T(l, "aside_legal_fee", nil), l)
	}
}

// Paid answers: "all" beside the sum asked's thousands; a later fee not
// paid leaves what was sent paid; "40 hzr … nai nai 45" is Rs 45,000; a
// part told beside "all" leaves the sum known; a lab is no account holder.
func TestPaidAllPartsAndLaterFees(t *testing.T) {
	t.Parallel()
	r := atWith(t, flows.NodeReportPaid, "en", "yes all 90", map[string]string{"money_asked": "Rs 90,000"})
	require.Equal(t, "Rs 90,000", answers(r)["paid_amount"])
	r = atWith(t, flows.NodeReportPaidHow, "ur-Latn", "jazzcash se 40 hzr bheje.. nai nai 45 the, 5 wale ticket booking k b alag se bheje thy. medical wale nai diye", map[string]string{"paid": flows.ChoiceYes})
	require.Equal(t, flows.ChoiceYes, answers(r)["paid"])
	require.Equal(t, "Rs 45,000", answers(r)["paid_amount"])
	require.Equal(t, "jazzcash", answers(r)["paid_how"])
	r = atWith(t, flows.NodeReportPaidHow, "ur-Latn", "sab bank transfer, 3 lakh unke company account me HBL, medical wala lab k account me", map[string]string{"paid": flows.ChoiceYes, "paid_amount": "Rs 3,18,000"})
	require.Equal(t, "Rs 3,18,000", answers(r)["paid_amount"])
	require.Empty(t, answers(r)[flows.SlotPaidTo])
	r = at(t, flows.NodeReportMoney, "ur", "ساڑھے سات ہزار پاؤنڈ۔ پہلے سات بتائے تھے پھر پانچ سو اور جوڑ دیے")
	require.Equal(t, "GBP 7,500", answers(r)["money_asked"])
	require.Empty(t, answers(r)["paid"])
}

// The writer's numbers and a relative's are not the agent's; "no need to
// contact me" refuses contact.
func TestOwnNumbersAndNoNeedToContact(t *testing.T) {
	t.Parallel()
	r := at(t, flows.NodeReportPhonesAsk, "en", "Faisal: 0321 7740356. Hamza has a UK number +44 7700 918245. Mine is 0302-6158830 and hers 0311 2290417 if you need us")
	require.Equal(t, "+923217740356, +447700918245", answers(r)["phones"])
	for l, text := range map[string]string{"en": "no need to contact me, just block him", "ur-Latn": "contact ki koi zaroorat nahi", "ur": "رابطے کی ضرورت نہیں، بس اسے بند کریں"} {
		require.Equal(t, flows.ChoiceNo, answers(at(t, flows.NodeReportConsent, l, text))["consent"], text)
	}
}

// Openings: a complaint put in here before asks how it stands; one held
// abroad while money is asked for him is a plea.
func TestOpeningsComplaintMadeAndHeld(t *testing.T) {
	t.Parallel()
	_, said := playLast(t, "bhai maine kuch din pehle yahan complaint dali thi dubai wale agent ki")
	require.NotContains(t, strings.Join(said, "\n"), texts.T("ur-Latn", "report_more", nil))
	r := realEngine().Step(flows.State{}, flows.Input{Text: "salam wrora. zama cousin libya me pakra hua h. smugler log paisa mangta h 3000 dolar. hum bannu se h", MessageID: 1, Reference: "HSY-C249T2"}, t0)
	require.NotNil(t, r.State.Draft)
	require.Equal(t, flows.KindHelp, r.State.Draft.Kind)
}

// Names: a corporation's whole name, a handle written with underscores
// whole, and the man who calls his business by a name with no office.
func TestNamesCorporationHandleAndSelfStyled(t *testing.T) {
	t.Parallel()
	for text, want := range map[string][2]string{
		"It only calls itself Overseas Employment Corporation. The Easypaisa account is in the name M Zubair": {"Overseas Employment Corporation", ""},
		"video wala account 'jobs_asia_hub' h, whatsapp pe larki apna naam Ms Lina batati h":                  {"jobs_asia_hub", "Ms Lina"},
		"Usman Raza. He calls his business 'EuroPath Consultants' but there is no office":                     {"Usman Raza", "EuroPath Consultants"},
	} {
		a := answers(at(t, flows.NodeReportRecruiter, "en", text))
		require.Equal(t, want[0], a["recruiter"], text)
		if want[1] != "" {
			require.Equal(t, want[1], a[flows.SlotRecruiterAlso], text)
		}
	}
}

// Answers of A96: a guess to be checked is not known; a yes with the sum
// forgotten is a yes; a payment told at the summary corrects it; "pehle
// 40 hazar bola phir 60 kar diya" is the later sum; "jappan" is Japan;
// "zama wror" (Pashto: my brother) is someone else.
func TestA96Answers(t *testing.T) {
	t.Parallel()
	require.Equal(t, flows.ChoiceUnknown, answers(at(t, flows.NodeReportPaid, "en", "I think my brother sent something by bank transfer, have to ask him"))["paid"])
	require.Equal(t, flows.ChoiceYes, answers(at(t, flows.NodeReportPaid, "en", "yes I paid 50k, let me check the exact date"))["paid"])
	require.Equal(t, flows.ChoiceYes, answers(at(t, flows.NodeReportMoney, "ur-Latn", "haan bohat paise bol raha tha, exact yaad nai"))["money_asked"])
	require.Empty(t, answers(at(t, flows.NodeReportMoney, "ur", "صحیح رقم یاد نہیں"))["money_asked"])
	for l, text := range map[string]string{"en": "wait, I actually did pay, 20k on jazzcash", "ur-Latn": "ruko, maine 20 hazar jazzcash kiye the"} {
		r := at(t, flows.NodeReportSummary, l, text)
		require.Equal(t, flows.NodeReportSummary, r.State.Node, text)
		a := answers(r)
		require.Equal(t, flows.ChoiceYes, a["paid"], text)
		require.Equal(t, "Rs 20,000", a["paid_amount"], text)
		require.Equal(t, "jazzcash", a["paid_how"], text)
	}
	require.Equal(t, "Rs 60,000", answers(at(t, flows.NodeReportMoney, "ur-Latn", "pehle 40 hazar bola phir 60 kar diya processing fee k liye"))["money_asked"])
	require.Equal(t, "Japan", answers(at(t, flows.NodeReportCountry, "ur-Latn", "jappan"))["country"])
	require.Equal(t, "other", answers(at(t, flows.NodeHelpWhom, "ur-Latn", "zama wror ke liye, wo Dubai me phasa hai"))["whom"])
}
