package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Whether and how much money was paid, and the money asked: families found
// typing as a user (explorer report items 6–10, 23; C22-002), each in the
// three languages, read by the real engine.

// reported plays a report's opening ("report", the account, "done") and
// returns the draft shown for "is this right?".
func reported(t *testing.T, locale, account string, more ...string) flows.Result {
	t.Helper()
	e := realEngine()
	opening := map[string]string{"en": "report", "ur-Latn": "report karni hai", "ur": "رپورٹ"}[locale]
	var r flows.Result
	for i, text := range append([]string{opening, account, "done"}, more...) {
		r = e.Step(r.State, flows.Input{Text: text, MessageID: int64(i + 1), Reference: "HSY-PAID01"}, t0)
	}
	require.NotNil(t, r.State.Draft, account)
	return r
}

// facts are the answers given and those read, as the summary would take
// them.
func facts(r flows.Result) map[string]string {
	out := map[string]string{}
	if r.State.Draft == nil {
		return answers(r)
	}
	for k, v := range r.State.Draft.Inferred {
		out[k] = v
	}
	for k, v := range answers(r) {
		out[k] = v
	}
	return out
}

// A salary named beside money paid is pay, never the sum paid nor asked
// ("Paid: Yes, AED 3,000" was read from "salary 3000 dirham. i sent 80000
// rs on easypaisa").
func TestSalaryIsNeverTheSumPaid(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, paid string }{
		{"en", "i saw an ad on tiktok for jobs in dubai, salary 3000 dirham. i sent 80000 rs on easypaisa to a guy named Bilal and now his number is off", "Rs 80,000"},
		{"en", "agent promised 1500 riyal salary in riyadh, I gave him 2 lakh cash", "Rs 2,00,000"},
		{"en", "3000 dirham was the salary they told me, I paid 50000 on jazzcash", "Rs 50,000"},
		{"ur-Latn", "dubai ki job thi tankhwa 3000 dirham, maine 80 hazar easypaisa kiye", "Rs 80,000"},
		{"ur-Latn", "salary 1500 riyal batai thi saudi me, agent ne 2 lakh le liye", "Rs 2,00,000"},
		{"ur-Latn", "3000 dirham tankhwah bola tha, 50 hazar jazzcash pe bheje the", "Rs 50,000"},
		{"ur", "دبئی کی نوکری تھی، تنخواہ 3000 درہم، میں نے 80 ہزار ایزی پیسہ کیے", "Rs 80,000"},
		{"ur", "سعودی میں تنخواہ ۱۵۰۰ ریال بتائی تھی، ایجنٹ نے دو لاکھ لے لیے", "Rs 2,00,000"},
		{"ur", "3000 درہم تنخواہ بتائی تھی، 50 ہزار جاز کیش پر بھیجے تھے", "Rs 50,000"},
	} {
		f := facts(reported(t, c.locale, c.text))
		require.Equal(t, flows.ChoiceYes, f["paid"], "%s: %q", c.locale, c.text)
		require.Equal(t, c.paid, f["paid_amount"], "%s: %q", c.locale, c.text)
		require.NotContains(t, f["money_asked"], "AED", "%s: %q", c.locale, c.text)
		require.NotContains(t, f["money_asked"], "SAR", "%s: %q", c.locale, c.text)
	}
}

// A salary typed where the money asked is asked is no sum asked.
func TestSalaryAloneIsNoSumAsked(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"en", "salary was 3000 dirham"},
		{"en", "they said 1500 riyal salary"},
		{"ur-Latn", "tankhwa 3000 dirham batai thi"},
		{"ur-Latn", "1500 riyal salary bola tha"},
		{"ur", "تنخواہ 3000 درہم بتائی تھی"},
		{"ur", "۱۵۰۰ ریال تنخواہ کا کہا تھا"},
	} {
		r := at(t, flows.NodeReportMoney, c.locale, c.text)
		require.NotContains(t, answers(r)["money_asked"], "3,000", "%s: %q", c.locale, c.text)
		require.NotContains(t, answers(r)["money_asked"], "1,500", "%s: %q", c.locale, c.text)
	}
	// neighbour: a fee beside the salary is the sum asked
	r := at(t, flows.NodeReportMoney, "ur-Latn", "salary 1500 riyal, visa ke 2 lakh mange")
	require.Equal(t, "Rs 2,00,000", answers(r)["money_asked"])
}

