package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Round C16: answers and openings read with the real triage, each family in
// three languages with neighbours that must not change.

// kindAfter plays messages from a new conversation and returns the kind of
// flow they lead to.
func kindAfter(t *testing.T, texts ...string) string {
	t.Helper()
	e := realEngine()
	var s flows.State
	var kind string
	for i, text := range texts {
		r := e.Step(s, flows.Input{Text: text, MessageID: int64(i + 1), Reference: "HSY-TYPED6"}, t0)
		s = r.State
		kind = s.Node
		if s.Draft != nil && s.Draft.Kind != "" {
			kind = s.Draft.Kind
		}
		for _, ef := range r.Effects {
			if ef.Report != nil {
				kind = ef.Report.Kind
			}
		}
	}
	return kind
}

// A firm called registered by a person who tells what it does ("ek
// registered OEP hai, 4 lakh maang rahe, receipt sirf 50 hazar ki dete",
// C16-029) is the firm they dealt with, told, as "licensed" is: a report;
// whether it is registered asked is a check.
func TestRound16RegisteredFirmTold(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, kind string }{
		{"bhai ek registered OEP hai, saudi k liye 4 lakh maang rahe, receipt sirf 50 hazar ki dete", flows.KindReport},
		{"ek registered oep hai peshawar me, qatar ka visa 5 lakh ka de rahe aur receipt 1 lakh ki dete hain", flows.KindReport},
		{"registered agency hai lekin 3 lakh cash mang rahi hai aur receipt nahi de rahi, saudi ka visa hai", flows.KindReport},
		{"a registered OEP in Rawalpindi is charging 4 lakh for a Saudi visa and gives a receipt for only 50,000", flows.KindReport},
		{"the registered promoter took 2 lakh from me in cash and gave no receipt for the Dubai job", flows.KindReport},
		{"ایک رجسٹرڈ او ای پی ہے، سعودی کے لیے چار لاکھ مانگ رہے ہیں اور رسید صرف پچاس ہزار کی دیتے ہیں", flows.KindReport},
		{"رجسٹرڈ کمپنی ہے لیکن تین لاکھ نقد مانگ رہی ہے اور کوئی رسید نہیں دے رہی، قطر کا ویزا", flows.KindReport},
		// neighbours: asked whether it is registered
		{"ye company registered hai?", flows.KindVerify},
		{"is this agency registered", flows.KindVerify},
		{"کیا یہ کمپنی رجسٹرڈ ہے؟", flows.KindVerify},
	} {
		require.Equal(t, c.kind, kindAfter(t, c.text), c.text)
	}
}

// An account begun as a report about an agent that turns into a person's
// own plight ("an agent has kept my passport", then "now that I refused
// he threatens me", C16-020) becomes a plea for help; an agent's report
// that goes on about the offer stays a report.
func TestRound16OfferTurnsPlea(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		texts []string
		kind  string
	}{
		{[]string{"میں لاہور میں ہوں، ایک ایجنٹ نے میرا پاسپورٹ رکھ لیا ہے", "کہتا تھا دبئی کے سیلون میں کام ہے، اب میں نے انکار کیا تو دھمکیاں دے رہا ہے"}, flows.KindHelp},
		{[]string{"ایجنٹ نے میرا پاسپورٹ رکھ لیا ہے", "اب جانے سے انکار کیا تو جان سے مارنے کی دھمکی دے رہا ہے"}, flows.KindHelp},
		{[]string{"agent ne visa ke liye mera passport rakh liya hai", "ab mana kiya to dhamkiyan de raha hai ke ghar walon ko tasveeren bhej dega"}, flows.KindHelp},
		{[]string{"mere pasport agent k pas hain dubai ka visa lgwana tha", "ab mna kia to dhmki deta hy k maar dunga"}, flows.KindHelp},
		{[]string{"an agent in Lahore kept my passport for a Dubai visa", "now that I refused to go he is threatening me and my family"}, flows.KindHelp},
		{[]string{"an agent in Lahore kept my passport for a Dubai visa", "I said no and now he threatens to send my photos to my family"}, flows.KindHelp},
		// neighbours: the offer told further, asked to report
		{[]string{"ایجنٹ نے میرا پاسپورٹ رکھ لیا ہے", "کہتا ہے دبئی میں ڈرائیور کی نوکری ہے، دو لاکھ مانگ رہا ہے"}, flows.KindReport},
		{[]string{"agent ne visa ke liye mera passport rakh liya hai", "kehta hai saudi ka visa 3 lakh ka hai, abhi tak nahi diya"}, flows.KindReport},
		{[]string{"an agent in Lahore kept my passport for a Dubai visa", "he says he will give it back when I pay 50,000 more"}, flows.KindReport},
		{[]string{"I want to report an agent who kept my passport", "now he threatens me"}, flows.KindReport},
	} {
		require.Equal(t, c.kind, kindAfter(t, c.texts...), "%q", c.texts)
	}
}

