package flows_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// What is happening, typed: a beating, a lock, work forced and a debt,
// the one told first (the writers split: C25-009 and C25-020 label the
// beating, C108-018 and 22 more of C1-C113 the debt or the lock; first
// told won 35 and lost 21); a passport taken with no "my" or "the" before
// it is still taken, and told first it is the answer over wages unpaid
// (C25-008).
func TestFixC25SituationFirstTold(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "they lock him in, they hit him, and they say he owes them 40 thousand advance that our father took", "locked_in"},
		{"en", "they locked her in a room and slapped her", "locked_in"},
		{"en", "he kicked me and locked the door", "violence"},
		{"ur-Latn", "roz maarta hai aur peshgi ka bolta hai", "violence"},
		{"en", "they keep adding to the loan, yesterday they beat my husband with sticks", "debt"},
		{"ur", "قرضہ بڑھاتے جاتے ہیں، بچے بھی اینٹیں بناتے ہیں، کل شوہر کو ڈنڈوں سے مارا", "debt"},
		{"ur", "پیشگی کا کہتا ہے، جانے نہیں دیتا، کل مارا بھی", "debt"},
		{"ur-Latn", "qarza barhate jate hain, kal shohar ko dandon se mara", "debt"},
		{"ur-Latn", "peshgi ka kehta hai aur maarta bhi hai", "debt"},
		// a debt told first with a lock or work forced: the debt
		{"ur", "قرض کے نام پر کام کروا رہا ہے، چھٹی نہیں دیتا", "debt"},
		{"ur-Latn", "qarz ke naam pe kaam karwata hai", "debt"},
		// a passport taken, told first, over wages unpaid
		{"en", "owner took passport on first day, said visa will be done, now 4 months no salary", "passport_taken"},
		{"en", "the kafeel seized passport and there is no salary for 3 months", "passport_taken"},
		{"ur-Latn", "malik ne passport rakh liya, 4 mahine se tankhwah nahi", "passport_taken"},
		{"ur", "مالک نے پاسپورٹ رکھ لیا، چار مہینے سے تنخواہ نہیں", "passport_taken"},
		{"en", "4 months salary not paid and they kept his passport", "unpaid"},
	} {
		r := at(t, flows.NodeHelpWhat, c.locale, c.text)
		require.Equal(t, c.want, answers(r)["situation"], "%s: %q", c.locale, c.text)
	}
}

// "Here", with the time the writer has wifi or the internet ("message me
// here only, I use restaurant wifi at night", C25-008), is here: the time
// tells when they can read, not a wish for care. A time said alone still
// asks for care.
func TestFixC25OnlineTimeIsNoCare(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "message me here only, I use restaurant wifi at night", "here"},
		{"en", "here, I have wifi only at night", "here"},
		{"en", "this chat, I get internet in the evening", "here"},
		{"ur-Latn", "yahin msg karein, raat ko hi net hota hai", "here"},
		{"ur-Latn", "isi chat pe, wifi raat ko milta hai", "here"},
		{"ur", "یہیں میسج کریں، رات کو وائی فائی ملتا ہے", "here"},
		{"ur", "اسی چیٹ پر، انٹرنیٹ رات کو ہوتا ہے", "here"},
		// a time with no word of the internet: care
		{"en", "only at night please", "discreet"},
		{"ur-Latn", "raat ko msg karna", "discreet"},
		{"ur", "صرف رات کو", "discreet"},
	} {
		r := at(t, flows.NodeHelpContact, c.locale, c.text)
		require.Equal(t, c.want, answers(r)["contact"], "%s: %q", c.locale, c.text)
	}
}

// A plea read as about the writer ("خدا کے لیے میری مدد کریں"), then, at
// "is this right?", more of the account that opens with someone of their
// own and tells money paid: it is about them (C25-019).
func TestFixC25KinToldAtHelpCheck(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, plea, account string }{
		{"ur", "خدا کے لیے میری مدد کریں", "میرا بیٹا ایجنٹ کے ساتھ ایران کے راستے ترکی جا رہا تھا، ایجنٹ کو آٹھ لاکھ دے چکے ہیں۔ اب ایران میں کچھ لوگوں نے اسے پکڑ رکھا ہے"},
		{"ur", "میری مدد کریں", "میرا بھائی لیبیا میں ہے، ایجنٹ کو دس لاکھ دیے تھے، اب وہ لوگ اسے مارتے ہیں"},
		{"en", "please help me", "my son went with an agent through Iran, we paid the agent 8 lakh, now some people are holding him in Iran"},
		{"en", "help me please", "my brother is in Libya, we gave the agent 10 lakh, now they beat him"},
		{"ur-Latn", "meri madad karo", "mera beta agent ke sath Iran ke raste gaya tha, agent ko 8 lakh de chuke hain, ab Iran me kuch logon ne usay pakar rakha hai"},
		{"ur-Latn", "plz meri madad karein", "mera bhai Libya me hai, agent ko 10 lakh diye the, ab wo log usay maarte hain"},
	} {
		e := realEngine()
		r := e.Step(flows.State{}, flows.Input{Text: c.plea, MessageID: 1, Reference: "HSY-KIN001"}, t0)
		require.Equal(t, flows.NodeHelpCheck, r.State.Node, c.plea)
		require.Equal(t, "self", r.State.Draft.Inferred["whom"], c.plea)
		r = e.Step(r.State, flows.Input{Text: c.account, MessageID: 2, Reference: "HSY-KIN001"}, t0)
		got := r.State.Draft.Answers["whom"]
		if got == "" {
			got = r.State.Draft.Inferred["whom"]
		}
		require.Equal(t, "other", got, "%s: %q", c.locale, c.account)
		require.Equal(t, "yes", r.State.Draft.Answers["paid"], "%s: %q", c.locale, c.account)
	}
}

