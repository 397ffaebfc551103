package flows_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found by a tester typing as users (the explorer's report, items 1, 2,
// 16, 17, 20, 36, 37, 38), each as a family of wordings in the three
// languages, read by the real engine.

// typeAs steps the real engine through msgs from a fresh conversation and
// returns the last state and every reply, one a line.
func typeAs(t *testing.T, sms bool, msgs ...string) (flows.State, string) {
	t.Helper()
	e := realEngine()
	var st flows.State
	var out []string
	for i, m := range msgs {
		res := e.Step(st, flows.Input{Text: m, MessageID: int64(i + 1), Reference: fmt.Sprintf("HSY-TEST%02d", i), SMS: sms}, t0)
		st = res.State
		for _, r := range res.Replies {
			out = append(out, r.Text)
		}
	}
	return st, strings.Join(out, "\n")
}

// A country taken back at "is this right?" about what was read is
// replaced, not added to ("ملک سعودی عرب نہیں کویت ہے", "sorry not saudi,
// it is kuwait"); at the summary, "country is Kuwait" (the form the check
// suggests) corrects it too, as does "Kuwait hai, Saudi nahi".
func TestExplorerCountryCorrectedNotAdded(t *testing.T) {
	t.Parallel()
	offers := map[string][]string{
		"en":      {"report", "agent offered hotel job in saudi, asking 3 lakh, 03017778889", "done"},
		"ur":      {"رپورٹ", "ایجنٹ نے سعودی عرب میں ہوٹل کی نوکری کا کہا، تین لاکھ مانگے ہیں، نمبر 03017778889", "بس"},
		"ur-Latn": {"report karni hai", "agent ne saudi me hotel ki naukri ka kaha, 3 lakh mang raha hai, number 03017778889", "bas"},
	}
	kuwait := map[string]string{"en": "Kuwait", "ur": "کویت", "ur-Latn": "Kuwait"}
	for _, c := range []struct{ lang, text string }{
		{"en", "sorry not saudi, it is kuwait"},
		{"en", "no, kuwait not saudi"},
		{"en", "its kuwait, not saudi arabia"},
		{"en", "saudi no, kuwait"},
		{"ur", "معاف کیجیے گا، ملک سعودی عرب نہیں کویت ہے"},
		{"ur", "سعودی عرب نہیں، کویت"},
		{"ur", "ملک کویت ہے، سعودی نہیں"},
		{"ur-Latn", "maaf kijiye, mulk saudi arab nahi kuwait hai"},
		{"ur-Latn", "saudia nahi kuwait"},
		{"ur-Latn", "kuwait hai saudi nahi"},
	} {
		st, _ := typeAs(t, false, append(offers[c.lang], c.text)...)
		require.NotNil(t, st.Draft, c.text)
		require.Equal(t, kuwait[c.lang], st.Draft.Answers["country"], c.text)
	}
	// at the summary
	rest := map[string][]string{
		"en":      {"yes", "from a neighbour", "Shahid", "no", "no", "yes"},
		"ur":      {"جی", "محلے کے ایک بندے نے بتایا تھا", "شاہد", "نہیں", "نہیں", "جی"},
		"ur-Latn": {"haan", "mohalle ke ek bande ne bataya", "Shahid", "nahi", "nahi", "haan"},
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "country is Kuwait"},
		{"en", "the country is kuwait"},
		{"en", "country: kuwait"},
		{"ur", "ملک صرف کویت ہے"},
		{"ur", "ملک کویت ہے"},
		{"ur", "ملک: کویت"},
		{"ur-Latn", "mulk kuwait hai"},
		{"ur-Latn", "country kuwait he"},
		{"ur-Latn", "mulk sirf kuwait"},
	} {
		msgs := append(append(append([]string{}, offers[c.lang]...), rest[c.lang]...), c.text)
		st, _ := typeAs(t, false, msgs...)
		require.Equal(t, flows.NodeReportSummary, st.Node, c.text)
		require.Equal(t, kuwait[c.lang], st.Draft.Answers["country"], c.text)
	}
}

