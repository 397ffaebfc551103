package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in C34 (played once at the end of the last session, 25/36), each
// with neighbours in three languages: "me and my brother" is about the
// writer too; a name "famous as" another keeps the first; a "no" standing
// alone between two statements takes back the first ("kuch cash kuch
// bank... nahi, sara cash"); "half at the office and half to his munshi"
// is all that was asked.
func TestC34Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"help_whom", "ur-Latn", "mein khud aur mera bhai", `{"answer":"self"}`},
		{"help_whom", "ur", "میں خود اور میرا بھائی", `{"answer":"self"}`},
		{"help_whom", "en", "me and my brother", `{"answer":"self"}`},
		{"help_whom", "ur-Latn", "hum dono", `{"answer":"self"}`},
		{"help_whom", "en", "my brother and his friend", `{"answer":"other"}`},
		{"help_whom", "ur", "میرا بھائی", `{"answer":"other"}`},
		{"report_recruiter", "ur-Latn", "Chaudhry Tanveer, 'Tanveer Italy wala' mashhoor hai", `{"answer":"text","value":"Chaudhry Tanveer"}`},
		{"report_recruiter", "ur", "چوہدری تنویر، تنویر اٹلی والا مشہور ہے", `{"answer":"text","value":"چوہدری تنویر"}`},
		{"report_recruiter", "en", "Chaudhry Tanveer, famous as Tanveer Italy wala", `{"answer":"text","value":"Chaudhry Tanveer"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}

func TestC34PaidHowTakenBack(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text, want string }{
		{"ur", "ساڑھے پانچ لاکھ، کچھ نقد کچھ بینک... نہیں، سارا نقد ہی دیا تھا", "cash"},
		{"ur-Latn", "kuch cash kuch bank... nahi, sara cash hi diya tha", "cash"},
		{"en", "some cash some bank... no, all of it was paid in cash", "cash"},
		{"en", "here only. dont call. they check phone", ""},
	} {
		s := flows.AtQuestion(flows.NodeReportPaidHow, c.lang)
		res := e.Step(s, flows.Input{Text: c.text, MessageID: 9, Reference: "HSY-TEST34"}, t0)
		got := ""
		if res.State.Draft != nil {
			got = res.State.Draft.Answers["paid_how"]
		}
		if c.want == "" {
			require.NotEqual(t, "number", got, c.text)
			continue
		}
		require.Equal(t, c.want, got, c.text)
	}
}

// "cash, half at office and half to his munshi" after an account of 6.2
// lakh charged: all of it was paid (C34-019).
func TestC34HalfAndHalfIsAll(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		lang string
		msgs []string
	}{
		{"en", []string{"Need to report a fake visa. Agent gave my father Saudi work visa and protector stamp but at Multan airport FIA said visa number not in system and protector stamp is fake. He was offloaded",
			"The agent is near Vehari Chowk Multan, small office 'Zamzam Travel & Tours'. He charged 6 lakh 20 thousand for visa, ticket and protector. Ticket was real but visa fake",
			"no more", "yes", "went to agent office in person", "0300-7325918", "cash, half at office and half to his munshi"}},
		{"ur-Latn", []string{"fake visa ki report karni hai. Multan ke agent Zamzam Travel ne abbu se Saudi visa ke 6 lakh 20 hazar liye visa ticket protector ke, visa fake nikla, FIA ne airport pe roka",
			"bas", "haan", "agent ke office khud gaye the", "0300-7325918", "cash, aadha office me aur aadha uske munshi ko"}},
	} {
		st, _ := typeAs(t, false, c.msgs...)
		require.NotNil(t, st.Draft, c.lang)
		require.Equal(t, "Rs 6,20,000", st.Draft.Answers["paid_amount"], c.lang)
		require.Equal(t, "cash", st.Draft.Answers["paid_how"], c.lang)
	}
}
