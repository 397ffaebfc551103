package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Lessons of C548–C557 (the fifty-third session), read by the engine.

// A fraud done to the writer, help or what to do asked and nothing of
// it told yet, is helped first (C552-032, C103-024 were asked for the
// offer); a complaint's status asked in words is its status (C555-011).
func TestSession53Openings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, text := range []string{"mere sath fraud hua h kya kru", "mere sath dhoka hua h, kya aap log madad kr sakte ho?"} {
		res := playFrom(e, text)
		require.NotNil(t, res.State.Draft, text)
		require.Equal(t, flows.KindHelp, res.State.Draft.Kind, text)
	}
	res := playFrom(e, "Hi, i sent a complaint here about 10 days back regarding a dubai visa agent in faisalabad. Nobody contacted me. what is happening with it?")
	require.Nil(t, res.State.Draft)
	require.NotEqual(t, flows.NodeReportOffer, res.State.Node)
}

// The town told beside the country is where they are, not asked again
// (C552-032: "pakistan, sargodha", then "which city?").
func TestSession53TownBesideCountry(t *testing.T) {
	t.Parallel()
	for text, place := range map[string]string{"pakistan, sargodha": "sargodha", "پاکستان، ملتان": "ملتان", "pakistan me hun, sargodha": "sargodha"} {
		res := at(t, flows.NodeHelpWhere, "ur-Latn", text)
		require.Equal(t, "pakistan", answers(res)["where"], text)
		require.Equal(t, place, answers(res)["place"], text)
		require.NotEqual(t, flows.NodeHelpPlace, res.State.Node, text)
	}
}

// The emergency numbers are those of where the one in trouble is, not
// where the boat goes (C556-008, C557-009 were told Italy's).
func TestSession53NumbersOfWhereTheyAre(t *testing.T) {
	t.Parallel()
	res := playFrom(realEngine(), "Assalam o Alaikum. Im writing for my mother, she doesnt read English. My brother Hamza is in Benghazi, Libya. The agent who took him says the boat to Italy goes next week but wants 1.5 lakh more now")
	require.Equal(t, flows.KindHelp, res.State.Draft.Kind)
	require.NotContains(t, joinReplies(res), "Italy")
}

// The sum still awaited after an aside is asked again, not whether
// anything was paid (C555-002); "18000 yes, 32000 not sure" pays the sure
// sum.
func TestSession53PaidSumAfterAside(t *testing.T) {
	t.Parallel()
	given := map[string]string{"paid": "yes", "paid_how": "jazzcash", "paid_amount_again": "1"}
	res := atWith(t, flows.NodeReportPaid, "en", "can jazzcash reverse it if i complain fast?", given)
	require.Equal(t, flows.NodeReportPaid, res.State.Node)
	require.Contains(t, joinReplies(res), texts.T("en", "report_paid_amount_q", nil))
	res = atWith(t, flows.NodeReportPaid, "en", "18000 yes, 32000 not sure", given)
	require.Equal(t, "Rs 18,000", sentAnswers(res)["paid_amount"])
	res = at(t, flows.NodeReportPaid, "en", "18000 yes, 32000 not sure")
	require.Equal(t, "Rs 18,000", answers(res)["paid_amount"])
}

// Words of danger in a later message of a report whose account says the
// ordeal is over are no emergency now ("ab ghar wapis aa gaya hai", then
// how he was held, raised one); told with no such word, they still are.
func TestSession53AccountOver(t *testing.T) {
	t.Parallel()
	e := realEngine()
	res := playFrom(e, "mera bhai pichle saal Libya me tha, ab ghar wapis aa gaya hai, theek hai. us agent ki shikayat karni hai",
		"wahan unho ne kamre me band kar diya tha aur maarte the")
	require.Equal(t, flows.KindReport, res.State.Draft.Kind)
	require.Empty(t, res.State.Draft.Danger)
	res = playFrom(e, "ek agent ki shikayat karni hai jo larke Thailand bhejta hai",
		"mera bhai abhi wahan hai, unho ne kamre me band kr rakha hai aur marte hain")
	require.NotEmpty(t, res.State.Draft.Danger)
}

// "two transfers of 2 lakh and 1.6 lakh" tells the parts of the sum paid,
// not twice it (C554-031 stored 7.2 lakh), and "an account in Usmans
// name, two transfers" is Usman's, not "two transfers"'.
func TestSession53PartsNotTwice(t *testing.T) {
	t.Parallel()
	res := atWith(t, flows.NodeReportPaidHow, "en", "Bank transfer, IBFT to an HBL account in Usmans name, two transfers of 2 lakh and 1.6 lakh",
		map[string]string{"paid": "yes", "paid_amount": "Rs 3,60,000"})
	got := sentAnswers(res)
	require.Equal(t, "Rs 3,60,000", got["paid_amount"])
	require.Equal(t, "bank", got["paid_how"])
	require.Contains(t, got["paid_to"], "Usman")
	res = atWith(t, flows.NodeReportPaidHow, "ur-Latn", "jazzcash se, 60,000 do dafa", map[string]string{"paid": "yes"})
	require.Equal(t, "Rs 1,20,000", sentAnswers(res)["paid_amount"])
}