// A licence number written with a dash or space, or with the city's name,
// is something to check: the check goes on, it is not asked for again.
func TestExplorerLicenceWrittenOtherwiseIsChecked(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		lang string
		msgs []string
	}{
		{"en", []string{"verify", "1234-RWP"}},
		{"en", []string{"verify", "license 1234 rawalpindi"}},
		{"en", []string{"check an agent", "OEP licence no. 2411 LHR"}},
		{"ur-Latn", []string{"agent check karna hai", "1234 rwp"}},
		{"ur-Latn", []string{"license 1234 rwp check kr do"}},
		{"ur", []string{"ایجنٹ چیک کرنا ہے", "۱۲۳۴/راولپنڈی"}},
		{"ur", []string{"اس کا لائسنس نمبر ۱۲۳۴/راولپنڈی ہے"}},
	} {
		st, out := typeAs(t, false, c.msgs...)
		require.NotContains(t, out, "licence number. Send it", c.msgs)
		require.NotContains(t, out, "licence number. Bhej dein", c.msgs)
		require.NotContains(t, out, "لائسنس نمبر۔ بھیج دیں", c.msgs)
		// a licence alone, in the first message or in answer: its number
		// is asked for once (what other reports are matched by), then the
		// licence is checked
		require.Equal(t, flows.NodeVerify, st.Node, c.msgs)
		require.Contains(t, out, texts.T(c.lang, "verify_phone_q", nil), c.msgs)
		st, out = typeAs(t, false, append(c.msgs, "skip")...)
		require.NotEqual(t, flows.NodeVerify, st.Node, c.msgs)
		require.Contains(t, out, texts.T(c.lang, "verify_done", map[string]any{"Reference": "\u2066HSY-TEST" + fmt.Sprintf("%02d", len(c.msgs)) + "\u2069"}), c.msgs)
	}
}

// Money talk typed where the agent's name is asked ("95000 mang rahe
// the") names no one: it is not kept as the name, at the first answer nor
// at the second; a name given beside a sum still is the name.
func TestExplorerMoneyTalkIsNoName(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "95000 mang rahe the"},
		{"ur-Latn", "paisay 95 hazar mangay"},
		{"ur-Latn", "wo 1.5 lakh maang raha tha"},
		{"en", "they were asking 95000"},
		{"en", "he asked for 1.5 lakh"},
		{"en", "he wants 95k"},
		{"ur", "۹۵ ہزار مانگ رہے تھے"},
		{"ur", "ڈیڑھ لاکھ مانگے"},
		{"ur", "95000 مانگ رہے تھے"},
	} {
		st := flows.AtQuestion(flows.NodeReportRecruiter, c.lang)
		for i := 0; i < 2; i++ { // asked again, then left: never kept as written
			st = e.Step(st, flows.Input{Text: c.text, MessageID: int64(90 + i)}, t0).State
		}
		require.Empty(t, st.Draft.Answers["recruiter"], c.text)
	}
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Bilal, he took 80000", "Bilal"},
		{"ur-Latn", "naam Bilal hai, 50 hazar mange", "Bilal"},
		{"ur", "نام بلال ہے، پچاس ہزار مانگے", "بلال"},
	} {
		st := e.Step(flows.AtQuestion(flows.NodeReportRecruiter, c.lang), flows.Input{Text: c.text, MessageID: 90}, t0).State
		require.Equal(t, c.want, st.Draft.Answers["recruiter"], c.text)
	}
}

