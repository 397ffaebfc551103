package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Round C17 (test16): answers and openings read with the real triage,
// each family in three languages with neighbours that must not change.

// Wages unpaid told as leaving "without paying" ("تنخواہ دیے بغیر بھاگ
// گئے", "salary diye bina", "ran away without paying", C17-020) are
// unpaid; money handed to an agent and no work found, with the months it
// has dragged on ("2 mahine se kal kal kar raha … koi kaam ni mila",
// C17-032), is money taken, not wages: "mahine se" alone says how long,
// not what.
func TestRound17UnpaidOrMoneyTaken(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur", "فیکٹری والے تین مہینے کی تنخواہ دیے بغیر بھاگ گئے", "unpaid"},
		{"ur", "مالک تنخواہ دیے بغیر بھاگ گیا", "unpaid"},
		{"ur", "بغیر تنخواہ کے کام کروا رہے ہیں", "unpaid"},
		{"ur-Latn", "company wale 3 mahine ki tankhwa diye baghair bhag gaye", "unpaid"},
		{"ur-Latn", "malik salary diye bina gayab ho gaya", "unpaid"},
		{"ur-Latn", "bina tankhah ke kaam karwa rahe hain", "unpaid"},
		{"en", "the factory owners ran away without paying us three months salary", "unpaid"},
		{"en", "they left without paying our wages", "unpaid"},
		{"ur-Latn", "4 mahine se kuch nahi diya", "unpaid"},
		{"ur-Latn", "agent ko 2 lakh diye, 2 mahine se kal kal kar raha ab fon band, koi kaam ni mila", "money_taken"},
		{"en", "paid the agent 3 lakh, been here 2 months, no job found, his man does not answer", "money_taken"},
		{"ur", "ایجنٹ کو تین لاکھ دیے، دو مہینے سے کوئی کام نہیں ملا", "money_taken"},
		// neighbours: the iqama run out keeps no one in; a lock does
		{"en", "iqama expired so i cant go out, police will catch me. no salary 5 months", "unpaid"},
		{"ur-Latn", "iqama khatam hai bahar nahi ja sakta police pakar legi, 4 mahine se tankhwah nahi mili", "unpaid"},
		{"ur", "اقامہ ختم ہے باہر نہیں جا سکتا، پولیس پکڑ لے گی۔ تنخواہ نہیں ملی", "unpaid"},
		{"ur-Latn", "bahir nikalne ni dete, darwaze pe banda hai", "locked_in"},
		{"en", "they locked him in a room", "locked_in"},
	} {
		a := answers(at(t, flows.NodeHelpWhat, c.locale, c.text))
		require.Equal(t, c.want, a["situation"], "%s: %q", c.locale, c.text)
	}
}

// "bhai" that opens a plea is how one speaks to a stranger ("bhai madad
// kro", "bhai main sharjah me phasa hua hun", C17-030, C17-032), and "we
// thirty people" are the writer among them: the plea is their own. "My
// brother" is someone else.
func TestRound17BhaiAddressedIsNoBrother(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, want string }{
		{"bhai madad kro hum 30 log ek kamre me band hain", "self"},
		{"bhai main sharjah me phasa hua hun, visit visa pe aya tha", "self"},
		{"بھائی مدد کرو، ہم دس لوگ ایک کمرے میں بند ہیں", "self"},
		{"bhai help, hum 12 bande ek ghar me qaid hain", "self"},
		{"mere bhai ki madad karo wo dubai me phasa hai", "other"},
		{"please help my brother, he is stuck in Dubai", "other"},
		{"میرے بھائی کی مدد کریں، وہ لیبیا میں قید ہے", "other"},
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-R16AA2"}, t0)
		require.NotNil(t, r.State.Draft, c.text)
		whom := r.State.Draft.Inferred["whom"]
		if whom == "" {
			whom = r.State.Draft.Answers["whom"]
		}
		require.Equal(t, c.want, whom, c.text)
	}
}

