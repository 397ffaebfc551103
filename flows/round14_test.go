package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Round C14: answers read with the real triage, each family in three
// languages with neighbours that must not change.

// "How can an officer reach you?" answered by asking for a call on one's
// own number ("میرا نمبر پر فون کرو", "mery number pe fon kro"), or by
// the one word of the re-ask's choice ("فون", "number"): the number, not a
// skip. A call refused stays refused (C14-020, C14-031).
func TestRound14ContactByPhone(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur", "میرا نمبر پر فون کرو", "number"},
		{"ur", "میرے نمبر پر کال کرو", "number"},
		{"ur", "فون", "number"},
		{"ur", "نمبر", "number"},
		{"ur", "فون کر لو", "number"},
		{"ur-Latn", "mery number pe fon kro", "number"},
		{"ur-Latn", "mere number par call karo", "number"},
		{"ur-Latn", "number", "number"},
		{"ur-Latn", "fon", "number"},
		{"ur-Latn", "fon kr dena", "number"},
		{"en", "phone", "number"},
		{"en", "number", "number"},
		{"en", "ring my number", "number"},
		{"en", "phone me", "number"},
		{"en", "by phone", "number"},
		// neighbours: refused calls, this chat, care
		{"ur-Latn", "fon mat kro", "none"},
		{"ur", "فون نہ کرو", "discreet"},
		{"en", "not by phone", "none"},
		{"en", "only here. dont call they check the phone", "here"},
		{"ur-Latn", "isi number pe", "here"},
		{"en", "here in this chat is fine", "here"},
		{"ur-Latn", "chupke se, malik phone dekhta hai", "discreet"},
	} {
		a := answers(at(t, flows.NodeHelpContact, c.locale, c.text))
		require.Equal(t, c.want, a["contact"], "%s: %q", c.locale, c.text)
	}
}

// Money handed over in person ("nakad hath me diye", "ہاتھ میں دیے", "by
// hand") is cash, in the spellings people type (C14-025); a handwritten
// receipt or a passport handed over is no payment.
func TestRound14PaidByHandIsCash(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "nakad hath me diye", "cash"},
		{"ur-Latn", "nakd diye", "cash"},
		{"ur-Latn", "haath me diye usko", "cash"},
		{"ur-Latn", "naqad diye office me", "cash"},
		{"en", "gave him the money by hand", "cash"},
		{"en", "handed the cash to his munshi", "cash"},
		{"en", "paid in hand at his office", "cash"},
		{"ur", "ہاتھ میں دیے", "cash"},
		{"ur", "دستی دیے", "cash"},
		{"ur", "نقدی دی", "cash"},
		// neighbours: another channel named
		{"ur-Latn", "jazzcash se bheje", "jazzcash"},
		{"en", "bank transfer to his account", "bank"},
		{"ur", "ایزی پیسہ سے بھیجے", "easypaisa"},
	} {
		a := answers(at(t, flows.NodeReportPaidHow, c.locale, c.text))
		require.Equal(t, c.want, a["paid_how"], "%s: %q", c.locale, c.text)
	}
}

