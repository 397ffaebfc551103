package flows_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/lang"
	"github.com/hoshyar/hoshyar/locales"
)

// Found typing as a user (fourth session of 2026-11-30).

// A bare yes at "how did you pay?" says nothing of how: it is not kept as
// the way paid ("Paise diye: Ji haan, Rs 3,00,000, han"), the question is
// asked again in other words, and the next answer gives how.
func TestBareYesIsNoWayOfPaying(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, yes, how, want string }{
		{"ur-Latn", "han", "cash diye the uske ghar ja k", "cash"},
		{"ur-Latn", "g", "jazz cash kiya tha", "jazzcash"},
		{"ur-Latn", "haan ji", "easypaisa se bheje", "easypaisa"},
		{"ur-Latn", "ji bilkul", "bank me dale the", "bank"},
		{"en", "yes", "cash, handed to him at his office", "cash"},
		{"en", "yes i did", "through easypaisa", "easypaisa"},
		{"ur", "جی ہاں", "نقد دیے تھے اس کے گھر جا کر", "cash"},
		{"ur", "ہاں", "جاز کیش سے بھیجے", "jazzcash"},
	} {
		r := at(t, flows.NodeReportPaidHow, c.locale, c.yes)
		require.Empty(t, answers(r)["paid_how"], "%s: %q is no way of paying", c.locale, c.yes)
		require.Equal(t, flows.NodeReportPaidHow, r.State.Node, "%s: %q", c.locale, c.yes)
		asked := r.Replies[len(r.Replies)-1].Text
		r = realEngine().Step(r.State, flows.Input{Text: c.how, MessageID: 8, Reference: "HSY-TYPED2"}, t0)
		require.Equal(t, c.want, answers(r)["paid_how"], "%s: %q", c.locale, c.how)
		require.NotEqual(t, asked, r.Replies[len(r.Replies)-1].Text, c.locale)
	}
}

// "naam to X btata tha": "to" sets the name as the topic and is no part of
// it.
func TestNameAfterTopicParticle(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "naam to rashid btata tha, office ka pta nai", "rashid"},
		{"ur-Latn", "naam toh Bilal Ahmed bataya tha, baki nahi pata", "Bilal Ahmed"},
		{"ur-Latn", "uska naam to Saleem hai, dukaan ka pata nahi", "Saleem"},
		{"ur", "نام تو رشید بتاتا تھا، دفتر کا پتہ نہیں", "رشید"},
		{"ur", "اس کا نام تو سلیم ہے، باقی نہیں پتا", "سلیم"},
		{"ur-Latn", "Rashid naam hai uska", "Rashid"},
	} {
		r := at(t, flows.NodeReportRecruiter, c.locale, c.text)
		require.Equal(t, c.want, answers(r)["recruiter"], "%s: %q", c.locale, c.text)
	}
}

// A plea abroad whose situation was read and confirmed is not asked "what
// is happening?" again, the same question: it is asked for more of it.
// And a question typed at the menu, where nothing is pending, is not told
// "first, one more thing".
func TestConfirmedSituationAsksForMore(t *testing.T) {
	t.Parallel()
	cat := locales.MustLoad()
	for _, c := range []struct{ locale, plea, yes string }{
		{"ur", "میرا شوہر سعودیہ میں ہے کفیل نے پاسپورٹ رکھ لیا ہے اور چار مہینے سے تنخواہ نہیں دی", "جی ہاں"},
		{"ur-Latn", "mera bhai dubai me hai company ne passport rakh liya aur 3 mahine se tankhwa nahi di", "g sahi hai"},
		{"en", "my husband is in Saudi, the kafeel took his passport and has not paid him for four months", "yes"},
	} {
		st := realEngine().Step(flows.State{}, flows.Input{Text: c.plea, MessageID: 1, Reference: "HSY-TYPED5"}, t0).State
		require.Equal(t, flows.NodeHelpCheck, st.Node, c.locale)
		r := realEngine().Step(st, flows.Input{Text: c.yes, MessageID: 2, Reference: "HSY-TYPED5"}, t0)
		require.Equal(t, flows.NodeHelpWhat, r.State.Node, c.locale)
		got := r.Replies[len(r.Replies)-1].Text
		require.Equal(t, cat.T(c.locale, "help_what_more_q", nil), got, c.locale)
		require.NotEqual(t, cat.T(c.locale, "help_what_q", nil), got, c.locale)
	}
	for _, c := range []struct{ locale, text string }{
		{"en", "how do i get my money back?"},
		{"ur-Latn", "paise wapis kaise milenge?"},
		{"ur", "پیسے واپس کیسے ملیں گے؟"},
	} {
		r := realEngine().Step(flows.State{Locale: c.locale, Node: flows.NodeMenu}, flows.Input{Text: c.text, MessageID: 3, Reference: "HSY-TYPED5"}, t0)
		var got []string
		for _, rp := range r.Replies {
			got = append(got, rp.Text)
		}
		require.Contains(t, got, cat.T(c.locale, "aside_question_menu", nil), c.locale)
		require.NotContains(t, got, cat.T(c.locale, "aside_question", nil), c.locale)
	}
}