// Money told with the answer to "is this right?" is kept, with its yes or
// no or with neither, and not asked again: "yes I paid him 2.5 lakh",
// "no. i paid 80000 rupees", "نقد دیے تھے", "no I did not pay anything".
func TestPaidToldAtTheCheckIsKept(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, account, answer, paid, amount, how string }{
		// the reading names no payment; the answer adds it
		{"en", "agent sent me to iraq for a job, they locked me and made me work without pay", "yes I paid him 2.5 lakh", "yes", "Rs 2,50,000", ""},
		{"ur-Latn", "agent ne iraq bheja tha kaam ke liye, wahan band rakha aur baghair tankhwa kaam karwaya", "haan usko 2.5 lakh diye the", "yes", "Rs 2,50,000", ""},
		{"ur", "ایجنٹ نے عراق بھیجا تھا، وہاں بند رکھا اور بغیر تنخواہ کے کام کروایا", "جی اس کو ڈھائی لاکھ دیے تھے", "yes", "Rs 2,50,000", ""},
		// the reading has another sum paid; the answer's "no" corrects it
		{"en", "agent asked 3 lakh for qatar visa. I paid 1 lakh", "no. i paid 80000 rupees", "yes", "Rs 80,000", ""},
		{"en", "agent asked 3 lakh for qatar visa. I paid 1 lakh", "no, I gave him 80000 by jazzcash", "yes", "Rs 80,000", "jazzcash"},
		{"ur-Latn", "agent ne qatar ka visa 3 lakh ka bola, maine 50 hazar jazzcash kiye", "nahi, 80 hazar diye the", "yes", "Rs 80,000", "jazzcash"},
		{"ur-Latn", "agent ne qatar ka visa 3 lakh ka bola, maine 50 hazar jazzcash kiye", "nai 80 hzr bheje thy", "yes", "Rs 80,000", "jazzcash"},
		{"ur", "ایجنٹ نے قطر کا ویزا تین لاکھ کا بولا، میں نے پچاس ہزار جاز کیش کیے", "نہیں، اسی ہزار دیے تھے", "yes", "Rs 80,000", "jazzcash"},
		// a payment told again with how: a yes, and how is kept
		{"ur", "ایجنٹ نے قطر کا ویزا دلوانے کا کہا، ساڑھے تین لاکھ لے لیے", "نقد دیے تھے", "yes", "Rs 3,50,000", "cash"},
		{"ur-Latn", "agent ne qatar ka visa dilwane ka kaha, sadhe 3 lakh le liye", "cash diye the", "yes", "Rs 3,50,000", "cash"},
		{"en", "the agent promised a qatar visa and took 3.5 lakh from me", "paid him in cash", "yes", "Rs 3,50,000", "cash"},
		// a payment read is denied
		{"en", "my cousin told me about a dubai job, the agent took 50000 for the visa", "no I did not pay anything", "no", "", ""},
		{"ur-Latn", "dubai ki job ka bataya, agent ne 50 hazar liye visa ke", "nahi maine koi paise nahi diye", "no", "", ""},
		{"ur", "دبئی کی نوکری کا بتایا، ایجنٹ نے ویزا کے پچاس ہزار لیے", "نہیں میں نے کوئی پیسے نہیں دیے", "no", "", ""},
	} {
		r := reported(t, c.locale, c.account, c.answer)
		a := answers(r)
		require.Equal(t, c.paid, a["paid"], "%s: %q", c.locale, c.answer)
		require.Equal(t, c.amount, a["paid_amount"], "%s: %q", c.locale, c.answer)
		require.Equal(t, c.how, a["paid_how"], "%s: %q", c.locale, c.answer)
		require.NotEqual(t, flows.NodeReportPaid, r.State.Node, "%s: %q: paying is not asked again", c.locale, c.answer)
		if c.how != "" {
			require.NotEqual(t, flows.NodeReportPaidHow, r.State.Node, "%s: %q", c.locale, c.answer)
		}
	}
}

