package casework

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// A promoter whose licence the person gave, paid in cash at its office,
// is its misconduct, whatever triage's model makes of the account
// (C33-003 became an unlicensed recruiter's when the retrained model read
// a worker abroad into it); with no licence given, the same payment is an
// unlicensed recruiter's.
func TestLicensedPaidIsMisconduct(t *testing.T) {
	t.Parallel()
	text := "Salam. sorry for writing so late, its 2 at night here in Dammam, only time i get\n" +
		"I came through an agency in Rawalpindi, licenced one, Shaheen Overseas Employment Promoters 3094/RWP. they told me electrician 2000 riyal. here they put me as cleaner in a mall, 1100 riyal. salary comes on time, thats not the problem, but this is not what they sold me. and they took 4.5 lakh from me in cash and never gave receipt. i want to complain so they dont do this to the next boys\n" +
		"there was no advert, my uncle knew them. in office they showed me a paper with electrician written, i have photo of that paper. they said 4.5 lakh all inclusive. govt fee is much less i found later\n" +
		"passport and cnic copy both i gave, they did protector. passport they gave back at the airport\n" +
		"Shaheen Overseas Employment Promoters, 3094/RWP. the man who dealt was Sajid"
	answers := map[string]string{"money_asked": "Rs 4,50,000", "paid_amount": "Rs 4,50,000", "recruiter": "Shaheen Overseas Employment Promoters",
		"recruiter_also": "Sajid", "paid": "yes", "seen": "agent", "licence": "3094/RWP", "country": "Saudi Arabia", "paid_how": "cash", "documents": "both"}
	ct, _, _ := Classify(&flows.ReportSpec{Kind: flows.KindReport, Text: text, Answers: answers})
	require.Equal(t, "oep_misconduct", ct)
	ct, _, _ = Classify(&flows.ReportSpec{Kind: flows.KindReport, Text: "agent ne Saudi ka visa bola, 3 lakh cash le liye, ab phone band",
		Answers: map[string]string{"paid": "yes", "paid_how": "cash", "seen": "agent"}})
	require.Equal(t, "unlicensed_recruiter", ct)
}