// A word on the money typed at "did you give your passport or CNIC?"
// ("nahi 4 nai 5 lac diye the") says nothing of the papers: its "nahi" is
// not "none", and the question is asked again.
func TestMoneyAtDocsIsNoDocs(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "nahi 4 nai 5 lac diye the"},
		{"ur-Latn", "nai bhai 2 lakh nahi 2.5 lakh diye thy"},
		{"ur", "نہیں چار نہیں پانچ لاکھ دیے تھے"},
		{"en", "no wait, it was 5 lakh we paid not 4"},
		{"en", "no, we paid 3 lakh in total"},
	} {
		r := at(t, flows.NodeReportDocs, c.locale, c.text)
		require.Empty(t, answers(r)["documents"], "%s: %q", c.locale, c.text)
		require.Equal(t, flows.NodeReportDocs, r.State.Node, "%s: %q", c.locale, c.text)
	}
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "nahi kuch nahi diya", "none"},
		{"ur-Latn", "nahi, passport cousin ke paas hai", "none"},
		{"en", "no, only paid money, no documents", "none"},
		{"ur", "نہیں، صرف پیسے دیے تھے", "none"},
	} {
		require.Equal(t, c.want, answers(at(t, flows.NodeReportDocs, c.locale, c.text))["documents"], "%s: %q", c.locale, c.text)
	}
}

// An account's name typed as written, with underscores, is the name they
// go by, not the whole sentence around it.
func TestAccountNameIsTheName(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "uski id italy_jobs_official hai naam nahi pta", "italy_jobs_official"},
		{"ur-Latn", "tiktok pe gulf_visa_pk naam se account hai", "gulf_visa_pk"},
		{"en", "the account is @dubai_jobs_2026, no real name", "dubai_jobs_2026"},
		{"ur", "اس کی آئی ڈی qatar_jobs_hr ہے، نام نہیں پتا", "qatar_jobs_hr"},
		{"en", "Al Noor Travels", "Al Noor Travels"},
	} {
		require.Equal(t, c.want, answers(at(t, flows.NodeReportRecruiter, c.locale, c.text))["recruiter"], "%s: %q", c.locale, c.text)
	}
}

