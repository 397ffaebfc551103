package flows_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Round C18 (test17): answers read with the real triage, each family in
// three languages with neighbours that must not change.

// An answer that takes itself back ("nahi kuch nahi bheja... ruko, bhai
// keh raha hai passport ki photo bhej di thi", C18-028) is the answer they
// settled on, at any choice question, not only at consent.
func TestRound18DocumentsCorrected(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "nahi kuch nahi bheja... ruko, bhai keh raha hai passport ki photo bhej di thi", "passport"},
		{"ur-Latn", "kuch nahi diya, nahi nahi shanakhti card ki copy di thi", "cnic"},
		{"en", "no nothing... wait, my brother says he sent a photo of his passport", "passport"},
		{"en", "nothing, actually I gave them my CNIC copy", "cnic"},
		{"ur", "کچھ نہیں بھیجا... رکو، بھائی کہہ رہا ہے پاسپورٹ کی تصویر بھیجی تھی", "passport"},
		{"ur", "کچھ نہیں دیا، نہیں نہیں شناختی کارڈ کی کاپی دی تھی", "cnic"},
		// neighbours: no correction
		{"ur-Latn", "nahi kuch nahi bheja", "none"},
		{"en", "passport photo only", "passport"},
	} {
		a := answers(at(t, flows.NodeReportDocs, c.locale, c.text))
		require.Equal(t, c.want, a["documents"], "%s: %q", c.locale, c.text)
	}
}

// A message forwarded from a group with the question whether it is really
// what it claims ("کیا یہ واقعی حکومت کا پروگرام ہے؟", C18-022) asks for a
// check: a verify. The principle of TestPastedAdvertWithCheckIsAReport
// holds: the person's question decides, a bare "check karein" of what
// came in a group reports it, a question of whether it is genuine checks
// it.
func TestRound18IsItReallyIsAVerify(t *testing.T) {
	t.Parallel()
	qatar := "\n\nQATAR JOBS\nDelivery riders - Doha\nSalary 3000 QAR + room\nVisa + ticket fee: Rs 3,00,000\nGulf Star Manpower\nWhatsApp 0300-1112223"
	advert := "\n'وزیراعظم بیرون ملک روزگار پروگرام ۲۰۲۶، جاپان اور کوریا کے لیے رجسٹریشن، فیس ۳۵۰۰ روپے'"
	for _, c := range []struct{ text, kind string }{
		{"ہمارے گاؤں کے واٹس ایپ گروپ میں ایک پیغام آیا ہے۔ کیا یہ واقعی حکومت کا پروگرام ہے؟" + advert, flows.KindVerify},
		{"گروپ میں یہ آیا ہے، کیا واقعی ایسا کوئی سرکاری پروگرام ہے؟" + advert, flows.KindVerify},
		{"hamare gaon ke whatsapp group me ye msg aya hai, kya ye waqai hukumat ka program hai?" + advert, flows.KindVerify},
		{"group me aya hai, kya waqai aisa koi program hai?" + advert, flows.KindVerify},
		{"this came in our village whatsapp group, is it really a government programme?" + advert, flows.KindVerify},
		{"got this in a group, is this really from the government?" + advert, flows.KindVerify},
		// neighbours: a bare check of what came in a group reports it
		{"یہ ہمارے گروپ میں آیا ہے، چیک کریں" + qatar, flows.KindReport},
		{"ye hamare mohalle ke group me aya, check karein" + qatar, flows.KindReport},
		{"a friend sent this in the family group, really pls check" + qatar, flows.KindReport},
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-REAL18"}, t0)
		kind := ""
		if r.State.Draft != nil {
			kind = r.State.Draft.Kind
		}
		for _, e := range r.Effects {
			if e.Kind == flows.EffectCreateReport {
				kind = e.Report.Kind
			}
		}
		require.Equal(t, c.kind, kind, c.text)
	}
}

// A correction takes back the sum said just before it, not the sums asked
// before that ("15k, phr 30k or mangy. nai nai 25k": 15k and then 25k more,
// C18-026). One sum corrected is still replaced.
func TestRound18CorrectionTakesBackTheLastSum(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "15k, phr 30k or mangy. nai nai 25k", "Rs 40,000"},
		{"ur-Latn", "pehle 20 hazar liye, phir 50 hazar aur mange, nahi nahi 40 hazar", "Rs 60,000"},
		{"ur", "پہلے بیس ہزار، پھر پچاس ہزار اور مانگے، نہیں نہیں چالیس ہزار", "Rs 60,000"},
		{"en", "15k first, then they asked 30k more, sorry I mean 25k more", "Rs 40,000"},
		// neighbours: one sum corrected
		{"en", "9 lakh, sorry I mean 9.5 lakh", "Rs 9,50,000"},
		{"ur-Latn", "50 hazar, nahi balke 60 hazar", "Rs 60,000"},
		{"ur", "ساڑھے پانچ لاکھ، نہیں معاف کریں ساڑھے چھ لاکھ", "Rs 6,50,000"},
	} {
		a := answers(at(t, flows.NodeReportMoney, c.locale, c.text))
		require.Equal(t, c.want, strings.Trim(a["money_asked"], "\u2066\u2069"), "%s: %q", c.locale, c.text)
	}
}

// How the money went, taken back and told again ("ek dafa jazzcash se
// bhi... nahi nahi wo bhi easypaisa tha", C18-029), is the way they
// settled on.
func TestRound18PaidHowCorrected(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "easypaisa se teen dafa, 40 phir 50 phir 30. ek dafa jazzcash se bhi... nahi nahi wo bhi easypaisa tha, sab easypaisa", "easypaisa"},
		{"ur-Latn", "jazzcash se bheje, nahi ruko, bank se transfer kiye the", "bank"},
		{"en", "by jazzcash, sorry I mean easypaisa", "easypaisa"},
		{"en", "cash in hand, actually it was a bank transfer", "bank"},
		{"ur", "جاز کیش سے، نہیں نہیں ایزی پیسہ سے بھیجے تھے", "easypaisa"},
		// neighbours: no correction
		{"ur-Latn", "easypaisa se 3 dafa", "easypaisa"},
		{"en", "cash, handed it to him", "cash"},
	} {
		a := answers(at(t, flows.NodeReportPaidHow, c.locale, c.text))
		require.Equal(t, c.want, a["paid_how"], "%s: %q", c.locale, c.text)
	}
}
