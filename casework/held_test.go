package casework

import (
	"testing"

	"github.com/hoshyar/hoshyar/flows"
	"github.com/stretchr/testify/require"
)

// A recruiter in Pakistan who still holds the passport handed over makes a
// report urgent, however the documents answer says it; one given back does
// not.
func TestPassportStillHeldIsUrgent(t *testing.T) {
	t.Parallel()
	offer := "An agent in Lahore promised me a job in Serbia for 6 lakh. I paid 3 lakh cash at his office."
	for _, c := range []struct {
		docs, urgency string
	}{
		{"my original passport, he's still holding it", "urgent"},
		{"my passport, they are still keeping it", "urgent"},
		{"passport, he is still holding on to it", "urgent"},
		{"passport diya tha, wapis mil gaya", "routine"},
		{"only a photocopy of my cnic", "routine"},
	} {
		spec := &flows.ReportSpec{Kind: flows.KindReport, Text: offer + "\n" + c.docs,
			Answers: map[string]string{"documents": "passport", "paid": flows.ChoiceYes}}
		_, urgency, _ := Classify(spec)
		require.Equal(t, c.urgency, urgency, c.docs)
	}
}

// Phone numbers written with the Urdu full stop or a dash between groups
// are the recruiter's numbers in the stored entities.
func TestPhoneWithNumberMarks(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"ایجنٹ کا نمبر ۰۳۰۰۔۶۲۷۱۴۸۹ ہے",
		"agent ka number 0300–6271489",
		"نمبر ۰۳۰۰ ۔ ۶۲۷۱۴۸۹",
	} {
		spec := &flows.ReportSpec{Kind: flows.KindReport, Text: text}
		_, _, e := Classify(spec)
		require.Equal(t, []string{"+923006271489"}, e.Phones, text)
	}
}