// How to be reached, typed while a plea's reading is shown ("is number pe
// msg kren sirf, call mat krna"), answers the contact question; its "mat"
// or "no calls" is no "no" to what was read, which stands. A no that
// corrects the reading still does.
func TestContactAtPleaCheck(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, plea, text string }{
		{"ur-Latn", "mai malaysia me hun, company ne passport rakh liya, bahar nikalne nai dete", "is number pe msg kren sirf, call mat krna"},
		{"ur-Latn", "mera bhai dubai me hai, 4 mahine se tankhwah nahi mili", "isi chat pe baat karein"},
		{"en", "I am in Malaysia, the company took my passport and does not let us go out", "only message me here, no calls please"},
		{"ur", "میں ملائیشیا میں ہوں، کمپنی نے پاسپورٹ رکھ لیا ہے اور باہر نہیں جانے دیتے", "اسی چیٹ پر بات کریں، کال نہ کریں"},
	} {
		st := realEngine().Step(flows.State{}, flows.Input{Text: c.plea, MessageID: 1, Reference: "HSY-TYPED6"}, t0).State
		require.Equal(t, flows.NodeHelpCheck, st.Node, c.locale)
		situation := st.Draft.Inferred["situation"]
		require.NotEmpty(t, situation, c.locale)
		r := realEngine().Step(st, flows.Input{Text: c.text, MessageID: 2, Reference: "HSY-TYPED6"}, t0)
		a := answers(r)
		require.NotEmpty(t, a["contact"], "%s: %q", c.locale, c.text)
		require.Equal(t, situation, a["situation"], "%s: what was read stands", c.locale)
	}
	for _, c := range []struct{ locale, plea, text string }{
		{"ur-Latn", "mera bhai dubai me hai, 4 mahine se tankhwah nahi mili", "nahi ye galat hai, wo saudi me hai"},
		{"en", "my brother is in Dubai, no salary for 4 months", "no that's wrong, he is in Saudi"},
	} {
		st := realEngine().Step(flows.State{}, flows.Input{Text: c.plea, MessageID: 1, Reference: "HSY-TYPED6"}, t0).State
		r := realEngine().Step(st, flows.Input{Text: c.text, MessageID: 2, Reference: "HSY-TYPED6"}, t0)
		require.Empty(t, answers(r)["contact"], "%s: %q", c.locale, c.text)
	}
}

// The emergency numbers, given when help was asked for, are not given in
// full again a message later when a danger is told: a short form with the
// country's own number.
func TestNumbersAgainAreShort(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, ask, plea string }{
		{"ur-Latn", "bhai help chahiye", "mai malaysia me hun, company ne passport rakh liya, bahar nikalne nai dete"},
		{"en", "I need help", "I am in Malaysia, they locked us in and took our passports"},
		{"ur", "مدد چاہیے", "میں ملائیشیا میں ہوں، ہمیں کمرے میں بند کر رکھا ہے"},
	} {
		r1 := realEngine().Step(flows.State{}, flows.Input{Text: c.ask, MessageID: 1, Reference: "HSY-TYPED7"}, t0)
		r2 := realEngine().Step(r1.State, flows.Input{Text: c.plea, MessageID: 2, Reference: "HSY-TYPED7"}, t0)
		full, short := 0, 0
		for _, r := range [][]flows.Reply{r1.Replies, r2.Replies} {
			for _, rp := range r {
				if strings.Contains(rp.Text, "111-247-786") {
					full++ // the FIA helpline is in the whole block only
				}
				if strings.Contains(rp.Text, "1122") {
					short++
				}
			}
		}
		require.Equal(t, 1, full, c.locale)
		require.Equal(t, 2, short, c.locale)
		require.NotEmpty(t, r2.State.Draft.Danger, c.locale)
	}
}