// A name with a remark on it ("Shah ji, thats what everyone calls him",
// "X but its not the real one", "X lekin asli nahi", "X، سب یہی کہتے
// ہیں") is the name alone (C14-004, C14-005); a second name or an alias
// stays, beside the recruiter as another name (round 18's convention).
func TestRound14NameWithARemark(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want, also string }{
		{"en", "Shah ji, thats what everyone calls him", "Shah ji", ""},
		{"en", "Malik sahib, that is what people call him", "Malik sahib", ""},
		{"en", "It says Overseas Employment Corporation but its not the real oec.gov.pk", "Overseas Employment Corporation", ""},
		{"en", "they call themselves Gulf Star Manpower but it is fake", "Gulf Star Manpower", ""},
		{"ur-Latn", "Shah ji, sab yehi kehte hain", "Shah ji", ""},
		{"ur-Latn", "likha hai Al Noor Travels lekin asli nahi hai", "Al Noor Travels", ""},
		{"ur-Latn", "Gulf Star Manpower magar fake lagta hai", "Gulf Star Manpower", ""},
		{"ur", "شاہ جی، سب یہی کہتے ہیں", "شاہ جی", ""},
		{"ur", "لکھا ہے النور ٹریولز لیکن اصلی نہیں", "النور ٹریولز", ""},
		{"ur", "گلف اسٹار مین پاور، مگر جعلی لگتی ہے", "گلف اسٹار مین پاور", ""},
		// neighbours: an alias, a second name
		{"en", "Jahangir, people call him Jaggi", "Jahangir", "Jaggi"},
		{"ur-Latn", "sab usko Shah ji kehte hain", "Shah ji", ""},
		{"en", "Tariq Mehmood, Euro Gate Consultants", "Euro Gate Consultants", "Tariq Mehmood"},
	} {
		a := answers(at(t, flows.NodeReportRecruiter, c.locale, c.text))
		require.Equal(t, c.want, a["recruiter"], "%s: %q", c.locale, c.text)
		require.Equal(t, c.also, a[flows.SlotRecruiterAlso], "%s: %q: also named", c.locale, c.text)
	}
}

// A later clause that opens with "and" adds a document given ("They have
// my passport, and copies of CNIC and degree", C14-003); one that says a
// document is still with the writer does not.
func TestRound14DocumentsAddedWithAnd(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"en", "They have my passport, and copies of CNIC and degree", "both"},
		{"en", "passport is with them, and the CNIC photocopy too", "both"},
		{"en", "they kept my passport, and my ID card copy", "both"},
		{"ur-Latn", "passport unke paas hai, aur cnic ki copy", "both"},
		{"ur-Latn", "passport rakh liya, aur shanakhti card ki photocopy di thi", "both"},
		{"ur", "پاسپورٹ ان کے پاس ہے، اور شناختی کارڈ کی کاپیاں", "both"},
		{"ur", "پاسپورٹ ان کے پاس ہے، اور شناختی کارڈ کی کاپی بھی دی", "both"},
		// neighbours: still with the writer, nothing more
		{"en", "they have my passport, and the CNIC is with me", "passport"},
		{"ur-Latn", "passport unke paas hai, aur cnic mere paas hai", "passport"},
		{"ur-Latn", "passport unke paas hai, CNIC mere paas", "passport"},
		{"ur", "پاسپورٹ ان کے پاس ہے، اور شناختی کارڈ میرے پاس ہے", "passport"},
		{"ur", "پاسپورٹ دیا، اور کچھ نہیں", "passport"},
		{"en", "passport, and nothing else", "passport"},
	} {
		a := answers(at(t, flows.NodeReportDocs, c.locale, c.text))
		require.Equal(t, c.want, a["documents"], "%s: %q", c.locale, c.text)
	}
}

// "Delete your data?" answered with a "no" inside a sentence about
// something else ("میں شکایت آگے نہیں بڑھانا چاہتی", C14-024) is asked
// again, not taken as a no; a no that opens the answer, a short one or one
// said of deleting still keeps the data.
func TestRound14EraseNoAboutSomethingElse(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		locale, text, node string
		erased             bool
	}{
		{"ur", "میں شکایت آگے نہیں بڑھانا چاہتی", flows.NodeErase, false},
		{"ur-Latn", "mujhe shikayat aage nahi barhani", flows.NodeErase, false},
		{"ur-Latn", "main complaint aage nahi le jana chahti", flows.NodeErase, false},
		{"en", "I don't want to take the complaint further", flows.NodeErase, false},
		{"en", "I do not want to continue with this", flows.NodeErase, false},
		// neighbours: a real no keeps the data; a yes erases
		{"en", "no keep it", flows.NodeMenu, false},
		{"en", "no, I changed my mind", flows.NodeMenu, false},
		{"en", "don't delete anything", flows.NodeMenu, false},
		{"ur", "نہیں، رہنے دیں", flows.NodeMenu, false},
		{"ur", "ڈیلیٹ نہ کریں", flows.NodeMenu, false},
		{"ur", "ابھی نہیں", flows.NodeMenu, false},
		{"ur-Latn", "mera data delete mat karna", flows.NodeMenu, false},
		{"ur-Latn", "nahi rehne do", flows.NodeMenu, false},
		{"ur", "جی ہاں سب ختم کر دیں", "", true},
	} {
		r := realEngine().Step(flows.AtQuestion(flows.NodeErase, c.locale), flows.Input{Text: c.text, MessageID: 7}, t0)
		erased := false
		for _, e := range r.Effects {
			erased = erased || e.Kind == flows.EffectErase
		}
		require.Equal(t, c.erased, erased, "%s: %q", c.locale, c.text)
		require.Equal(t, c.node, r.State.Node, "%s: %q", c.locale, c.text)
	}
}

