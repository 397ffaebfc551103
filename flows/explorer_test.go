package flows_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found by a tester typing as users (the explorer's report, items 1, 2,
// 16, 17, 20, 36, 37, 38), each as a family of wordings in the three
// languages, read by the real engine.

// typeAs steps the real engine through msgs from a fresh conversation and
// returns the last state and every reply, one a line.
func typeAs(t *testing.T, sms bool, msgs ...string) (flows.State, string) {
	t.Helper()
	e := realEngine()
	var st flows.State
	var out []string
	for i, m := range msgs {
		res := e.Step(st, flows.Input{Text: m, MessageID: int64(i + 1), Reference: fmt.Sprintf("HSY-TEST%02d", i), SMS: sms}, t0)
		st = res.State
		for _, r := range res.Replies {
			out = append(out, r.Text)
		}
	}
	return st, strings.Join(out, "\n")
}

// A country taken back at "is this right?" about what was read is
// replaced, not added to ("ملک سعودی عرب نہیں کویت ہے", "sorry not saudi,
// it is kuwait"); at the summary, "country is Kuwait" (the form the check
// suggests) corrects it too, as does "Kuwait hai, Saudi nahi".
func TestExplorerCountryCorrectedNotAdded(t *testing.T) {
	t.Parallel()
	offers := map[string][]string{
		"en":      {"report", "agent offered hotel job in saudi, asking 3 lakh, 03017778889", "done"},
		"ur":      {"رپورٹ", "ایجنٹ نے سعودی عرب میں ہوٹل کی نوکری کا کہا، تین لاکھ مانگے ہیں، نمبر 03017778889", "بس"},
		"ur-Latn": {"report karni hai", "agent ne saudi me hotel ki naukri ka kaha, 3 lakh mang raha hai, number 03017778889", "bas"},
	}
	kuwait := map[string]string{"en": "Kuwait", "ur": "کویت", "ur-Latn": "Kuwait"}
	for _, c := range []struct{ lang, text string }{
		{"en", "sorry not saudi, it is kuwait"},
		{"en", "no, kuwait not saudi"},
		{"en", "its kuwait, not saudi arabia"},
		{"en", "saudi no, kuwait"},
		{"ur", "معاف کیجیے گا، ملک سعودی عرب نہیں کویت ہے"},
		{"ur", "سعودی عرب نہیں، کویت"},
		{"ur", "ملک کویت ہے، سعودی نہیں"},
		{"ur-Latn", "maaf kijiye, mulk saudi arab nahi kuwait hai"},
		{"ur-Latn", "saudia nahi kuwait"},
		{"ur-Latn", "kuwait hai saudi nahi"},
	} {
		st, _ := typeAs(t, false, append(offers[c.lang], c.text)...)
		require.NotNil(t, st.Draft, c.text)
		require.Equal(t, kuwait[c.lang], st.Draft.Answers["country"], c.text)
	}
	// at the summary
	rest := map[string][]string{
		"en":      {"yes", "from a neighbour", "Shahid", "no", "no", "yes"},
		"ur":      {"جی", "محلے کے ایک بندے نے بتایا تھا", "شاہد", "نہیں", "نہیں", "جی"},
		"ur-Latn": {"haan", "mohalle ke ek bande ne bataya", "Shahid", "nahi", "nahi", "haan"},
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "country is Kuwait"},
		{"en", "the country is kuwait"},
		{"en", "country: kuwait"},
		{"ur", "ملک صرف کویت ہے"},
		{"ur", "ملک کویت ہے"},
		{"ur", "ملک: کویت"},
		{"ur-Latn", "mulk kuwait hai"},
		{"ur-Latn", "country kuwait he"},
		{"ur-Latn", "mulk sirf kuwait"},
	} {
		msgs := append(append(append([]string{}, offers[c.lang]...), rest[c.lang]...), c.text)
		st, _ := typeAs(t, false, msgs...)
		require.Equal(t, flows.NodeReportSummary, st.Node, c.text)
		require.Equal(t, kuwait[c.lang], st.Draft.Answers["country"], c.text)
	}
}

// A licence number written with a dash or space, or with the city's name,
// is something to check: the check goes on, it is not asked for again.
func TestExplorerLicenceWrittenOtherwiseIsChecked(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		lang string
		msgs []string
	}{
		{"en", []string{"verify", "1234-RWP"}},
		{"en", []string{"verify", "license 1234 rawalpindi"}},
		{"en", []string{"check an agent", "OEP licence no. 2411 LHR"}},
		{"ur-Latn", []string{"agent check karna hai", "1234 rwp"}},
		{"ur-Latn", []string{"license 1234 rwp check kr do"}},
		{"ur", []string{"ایجنٹ چیک کرنا ہے", "۱۲۳۴/راولپنڈی"}},
		{"ur", []string{"اس کا لائسنس نمبر ۱۲۳۴/راولپنڈی ہے"}},
	} {
		st, out := typeAs(t, false, c.msgs...)
		require.NotContains(t, out, "licence number. Send it", c.msgs)
		require.NotContains(t, out, "licence number. Bhej dein", c.msgs)
		require.NotContains(t, out, "لائسنس نمبر۔ بھیج دیں", c.msgs)
		if len(c.msgs) > 1 { // a licence alone in the first message: its number is asked for, once
			require.NotEqual(t, flows.NodeVerify, st.Node, c.msgs)
		}
	}
}