// Someone else's account or page deleted ("unka Instagram account hi
// delete ho gaya", C17-029) is part of a report, not a wish to erase one's
// own data; "delete my data" still is.
func TestRound17DeletedAccountIsNoErase(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, node string }{
		{"Assalam o Alaikum, I want to report Maple Route Immigration. unhon ne 1.5 lakh le liye bank transfer se aur ab unka Instagram account hi delete ho gaya", flows.NodeReportOffer},
		{"agent ne 2 lakh liye aur ab uska facebook page delete ho gaya hai, shikayat karni hai", flows.NodeReportOffer},
		{"ایجنٹ نے دو لاکھ لیے اور اب اس کا فیس بک پیج ڈیلیٹ ہو گیا ہے", flows.NodeReportOffer},
		{"they took 2 lakh and then deleted their instagram account, i want to report them", flows.NodeReportOffer},
		{"mera data delete kar do", flows.NodeErase},
		{"میرا ڈیٹا ڈیلیٹ کر دیں", flows.NodeErase},
		{"delete my data", flows.NodeErase},
		{"meri chat delete kardo", flows.NodeErase},
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-R16AA3"}, t0)
		require.Equal(t, c.node, r.State.Node, c.text)
	}
}

// People kept at work in Pakistan for a debt are helped even when the
// person asks to report it ("I want to report bonded labour … wont let
// them leave", C17-008): the police and FIA go to them. A passport an
// agent keeps is still the agent's report.
func TestRound17BondedLabourReportedIsHelp(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, kind string }{
		{"I want to report bonded labour. My phuppo family is at a brick kiln, the owner says they owe him 3 lakh peshgi and wont let them leave", flows.KindHelp},
		{"mujhe shikayat karni hai, bhatta malik ne hamare khandan ko peshgi ke qarze mein rakha hai, jane nahi deta", flows.KindHelp},
		{"مجھے بھٹہ مالک کی شکایت کرنی ہے، پیشگی کا قرضہ ہے اور ہمیں جانے نہیں دیتا", flows.KindHelp},
		{"mujhe agent ki shikayat karni hai, passport us ke pas hai", flows.KindReport},
		{"I want to report an agent in Lahore who took 3 lakh for a Dubai visa", flows.KindReport},
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-R16AA4"}, t0)
		require.NotNil(t, r.State.Draft, c.text)
		require.Equal(t, c.kind, r.State.Draft.Kind, c.text)
	}
}

// More of the account given instead of a yes or no to "is this right?"
// ("dost ke phone se likh raha hn, donkey wale ne hamare phone le liye",
// C17-030; "مدام نے میرا پاسپورٹ رکھ لیا ہے اور چار مہینے سے تنخواہ نہیں
// دی", C17-019) is kept with the account and the check asked again; a
// "no" that opens an answer still rejects what was read.
func TestRound17AccountAtTheCheckIsKept(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ opening, more string }{
		{"bhai madad kro hum 30 log ek kamre me band hain", "dost ke phone se likh raha hn, donkey wale ne hamare phone le liye"},
		{"میں ریاض میں ایک گھر میں کام کرتی ہوں، چھپ کر لکھ رہی ہوں", "مدام نے میرا پاسپورٹ رکھ لیا ہے اور چار مہینے سے تنخواہ نہیں دی، میں واپس پاکستان جانا چاہتی ہوں"},
		{"please help my brother is held in a house in Libya", "they send videos of beating him and ask 20 lakh from us, the agent took him by road"},
		{"خدا کے لیے مدد کریں میرا بیٹا ایران میں ان لوگوں کے قبضے میں ہے", "وہ ویڈیو بھیج رہے ہیں اس کو مار رہے ہیں، بارہ لاکھ مانگ رہے ہیں"},
	} {
		e := realEngine()
		r := e.Step(flows.State{}, flows.Input{Text: c.opening, MessageID: 1, Reference: "HSY-R16AA5"}, t0)
		require.Equal(t, flows.NodeHelpCheck, r.State.Node, c.opening)
		r = e.Step(r.State, flows.Input{Text: c.more, MessageID: 2, Reference: "HSY-R16AA6"}, t0)
		require.Equal(t, flows.NodeHelpCheck, r.State.Node, c.more)
		require.Contains(t, r.State.Draft.Texts, c.more)
	}
	e := realEngine()
	r := e.Step(flows.State{}, flows.Input{Text: "bhai madad kro hum 30 log ek kamre me band hain", MessageID: 1, Reference: "HSY-R16AA7"}, t0)
	r = e.Step(r.State, flows.Input{Text: "nahi, hum kamre me band nahi, sirf tankhwah nahi mili", MessageID: 2, Reference: "HSY-R16AA8"}, t0)
	require.NotEqual(t, flows.NodeHelpCheck, r.State.Node, "a no that opens the answer rejects what was read")
}