// Nobody at home knowing ("گھر میں کسی کو نہیں پتا", "ghar walon ko nahi
// pata", "nobody at home knows", C16-020) asks for care, even beside
// "only here", and when told before "here"; a plain "message here" stays
// here, and so does "only here" with the reason a call is unsafe (C14-007,
// C15-021), and "here" chosen first with that reason after it.
func TestRound16NobodyAtHomeKnows(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur", "صرف یہاں میسج کریں، کال نہیں، گھر میں کسی کو نہیں پتا", "discreet"},
		{"ur", "گھر والوں کو نہیں پتا، یہیں میسج کریں", "discreet"},
		{"ur", "گھر میں کسی کو معلوم نہیں", "discreet"},
		{"ur-Latn", "sirf yahan msg karein, ghar me kisi ko nahi pata", "discreet"},
		{"ur-Latn", "ghar walon ko nai pta, isi chat pe", "discreet"},
		{"ur-Latn", "ghar mein kisi ko maloom nahi", "discreet"},
		{"en", "only message here, nobody at home knows", "discreet"},
		// here chosen first, then why: here, as thirty-four conversations'
		// writers have it ("Here in this chat please, my parents don't know
		// yet", C184-004; "یہیں ٹیلیگرام پر۔ سسرال والوں کو نہیں پتا",
		// C376-020; forty-first session); the care told first, or "only
		// here", stays care (above)
		{"en", "text me here, my family doesn't know", "here"},
		// neighbours: here, plainly; a call asked for
		{"ur", "یہیں میسج کریں", "here"},
		{"ur-Latn", "isi chat pe", "here"},
		{"en", "message me here", "here"},
		{"en", "only here. dont call they check the phone", "here"},
		{"ur", "صرف یہیں پیغام کریں، فون باجی کے سامنے نہیں اٹھا سکتی", "here"},
	} {
		a := answers(at(t, flows.NodeHelpContact, c.locale, c.text))
		require.Equal(t, c.want, a["contact"], "%s: %q", c.locale, c.text)
	}
}

// A title's dot ("Ch. Travels", "Sh. Rasheed", "Engr. Tariq") is no end of
// a clause: the name keeps it whole (C16-028 read "Ch, Travels"); a town in
// Pakistan after the firm's trade word is its address ("سومرو ٹریولز
// سکھر", C16-015). The owner named after the firm is kept beside it
// (round 18: the recruiter is the name given first).
func TestRound16TitleDotInAName(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want, also string }{
		{"ur-Latn", "Ch. Travels, owner Naveed Cheema", "Ch. Travels", "Naveed Cheema"},
		{"ur-Latn", "Ch. Travels", "Ch. Travels", ""},
		{"ur-Latn", "ch. nadeem travels wala", "ch. nadeem travels", ""},
		{"en", "Ch. Travels Sialkot", "Ch. Travels", ""},
		{"en", "Sh. Rasheed Overseas", "Sh. Rasheed Overseas", ""},
		{"en", "his name is Ch. Naveed", "Ch. Naveed", ""},
		{"en", "Engr. Tariq Mehmood, Euro Gate Consultants", "Euro Gate Consultants", "Engr. Tariq Mehmood"},
		{"ur-Latn", "uska naam Ch. Aslam hai", "Ch. Aslam", ""},
		{"ur", "سومرو ٹریولز سکھر", "سومرو ٹریولز", ""},
		{"ur", "چیمہ ٹریولز سیالکوٹ", "چیمہ ٹریولز", ""},
		{"ur-Latn", "soomro travels sukkur", "soomro travels", ""},
		// neighbours: a sentence that ends with a dot
		{"en", "Naveed Cheema. He has a shop in Sialkot", "Naveed Cheema", ""},
		{"en", "Al Noor Travels. owner Sohail Rana", "Al Noor Travels", "Sohail Rana"},
	} {
		a := answers(at(t, flows.NodeReportRecruiter, c.locale, c.text))
		require.Equal(t, c.want, a["recruiter"], "%s: %q", c.locale, c.text)
		require.Equal(t, c.also, a[flows.SlotRecruiterAlso], "%s: %q: also named", c.locale, c.text)
	}
}