// Right after a check, "I paid already" is helped to a report that starts
// from what was checked; "what should I do now?" is told what to do while
// the check is under way (not taken into the help flow); anything else is
// read as at the menu.
func TestPaidAfterCheckIsReported(t *testing.T) {
	t.Parallel()
	cat := locales.MustLoad()
	for _, c := range []struct{ locale, check, name, lost, paid string }{
		{"en", "got msg frm 'OEC Pakistan' on whatsapp, selected for korea EPS job, pay 25000 registration to jazzcash 03001112233. is it real??", "no name, only that number", "what should i do now", "yes i paid already yesterday"},
		{"ur-Latn", "ye agent asli hai? Dubai security guard ki job, 2 lakh advance mang raha hai, 0301-5556677", "naam Bilal btaya tha", "ab kya karun", "maine to 50 hazar de diye hain easypaisa se"},
		{"ur", "کیا یہ ایجنٹ اصلی ہے؟ سعودی عرب ڈرائیور کی نوکری، ڈیڑھ لاکھ مانگ رہا ہے، 0345-1112233", "نام نہیں بتایا", "اب کیا کروں", "میں نے تو پچاس ہزار دے دیے ہیں"},
	} {
		st := realEngine().Step(flows.State{}, flows.Input{Text: c.check, MessageID: 1, Reference: "HSY-TYPED8"}, t0).State
		require.Equal(t, flows.NodeVerify, st.Node, "%s: a number and no name: who they are is asked", c.locale)
		st = realEngine().Step(st, flows.Input{Text: c.name, MessageID: 2, Reference: "HSY-TYPED8"}, t0).State
		require.Equal(t, flows.NodeMenu, st.Node, c.locale)
		r := realEngine().Step(st, flows.Input{Text: c.lost, MessageID: 2, Reference: "HSY-TYPED8"}, t0)
		require.Equal(t, flows.NodeMenu, r.State.Node, "%s: %q is no plea", c.locale, c.lost)
		require.Equal(t, cat.T(c.locale, "after_check_advice", nil), r.Replies[0].Text, c.locale)
		r = realEngine().Step(r.State, flows.Input{Text: c.paid, MessageID: 3, Reference: "HSY-TYPED8"}, t0)
		require.Equal(t, cat.T(c.locale, "paid_after_check", nil), r.Replies[0].Text, c.locale)
		require.NotNil(t, r.State.Draft, c.locale)
		require.Equal(t, flows.KindReport, r.State.Draft.Kind, c.locale)
		require.Equal(t, "yes", r.State.Draft.Inferred["paid"], c.locale)
		require.NotEmpty(t, r.State.Draft.Inferred["phones"], "%s: the checked advert's number", c.locale)
		evidence := []int64{1, 3}
		if c.locale == "ur-Latn" {
			evidence = []int64{1, 2, 3} // the name given is kept with what was checked
		}
		require.Equal(t, evidence, r.State.Draft.Evidence, c.locale)
	}
	// With no check before it, "I paid already" is not a report of nothing
	r := realEngine().Step(flows.State{Locale: "en", Node: flows.NodeMenu}, flows.Input{Text: "what should i do now", MessageID: 1, Reference: "HSY-TYPED8"}, t0)
	require.NotEqual(t, cat.T("en", "after_check_advice", nil), r.Replies[0].Text)
}

// More of a confirmed plea, asked for, is taken as told: the sum paid and
// how are kept, and the next question is how to reach them, not one more
// "is this right?".
func TestMoreOfAPleaIsTakenAsTold(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, plea, yes, city, more, amount string }{
		{"en", "please help my son is in libya, the agent men are keeping him in a house in tripoli and will not let him go", "yes", "tripoli", "he went by flight to benghazi in march, agent asif from gujrat took 22 lakh from us", "Rs 22,00,000"},
		{"ur-Latn", "mera beta libya me hai agent ke bande usay ek ghar me band kar ke rakhe hue hain", "ji", "tripoli", "march me gaya tha, gujrat ke agent asif ne 22 lakh liye the hum se", "Rs 22,00,000"},
		{"ur", "میرا بیٹا لیبیا میں ہے، ایجنٹ کے بندوں نے اسے ایک گھر میں بند کر رکھا ہے", "جی ہاں", "طرابلس", "مارچ میں گیا تھا، گجرات کے ایجنٹ آصف نے ہم سے بائیس لاکھ لیے تھے", "Rs 22,00,000"},
	} {
		st := flows.State{}
		var r flows.Result
		for i, text := range []string{c.plea, c.yes, c.city, c.more} {
			if text == c.city && st.Node != flows.NodeHelpPlace {
				continue // the city is asked only when only the country is known
			}
			r = realEngine().Step(st, flows.Input{Text: text, MessageID: int64(i + 1), Reference: "HSY-TYPED9"}, t0)
			st = r.State
		}
		require.Equal(t, flows.NodeHelpContact, st.Node, c.locale)
		require.Equal(t, "yes", st.Draft.Answers["paid"], c.locale)
		require.Equal(t, c.amount, st.Draft.Answers["paid_amount"], c.locale)
	}
}