// The sum paid told at the check is no sum asked ("nahi, 5 lakh de chuka
// hun" while "Money asked: Rs 12,00,000" is shown).
func TestPaidAtTheCheckIsNoSumAsked(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, account, answer string }{
		{"ur-Latn", "agent Raza, Italy ka work visa 12 lakh me dena tha, usne kuch paise liye", "nahi, 5 lakh de chuka hun"},
		{"en", "agent Raza was to get me an Italy work visa for 12 lakh, he took some money", "no, I already paid 5 lakh"},
		{"ur", "ایجنٹ رضا نے اٹلی کا ورک ویزا بارہ لاکھ میں دینا تھا، کچھ پیسے لیے", "نہیں، پانچ لاکھ دے چکا ہوں"},
	} {
		a := answers(reported(t, c.locale, c.account, c.answer))
		require.Equal(t, "Rs 12,00,000", a["money_asked"], "%s: %q", c.locale, c.answer)
		require.Equal(t, "Rs 5,00,000", a["paid_amount"], "%s: %q", c.locale, c.answer)
	}
}

// What was to be paid, then what was taken ("12 lakh me dena tha, 5 lakh
// le liye"): asked the whole, paid the part.
func TestTermsThenTakenIsPaid(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "agent ka naam Raza hai Gujranwala me office hai, Italy ka work visa 12 lakh me dena tha, 5 lakh le liye, passport b uske paas hai"},
		{"ur-Latn", "italy ka visa 12 lac me dene the, 5 lac usne le liye"},
		{"ur", "ایجنٹ رضا، اٹلی کا ورک ویزا بارہ لاکھ میں دینا تھا، پانچ لاکھ لے لیے"},
		{"ur", "اٹلی کا ویزا 12 لاکھ میں دینے تھے، اس نے 5 لاکھ لے لیے"},
		{"en", "Italy work visa was to cost 12 lakh, he took 5 lakh already"},
		{"en", "I was to pay 12 lakh for the Italy visa, the agent took 5 lakh"},
	} {
		f := facts(reported(t, c.locale, c.text))
		require.Equal(t, flows.ChoiceYes, f["paid"], "%s: %q", c.locale, c.text)
		require.Equal(t, "Rs 5,00,000", f["paid_amount"], "%s: %q", c.locale, c.text)
		require.Equal(t, "Rs 12,00,000", f["money_asked"], "%s: %q", c.locale, c.text)
	}
}

// An advert passed on to the writer ("my cousin sent it to me", "mujhe
// bheja", "forward kiya"), a person sent abroad, and work without pay are
// no payment.
func TestSentToMeIsNoPayment(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"en", "my cousin sent it to me on whatsapp"},
		{"en", "a friend forwarded me this ad"},
		{"en", "someone shared it with me, it was sent to me on facebook"},
		{"ur-Latn", "cousin ne mujhe whatsapp pe bheja tha"},
		{"ur-Latn", "bhai ne ye ad mujhe forward kiya"},
		{"ur-Latn", "dost ne share kiya tha group me"},
		{"ur", "کزن نے مجھے واٹس ایپ پر بھیجا تھا"},
		{"ur", "بھائی نے یہ اشتہار مجھے فارورڈ کیا"},
		{"ur", "دوست نے ہمیں گروپ میں بھیجا"},
	} {
		r := at(t, flows.NodeReportSeen, c.locale, c.text)
		require.Empty(t, facts(r)["paid"], "%s: %q", c.locale, c.text)
	}
	for _, c := range []struct{ locale, text string }{
		{"en", "I was sent to Iraq last year by an agent, they kept me locked and made me work without pay. I want to file a complaint against the agent"},
		{"en", "the agent sent my brother to oman, he works without salary for months, I want to report him"},
		{"ur-Latn", "agent ne mujhe iraq bheja tha, wahan baghair tankhwa kaam karwaya, shikayat karni hai"},
		{"ur-Latn", "bhai ko oman bheja, tankhwa ke baghair kaam le rahe hain, agent ki shikayat"},
		{"ur", "ایجنٹ نے مجھے عراق بھیجا تھا، وہاں بغیر تنخواہ کے کام کروایا، شکایت کرنی ہے"},
		{"ur", "بھائی کو عمان بھیجا، تنخواہ کے بغیر کام کرواتے ہیں، ایجنٹ کی شکایت"},
	} {
		f := facts(reported(t, c.locale, c.text))
		require.NotEqual(t, flows.ChoiceYes, f["paid"], "%s: %q", c.locale, c.text)
	}
}

