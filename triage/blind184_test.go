package triage

import "testing"

// A permit or visa the agency handed over, called fake in a sentence of
// its own, is the agency's document fraud (B66-UR-034), in each language;
// "it is fake" of an offer no one handed over is no such paper.
func TestHandedPaperCalledFake(t *testing.T) {
	t.Parallel()
	requireRead(t, "document_fraud", UrgencyRoutine,
		"باکو (آذربائیجان) کا ورک پرمٹ جو ایجنسی نے دیا، وہاں کی مائیگریشن سروس نے ای میل پر بتایا کہ یہ جعلی ہے۔ ہمارے محلے کے ۶ لڑکوں میں سے ہر ایک نے ۶ لاکھ دیے ہیں",
		"agent ne Romania ka work permit diya tha 5 lakh le kar, embassy walon ne kaha ye fake hai",
		"The agency handed me a visa for Qatar after I paid 4 lakh. At the airport they told me it is fake.")
	requireRead(t, "job_offer_suspicious", "",
		"Saw this ad on facebook, Dubai driver job, salary 2 lakh, send 20000 for processing. My cousin says it is fake")
}