// A town in Pakistan typed where the person is ("قصور کے پاس، چونیاں روڈ
// پر بھٹہ ہے", "kasur ke paas bhatte pe") is in Pakistan, the words kept
// as the place; and how to be reached, told while another question of the
// plea is asked, is kept for the contact question.
func TestPleaPlaceInPakistanAndContactElsewhere(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"ur", "قصور کے پاس، چونیاں روڈ پر بھٹہ ہے"},
		{"ur-Latn", "kasur ke paas pattoki road pe"},
		{"ur-Latn", "hum sanghar me hain"},
		{"en", "we are near Muzaffargarh"},
		{"ur", "جھنگ میں ایک زمیندار کے پاس"},
		{"ur-Latn", "rahim yar khan ke qareeb ek gaon me"},
	} {
		a := answers(at(t, flows.NodeHelpWhere, c.locale, c.text))
		require.Equal(t, "pakistan", a["where"], "%s: %q", c.locale, c.text)
	}
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "dubai me", "abroad"},
		{"ur", "سعودیہ میں", "abroad"},
		{"en", "i dont know", ""},
	} {
		require.Equal(t, c.want, answers(at(t, flows.NodeHelpWhere, c.locale, c.text))["where"], "%s: %q", c.locale, c.text)
	}
	for _, c := range []struct{ locale, text string }{
		{"ur", "میرے موبائل پر کال کریں لیکن شام کے بعد"},
		{"ur-Latn", "isi chat pe baat karein"},
		{"en", "here in this chat is fine"},
	} {
		r := at(t, flows.NodeHelpWhom, c.locale, c.text)
		require.NotEmpty(t, answers(r)["contact"], "%s: %q", c.locale, c.text)
		require.Empty(t, answers(r)["whom"], "%s: %q", c.locale, c.text)
		require.Equal(t, flows.NodeHelpWhom, r.State.Node, "%s: whom is asked again", c.locale)
	}
}

// A short answer of another question's kind is not read as this one's: a
// way of paying asked for consent ("cash, no receipt": its "no" is the
// receipt's), a country asked how it was paid ("qatar", not kept as the
// way paid even at the second miss). "u can call" is a yes to contact.
func TestAnswerOfAnotherKindIsNotThisOne(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"en", "cash, no receipt"},
		{"ur-Latn", "cash diye the, raseed nahi di"},
		{"ur", "نقد دیے تھے، رسید نہیں دی"},
		{"en", "jazzcash, no"},
	} {
		r := at(t, flows.NodeReportConsent, c.locale, c.text)
		require.Empty(t, answers(r)["consent"], "%s: %q", c.locale, c.text)
	}
	for _, c := range []struct{ locale, text string }{
		{"en", "qatar"}, {"ur-Latn", "saudia"}, {"ur", "دبئی"},
	} {
		st := flows.AtQuestion(flows.NodeReportPaidHow, c.locale)
		for i := 0; i < 2; i++ {
			r := realEngine().Step(st, flows.Input{Text: c.text, MessageID: int64(8 + i), Reference: "HSY-TYPEDA"}, t0)
			require.Empty(t, answers(r)["paid_how"], "%s: %q (%d)", c.locale, c.text, i)
			st = r.State
		}
	}
	for _, c := range []struct{ locale, text, want string }{
		{"en", "u can call", "yes"},
		{"en", "u can call me on this number", "yes"},
		{"en", "no dont call me", "no"},
		{"ur-Latn", "haan call kar lein", "yes"},
	} {
		require.Equal(t, c.want, answers(at(t, flows.NodeReportConsent, c.locale, c.text))["consent"], "%s: %q", c.locale, c.text)
	}
}