// A name the opening gives with a clear mark ("a guy named Bilal", "Agent
// Saleem wants…", "call … Mr Khan", "naam Bilal hai", "Bilal naam ka
// banda", "مسٹر خان") is shown in the check line, not asked again; "agent"
// before a word that is no name, a place or a capital-less word is none.
func TestExplorerNameInTheOpening(t *testing.T) {
	t.Parallel()
	start := map[string][]string{"en": {"report"}, "ur": {"رپورٹ"}, "ur-Latn": {"report karni hai"}}
	for _, c := range []struct{ lang, text, want string }{
		{"en", "i sent 80000 rs on easypaisa to a guy named Bilal and now his number is off", "Bilal"},
		{"en", "Agent Saleem wants 3 lakh for Qatar driver job, 0300-4445556", "Saleem"},
		{"en", "Job in Canada farm, salary 2500 CAD, pay 15 lakh, call 0345-1239876 Mr Khan", "Mr Khan"},
		{"en", "a man named Rashid Ali came to our village offering Oman visas for 4 lakh", "Rashid Ali"},
		{"ur-Latn", "agent ka naam Bilal hai, dubai ka visa 3 lakh me", "Bilal"},
		{"ur-Latn", "Bilal naam ka banda dubai bhejne ka keh raha hai, 3 lakh mang raha", "Bilal"},
		{"ur-Latn", "mr khan ne kaha saudi ka visa 2 lakh ka hai, 0300 4445556", "mr khan"},
		{"ur", "ایجنٹ کا نام بلال ہے، دبئی کا ویزا تین لاکھ میں", "بلال"},
		{"ur", "مسٹر خان نے کہا سعودی کا ویزا دو لاکھ کا ہے، 03004445556", "مسٹر خان"},
		{"ur", "بلال نام کا بندہ دبئی بھیجنے کا کہہ رہا ہے", "بلال"},
		// none
		{"en", "AGENT REQUIRED FOR DUBAI, salary 2000 AED, fee 2 lakh, 0300-4445556", ""},
		{"en", "Agent Dubai wala says 3 lakh for the visa, 0300-4445556", ""},
		{"ur-Latn", "agent ne 3 lakh mange hain qatar ke liye, 0300 4445556", ""},
		{"ur", "ایجنٹ نے قطر کے لیے تین لاکھ مانگے ہیں، 03004445556", ""},
	} {
		msgs := append(append([]string{}, start[c.lang]...), c.text)
		st, _ := typeAs(t, false, msgs...)
		require.NotNil(t, st.Draft, c.text)
		require.Equal(t, c.want, st.Draft.Inferred["recruiter"], c.text)
	}
}

// A second name told after the opening named the agent is kept beside
// the first, as a recruiter answer keeps it, not lost.
func TestExplorerSecondNameKeptBeside(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		msgs        []string
		first, also string
	}{
		{[]string{"report", "fia stopped me at the airport, visa fake. agent Sohail Butt in fsd took 17.5 lac", "agency name Danube Travel n Tours, kohinoor city fsd"}, "Sohail Butt", "Danube Travel n Tours"},
		{[]string{"report karni hai", "agent ka naam Sohail Butt hai, 17 lakh liye", "agency ka naam Danube Travels hai"}, "Sohail Butt", "Danube Travels"},
		{[]string{"رپورٹ", "ایجنٹ کا نام سہیل بٹ ہے، سترہ لاکھ لیے", "ایجنسی کا نام ڈینیوب ٹریولز ہے"}, "سہیل بٹ", "ڈینیوب ٹریولز"},
	} {
		st, _ := typeAs(t, false, c.msgs...)
		require.Equal(t, c.first, st.Draft.Inferred["recruiter"], c.msgs)
		require.Equal(t, c.also, st.Draft.Inferred[flows.SlotRecruiterAlso], c.msgs)
	}
}