// Whether it is genuine asked as an either-or with no question mark ("ye
// ad whatsapp grup me aya hy sahi hy ya frod", C14-034; "real or fake",
// "اصلی ہے یا جعلی") is a check, even when the other side is a word of
// fraud; an account that says it was found fake is a report.
func TestRound14EitherOrIsACheck(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, kind string }{
		{"ye ad whatsapp grup me aya hy sahi hy ya frod", flows.KindVerify},
		{"ye ad facebook pe dekha asli hai ya nakli", flows.KindVerify},
		{"yeh job offer sahi hai ya fraud", flows.KindVerify},
		{"is job ka msg aya hai, real hai ya fake batao", flows.KindVerify},
		{"got this ad in a whatsapp group, real or fake", flows.KindVerify},
		{"this agency real or scam, please tell", flows.KindVerify},
		{"is this ad genuine or fake", flows.KindVerify},
		{"یہ اشتہار واٹس ایپ گروپ میں آیا ہے، اصلی ہے یا جعلی", flows.KindVerify},
		{"یہ نوکری صحیح ہے یا فراڈ", flows.KindVerify},
		{"یہ ایجنٹ اصلی ہے یا دھوکہ باز", flows.KindVerify},
		// neighbours: found fake, money gone
		{"agent ne fake visa diya, maine check kiya to nahi mila, 6 lakh diye", flows.KindReport},
		{"the agent gave me a visa, I checked it online and it turned out to be fake", flows.KindReport},
		{"agent ne 2 lakh liye, ab kehta hai visa real hai ya fake mujhe nahi pata, phone band", flows.KindReport},
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-TYPED3"}, t0)
		kind := r.State.Node
		if r.State.Draft != nil && r.State.Draft.Kind != "" {
			kind = r.State.Draft.Kind
		}
		for _, e := range r.Effects {
			if e.Report != nil {
				kind = e.Report.Kind
			}
		}
		require.Equal(t, c.kind, kind, c.text)
	}
}

// A check already made, told with its result ("i check on site not
// found", C14-006; "site pe check kiya nahi mila", "سائٹ پر چیک کیا تو نہیں
// ملا"), or a visa called fake, is an account to report, not a request to
// check; a request to check stays one.
func TestRound14CheckDoneIsAReport(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, kind string }{
		{"agent give me bahrain visa it is fake. i check on site not found. paid 6 lac", flows.KindReport},
		{"agent gave me saudi visa, i checked on the website, not found, he took 3 lakh", flows.KindReport},
		{"my visa is fake, searched on the embassy site, no record. paid 4 lakh", flows.KindReport},
		{"agent ne qatar ka visa diya, site pe check kiya nahi mila, 5 lakh diye the", flows.KindReport},
		{"visa fake hai, online check kiya to nahi mila, paise de chuka hoon", flows.KindReport},
		{"agent ne jaali visa diya 6 lakh le kar", flows.KindReport},
		{"ایجنٹ نے بحرین کا ویزا دیا، سائٹ پر چیک کیا تو نہیں ملا، چھ لاکھ دیے", flows.KindReport},
		{"ویزا جعلی ہے، ایجنٹ نے چار لاکھ لیے", flows.KindReport},
		{"ایجنٹ نے جعلی ویزا دیا ہے", flows.KindReport},
		// neighbours: asked to check
		{"please check this visa, agent sent it, number 123456", flows.KindVerify},
		{"visa check karna hai, agent ne pdf bheji hai", flows.KindVerify},
		{"ویزا چیک کرنا ہے", flows.KindVerify},
		{"can you check if this visa is real", flows.KindVerify},
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-TYPED3"}, t0)
		kind := r.State.Node
		if r.State.Draft != nil && r.State.Draft.Kind != "" {
			kind = r.State.Draft.Kind
		}
		require.Equal(t, c.kind, kind, c.text)
	}
}