// "We are in a boat" is the writers' own plea: "ہم … ہیں", "hum … hain",
// "we are" say who it is about; kin named first still makes it someone
// else's ("mera bhai libya me hai, hum ne 20 lakh diye hain").
func TestWeAreIsSelf(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, want string }{
		{"ہم کشتی میں ہیں لیبیا سے نکلے تھے انجن بند ہو گیا ہے پانی اندر آ رہا ہے ۴۰ لوگ ہیں", "self"},
		{"we are in a boat near greece, the engine stopped and water is coming in", "self"},
		{"hum ek kamre me band hain, 3 din se khana nahi mila", "self"},
		{"ham log malaysia me phanse hue hain company ne passport le liye", "self"},
		{"mera bhai libya me hai, agent ke bande usay band kar ke rakhe hue hain, hum ne 20 lakh diye hain", "other"},
		{"میرا بیٹا لیبیا میں قید ہے، ہم بہت پریشان ہیں", "other"},
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-TYPEDB"}, t0)
		require.NotNil(t, r.State.Draft, c.text)
		whom := r.State.Draft.Inferred["whom"]
		if whom == "" {
			whom = r.State.Draft.Answers["whom"]
		}
		require.Equal(t, c.want, whom, c.text)
	}
}

// A check warns of what each red flag means, in the person's language:
// contact only on WhatsApp, a government body named where none asks for
// fees, a call-centre job in a scam-compound country.
func TestCheckWarnsOfEachRedFlag(t *testing.T) {
	t.Parallel()
	cat := locales.MustLoad()
	for _, c := range []struct{ locale, text, advice string }{
		{"ur", "دبئی میں ڈرائیور، تنخواہ 2500 درہم، رابطہ صرف واٹس ایپ 0312-9988776، کوئی دفتر نہیں، کیا یہ ٹھیک ہے؟", "advice_whatsapp"},
		{"en", "got msg frm 'OEC Pakistan' on whatsapp, selected for korea EPS job, pay 25000 registration to jazzcash 03001112233. is it real??", "advice_official"},
		{"ur-Latn", "bhai ye job asli hai? Cambodia me call center customer service job, 1500 dollar salary, ticket free, contact 0300-1112244", "advice_scam_compound"},
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-TYPEDC"}, t0)
		var all []string
		for _, rp := range r.Replies {
			all = append(all, rp.Text)
		}
		require.Contains(t, strings.Join(all, "\n"), cat.T(c.locale, c.advice, nil), c.locale)
	}
}

// A number to be called on, asked as a question ("can you call me instead
// on 0321 4567890"), answers how to be reached: it is no aside.
func TestCallMeOnAsQuestionIsContact(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, phone string }{
		{"en", "can you call me instead on 0321 4567890", "+923214567890"},
		{"en", "could the officer ring me at 0300-1112233?", "+923001112233"},
		{"ur-Latn", "kya aap mujhe 0345 6677889 pe call kar sakte hain?", "+923456677889"},
		{"ur", "کیا آپ مجھے ۰۳۳۳۱۲۳۴۵۶۷ پر کال کر سکتے ہیں؟", "+923331234567"},
	} {
		a := answers(at(t, flows.NodeHelpContact, c.locale, c.text))
		require.Equal(t, "number", a["contact"], "%s: %q", c.locale, c.text)
		require.Equal(t, c.phone, a["contact_number"], "%s: %q", c.locale, c.text)
	}
}

// "check kr do" is Roman Urdu: "kr" is "kar", and a "do" after a Roman
// Urdu word is Roman Urdu, "no" before a number its mark; and an ok or a
// no asked for the number behind a check sends the check.
func TestCheckKrDoIsRomanUrduAndOkSendsIt(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"al fatah overseas lic no 1234/LHR check kr do plz",
		"Gulf Star Manpower ka license check kar do",
		"ye agency verify kr do please, lic no 2231/RWP",
	} {
		require.Equal(t, lang.RomanUrdu, lang.Detect(text).Lang, text)
	}
	for _, text := range []string{"please check this agency, licence no 1234/LHR", "what do you need from me"} {
		require.Equal(t, lang.English, lang.Detect(text).Lang, text)
	}
	for _, c := range []struct{ locale, check, ok string }{
		{"ur-Latn", "al fatah overseas lic no 1234/LHR check kr do plz", "theek hai"},
		{"en", "please check Al Fatah Overseas, licence 1234/LHR", "no"},
		{"ur", "الفتح اوورسیز لائسنس نمبر 1234/LHR چیک کر دیں", "نہیں"},
	} {
		st := realEngine().Step(flows.State{}, flows.Input{Text: c.check, MessageID: 1, Reference: "HSY-TYPEDD"}, t0).State
		require.Equal(t, flows.NodeVerify, st.Node, c.locale)
		r := realEngine().Step(st, flows.Input{Text: c.ok, MessageID: 2, Reference: "HSY-TYPEDD"}, t0)
		var kinds []string
		for _, e := range r.Effects {
			if e.Report != nil {
				kinds = append(kinds, e.Report.Kind)
			}
		}
		require.Contains(t, kinds, flows.KindVerify, "%s: %q sends the check", c.locale, c.ok)
	}
}

