package casework

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// A plea from someone who says they are safe, with no situation read or
// chosen ("باقی میں خیریت سے ہوں", "I am safe, only the ticket", C14-019),
// is routine; a situation, danger, or no word of safety keeps it urgent.
func TestRound16SafeSaidIsRoutine(t *testing.T) {
	t.Parallel()
	other := map[string]string{"situation": "other"}
	for _, c := range []struct {
		text       string
		answers    map[string]string
		situations []string
		danger     []string
		want       string
	}{
		{"معاہدے میں واپسی کا ٹکٹ کمپنی کے ذمے تھا، اب کہتے ہیں خود خریدو۔ باقی میں خیریت سے ہوں", other, nil, nil, "routine"},
		{"کمپنی ٹکٹ نہیں دے رہی، میں محفوظ ہوں", other, nil, nil, "routine"},
		{"company return ticket nahi de rahi jo contract me tha, baqi main theek hoon", other, nil, nil, "routine"},
		{"ticket ka masla hai, main khairiyat se hun", other, nil, nil, "routine"},
		{"the company will not pay for my ticket home as the contract says. I am safe, staying in the hostel", other, nil, nil, "routine"},
		{"they owe me the return ticket, otherwise I am fine", nil, nil, nil, "routine"},
		// neighbours: not safe, a situation, danger, nothing said of safety
		{"company ticket nahi de rahi, main safe nahi hoon", other, nil, nil, "urgent"},
		{"I am not safe here, they keep my passport", other, []string{"documents_taken"}, nil, "urgent"},
		{"میں خیریت سے ہوں لیکن پاسپورٹ ان کے پاس ہے", map[string]string{"situation": "passport_taken"}, []string{"documents_taken"}, nil, "urgent"},
		{"the company will not pay for my ticket home", other, nil, nil, "urgent"},
		{"I am safe for now but they beat the others", other, nil, []string{"violence"}, "emergency"},
	} {
		spec := &flows.ReportSpec{Kind: flows.KindHelp, Text: c.text, Answers: c.answers, Danger: c.danger}
		require.Equal(t, c.want, urgency(spec, "", c.situations, false), c.text)
	}
}
