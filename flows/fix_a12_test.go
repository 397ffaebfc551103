package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in the unseen typed answers A12 (330/360 at first play on
// 669ebbe), each with neighbours in three languages: an "ok" that closes a
// thanks is a farewell, never a yes (it must not erase anyone's data);
// "not understood" holds a "no" that answers nothing; "hi" after a word is
// the Roman-Urdu "only"; "no idea", "next question", "I'll give it later"
// skip; calls refused with a silent message wanted is discreet; "don't
// know yet" at how to be reached is no refusal; a sum bargained down is
// the last one, sums with a plus are added, the rest still to pay is no
// part of what was paid; the caller named after the firm is beside it;
// a name keeps its marks as written ("مصطفیٰ"); a number abroad written
// without its "+" is read as one where a number is asked; a number called
// wrong gives way to the one after it; delete pressed by mistake is a no.
func TestA12Answers(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"erase", "en", "ok thanks bye", `{"answer":"aside","aside":"thanks"}`},
		{"erase", "ur-Latn", "theek hai shukriya allah hafiz", `{"answer":"aside","aside":"thanks"}`},
		{"erase", "ur", "ٹھیک ہے شکریہ", `{"answer":"aside","aside":"thanks"}`},
		{"report_paid", "ur", "ٹھیک ہے شکریہ", `{"answer":"aside","aside":"thanks"}`},
		{"erase", "en", "yes delete, thanks", `{"answer":"yes"}`},
		{"erase", "ur-Latn", "haan kar do shukriya", `{"answer":"yes"}`},
		{"erase", "ur", "یہ کیا ہے؟ سمجھ نہیں آئی", `{"answer":"aside","aside":"unclear"}`},
		{"erase", "ur-Latn", "ye kya hai? samajh nahi aaya", `{"answer":"aside","aside":"unclear"}`},
		{"erase", "en", "what is this? i didnt understand", `{"answer":"aside","aside":"unclear"}`},
		{"erase", "ur", "نہیں", `{"answer":"no"}`},
		{"report_consent", "ur-Latn", "anonymous hi theek hai", `{"answer":"no"}`},
		{"report_consent", "ur-Latn", "gumnaam hi rakhein", `{"answer":"no"}`},
		{"report_recruiter", "ur-Latn", "koi idea nai yaar", `{"answer":"unknown"}`},
		{"report_recruiter", "en", "no idea tbh", `{"answer":"unknown"}`},
		{"report_recruiter", "ur", "کوئی آئیڈیا نہیں", `{"answer":"unknown"}`},
		{"report_offer", "ur-Latn", "ad to nahi hai mere pas, agla sawal pucho", `{"answer":"skip"}`},
		{"report_docs", "ur-Latn", "aglay sawal pe chalo", `{"answer":"skip"}`},
		{"report_docs", "ur", "اگلا سوال پوچھیں", `{"answer":"skip"}`},
		{"report_docs", "en", "next question pls", `{"answer":"skip"}`},
		{"help_contact", "ur", "صرف خاموش میسج، کال بالکل نہیں", `{"answer":"discreet"}`},
		{"help_contact", "ur-Latn", "sirf chupke se msg, call bilkul nahi", `{"answer":"discreet"}`},
		{"help_contact", "en", "only a silent text, never call", `{"answer":"discreet"}`},
		{"help_contact", "ur", "بس اطلاع دینی تھی، مجھ سے رابطے کی ضرورت نہیں", `{"answer":"none"}`},
		{"help_contact", "ur-Latn", "bas batana tha, rabte ki zarurat nahi", `{"answer":"none"}`},
		{"help_contact", "en", "just wanted to inform, no need to contact me", `{"answer":"none"}`},
		{"help_contact", "ur-Latn", "pata nai, sochta hun", `{"answer":"skip"}`},
		{"help_contact", "en", "not sure yet, let me think", `{"answer":"skip"}`},
		{"help_contact", "ur", "پتا نہیں، سوچ کر بتاتا ہوں", `{"answer":"skip"}`},
		{"help_number", "ur-Latn", "baad me deta hun number", `{"answer":"skip"}`},
		{"help_number", "ur", "نمبر بعد میں دیتا ہوں", `{"answer":"skip"}`},
		{"help_number", "en", "i will send the number later", `{"answer":"skip"}`},
		{"report_recruiter", "ur-Latn", "shukriya bhai jaan", `{"answer":"aside","aside":"thanks"}`},
		{"help_place", "en", "thank u so much bhai", `{"answer":"aside","aside":"thanks"}`},
		{"help_place", "ur", "بہت شکریہ بھائی جان", `{"answer":"aside","aside":"thanks"}`},
		{"report_seen", "ur-Latn", "wattsap pe unknown number se msg aya tha", `{"answer":"whatsapp"}`},
		{"menu", "en", "is this the real FIA number or a scam too? 😅", `{"answer":"aside","aside":"who"}`},
		{"menu", "ur-Latn", "kya ye asli FIA ka number hai ya ye bhi fraud hai?", `{"answer":"aside","aside":"who"}`},
		{"menu", "en", "i want to report a scam agent", `{"answer":"intent","intent":"report"}`},
		{"report_money", "ur-Latn", "pehle 6 lakh bola phir kam kr k 5 lakh 20 hazar pe aa gaya", `{"answer":"amount","amount":{"value":520000,"currency":"PKR"}}`},
		{"report_money", "en", "first 6 lakh, then he came down to 5.2 lakh", `{"answer":"amount","amount":{"value":520000,"currency":"PKR"}}`},
		{"report_money", "ur", "پہلے چھ لاکھ کہا پھر کم کر کے پانچ لاکھ پر آ گیا", `{"answer":"amount","amount":{"value":500000,"currency":"PKR"}}`},
		{"report_money", "en", "1.8 lac + 40k for medical and protector", `{"answer":"amount","amount":{"value":220000,"currency":"PKR"}}`},
		{"report_money", "ur-Latn", "3 lakh plus 50 hazar medical", `{"answer":"amount","amount":{"value":350000,"currency":"PKR"}}`},
		{"report_money", "ur-Latn", "pehle 15000 registration, phir 40000 visa", `{"answer":"amount","amount":{"value":55000,"currency":"PKR"}}`},
		{"report_paid", "en", "partly, 2 lakh so far. rest not yet", `{"answer":"yes","amount":{"value":200000,"currency":"PKR"}}`},
		{"report_paid", "ur-Latn", "2 lakh de diye, baqi abhi nahi diye", `{"answer":"yes","amount":{"value":200000,"currency":"PKR"}}`},
		{"report_paid", "ur", "دو لاکھ دے چکے ہیں، باقی ابھی نہیں دیے", `{"answer":"yes","amount":{"value":200000,"currency":"PKR"}}`},
		{"report_paid", "en", "not yet, they want the rest after visa", `{"answer":"no"}`},
		{"report_paid", "ur-Latn", "pehle 3 lakh diye phir dedh lakh, baqi 1 lakh visa aane pe dena tha", `{"answer":"yes","amount":{"value":450000,"currency":"PKR"}}`},
		{"report_consent", "ur", "جی بات کر لیں، میں زیادہ پڑھا لکھا نہیں، بیٹے سے بھی بات ہو سکتی ہے", `{"answer":"yes"}`},
		{"report_consent", "ur-Latn", "ji baat kar lein, main zyada parha likha nahi", `{"answer":"yes"}`},
		{"report_consent", "en", "yes talk to me, i am not very educated", `{"answer":"yes"}`},
		{"report_consent", "ur", "بات نہ کریں", `{"answer":"no"}`},
		{"report_recruiter", "ur", "جاپان روزگار سکیم پاکستان، کال کرنے والے نے اپنا نام عمران بتایا", `{"answer":"text","value":"جاپان روزگار سکیم پاکستان"}`},
		{"report_recruiter", "en", "Japan Rozgar Scheme Pakistan, the caller said his name was Imran", `{"answer":"text","value":"Japan Rozgar Scheme Pakistan"}`},
		{"report_recruiter", "ur-Latn", "Japan Rozgar Scheme Pakistan, call karne wale ne apna naam Imran bataya", `{"answer":"text","value":"Japan Rozgar Scheme Pakistan"}`},
		{"report_recruiter", "ur", "غلام مصطفیٰ، لوگ اسے مصطفیٰ ایجنٹ کہتے ہیں", `{"answer":"text","value":"غلام مصطفیٰ"}`},
		{"help_number", "en", "971 52 118 4406 (whatsapp only)", `{"answer":"phone","phones":["+971521184406"]}`},
		{"help_number", "ur-Latn", "974 3344 1209 qatar wala", `{"answer":"phone","phones":["+97433441209"]}`},
		{"help_number", "ur", "۹۶۶ ۵۰ ۱۲۳ ۴۵۶۷", `{"answer":"phone","phones":["+966501234567"]}`},
		{"help_number", "en", "0300 1234567", `{"answer":"phone","phones":["+923001234567"]}`},
		{"help_number", "ur-Latn", "pehle 0301 5566 718 likha tha ghalat, sahi 0301 5566 781 hai", `{"answer":"phone","phones":["+923015566781"]}`},
		{"help_number", "en", "0301 5566718 was wrong, correct one is 0301 5566781", `{"answer":"phone","phones":["+923015566781"]}`},
		{"help_number", "ur", "پہلے ۰۳۰۱۵۵۶۶۷۱۸ لکھا تھا غلط، صحیح ۰۳۰۱۵۵۶۶۷۸۱ ہے", `{"answer":"phone","phones":["+923015566781"]}`},
		{"erase", "ur-Latn", "nai nai galti se dab gaya", `{"answer":"no"}`},
		{"erase", "en", "oh no i pressed it by mistake", `{"answer":"no"}`},
		{"erase", "ur", "غلطی سے دب گیا تھا", `{"answer":"no"}`},
		{"erase", "en", "yes delete, i sent the report by mistake", `{"answer":"yes"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}

// Of several ways of paying, the one said to carry most of the sum is how
// it was paid ("زیادہ تر نقد دفتر میں، تھوڑا سا بینک میں", C35-008); with
// no such word the first rule stands.
func TestC35MostlyPaidHow(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text, want string }{
		{"ur", "زیادہ تر نقد دفتر میں، تھوڑا سا بینک میں", "cash"},
		{"en", "mostly cash at the office, a little by bank", "cash"},
		{"ur-Latn", "zyada tar cash office me, thora bank me", "cash"},
		{"ur-Latn", "thora cash, zyada tar jazzcash se bheje", "jazzcash"},
		{"en", "by bank transfer", "bank"},
	} {
		s := flows.AtQuestion(flows.NodeReportPaidHow, c.lang)
		res := e.Step(s, flows.Input{Text: c.text, MessageID: 9, Reference: "HSY-TEST35"}, t0)
		require.NotNil(t, res.State.Draft, c.text)
		require.Equal(t, c.want, res.State.Draft.Answers["paid_how"], c.text)
	}
}