// Code-switched wages unpaid ("5 months no tankhwah") are unpaid, and
// "only whatsapp msg" is how to be reached (by message only).
func TestNoTankhwahAndOnlyWhatsappMsg(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"en", "5 months no tankhwah, kafeel says wait"},
		{"en", "no tankha since march"},
		{"ur-Latn", "3 mahine se no salary, kafeel kehta hai ruko"},
	} {
		require.Equal(t, "unpaid", answers(at(t, flows.NodeHelpWhat, c.locale, c.text))["situation"], "%s: %q", c.locale, c.text)
	}
	for _, c := range []struct{ locale, text string }{
		{"en", "sir only whatsapp msg, my phone is with me"},
		{"ur-Latn", "sirf whatsapp msg karein"},
		{"ur", "صرف واٹس ایپ میسج کریں"},
		{"en", "whatsapp message only please"},
	} {
		require.Equal(t, "discreet", answers(at(t, flows.NodeHelpContact, c.locale, c.text))["contact"], "%s: %q", c.locale, c.text)
	}
}

// An answer given earlier said to be wrong at another question ("ملک غلط
// ہے، قطر تھا" asked for the documents) is replaced, and the question is
// asked again; papers named in Urdu script ("شناختی کارڈ کی کاپی دی تھی")
// typed at another question are kept for the documents question.
func TestCorrectionAtAnotherQuestion(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur", "ملک غلط ہے، قطر تھا", "قطر"},
		{"en", "country is wrong, it was qatar", "Qatar"},
		{"ur-Latn", "mulk galat hai qatar tha", "Qatar"},
	} {
		st := flows.AtQuestion(flows.NodeReportDocs, c.locale)
		st.Draft.Answers["country"] = "Saudi Arabia"
		r := realEngine().Step(st, flows.Input{Text: c.text, MessageID: 8, Reference: "HSY-TYPEDE"}, t0)
		a := answers(r)
		require.Equal(t, c.want, a["country"], "%s: %q", c.locale, c.text)
		require.Empty(t, a["documents"], "%s: %q is no documents answer", c.locale, c.text)
		require.Equal(t, flows.NodeReportDocs, r.State.Node, c.locale)
	}
	// naming the field without saying it was wrong changes nothing
	st := flows.AtQuestion(flows.NodeReportDocs, "en")
	st.Draft.Answers["country"] = "Saudi Arabia"
	r := realEngine().Step(st, flows.Input{Text: "the country is saudi yes", MessageID: 8, Reference: "HSY-TYPEDE"}, t0)
	require.Equal(t, "Saudi Arabia", answers(r)["country"])
	for _, c := range []struct{ locale, text string }{
		{"ur", "شناختی کارڈ کی کاپی دی تھی"},
		{"ur-Latn", "shanakhti card ki copy di thi"},
	} {
		r := at(t, flows.NodeReportConsent, c.locale, c.text)
		require.Equal(t, "cnic", answers(r)["documents"], "%s: %q", c.locale, c.text)
	}
}

