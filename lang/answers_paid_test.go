package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// An advert passed on to the writer ("sent it to me", "mujhe bheja",
// "forward kiya"), a person sent abroad ("I was sent to Iraq", "sent my
// son to Libya") and work without pay ("without pay", "baghair tankhwa",
// "بغیر تنخواہ") are no payment. Money sent by the writer still is.
func TestSentToMeAndWithoutPayAreNoPayment(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{
		"my cousin sent it to me on whatsapp",
		"a friend forwarded me this ad",
		"it was shared to us in a group",
		"I was sent to Iraq last year by an agent",
		"the agent sent my son to libya",
		"they sent him to oman on a visit visa",
		"made me work without pay",
		"they kept us without any salary for months",
		"cousin ne mujhe whatsapp pe bheja tha",
		"bhai ne ye ad mujhe forward kiya",
		"dost ne group me share kiya tha",
		"baghair tankhwa kaam karwaya",
		"tankhwa ke baghair kaam le rahe hain",
		"bina paise ke kaam karwate hain",
		"کزن نے مجھے واٹس ایپ پر بھیجا تھا",
		"بھائی نے یہ اشتہار مجھے فارورڈ کیا",
		"بغیر تنخواہ کے کام کروایا",
		"تنخواہ کے بغیر کام لیتے ہیں",
	} {
		require.NotEqual(t, PolarYes, r.Read(s).PaidDone(), s)
	}
	for _, s := range []string{
		"i sent 80000 rs on easypaisa to a guy named Bilal",
		"we sent them 1 lakh two days ago",
		"maine usko 50 hazar bheje",
		"agent ko 2 lakh bhej diye",
		"میں نے اسے پچاس ہزار بھیجے",
		"ایجنٹ کو دو لاکھ بھیج دیے",
	} {
		require.Equal(t, PolarYes, r.Read(s).PaidDone(), s)
	}
}

// What was to be paid, then what was taken ("12 lakh me dena tha, 5 lakh
// le liye"): the first clause is the deal's terms, the payment stands. A
// sum still to pay with nothing paid is not yet paid.
func TestTermsThenPaymentIsPaid(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{
		"Italy ka work visa 12 lakh me dena tha, 5 lakh le liye",
		"12 lac dene the, 5 lac usne le liye",
		"2 lakh dene the, 1 lakh de diya",
		"اٹلی کا ویزا بارہ لاکھ میں دینا تھا، پانچ لاکھ لے لیے",
		"دو لاکھ دینے تھے، ایک لاکھ دے دیا",
		"I was to pay 12 lakh for the visa, he took 5 lakh",
	} {
		require.Equal(t, PolarYes, r.Read(s).PaidDone(), s)
	}
	for _, s := range []string{
		"12 lakh dene the visa ke baad",
		"paise dene the magar nahi diye",
		"دو لاکھ دینے تھے، ابھی نہیں دیے",
		"I was to pay 2 lakh after the visa",
	} {
		require.NotEqual(t, PolarYes, r.Read(s).PaidDone(), s)
	}
}

// "No." opening an answer is the answer no, and its full stop ends it: the
// payment after it is not negated ("no. i paid 80000 rupees"). "No." before
// digits is "number".
func TestNoFullStopIsAnAnswer(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{"no. i paid 80000 rupees", "No. I gave him 2 lakh", "no. he took 50k from me"} {
		rd := r.Read(s)
		require.Equal(t, PolarNo, rd.Lead(), s)
		require.Equal(t, PolarYes, rd.PaidDone(), s)
	}
	toks := Tokenize("No. 0300-1234567")
	require.False(t, toks[1].Brk)
	toks = Tokenize("contact no. is 0300")
	require.False(t, toks[2].Brk)
}

// A fee paid in with a feminine verb ("fees jama karwai", "payment kar
// di", "fees bhar di", "فیس جمع کروائی", "made a payment") was paid; talk
// of a payment is not.
func TestFeePaidInIsPaid(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, s := range []string{
		"fees 150000 jama karwai",
		"50 hazar ki payment ki thi",
		"payment kar di thi 50 hazar ki",
		"50 hazar fees bhar di",
		"فیس جمع کروائی",
		"پچاس ہزار کی پیمنٹ کر دی",
		"فیس بھر دی تھی",
		"i made a payment of 50000",
		"we did the payment on jazzcash",
	} {
		require.Equal(t, PolarYes, r.Read(s).PaidDone(), s)
	}
	for _, s := range []string{
		"payment ki baat hui thi",
		"payment nahi ki",
		"میں نے پیمنٹ نہیں کی",
		"i never made any payment",
	} {
		require.NotEqual(t, PolarYes, r.Read(s).PaidDone(), s)
	}
}