// Abroad, what is happening is asked even when the plea already said it
// ("my son is held in Iran"): the mission needs how they got there, who
// holds them and what was paid (C17-018, C17-030). Held at work in
// Pakistan, the situation read and confirmed is enough.
func TestRound17WhatIsAskedAbroad(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		locale, opening string
		asked           bool
	}{
		{"ur", "خدا کے لیے مدد کریں میرا بیٹا ایران میں ان لوگوں کے قبضے میں ہے", true},
		{"ur-Latn", "mera bhai libya me qaid hai, madad karo", true},
		{"en", "please help, my son is locked in a house in Libya", true},
		{"ur", "ہم بھٹے پر کام کرتے ہیں، مالک کہتا ہے قرض ختم ہونے تک کوئی یہاں سے نہیں جا سکتا", false},
		{"ur-Latn", "hum bhatte pe kaam karte hain, malik kehta hai peshgi ka qarza hai, bahar nahi jane deta", false},
	} {
		e := realEngine()
		r := e.Step(flows.State{}, flows.Input{Text: c.opening, MessageID: 1, Reference: "HSY-R16AA9"}, t0)
		asked := false
		for i := 0; i < 6 && r.State.Draft != nil; i++ {
			if r.State.Node == flows.NodeHelpWhat {
				asked = true
				break
			}
			text := map[string]string{"en": "yes", "ur": "جی ہاں", "ur-Latn": "haan"}[c.locale]
			if r.State.Node == flows.NodeHelpPlace {
				text = "skip" // the city in the country read: not known
			} else if r.State.Node != flows.NodeHelpCheck {
				break
			}
			r = e.Step(r.State, flows.Input{Text: text, MessageID: int64(i + 2), Reference: "HSY-R16AAA"}, t0)
		}
		require.Equal(t, c.asked, asked, c.opening)
	}
}

// An offer told in words and then asked about ("… care worker visa", "they
// ask 7,500 pounds, is it real?", C17-022) has nothing to check it by: the
// agent's details are asked for before it goes to OEC, and the numbers
// given are kept; when they name no one, who they are is asked once more
// (skippable). An offer with a number and a firm goes at once.
func TestRound17CheckAfterAnOfferAsksWhatToCheck(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		locale, offer, ask, details string
		asks, thenName              bool
	}{
		{"ur", "السلام علیکم، میری بہن نرس ہے، اسے انگلینڈ کے کیئر ورکر ویزا کی آفر آئی ہے", "وہ کہتے ہیں سپانسرشپ سرٹیفکیٹ کے ساڑھے سات ہزار پاؤنڈ دو، کیا یہ اصلی ہے؟", "واٹس ایپ نمبر +44 7911 348620، یہاں ان کا بندہ ۰۳۳۳۴۵۱۰۹۸۲", true, false}, // a long offer: its number was asked for, so no more
		{"ur-Latn", "meri behan ko UK care worker visa ki offer ayi hai", "wo 7500 pound mang rahe hain, kya ye asli hai?", "whatsapp +44 7911 348620, yahan unka banda 0333 4510982", true, true},
		{"en", "my sister got an offer of a care worker visa for England", "they want 7500 pounds for the sponsorship certificate, is it real?", "their whatsapp is +44 7911 348620 and their man here 0333-4510982", true, false}, // its number was asked for
		{"en", "my sister got an offer of a care worker visa for England", "they want 7500 pounds for the sponsorship certificate, is it real?", "Care Bridge Recruitment, their whatsapp is +44 7911 348620", true, false},
		{"ur-Latn", "Dubai security guard job, Gulf Star Manpower, WhatsApp 0300-1112223", "ye asli hai ya nahi?", "", false, false},
	} {
		e := realEngine()
		r := e.Step(flows.State{}, flows.Input{Text: c.offer, MessageID: 1, Reference: "HSY-R16AB2"}, t0)
		require.Equal(t, flows.NodeReportOffer, r.State.Node, c.offer)
		r = e.Step(r.State, flows.Input{Text: c.ask, MessageID: 2, Reference: "HSY-R16AB3"}, t0)
		if !c.asks {
			// all but what they ask is known: that is asked once, and a
			// skip sends the check
			require.False(t, created(r), c.ask)
			require.Equal(t, texts.T(c.locale, "verify_sum_q", nil), r.Replies[len(r.Replies)-1].Text, c.ask)
			r = e.Step(r.State, flows.Input{Choice: flows.ChoiceSkip, MessageID: 3, Reference: "HSY-R16AB3"}, t0)
			require.True(t, created(r), c.ask)
			continue
		}
		require.Equal(t, flows.NodeVerify, r.State.Node, c.ask)
		require.False(t, created(r), "nothing goes to OEC yet")
		r = e.Step(r.State, flows.Input{Text: c.details, MessageID: 3, Reference: "HSY-R16AB4"}, t0)
		if c.thenName {
			// numbers and no name: who they are is asked once, skippable
			require.False(t, created(r), "%s: who they are is asked", c.details)
			require.Equal(t, texts.T(c.locale, "verify_name_q", nil), r.Replies[len(r.Replies)-1].Text)
			r = e.Step(r.State, flows.Input{Choice: flows.ChoiceSkip, MessageID: 4, Reference: "HSY-R16AB4"}, t0)
		}
		spec := createdSpec(r)
		require.NotNil(t, spec, c.details)
		require.Equal(t, flows.KindVerify, spec.Kind)
		require.Contains(t, spec.Text, "348620")
	}
}