// Countries in the spellings people type ("urdan", "jordon", "labnan")
// are read, and a place abroad answers where the person is; "bahr" is
// abroad (C16-032).
func TestRound16CountrySpellings(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, where, place string }{
		{"ur-Latn", "urdan", "abroad", "Jordan"},
		{"ur-Latn", "urdan me hy", "abroad", "Jordan"},
		{"ur-Latn", "urdun amman", "abroad", "Jordan"},
		{"en", "jordon", "abroad", "Jordan"},
		{"ur", "اردن میں ہے", "abroad", "اردن"},
		{"ur-Latn", "labnan me", "abroad", "Lebanon"},
		{"ur-Latn", "bahr", "abroad", ""},
		{"ur-Latn", "baher mulk", "abroad", ""},
		// neighbours: Pakistan
		{"ur-Latn", "pakistan me", "pakistan", ""},
		{"ur-Latn", "yahin lahore me", "pakistan", ""},
	} {
		a := answers(at(t, flows.NodeHelpWhere, c.locale, c.text))
		require.Equal(t, c.where, a["where"], "%s: %q", c.locale, c.text)
		if c.place != "" {
			require.Contains(t, a["place"], c.place, "%s: %q", c.locale, c.text)
		}
	}
}

// What happens if the worker refuses, said in the first person ("na karun
// to maarne ki dhamki deta", "نہ کروں تو مارنے کی دھمکی", C16-031), is the
// threat that keeps them at work: forced work, as "mana karo to marte hain"
// is; a beating told as what happens stays violence.
func TestRound16IfIRefuseIsTheThreat(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, want string }{
		{"ur-Latn", "roz 16 ghante kaam, na karun to maarne ki dhamki deta, iqama bhi expire kar diya", "forced_work"},
		{"ur-Latn", "16 ghante kaam karwata hai, kaam na karun to maarne ki dhamki", "forced_work"},
		{"ur-Latn", "14 ghante kaam krwata hy, na krun to dhamki deta hy", "forced_work"},
		{"ur", "روز سولہ گھنٹے کام، نہ کروں تو مارنے کی دھمکی دیتا ہے", "forced_work"},
		{"ur", "سولہ گھنٹے کام کرواتا ہے، انکار کروں تو مارتا ہے", "forced_work"},
		{"en", "I work 16 hours a day, if I refuse he threatens to beat me", "forced_work"},
		{"en", "16 hours work daily, if I say no he threatens me", "forced_work"},
		// neighbours: violence told as what happens
		{"ur", "وہ مجھے مارتا ہے", "violence"},
		{"ur-Latn", "kafeel roz maarta hai", "violence"},
		{"en", "he beats me every day", "violence"},
	} {
		a := answers(at(t, flows.NodeHelpWhat, c.locale, c.text))
		require.Equal(t, c.want, a["situation"], "%s: %q", c.locale, c.text)
	}
}