// A report typed in SMS short forms from start to end ("rprt", "agnt ny
// 50k liye malysia visa k liye ab fon bnd", "agnt", "jc", "pasprt") is
// read as the full words: money taken written "50k", a misspelt country,
// JazzCash as "jc".
func TestSMSShortFormsReport(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		turns []string
		want  map[string]string
	}{
		{[]string{"rprt", "agnt ny 50k liye malysia visa k liye ab fon bnd", "bs", "g", "agnt", "nhi pta", "nai", "jc", "pasprt", "han", "ok"},
			map[string]string{"country": "Malaysia", "paid": "yes", "paid_amount": "Rs 50,000", "paid_how": "jazzcash", "seen": "agent", "documents": "passport", "consent": "yes"}},
		{[]string{"report", "agent ne 1.5L liye qtr k visa k liye", "bas", "ji", "fb", "pata nai", "nhi", "jc se", "kuch nai", "nai", "thk h"},
			map[string]string{"country": "Qatar", "paid": "yes", "paid_amount": "Rs 1,50,000", "paid_how": "jazzcash", "seen": "facebook", "documents": "none", "consent": "no"}},
	} {
		st := flows.State{}
		var got map[string]string
		for i, text := range c.turns {
			r := realEngine().Step(st, flows.Input{Text: text, MessageID: int64(i + 1), Reference: "HSY-TYPEDF"}, t0)
			st = r.State
			for _, e := range r.Effects {
				if e.Report != nil && e.Report.Kind == flows.KindReport {
					got = e.Report.Answers
				}
			}
		}
		require.NotNil(t, got, "%v: no report", c.turns)
		for k, v := range c.want {
			require.Equal(t, v, got[k], "%s in %v", k, c.turns)
		}
	}
}

// A smuggler's offer for someone still at home, asked about ("usay ek
// banda keh raha hai k italy bhej dega … kya karein?"), is the smuggler's
// report, not a plea: no one is on the road yet. Someone on the road is.
func TestSmugglersOfferAtHomeIsAReport(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, kind string }{
		{"mera beta 17 saal ka hai, usay ek banda keh raha hai k italy bhej dega, hum se 30 lakh mang raha hai, kya karein?", flows.KindReport},
		{"میرا بیٹا سولہ سال کا ہے، ایک ایجنٹ کہتا ہے یونان بھیج دے گا، پچیس لاکھ مانگ رہا ہے، کیا کریں؟", flows.KindReport},
		{"mera beta iran ke raste greece ja raha tha, 3 din se rabta nahi, kya karein?", flows.KindHelp},
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-TYPEDG"}, t0)
		require.NotNil(t, r.State.Draft, c.text)
		require.Equal(t, c.kind, r.State.Draft.Kind, c.text)
	}
}

// "this whatsapp is fine" is how to be reached: here.
func TestThisWhatsappIsFine(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"en", "this whatsapp is fine"},
		{"en", "on this whatsapp"},
		{"ur-Latn", "isi whatsapp pe"},
		{"ur", "اسی واٹس ایپ پر"},
	} {
		require.Equal(t, "here", answers(at(t, flows.NodeHelpContact, c.locale, c.text))["contact"], "%s: %q", c.locale, c.text)
	}
}

// A town in Pakistan named as where someone came from ("us ko agency ne
// bheja tha faisalabad se") is not where the person is; a number typed at
// "which city?" is no city.
func TestOriginIsNoPlaceAndNumberIsNoCity(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "us ko agency ne bheja tha faisalabad se"},
		{"ur", "اسے لاہور سے ایجنسی نے بھیجا تھا"},
		{"en", "an agency from Sialkot sent her"},
	} {
		require.NotEqual(t, "pakistan", answers(at(t, flows.NodeHelpWhere, c.locale, c.text))["where"], "%s: %q", c.locale, c.text)
	}
	for _, c := range []struct{ locale, text string }{
		{"ur-Latn", "meray number pe call kar lein 0321-7654321"},
		{"en", "call me on 0300 1234567"},
	} {
		require.Empty(t, answers(at(t, flows.NodeHelpPlace, c.locale, c.text))["place"], "%s: %q", c.locale, c.text)
	}
	require.Equal(t, "pakistan", answers(at(t, flows.NodeHelpWhere, "ur-Latn", "hum faisalabad me hain"))["where"])
}
