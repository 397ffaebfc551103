package casework

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// A fake CoS, LMIA, work permit or offer letter sent by a scam seen online
// and paid by wallet or bank is the scam's paper: a paid scam (C85-023,
// C86-030, and eight older conversations); a visa an agent met in person
// handed over, found fake, is his document fraud.
func TestScamPaperIsThePaidScam(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text, seen, how, want string
	}{
		{"فیس بک پر اشتہار تھا، ساڑھے چھ ہزار پاؤنڈ میں اسپانسرشپ اور ویزا۔ پندرہ سو پاؤنڈ بینک سے بھیج دیے، اب سی او ایس جعلی نکلا",
			"facebook", "bank", "job_scam_paid"},
		{"Facebook ad for UK care jobs, I sent 2 lakh by bank to their account, they emailed a CoS which turned out fake and now they blocked me",
			"facebook", "bank", "job_scam_paid"},
		{"instagram page ko 27,500 bheje JazzCash se, unho ne LMIA bheja jo fake nikla, ab block kr diya",
			"website", "jazzcash", "job_scam_paid"},
		{"دبئی کے سکول کا اشتہار فیس بک پر دیکھا، پچیس ہزار پھر چالیس ہزار ایزی پیسہ کیے، آفر لیٹر جعلی نکلا",
			"facebook", "easypaisa", "job_scam_paid"},
		// an agent met in person: the fake visa he handed over
		{"agent ne mujhe Qatar ka work visa diya tha pdf me, maine check kiya to wo jali nikla. 2 lakh easypaisa kiye the",
			"agent", "easypaisa", "document_fraud"},
		{"Fly High Travel & Tours Gujranwala ne Portugal ka work visa laga ke diya, 9 lakh bank me liye. VFS walon ne kaha ye sticker hi jali hai",
			"agent", "bank", "document_fraud"},
	} {
		ct, _, _ := Classify(&flows.ReportSpec{Kind: flows.KindReport, Text: c.text,
			Answers: map[string]string{"paid": "yes", "seen": c.seen, "paid_how": c.how}})
		require.Equal(t, c.want, ct, c.text)
	}
}