// Lists shown in Urdu script are joined with "،" ("جی ہاں، Rs 50,000،
// جاز کیش"), Latin ones with ","; JazzCash is "جاز کیش".
func TestExplorerUrduListsUseUrduComma(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		msgs      []string
		want, not []string
	}{
		{[]string{"رپورٹ", "ملائیشیا کی نوکری کے لیے ڈھائی لاکھ مانگے، پچاس ہزار جاز کیش کر دیے", "بس"}, []string{"جی ہاں، ", "جاز کیش"}, []string{"جیز کیش", ", \u2066"}},
		{[]string{"رپورٹ", "دبئی اور قطر میں نوکری کا کہا، دو لاکھ مانگے", "بس"}, []string{"، قطر"}, []string{", قطر"}},
		{[]string{"report karni hai", "malaysia ki job ke liye 2.5 lakh mange, 50 hazar jazzcash kar diye", "bas"}, []string{", \u2066Rs 50,000\u2069, JazzCash"}, []string{"،"}},
		{[]string{"report", "job in dubai and qatar, they asked 2 lakh, I paid 50000 by jazzcash", "done"}, []string{", JazzCash"}, []string{"،"}},
	} {
		_, out := typeAs(t, false, c.msgs...)
		for _, w := range c.want {
			require.Contains(t, out, w, c.msgs)
		}
		for _, n := range c.not {
			require.NotContains(t, out, n, c.msgs)
		}
	}
}

// "Delete your data?" is asked as a question in every language; a Latin
// "salam" or "aoa" is answered in Roman Urdu, and an Urdu-script message
// after it settles the script.
func TestExplorerEraseAskedAndLatinGreeting(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, want string }{
		{"mera data delete kr do", "Kya aap apna data mitana chahte hain?"},
		{"میرا ڈیٹا ڈیلیٹ کر دیں", "کیا آپ اپنا ڈیٹا مٹانا چاہتے ہیں؟"},
		{"delete my data", "Do you want your data deleted?"},
	} {
		_, out := typeAs(t, false, c.text)
		require.True(t, strings.HasPrefix(out, c.want), out)
	}
	for _, c := range []struct {
		msgs   []string
		locale string
	}{
		{[]string{"salam"}, "ur-Latn"},
		{[]string{"aoa"}, "ur-Latn"},
		{[]string{"Assalamualaikum"}, "ur-Latn"},
		{[]string{"aoa", "report"}, "ur-Latn"},
		{[]string{"salam", "مدد"}, "ur"},
		{[]string{"salam", "I want to report a fake agent"}, "en"},
		{[]string{"السلام علیکم"}, "ur"},
	} {
		st, _ := typeAs(t, false, c.msgs...)
		require.Equal(t, c.locale, st.Locale, c.msgs)
	}
}

// A report's closing advice fits the person: one who already paid or was
// taken abroad is told to keep the evidence, not to check a licence before
// paying; one who has not paid is told to check it.
func TestExplorerClosingAdviceFitsThePerson(t *testing.T) {
	t.Parallel()
	paid := map[string][]string{
		"en":      {"report", "agent took 2 lakh by jazzcash for a qatar visa, 0301 2223334, now his phone is off", "done", "yes", "facebook", "Waqas", "no", "yes", "send"},
		"ur-Latn": {"report karni hai", "agent ne qatar visa ke liye 2 lakh jazzcash se le liye, 0301 2223334, ab phone band hai", "bas", "haan", "facebook", "Waqas", "nahi", "haan", "bhej dein"},
		"ur":      {"رپورٹ", "ایجنٹ نے قطر کے ویزے کے لیے دو لاکھ جاز کیش سے لے لیے، 03012223334، اب فون بند ہے", "بس", "جی", "فیس بک", "وقاص", "نہیں", "جی", "بھیج دیں"},
	}
	notPaid := map[string][]string{
		"en":      {"report", "agent wants 2 lakh for a qatar visa, 0301 2223334", "done", "yes", "facebook", "Waqas", "no", "no", "yes", "send"},
		"ur-Latn": {"report karni hai", "agent qatar visa ke liye 2 lakh mang raha hai, 0301 2223334", "bas", "haan", "facebook", "Waqas", "nahi", "nahi", "haan", "bhej dein"},
		"ur":      {"رپورٹ", "ایجنٹ قطر کے ویزے کے لیے دو لاکھ مانگ رہا ہے، 03012223334", "بس", "جی", "فیس بک", "وقاص", "نہیں", "نہیں", "جی", "بھیج دیں"},
	}
	evidence := map[string]string{"en": "Keep every receipt", "ur-Latn": "Har raseed", "ur": "ہر رسید"}
	licence := map[string]string{"en": "Before paying anyone", "ur-Latn": "Kisi ko bhi paise dene se pehle", "ur": "کسی کو بھی پیسے دینے سے پہلے"}
	for l, msgs := range paid {
		_, out := typeAs(t, false, msgs...)
		require.Contains(t, out, evidence[l], l)
		require.NotContains(t, out, licence[l], l)
	}
	for l, msgs := range notPaid {
		_, out := typeAs(t, false, msgs...)
		require.Contains(t, out, licence[l], l)
		require.NotContains(t, out, evidence[l], l)
	}
}