// A bare "na" asked how a payment already said was made will not say
// how: the payment stands. A "no" that says nothing was paid undoes it.
func TestBareNoAtHowPaidKeepsThePayment(t *testing.T) {
	t.Parallel()
	paidState := func(locale string) flows.State {
		s := flows.AtQuestion(flows.NodeReportPaidHow, locale)
		s.Draft.Answers["paid"] = flows.ChoiceYes
		s.Draft.Answers["paid_amount"] = "Rs 50,000"
		return s
	}
	for _, c := range []struct{ locale, text, paid string }{
		{"ur-Latn", "na", "yes"},
		{"ur-Latn", "nai", "yes"},
		{"ur-Latn", "nahi ji", "yes"},
		{"en", "no", "yes"},
		{"en", "nope", "yes"},
		{"ur", "نہیں", "yes"},
		{"ur", "نہ", "yes"},
		{"ur-Latn", "nahi diye koi paise", "no"},
		{"en", "I didn't pay anything", "no"},
		{"ur", "کوئی پیسے نہیں دیے", "no"},
	} {
		r := realEngine().Step(paidState(c.locale), flows.Input{Text: c.text, MessageID: 7, Reference: "HSY-PAID02"}, t0)
		require.Equal(t, c.paid, answers(r)["paid"], "%s: %q", c.locale, c.text)
	}
}

// Instalments of one payment add up ("1 lac then 1 lac after a month"), as
// they do for money asked; a sum named twice is two payments.
func TestInstalmentsPaidAddUp(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "cash at his shop 1 lac then 1 lac after a month. no reciept", "Rs 2,00,000"},
		{"en", "50000 by jazzcash, then 50000 again next week", "Rs 1,00,000"},
		{"ur-Latn", "pehle 1 lakh cash diya phir 1 lakh mahine baad", "Rs 2,00,000"},
		{"ur-Latn", "50 hazar easypaisa, phir 50 hazar aur", "Rs 1,00,000"},
		{"ur", "دکان پر نقد ایک لاکھ، پھر ایک لاکھ مہینے بعد", "Rs 2,00,000"},
		{"ur", "50 ہزار جاز کیش سے، اس کے بعد 50 ہزار اور", "Rs 1,00,000"},
	} {
		s := flows.AtQuestion(flows.NodeReportPaidHow, c.locale)
		s.Draft.Answers["paid"] = flows.ChoiceYes
		r := realEngine().Step(s, flows.Input{Text: c.text, MessageID: 7, Reference: "HSY-PAID03"}, t0)
		require.Equal(t, c.want, answers(r)["paid_amount"], "%s: %q", c.locale, c.text)
	}
}

// The documents given, typed where how the money went is asked, are the
// documents' answer, not a way of paying.
func TestDocumentsAtHowPaidAreNoWayOfPaying(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, docs string }{
		{"ur-Latn", "passport diya tha", "passport"},
		{"ur-Latn", "shanakhti card di thi", "cnic"},
		{"en", "I gave him my passport", "passport"},
		{"en", "cnic copy", "cnic"},
		{"ur", "پاسپورٹ دیا تھا", "passport"},
		{"ur", "شناختی کارڈ کی کاپی دی تھی", "cnic"},
	} {
		s := flows.AtQuestion(flows.NodeReportPaidHow, c.locale)
		s.Draft.Answers["paid"] = flows.ChoiceYes
		s.Draft.Answers["paid_amount"] = "Rs 50,000"
		r := realEngine().Step(s, flows.Input{Text: c.text, MessageID: 7, Reference: "HSY-PAID04"}, t0)
		require.Empty(t, answers(r)["paid_how"], "%s: %q", c.locale, c.text)
		require.Equal(t, c.docs, answers(r)["documents"], "%s: %q", c.locale, c.text)
	}
}

// How it was paid told at the check with no sum ("g cash diye", "جی نقد
// دیے", "yes, in cash"): the way is kept and the sum is still asked.
func TestWayPaidAtTheCheckLeavesTheSumAsked(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, account, answer string }{
		{"ur-Latn", "agent ne dubai ka visa dene ka kaha aur paise le liye", "g cash diye"},
		{"ur", "ایجنٹ نے دبئی کا ویزا دینے کا کہا اور پیسے لے لیے", "جی نقد دیے"},
		{"en", "the agent promised a dubai visa and took money from me", "yes, I paid him in cash"},
	} {
		r := reported(t, c.locale, c.account, c.answer)
		require.Equal(t, "cash", answers(r)["paid_how"], "%s: %q", c.locale, c.answer)
		require.Empty(t, answers(r)["paid_amount"], "%s: %q", c.locale, c.answer)
		require.NotContains(t, r.State.Draft.Settled, "paid_how", "%s: %q: the sum is asked", c.locale, c.answer)
	}
}
