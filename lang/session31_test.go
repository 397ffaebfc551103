package lang

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// A giving denied after its verb is no payment (C284-028: "maine diye nai
// abhi" was read as paid, and a check became a report); a tag after the
// verb stresses it, and a denial beside a giving said is another part's.
func TestSession31DeniedAfterVerb(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, text := range []string{
		"maine diye nai abhi",
		"maine diye nai",
		"paise diye nahi abhi tak",
		"20 hazar registration abhi mang rahe hain. maine diye nai abhi",
		"maine bheje nahi",
		"میں نے دیے نہیں ابھی",
	} {
		rd := r.Read(text)
		require.NotEqual(t, PolarYes, rd.Paid(), text)
		require.NotEqual(t, PolarYes, rd.PaidDone(), text)
	}
	for _, text := range []string{
		"diye na bhai 50 hazar",
		"sirf registration ke 2000 diye the baqi nai",
		"haan 2 lakh diye, baqi nahi diye",
	} {
		require.Equal(t, PolarYes, r.Read(text).Paid(), text)
	}
}

// Found in A111 and C283-C284 (first played in the thirty-first session).
func TestSession31Answers(t *testing.T) {
	t.Parallel()
	r := Conversation()
	option := func(set, text string) string {
		v, _ := r.Read(text).Option(set)
		return v
	}
	// anonymous asked as "without my name" (C283-012 stored it as the
	// agent's name) or as nobody to contact (A111-0184)
	for _, text := range []string{"نام کے بغیر", "naam ke baghair", "bina naam ke", "without my name please", "I'd prefer that nobody contacts me"} {
		require.Equal(t, "no", option("consent", text), text)
	}
	// the chat itself, said as "the way we are talking" (A111-0301)
	for _, text := range []string{"the way we're talking now is fine", "like we are chatting now is ok"} {
		require.Equal(t, "here", option("contact", text), text)
	}
	// a nephew in an SMS spelling (A111-0297)
	for _, text := range []string{"bhanjay ka", "bhatijay ke liye"} {
		require.Equal(t, "other", option("whom", text), text)
	}
	// "can't say yet" skips (A111-0193)
	for _, text := range []string{"ابھی کچھ نہیں کہہ سکتا", "abhi kuch nahi keh sakta", "can't say yet"} {
		require.True(t, r.Read(text).Skip(), text)
	}
	// a complaint sent in, news asked: how it stands (A111-0004)
	require.Equal(t, "status", r.Read("I sent in a complaint last Tuesday about an agent in Mandi Bahauddin, any news on it?").Intent())
	// "btaty" is "batate": the name told before it (C284-014 stored "btaty")
	require.True(t, strings.HasPrefix(r.Read("EuroLink Manpower naam btaty, ek larki Sana baat krti h").Name(), "EuroLink Manpower"))
	// "never" names no one (A111-0069 stored "کبھی")
	for _, text := range []string{"نام تو کبھی بتایا ہی نہیں، سب اسے بس بھائی جان کہتے تھے", "naam to kabhi bataya hi nahi"} {
		require.NotContains(t, r.Read(text).Name(), "کبھی", text)
		require.NotContains(t, r.Read(text).NamedIn(), "kabhi", text)
	}
}

// Found in A112 and C285-C286 (the session's second round).
func TestSession31SecondRound(t *testing.T) {
	t.Parallel()
	r := Conversation()
	// a count of people is no sum (C286-003 never asked the sum paid); "ek"
	// as "a" neither (C285-003)
	for _, text := range []string{"cash diye uske ghar pe, 2 bande gawah b the", "نقد دیے، بس ایک سادہ کاغذ پر لکھ کر انگوٹھا لگوایا", "ek saada kaghaz pe likh ke diya"} {
		require.False(t, r.Read(text).SaysSum(), text)
	}
	for _, text := range []string{"ek lakh diye", "ایک لاکھ دیے", "2 lakh cash"} {
		require.True(t, r.Read(text).SaysSum(), text)
	}
	// a sum taken, then what was sent (C286-012)
	require.Equal(t, PolarYes, r.Read("22 lakh total. 9 lakh lene k baad LMIA letter email kiya").PaidDone())
	// the name kept out, contact allowed (A112-0200); contact refused stays no
	require.True(t, r.Read("نام نہ لکھیں لیکن فون کر سکتے ہیں").NameOutContactIn())
	require.True(t, r.Read("naam na likhein lekin call kar sakte hain").NameOutContactIn())
	require.False(t, r.Read("rabta na karein lekin naam de sakte hain").NameOutContactIn())
	v, _ := r.Read("Only if my family won't find out").Option("consent")
	require.Equal(t, "yes", v)
	// a guess with a question mark asks nothing (A112-0052); a question does
	require.False(t, r.Read("I think it was facebook marketplace? not sure").Question())
	require.False(t, r.Read("shayad facebook tha?").Question())
	require.True(t, r.Read("I think it was facebook, is that ok?").Question())
	// a question that names the whole ad is not done (A112-0039)
	require.False(t, r.Read("Why do you need the whole ad?").Done())
	// introductions kept out: discreet (A112-0316)
	v, _ = r.Read("اسی پر میسج کریں لیکن اپنا تعارف نہ لکھیں").Option("contact")
	require.Equal(t, "discreet", v)
}

// Found in C289 (first played after the third round).
func TestSession31FourthRound(t *testing.T) {
	t.Parallel()
	r := Conversation()
	// a report no longer wanted, asked whether to erase (C289-036); "ab
	// nahi chahiye" alone may say the erasing is not wanted now
	require.True(t, r.Read("dost k kehne pe report kr di thi, ab nai chahiye").NoLongerWanted())
	require.False(t, r.Read("ab nahi chahiye").NoLongerWanted())
	// the page's name, said so after it (C289-009) or before it
	require.Equal(t, "برٹش کیئر پاتھ وے کنسلٹنٹس", r.Read("برٹش کیئر پاتھ وے کنسلٹنٹس نام تھا پیج کا").Name())
	require.True(t, strings.HasPrefix(r.Read("Page name is OEC Korea EPS Registration 2025").Name(), "OEC Korea EPS"))
}

// An account of an offer told with what the writer makes of it is its
// report (C290-009 opened help, with the emergency numbers); the
// suspicion alone names no flow.
func TestSession31SuspicionTold(t *testing.T) {
	t.Parallel()
	r := Conversation()
	require.Equal(t, "report", r.Read("assalam o alaikum beta. mere bete Hamza ko whatsapp pe msg aya k canada me job k liye select ho gya h. ab wo log aur paise maang rahe hain. mujhe to dhoka lagta h").Intent())
	require.Equal(t, "", r.Read("mujhe to dhoka lagta h").Intent())
	require.Equal(t, "verify", r.Read("ye to fraud h na?").Intent())
}