// Someone of the writer's own who is yet to go the smugglers' way ("میرا
// بیٹا یونان جانے کی ضد کر رہا ہے، ایجنٹ … لے جائے گا اگلے مہینے",
// C15-014) is not on the road: the agent's report; one on it now needs
// help. A smuggler who sends boys by boat, told by a sister who wants to
// report him (C14-016), is no one at sea.
func TestRound16JourneyAhead(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, kind string }{
		{"میرا بیٹا یونان جانے کی ضد کر رہا ہے، ایجنٹ ایران ترکی کے راستے لے جائے گا اگلے مہینے۔ بارہ لاکھ مانگے ہیں", flows.KindReport},
		{"میرا بھائی ڈنکی سے اٹلی جانا چاہتا ہے، ایجنٹ پندرہ لاکھ مانگ رہا ہے", flows.KindReport},
		{"mera beta greece jane ki zid kar raha hai, agent iran turkey ke raste agle mahine le jayega, 12 lakh mange hain", flows.KindReport},
		{"mera bhai dunki se italy jana chahta hai agent 15 lakh mang raha hai", flows.KindReport},
		{"my son insists on going to Greece through Iran and Turkey, the agent will take him next month for 12 lakh", flows.KindReport},
		{"my brother wants to go to Italy by dunki, the agent is asking 15 lakh", flows.KindReport},
		{"میں تربت سے لکھ رہی ہوں۔ یہاں ناخدا سلیم نام کا ایک آدمی لڑکوں کو کشتی میں عمان بھیجتا ہے، دو لاکھ فی بندہ لیتا ہے۔ میرا چھوٹا بھائی بھی جانے کی ضد کر رہا ہے۔ یہ غلط ہے، اس کی اطلاع دینی ہے", flows.KindReport},
		{"gwadar me ek banda larkon ko kashti me oman bhejta hai 2 lakh le kar, iski report karni hai", flows.KindReport},
		// neighbours: on the road now
		{"میرا بیٹا ایران کے راستے جا رہا ہے", flows.KindHelp},
		{"mera beta kashti me hai, oman ja raha tha, engine band ho gaya", flows.KindHelp},
		{"my brother is on a boat to Italy, it is sinking", flows.KindHelp},
	} {
		require.Equal(t, c.kind, kindAfter(t, c.text), c.text)
	}
}

// "What do I do" at the end of a long account of money paid to an agent
// ("… samajh nahi aa raha kya karun", C14-030) leaves the account to say
// what is needed: a report; said alone, or in a short message, it is a
// plea for help.
func TestRound16AtALossAfterAnAccount(t *testing.T) {
	t.Parallel()
	long := map[string]string{
		"ur-Latn": "assalam o alaikum bhai jan main kohat se hoon. hamare ilaqe ka ek banda hai Gul Zaman, wo kehta hai Hungary me work permit lagwata hai, 12 lakh ka kaam hai. maine zameen bech ke 5 lakh usko diye hawala se Peshawar me. 7 mahine ho gaye, kabhi kehta hai embassy band hai kabhi appointment nahi mil rahi, ab kehta hai baqi paise do. samajh nahi aa raha kya karun",
		"ur":      "السلام علیکم میں کوہاٹ سے ہوں۔ ہمارے علاقے کا ایک بندہ گل زمان کہتا ہے ہنگری کا ورک پرمٹ لگواتا ہے، بارہ لاکھ کا کام ہے۔ میں نے زمین بیچ کر پانچ لاکھ اس کو حوالے سے پشاور میں دیے۔ سات مہینے ہو گئے، کبھی کہتا ہے ایمبیسی بند ہے کبھی اپائنٹمنٹ نہیں مل رہی، اب کہتا ہے باقی پیسے دو۔ سمجھ نہیں آ رہا کیا کروں",
		"en":      "Salam, I am from Kohat. A man from our area, Gul Zaman, says he gets work permits for Hungary, 12 lakh in all. I sold a piece of land and paid him 5 lakh through hawala in Peshawar. It has been 7 months, sometimes he says the embassy is closed, sometimes no appointment, now he says pay the rest and it will be quick. I don't know what to do",
	}
	for _, c := range []struct{ text, kind string }{
		{long["ur-Latn"], flows.KindReport},
		{long["ur"], flows.KindReport},
		{long["en"], flows.KindReport},
		{"agent ne 3 lakh le liye saudi ke visa ke liye aur ab phone band hai, 5 mahine ho gaye, ghar wale pooch rahe hain, zameen bech di thi, ab kuch samajh nahi aa raha kya karun, koi rasta batao", flows.KindReport},
		// neighbours: short, or a plea beside it
		{"kya karun?", flows.KindHelp},
		{"what should i do", flows.KindHelp},
		{"کیا کروں، میرا بھائی دبئی میں پھنس گیا ہے", flows.KindHelp},
		{"madad karo, samajh nahi aa raha kya karun, agent ne passport le liya aur ab dubai me kaam nahi de raha, kamre me band rakha hai, khana bhi nahi dete, ghar walon se baat nahi karne dete aur 2 mahine se tankhwah nahi di", flows.KindHelp},
	} {
		require.Equal(t, c.kind, kindAfter(t, c.text), c.text)
	}
}