// Where a name was written ("سائٹ کے اوپر X لکھا ہے", "site ke upar X
// likha hai", "at the top of the site X is written") is no part of it
// (C25-016).
func TestFixC25NameWrittenOnTop(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur", "سائٹ کے اوپر OEC Korea Jobs Portal لکھا ہے", "OEC Korea Jobs Portal"},
		{"ur", "پیج کے اوپر گلف سٹار مین پاور لکھا ہے", "گلف سٹار مین پاور"},
		{"ur", "ویب سائٹ کے اوپر او ای سی کوریا پورٹل لکھا تھا", "او ای سی کوریا پورٹل"},
		{"ur-Latn", "site ke upar OEC Korea Jobs Portal likha hai", "OEC Korea Jobs Portal"},
		{"ur-Latn", "page ke upar Gulf Star Manpower likha tha", "Gulf Star Manpower"},
		{"en", "at the top of the site OEC Korea Jobs Portal is written", "OEC Korea Jobs Portal"},
		{"en", "on top of the page it says Gulf Star Manpower", "Gulf Star Manpower"},
	} {
		r := at(t, flows.NodeReportRecruiter, c.locale, c.text)
		require.Equal(t, c.want, answers(r)["recruiter"], "%s: %q", c.locale, c.text)
	}
}

// A payment told with no sum, then how told with no sum: the sum is asked
// once more as the paid question's, and read as an answer on paying is:
// all of it is the sum asked, a sum is the sum; "don't know" leaves the
// payment without one (C25-013, C25-017, C19-013).
func TestFixC25SumAskedAsPaid(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, how, sum, want string }{
		{"ur", "نقد، اس کے دفتر میں، رسید نہیں دی", "جی پورے دے دیے", "Rs 5,50,000"},
		{"ur", "ایزی پیسہ سے، کسی عمران علی کے اکاؤنٹ میں", "جی، صرف رجسٹریشن کے پچاس ہزار دیے ہیں", "Rs 50,000"},
		{"ur", "نقد دیے اس کے دفتر میں", "جی دیے تھے، ساڑھے تین لاکھ۔ نہیں بیٹا، تین لاکھ", "Rs 3,00,000"},
		{"en", "cash in his office, no receipt", "yes all of it", "Rs 5,50,000"},
		{"en", "easypaisa to some Imran Ali", "only the registration, 50,000", "Rs 50,000"},
		{"ur-Latn", "cash diye uske office me", "ji poore de diye", "Rs 5,50,000"},
		{"ur-Latn", "easypaisa se, kisi Imran Ali ke account me", "haan 50 hazar", "Rs 50,000"},
		// no sum known: the payment stands, with no sum
		{"ur", "نقد دیے اس کے دفتر میں", "پتا نہیں، یاد نہیں", ""},
		{"en", "cash at his office", "don't remember", ""},
		{"ur-Latn", "cash diye the", "yaad nahi", ""},
	} {
		e := realEngine()
		s := flows.AtQuestion(flows.NodeReportPaidHow, c.locale)
		s.Draft.Answers["money_asked"] = "Rs 5,50,000"
		s.Draft.Answers["paid"] = "yes"
		delete(s.Draft.Answers, "paid_amount")
		r := e.Step(s, flows.Input{Text: c.how, MessageID: 7, Reference: "HSY-SUM001"}, t0)
		require.Equal(t, flows.NodeReportPaid, r.State.Node, "%s: %q", c.locale, c.how)
		require.Contains(t, joinReplies(r), texts.T(c.locale, "report_paid_amount_q", nil))
		r = e.Step(r.State, flows.Input{Text: c.sum, MessageID: 8, Reference: "HSY-SUM001"}, t0)
		a := answers(r)
		require.Equal(t, c.want, a["paid_amount"], "%s: %q", c.locale, c.sum)
		require.Equal(t, "yes", a["paid"], "%s: %q", c.locale, c.sum)
		require.Equal(t, flows.NodeReportDocs, r.State.Node, "%s: %q", c.locale, c.sum)
	}
}