// An engine stopped ("engn band hogya", "انجن بند ہو گیا", "the boat
// engine died") is no one locked in (C14-031), in the spellings people
// type; a room locked still is.
func TestRound14EngineStoppedIsNotLockedIn(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "kashti me phansa hy engn band pani me, agent ko 18 lakh diye thy", "other"},
		{"ur-Latn", "kashti ka engine band ho gaya samandar me", "other"},
		{"ur-Latn", "boat ka injan kharab hai, pani me phanse hain", "other"},
		{"en", "the boat engine stopped, they are stuck at sea", "other"},
		{"en", "boat engine died in the middle of the sea", "other"},
		{"ur", "کشتی کا انجن بند ہو گیا، سمندر میں پھنسے ہیں", "other"},
		{"ur", "کشتی کی موٹر خراب ہے پانی میں", "other"},
		// neighbours: locked in
		{"ur-Latn", "kamre me band kar rakha hai", "locked_in"},
		{"ur", "کمرے میں بند کر دیا ہے", "locked_in"},
		{"en", "they locked him in a room", "locked_in"},
		{"ur-Latn", "usko ghar me band kar diya hai, phone band hogya", "locked_in"},
	} {
		a := answers(at(t, flows.NodeHelpWhat, c.locale, c.text))
		require.Equal(t, c.want, a["situation"], "%s: %q", c.locale, c.text)
	}
}

// A word of checking that is the purpose the sender gave for what they
// asked to be sent ("cnic, photo aur live location bhejo verification k
// liye", C14-029; "send my CNIC for verification", "تصدیق کے لیے شناختی
// کارڈ بھیجیں") is their pretext: an offer to report, not a request to
// check; a request to us to check stays one.
func TestRound14VerificationAsTheirPretext(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, kind string }{
		{"whatsapp pe msg aya maldives hotel me job, cnic front back, photo aur live location bhejo verification k liye. 03086627419 se", flows.KindReport},
		{"got a whatsapp message for a hotel job in Maldives, they asked me to send my CNIC and live location for verification", flows.KindReport},
		{"ایک نمبر سے میسج آیا ملائیشیا میں نوکری، تصدیق کے لیے شناختی کارڈ اور تصویر بھیجیں", flows.KindReport},
		{"agent kehta hai verification ke liye passport ki copy aur 5000 bhejo, dubai job", flows.KindReport},
		// neighbours: asked of us
		{"please verify this agent for me, he wants my cnic", flows.KindVerify},
		{"I am writing for verification of this agency, licence 1234/LHR", flows.KindVerify},
		{"تصدیق کے لیے بھیج رہا ہوں، یہ ایجنٹ اصلی ہے؟", flows.KindVerify},
	} {
		r := realEngine().Step(flows.State{}, flows.Input{Text: c.text, MessageID: 1, Reference: "HSY-TYPED3"}, t0)
		kind := r.State.Node
		if r.State.Draft != nil && r.State.Draft.Kind != "" {
			kind = r.State.Draft.Kind
		}
		require.Equal(t, c.kind, kind, c.text)
	}
}