// Money paid, told while a plea's reading is shown ("تین لاکھ پہلے ہی ایزی
// پیسہ پر بھیج چکے ہیں", C15-019), is kept: the help flow asks no question
// about it. A yes or a no is still the answer to the check.
func TestRound16PaidToldAtTheCheck(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text, paid, amount string }{
		{"ur", "تین لاکھ پہلے ہی ایزی پیسہ پر بھیج چکے ہیں", "yes", "Rs 3,00,000"},
		{"ur", "ہم نے ایجنٹ کو پانچ لاکھ نقد دیے تھے", "yes", "Rs 5,00,000"},
		{"ur-Latn", "3 lakh pehle hi easypaisa pe bhej chuke hain", "yes", "Rs 3,00,000"},
		{"ur-Latn", "agent ko 5 lakh de chuke hain", "yes", "Rs 5,00,000"},
		{"en", "we already sent 3 lakh by easypaisa", "yes", "Rs 3,00,000"},
		{"en", "my mother paid the agent 2 lakh", "yes", "Rs 2,00,000"},
		// neighbours: yes and no answer the check
		{"ur", "جی ہاں", "", ""},
		{"en", "yes", "", ""},
	} {
		e := realEngine()
		r := e.Step(flows.State{}, flows.Input{Text: "my brother is locked in a room in Iran by the agent's men", MessageID: 1, Reference: "HSY-TYPED6"}, t0)
		require.Equal(t, flows.NodeHelpCheck, r.State.Node)
		r.State.Locale = c.locale
		r = e.Step(r.State, flows.Input{Text: c.text, MessageID: 2, Reference: "HSY-TYPED7"}, t0)
		require.NotEqual(t, flows.NodeHelpCheck, r.State.Node, "%s: %q", c.locale, c.text)
		a := r.State.Draft.Answers
		require.Equal(t, c.paid, a["paid"], "%s: %q", c.locale, c.text)
		require.Equal(t, c.amount, a["paid_amount"], "%s: %q", c.locale, c.text)
	}
}

// The bot's closing words for a plea say what the referral says: one who
// says they are safe and names no trouble is passed on as a report, not as
// urgent; trouble named keeps it urgent.
func TestSettledPleaIsToldAsAReport(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		locale, text string
		settled      bool
	}{
		{"en", "the company will not pay for my ticket home as the contract says. I am safe, staying in the hostel", true},
		{"ur-Latn", "company return ticket nahi de rahi jo contract me tha, baqi main theek hoon", true},
		{"ur", "معاہدے میں واپسی کا ٹکٹ کمپنی کے ذمے تھا، اب کہتے ہیں خود خریدو۔ باقی میں خیریت سے ہوں", true},
		{"en", "the company will not pay for my ticket home", false},
		{"ur-Latn", "main theek hoon lekin passport company ke paas hai", false},
		{"ur", "میں خیریت سے ہوں لیکن چار مہینے سے تنخواہ نہیں ملی", false},
	} {
		st := flows.AtQuestion(flows.NodeHelpContact, c.locale)
		st.Draft.Texts = []string{c.text}
		st.Draft.Answers["where"] = "abroad"
		st.Draft.Answers["situation"] = "other"
		res := realEngine().Step(st, flows.Input{Text: "isi chat me", MessageID: 9, Reference: "HSY-SAFE16"}, t0)
		require.True(t, created(res), c.text)
		routine := texts.T(c.locale, "urgency_routine", nil)
		urgent := texts.T(c.locale, "urgency_urgent", nil)
		if c.settled {
			require.Contains(t, joinReplies(res), routine, c.text)
			require.NotContains(t, joinReplies(res), urgent, c.text)
		} else {
			require.Contains(t, joinReplies(res), urgent, c.text)
		}
	}
}