// A call asked to the writer's own number, named, with the night beside it
// ("mere number pe call karo lekin raat ko", C17-031) is the number: the
// night is when to call, and the number must be asked for. The night
// alone, or "only" at night, or secrecy beside it, still asks for care.
func TestRound17OwnNumberAtNight(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "mere number pe call karo lekin raat ko", "number"},
		{"ur-Latn", "mere number pe call kr lena raat ko", "number"},
		{"ur", "میرے نمبر پر کال کریں لیکن رات کو", "number"},
		{"ur", "میرے نمبر پر فون کریں، رات کو", "number"},
		{"en", "call me on my number but at night", "number"},
		{"en", "call my number at night", "number"},
		// neighbours
		{"ur-Latn", "raat ko call karna", "discreet"},
		{"ur-Latn", "sirf raat ko call krna", "discreet"},
		{"ur", "رات کو فون کریں", "discreet"},
		{"en", "only at night", "discreet"},
		{"en", "call my number, only at night", "discreet"},
		{"ur-Latn", "mere number pe call karo lekin chupke se", "discreet"},
	} {
		a := answers(at(t, flows.NodeHelpContact, c.locale, c.text))
		require.Equal(t, c.want, a["contact"], "%s: %q", c.locale, c.text)
	}
}

// The sum a receipt was written for ("cash diye office me, raseed 15000
// ki", "رسید صرف پندرہ ہزار کی دی", "a receipt of 15,000 only", C17-028) is
// what the receipt says, not the sum paid: the sum paid stays the one
// told; a sum paid beside it is still taken.
func TestRound17ReceiptSumIsNotPaid(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, amount string }{
		{"ur-Latn", "cash diye office me, raseed 15000 ki", ""},
		{"ur-Latn", "cash diye, raseed sirf 15 hazar ki di", ""},
		{"ur", "نقد دیے دفتر میں، رسید صرف پندرہ ہزار کی دی", ""},
		{"en", "paid cash at the office, receipt of 15,000 only", ""},
		{"en", "cash, they gave a receipt for 15000", ""},
		{"ur-Latn", "3 lakh cash diye, raseed 15000 ki", "Rs 3,00,000"},
		{"ur-Latn", "jazzcash se 50 hazar diye", "Rs 50,000"},
		{"ur-Latn", "cash 3 lakh diye, raseed nahi di", "Rs 3,00,000"},
	} {
		a := answers(at(t, flows.NodeReportPaidHow, c.locale, c.text))
		require.Equal(t, c.amount, a["paid_amount"], "%s: %q", c.locale, c.text)
	}
	// Told in the opening, the receipt's sum does not replace the sum paid.
	e := realEngine()
	r := e.Step(flows.State{}, flows.Input{Text: "main Khyber Gulf Manpower ki shikayat krna chahta hn, 3 lakh 20 hazar le liye cash, raseed sirf 15 hazar ki di", MessageID: 1, Reference: "HSY-R16AC2"}, t0)
	require.NotNil(t, r.State.Draft)
	require.NotEqual(t, "Rs 15,000", r.State.Draft.Inferred["paid_amount"])
}