// "Wait, I'll look at the receipt and tell you", asked how much was paid
// and how, is no answer yet: the question stands. A sum said so many
// times over is their sum ("60 hazar do dafa", C25-029); a sum in
// instalments, or already counted each time, is the sum.
func TestFixC25PaidHowWaitAndTimes(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "ruko rasid dekh ke batata hun"},
		{"en", "let me check the receipt"},
		{"ur", "رسید دیکھ کر بتاتا ہوں"},
	} {
		r := at(t, flows.NodeReportPaidHow, c.locale, c.text)
		require.Equal(t, flows.NodeReportPaidHow, r.State.Node, c.text)
		require.Empty(t, answers(r)["paid_how"], c.text)
	}
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "easypaisa, 60 hazar do dafa", "Rs 1,20,000"},
		{"en", "easypaisa, 60,000 twice", "Rs 1,20,000"},
		{"en", "sent 60k two times by easypaisa", "Rs 1,20,000"},
		{"ur", "ایزی پیسہ سے، ساٹھ ہزار دو دفعہ", "Rs 1,20,000"},
		{"ur-Latn", "1 lakh do dafa mein diye jazzcash se", "Rs 1,00,000"},
		{"en", "cash in hand, 2 time. 4 lac and 2.5 lac", "Rs 6,50,000"},
		{"ur", "جاز کیش، چالیس چالیس ہزار تین دفعہ", "Rs 1,20,000"},
	} {
		r := at(t, flows.NodeReportPaidHow, c.locale, c.text)
		require.Equal(t, c.want, answers(r)["paid_amount"], "%s: %q", c.locale, c.text)
	}
}

// A name with two trades ("Skyline Travel and Tours") is read whole from
// the account and from the answer (C25-003).
func TestFixC25FirmWithTwoTrades(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"en", "Skyline Travel and Tours, the owner is Raja Tanveer"},
		{"en", "Skyline Travel & Tours"},
		{"ur-Latn", "Skyline Travel and Tours, malik Raja Tanveer hai"},
	} {
		r := at(t, flows.NodeReportRecruiter, c.locale, c.text)
		require.True(t, strings.HasPrefix(answers(r)["recruiter"], "Skyline Travel "), "%s: %q", c.locale, c.text)
		require.Contains(t, answers(r)["recruiter"], "Tours", c.text)
	}
	r := reported(t, "en", "one man Raja Tanveer who sits in Skyline Travel and Tours office near Saddar told me he has direct visa for Dubai, i gave him 2 lakh 80 thousand")
	require.Equal(t, "Skyline Travel and Tours", r.State.Draft.Inferred["recruiter"])
}

// A plea from abroad that names a country passed through on the way ("via
// Iran", "Iran ke raste", "ایران کے راستے") places the person in the other
// one; the sum a payment's words hold ("took 3 lakh 20 thousand and said
// there is job …, 800 dollars") is the sum paid, not a salary said after
// it (C25-008).
func TestFixC25PlaceNotPassedAndSumTaken(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, place, paid string }{
		{"I am Pakistani in Iraq. I came on ziyarat visa in a bus via Iran, the agent in Sialkot took 3 lakh 20 thousand and said there is job in a restaurant in Baghdad, 800 dollars. Now the owner has my passport and pays nothing, only food. I want to go back to Pakistan", "Iraq", "Rs 3,20,000"},
		{"I am in Iraq, came through Iran by road, the owner has kept my passport", "Iraq", ""},
		{"main Iraq me hun, Iran ke raste bus me aaya tha, malik ne passport rakh liya hai", "Iraq", ""},
		{"main Iraq me hun, Iran se hote hue aaya, agent ne 3 lakh liye, malik ne passport rakh liya hai", "Iraq", ""},
		{"میں عراق میں ہوں، ایران کے راستے بس میں آیا تھا، مالک نے پاسپورٹ رکھ لیا ہے", "عراق", ""},
		{"میں عراق میں ہوں، براستہ ایران آیا، مالک نے پاسپورٹ رکھ لیا ہے", "عراق", ""},
	} {
		e := realEngine()
		r := e.Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-VIA001"}, t0)
		require.NotNil(t, r.State.Draft, c.text)
		require.Equal(t, c.place, r.State.Draft.Inferred["place"], c.text)
		if c.paid != "" {
			require.Equal(t, c.paid, r.State.Draft.Inferred["paid_amount"], c.text)
		}
	}
}
