package casework

import (
	"testing"

	"github.com/hoshyar/hoshyar/flows"
	"github.com/stretchr/testify/require"
)

// A recruiter in Pakistan who still holds the passport handed over, after
// the deal went bad, is part of the report about him, routine as the money
// lost (the newest blind conversation sets, 11 of 11); one he holds to
// force a payment ("send the rest or he keeps the passport") makes it
// urgent.
func TestPassportStillHeldIsRoutineUnlessALever(t *testing.T) {
	t.Parallel()
	offer := "An agent in Lahore promised me a job in Serbia for 6 lakh. I paid 3 lakh cash at his office."
	for _, c := range []struct {
		docs, urgency string
	}{
		{"my original passport, he's still holding it", "routine"},
		{"my passport, they are still keeping it", "routine"},
		{"passport, he is still holding on to it", "routine"},
		{"my passport. now he says send the remaining 3 lakh or he keeps the passport", "urgent"},
		{"passport uske paas hai, kehta hai baqi paise do warna passport nahi milega", "urgent"},
		{"پاسپورٹ اس کے پاس ہے، کہتا ہے باقی پیسے دو ورنہ پاسپورٹ نہیں ملے گا", "urgent"},
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