// What comes before "otherwise" ("warna", "ورنہ") is told, not said on a
// condition: "2 lakh jazzcash pe bhej diye the, ab 12 lakh aur mang rahe
// hain warna maar denge" paid the two lakh, and the twelve asked "more" on
// top are not what was paid (C17-018); a demand with "otherwise" and
// nothing paid pays nothing.
func TestRound17PaidBeforeOtherwise(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, paid string }{
		{"ur", "دو لاکھ ہم نے جاز کیش پر بھیج دیے تھے اب بارہ لاکھ اور مانگ رہے ہیں ورنہ کہتے ہیں مار دیں گے", "yes"},
		{"ur-Latn", "2 lakh jazzcash pe bhej diye the ab 12 lakh aur mang rahe hain warna maar denge", "yes"},
		{"en", "we sent 2 lakh by jazzcash, now they want 12 lakh more otherwise they will kill him", "yes"},
		{"ur-Latn", "paise do warna maar denge", ""},
		{"en", "pay 5 lakh otherwise we kill him", ""},
		{"ur", "پیسے بھیجو ورنہ مار دیں گے", ""},
	} {
		r := at(t, flows.NodeHelpWhat, c.locale, c.text)
		paid := ""
		if d := r.State.Draft; d != nil {
			paid = d.Inferred["paid"] + d.Answers["paid"]
		}
		require.Equal(t, c.paid, paid, "%s: %q", c.locale, c.text)
		if c.paid == "yes" {
			// the sum sent, not the one asked on top of it ("12 lakh aur
			// mang rahe", "12 lakh more")
			require.Equal(t, "Rs 2,00,000", r.State.Draft.Inferred["paid_amount"], "%s: %q", c.locale, c.text)
		}
	}
}

// "This came in a group, check it" and then the advert on its own
// (C17-027) is the advert brought to us, a report, as when both come in
// one message; asked whether it is genuine, or chosen from the menu, it
// stays a check.
func TestRound17SharedThenAdvertIsAReport(t *testing.T) {
	t.Parallel()
	advert := "📢 Hiring in Thailand 🇹🇭 Data Entry / Customer Support (English typing). Salary 1200$ + bonus. Free air ticket, free hotel, visa on arrival. No fee! Send passport copy + CV to @siamstar_hr. Siam Star Digital Co., Ltd"
	for _, c := range []struct{ first, kind string }{
		{"ye msg telegram group me aya hai check kro", flows.KindReport},
		{"یہ میسج ہمارے واٹس ایپ گروپ میں آیا ہے، چیک کریں", flows.KindReport},
		{"a friend forwarded this in our family group, please check", flows.KindReport},
		{"ye asli hai ya nahi check kro", flows.KindVerify},
		{"can you check if this is genuine?", flows.KindVerify},
		{"کیا یہ اصلی ہے؟ چیک کریں", flows.KindVerify},
	} {
		e := realEngine()
		r := e.Step(flows.State{}, flows.Input{Text: c.first, MessageID: 1, Reference: "HSY-R16AD2"}, t0)
		require.Equal(t, flows.NodeVerify, r.State.Node, c.first)
		r = e.Step(r.State, flows.Input{Text: advert, MessageID: 2, Reference: "HSY-R16AD3"}, t0)
		kind := ""
		if r.State.Draft != nil {
			kind = r.State.Draft.Kind
		}
		if spec := createdSpec(r); spec != nil {
			kind = spec.Kind
		}
		require.Equal(t, c.kind, kind, c.first)
	}
}