// On SMS nothing says "press" (a text message has no button) nor asks for
// screenshots or voice notes; where the offer was seen, named in words
// that are "somewhere else" ("insta pe dekha tha"), is kept in words.
func TestExplorerSMSWordingAndSeenInWords(t *testing.T) {
	t.Parallel()
	for _, msgs := range [][]string{
		{"report", "Job in Canada farm, pay 15 lakh, call 0345-1239876", "done", "yes", "fb", "Khan"},
		{"report karni hai", "canada farm job 15 lakh mang rahe, 0345-1239876", "bas", "haan", "fb", "Khan"},
		{"رپورٹ", "کینیڈا میں فارم کی نوکری، پندرہ لاکھ مانگ رہے ہیں، 03451239876", "بس", "جی", "فیس بک", "خان"},
	} {
		_, out := typeAs(t, true, msgs...)
		for _, w := range []string{"press", "Press", "dabayein", "دبائیں", "screenshot", "voice note", "اسکرین شاٹ", "وائس نوٹ"} {
			require.NotContains(t, out, w, msgs)
		}
	}
	for _, c := range []struct{ start, seen string }{
		{"report", "saw it on insta"},
		{"report karni hai", "insta pe dekha tha"},
		{"رپورٹ", "انسٹاگرام پر دیکھا تھا"},
	} {
		st, _ := typeAs(t, false, c.start, "Agent Saleem wants 3 lakh for Qatar driver job, 0300-4445556", "done", "yes", c.seen)
		require.Equal(t, "other", st.Draft.Answers["seen"], c.seen)
		require.Contains(t, st.Draft.Texts, c.seen)
	}
}

// "country is Kuwait" in a few words typed at a later question corrects
// the country, as "ملک غلط ہے، قطر تھا" does; the question is asked again.
func TestExplorerCountryNamedAtAnotherQuestion(t *testing.T) {
	t.Parallel()
	kuwait := map[string]string{"en": "Kuwait", "ur": "کویت", "ur-Latn": "Kuwait"}
	for _, c := range []struct{ lang, text string }{
		{"en", "country is Kuwait"},
		{"en", "the country is kuwait"},
		{"ur", "ملک صرف کویت ہے"},
		{"ur", "ملک کویت ہے"},
		{"ur-Latn", "mulk kuwait hai"},
		{"ur-Latn", "country kuwait he"},
	} {
		for _, node := range []string{flows.NodeReportSeen, flows.NodeReportConsent} {
			st := flows.AtQuestion(node, c.lang)
			st.Draft.Answers["country"] = "Saudi Arabia"
			res := realEngine().Step(st, flows.Input{Text: c.text, MessageID: 90}, t0)
			require.Equal(t, kuwait[c.lang], res.State.Draft.Answers["country"], c.text)
			require.Equal(t, node, res.State.Node, c.text)
		}
	}
}
