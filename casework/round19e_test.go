package casework

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// A recruiter the person calls licensed ("یہاں ایک لائسنس یافتہ ادارہ
// ہے", "license wali company", "a licensed OEP") who took cash with no
// receipt is the licensed promoter's misconduct, the matrix's row for
// BE&OE, also when the model reads the recruiter case (C9-008). One said
// to have no licence, or never called licensed, is not.
func TestRound19LicensedRecruiterIsOEP(t *testing.T) {
	t.Parallel()
	answers := map[string]string{"paid": "yes", "paid_how": "cash", "seen": "newspaper", "documents": "both"}
	for _, c := range []struct{ text, want string }{
		{"میں میرپور سے ہوں۔ یہاں ایک لائسنس یافتہ ادارہ ہے گلف ریکروٹنگ ایجنسی، انہوں نے دبئی میں نوکری کے لیے مجھ سے چار لاکھ بیس ہزار روپے نقد لیے، کوئی رسید نہیں دی\nپاسپورٹ اور شناختی کارڈ دونوں ان کے پاس جمع ہیں", "oep_misconduct"},
		{"لائسنس والی کمپنی نے سعودی ویزے کے تین لاکھ نقد لیے، رسید نہیں دی، اب پچاس ہزار اور مانگ رہے ہیں\nپاسپورٹ ان کے پاس ہے", "oep_misconduct"},
		{"Mirpur ki ek license wali agency ne Dubai job ke liye 4 lakh 20 hazar cash liye, raseed nahi di, ab 50 hazar aur mang rahe hain\npassport aur cnic dono unke paas", "oep_misconduct"},
		{"pindi ki licensed OEP ne saudia ke liye 2 lakh 60 hazar liye, raseed sirf 25 hazar ki di\npassport unke paas hai", "oep_misconduct"},
		{"A licensed recruiting agency in Mirpur took 4.2 lakh cash from me for a storekeeper job in Dubai, gave no receipt, now asks 50 thousand more\nthey hold my passport and CNIC", "oep_misconduct"},
		// told over several messages, the advert in the paper and the cash
		// handed over at their office (the model reads a recruiter)
		{"میں میرپور آزاد کشمیر سے ہوں۔ یہاں ایک لائسنس یافتہ ادارہ ہے کشمیر گلف ریکروٹنگ ایجنسی، انہوں نے دبئی میں سٹور کیپر کی نوکری کے لیے مجھ سے چار لاکھ بیس ہزار روپے نقد لیے، کوئی رسید نہیں دی، اب کہتے ہیں پچاس ہزار اور دو ورنہ فائل آگے نہیں جائے گی\nان کا اخبار میں اشتہار آیا تھا، میرے پاس کٹنگ نہیں ہے\nچار لاکھ بیس ہزار نقد دفتر میں جا کر دیے، رسید مانگی تو ٹال دیا\nپاسپورٹ اور شناختی کارڈ دونوں ان کے پاس جمع ہیں", "oep_misconduct"},
		{"main Mirpur se hun, yahan ek licensed idara hai Gulf Recruiting Agency, unhon ne Dubai me store keeper ki naukri ke liye mujh se 4 lakh 20 hazar cash liye, koi raseed nahi di\nakhbar me unka ishtehar aya tha, mere paas cutting nahi hai\n4 lakh 20 hazar cash office me ja kar diye, raseed mangi to taal diya\npassport aur shanakhti card dono unke paas jama hain", "oep_misconduct"},
		{"I am from Mirpur. A licensed agency here, Gulf Recruiting Agency, took 4 lakh 20 thousand cash from me for a storekeeper job in Dubai, no receipt\ntheir advert was in the newspaper, I don't have the cutting\nI paid the cash at their office, when I asked for a receipt they put it off\nthey have both my passport and CNIC", "oep_misconduct"},
		// neighbours: no licence said, or denied
		{"ek agent ne Dubai job ke liye 4 lakh cash liye, raseed nahi di\npassport uske paas hai", "unlicensed_recruiter"},
		{"an agent with no licence took 4 lakh cash for a Dubai job, no receipt\nhe has my passport", "unlicensed_recruiter"},
	} {
		ct, _, _ := Classify(&flows.ReportSpec{Kind: flows.KindReport, Text: c.text, Answers: answers})
		require.Equal(t, c.want, ct, c.text)
	}
}
