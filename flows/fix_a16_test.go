package flows_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Found in answers15/16: a question at the erase question that opens with
// a question word erases nothing, however it goes on ("what exactly gets
// deleted?": "exactly" is no yes), and is told what is erased and what is
// kept; the writer's own town beside a relative abroad is not where the
// relative is; calls that would cause trouble, or a phone that is with
// them by day, make contact discreet; "only on WhatsApp" is a yes to
// being contacted; "can't talk now" skips what is happening.
func TestA16Readings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"erase", "en", "what exactly gets deleted?", `{"answer":"aside"}`},
		{"erase", "ur-Latn", "kya bilkul sab delete ho jayega?", `{"answer":"aside"}`},
		{"erase", "ur", "کیا بالکل سب کچھ ڈیلیٹ ہو جائے گا؟", `{"answer":"aside"}`},
		{"erase", "en", "yes exactly, delete it", `{"answer":"yes"}`},
		{"erase", "ur-Latn", "haan delete kar do", `{"answer":"yes"}`},
		{"help_where", "en", "my son is in Libya, in a house near Tripoli. we are in Gujrat", `{"answer":"abroad","countries":["LY"]}`},
		{"help_where", "ur-Latn", "beta Libya me hai, ham Gujrat me hain", `{"answer":"abroad","countries":["LY"]}`},
		{"help_where", "ur", "بیٹا لیبیا میں ہے، ہم گجرات میں ہیں", `{"answer":"abroad","countries":["LY"]}`},
		{"help_where", "en", "I am in Lahore", `{"answer":"pakistan"}`},
		{"help_contact", "ur-Latn", "call ki to masla ho jayega, msg kro bs", `{"answer":"discreet"}`},
		{"help_contact", "ur-Latn", "sirf raat 11 ke baad msg, din me phone unke pas hota hai", `{"answer":"discreet"}`},
		{"help_contact", "ur", "کال کی تو مسئلہ ہو جائے گا، صرف میسج کریں", `{"answer":"discreet"}`},
		{"help_contact", "en", "if you call there will be trouble, text only", `{"answer":"discreet"}`},
		{"report_consent", "en", "only on whatsapp, not a normal call", `{"answer":"yes"}`},
		{"report_consent", "ur-Latn", "sirf whatsapp pe msg kar lein", `{"answer":"yes"}`},
		{"help_what", "en", "cant talk now", `{"answer":"skip"}`},
		{"help_what", "ur-Latn", "abhi baat nahi kar sakta", `{"answer":"skip"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}

// Found in C39: "the page calls the company X" names X; "no company" names
// no one ("no company, … his name is Adeel from 'protector office'"); an
// account's handle before a man's name is where he posts, the man
// recruits; "can i get my 35k back??" at "how much did they ask?" is a
// question, not the sum; a bare number of lakhs paid ("yes all 3.2") is
// read in the unit the sum asked was told in; "3 lakh 20 with the
// medical" is 3,20,000.
func TestC39Readings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"report_recruiter", "en", "the page calls the company Al Rayyan Manpower Qatar, a guy Faisal does all the chatting", `{"answer":"text","value":"Al Rayyan Manpower Qatar"}`},
		{"report_recruiter", "en", "they call the company Gulf Star Manpower", `{"answer":"text","value":"Gulf Star Manpower"}`},
		{"report_recruiter", "en", "no company, the whatsapp guy said his name is Adeel from 'protector office'", `{"answer":"text","value":"Adeel"}`},
		{"report_recruiter", "ur", "کوئی کمپنی نہیں، اس کا نام عدیل ہے", `{"answer":"text","value":"عدیل"}`},
		{"report_recruiter", "ur-Latn", "tiktok id @saudi_jobs_official_pk, naam Qari Usman batata h", `{"answer":"text","value":"Qari Usman"}`},
		{"report_money", "en", "can i get my 35k back??", `{"answer":"aside"}`},
		{"report_money", "ur-Latn", "mere 50 hazar wapis milenge?", `{"answer":"aside"}`},
		{"report_money", "ur", "کیا میرے پچاس ہزار واپس ملیں گے؟", `{"answer":"aside"}`},
		{"report_money", "en", "they asked 2 lakh, can I get it back?", `{"answer":"amount","amount":{"value":200000,"currency":"PKR"}}`},
		{"report_money", "en", "3 lakh. no wait it was 3 lakh 20 with the medical", `{"answer":"amount","amount":{"value":320000,"currency":"PKR"}}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
	for _, c := range []struct{ locale, text, want string }{
		{"en", "yes all 3.2", "Rs 3,20,000"},
		{"ur-Latn", "ji 2.5 diye", "Rs 2,50,000"},
		{"ur", "جی ۳ دیے", "Rs 3,00,000"},
	} {
		s := flows.AtQuestion(flows.NodeReportPaid, c.locale)
		s.Draft.Answers["money_asked"] = "Rs 3,20,000"
		res := e.Step(s, flows.Input{Text: c.text, MessageID: 9, Reference: "HSY-A16PAY"}, t0)
		require.Equal(t, c.want, res.State.Draft.Answers["paid_amount"], "%s: %q", c.locale, c.text)
	}
}

// A whole account of an agent at home, the money paid him and the
// passport he keeps, with no one abroad or in danger, is his report
// (C40-002); "mera passport agent ke paas hai 8 mahine se" alone is a
// plea for help (C31-032).
func TestC40PassportAtHomeIsAReport(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"menu", "en", "I am writing for my younger brother, we are from Gujranwala. An agent named Imran Butt who runs Butt Travels & Tours near Sheranwala Bagh promised him a driver job in Riyadh with 1800 riyal salary, he took 6 lakh 50 thousand from us in cash in three instalments and also kept his original passport, that was in March. Since then every week a new excuse, now his phone is off", `{"answer":"intent","intent":"report"}`},
		{"menu", "ur-Latn", "aoa mai Sialkot se hu Daska road pe ek agent hai Haji Nawaz uski company Al Madina Overseas hai usne Malaysia me factory job ka bola tha 1500 ringgit salary aur 3.5 lakh mange maine 2 lakh de diye 6 mahine pehle passport bhi usi ke paas hai ab jao to office band hota hai", `{"answer":"intent","intent":"report"}`},
		{"menu", "ur", "گوجرانوالہ کے ایک ایجنٹ عمران بٹ نے، جس کی بٹ ٹریولز کے نام سے دکان ہے، میرے بھائی کو ریاض میں ڈرائیور کی نوکری کا کہہ کر ساڑھے چھ لاکھ روپے نقد لیے اور اس کا اصل پاسپورٹ بھی اپنے پاس رکھ لیا۔ مارچ سے ہر ہفتے نیا بہانہ، اب فون بند ہے اور دکان بھی بند ملی", `{"answer":"intent","intent":"report"}`},
		{"menu", "ur-Latn", "AoA. mera passport agent ke paas hai 8 mahine se, qatar bhejne ka bola tha. ab na passport deta hai na paise", `{"answer":"intent","intent":"help"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}

// One back home safe who asks for the agent's report is taken to the
// report, even when the account names the passport taken there and "the
// embassy's help" (C40-003); "with the help of" is no plea.
func TestC40BackHomeAsksReport(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"menu", "ur", "میں پچھلے مہینے میانمار سے واپس آیا ہوں۔ کراچی کے ایک ایجنٹ نے تھائی لینڈ میں کمپیوٹر آپریٹر کی نوکری کا کہہ کر بھیجا تھا، پاسپورٹ لے لیا اور آن لائن فراڈ کا کام کرواتے تھے۔ اللہ کا شکر ہے ایمبیسی کی مدد سے واپس آ گیا ہوں، گھر پر ہوں۔ اب اس ایجنٹ کی رپورٹ کرنی ہے", `{"answer":"intent","intent":"report"}`},
		{"menu", "en", "I came back from Myanmar last month with the help of the embassy, thank God I am home. The agent in Karachi took my passport there and they made us do online fraud. I want to report this agent", `{"answer":"intent","intent":"report"}`},
		{"menu", "ur-Latn", "main Cambodia se embassy ki madad se wapis aa gaya hun, ghar pe hun. wahan passport le liya tha. ab us agent ki report karni hai", `{"answer":"intent","intent":"report"}`},
		{"menu", "ur-Latn", "mera bhai abhi Myanmar me hai, passport le liya hai, madad karo", `{"answer":"intent","intent":"help"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}

// A charge a recruiter took, asked about ("… charging 3.2 lakh, no
// receipt. is that legal?"), is a complaint: the red flag is said, then the
// report (C40-012); "is this agent real?" stays a check. "X urf Y" is
// kept whole, as a charge sheet writes it (C38-003, C40-023, A3-0258).
func TestC40LawQuestionAndUrf(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"menu", "en", "licensed promoter in lahore charging 3.2 lakh for UAE warehouse job, no receipt. is that legal?", `{"answer":"intent","intent":"report"}`},
		{"menu", "ur-Latn", "licensed OEP 3 lakh le raha hai saudi ke liye, kya ye jaiz hai?", `{"answer":"intent","intent":"report"}`},
		{"menu", "ur", "لائسنس یافتہ پروموٹر سعودیہ کے لیے ساڑھے تین لاکھ مانگ رہا ہے، کیا یہ قانونی ہے؟", `{"answer":"intent","intent":"report"}`},
		{"menu", "en", "is this agent real? he wants 2 lakh", `{"answer":"intent","intent":"verify"}`},
		{"report_recruiter", "ur-Latn", "Shafqat urf Shaffi, Jalalpur Jattan wala", `{"answer":"text","value":"Shafqat urf Shaffi"}`},
		{"report_recruiter", "ur", "اس کا نام اصغر عرف اچھو ہے، کوئی دفتر نہیں", `{"answer":"text","value":"اصغر عرف اچھو"}`},
		{"report_recruiter", "en", "Bilal Khan alias Billu", `{"answer":"text","value":"Bilal Khan alias Billu"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
	r := e.Step(flows.State{}, flows.Input{Text: "licensed promoter in lahore charging 3.2 lakh for UAE warehouse job, no receipt. is that legal?", MessageID: 1, Reference: "HSY-C40LAW"}, t0)
	require.Contains(t, joinReplies(r), texts.T("en", "verify_fee_warning", map[string]any{"Amount": "\u2066Rs 3,20,000\u2069"}))
}

// Found in answers17: "baad me" (later) at a name question gives no name;
// "abhi nai, baad me dunga" at a number skips it, while "1 lakh baad me"
// at "paid?" is still a sum paid; a question at the erase question that
// opens with a question word answers nothing, whatever "later" it holds;
// "kr do jaldi" erases; "subah 9 se pehle mat krna, duty pe hota hun" asks
// for care, not for no contact.
func TestA17Readings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"report_recruiter", "ur-Latn", "baad me", `{"answer":"skip"}`},
		{"report_recruiter", "en", "later", `{"answer":"skip"}`},
		{"help_number", "ur-Latn", "abhi nai, baad me dunga", `{"answer":"skip"}`},
		{"help_number", "en", "not now, later i will send", `{"answer":"skip"}`},
		{"erase", "ur", "کیا یہ بعد میں واپس آ سکتا ہے؟", `{"answer":"aside"}`},
		{"erase", "ur-Latn", "kya ye baad me wapis aa sakta hai?", `{"answer":"aside"}`},
		{"erase", "ur-Latn", "kr do jaldi, koi dekh lega", `{"answer":"yes"}`},
		{"erase", "ur-Latn", "nahi abhi nahi, baad me", `{"answer":"no"}`},
		{"help_contact", "ur-Latn", "subah 9 se pehle mat krna, duty pe hota hun, phr jab mrzi msg kro", `{"answer":"discreet"}`},
		{"help_contact", "en", "dont contact me", `{"answer":"none"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
	s := flows.AtQuestion(flows.NodeReportPaid, "ur-Latn")
	res := e.Step(s, flows.Input{Text: "g 1.5 lac de chuka 50 hazar pehle 1 lakh baad me", MessageID: 9, Reference: "HSY-A17PAY"}, t0)
	require.Equal(t, "Rs 1,50,000", res.State.Draft.Answers["paid_amount"])
}

// Found in C41: a sum said again after a correction, with a later sum
// that makes the difference, is the sum ("yes 5 lakh.. no wait, 6 lakh. my
// father gave him 1 lakh extra"); the way of paying said right after a
// correction wins over one a later clause mentions; an in-law family that
// must not know makes contact discreet; "no name" beside a site's address
// names the site; a consent that hesitates and then says yes is yes.
func TestC41Readings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"report_paid", "en", "yes 5 lakh.. no wait, 6 lakh. my father gave him 1 lakh extra for documents, i just found out today", `{"answer":"yes","amount":{"value":600000,"currency":"PKR"}}`},
		{"report_paid", "ur", "جی ۲۵ ہزار... نہیں معاف کریں ۳۰ ہزار، ۵ ہزار بعد میں فائل چارج کے نام پر بھی دیے تھے", `{"answer":"yes","amount":{"value":30000,"currency":"PKR"}}`},
		{"report_paid", "ur-Latn", "ji 2 lakh... nahi sorry 2.5 lakh, 50 hazar baad me medical ka bhi diya", `{"answer":"yes","amount":{"value":250000,"currency":"PKR"}}`},
		{"help_contact", "ur", "صرف میسج کریں، سسرال والوں کو نہیں پتہ کہ میں نے یہاں لکھا ہے", `{"answer":"discreet"}`},
		{"help_contact", "ur-Latn", "sirf msg krna, susral walon ko nahi pata", `{"answer":"discreet"}`},
		{"help_contact", "en", "only text please, my inlaws dont know i wrote here", `{"answer":"discreet"}`},
		{"report_recruiter", "en", "No name, it just pretends to be OEC. the site is oec-gov-pk.online", `{"answer":"text","value":"oec-gov-pk.online"}`},
		{"report_recruiter", "ur-Latn", "naam nahi pata, site ye thi www.saudi-jobs-pk.com/apply", `{"answer":"text","value":"saudi-jobs-pk.com"}`},
		{"report_consent", "ur-Latn", "mera naam na aaye gaon me pata chal gaya to masla hoga... haan rabta kar lo lekin chupke se", `{"answer":"yes"}`},
		{"report_consent", "ur-Latn", "haan... nahi rehne do, rabta mat karna", `{"answer":"no"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
	for _, c := range []struct{ locale, text, want string }{
		{"ur", "آدھے نقد آدھے جاز کیش... نہیں سارے نقد تھے، جاز کیش والا دوسرا بندہ تھا", "cash"},
		{"en", "half cash half jazzcash... no, all cash, the jazzcash one was someone else", "cash"},
		{"ur-Latn", "ek dafa jazzcash se bhi... nahi nahi wo bhi easypaisa tha, sab easypaisa", "easypaisa"},
	} {
		s := flows.AtQuestion(flows.NodeReportPaidHow, c.locale)
		s.Draft.Answers["paid"] = "yes"
		res := e.Step(s, flows.Input{Text: c.text, MessageID: 9, Reference: "HSY-C41HOW"}, t0)
		require.Equal(t, c.want, res.State.Draft.Answers["paid_how"], "%s: %q", c.locale, c.text)
	}
}

// A yes to "delete your data?" said beside a danger ("ghar walon ko pata
// chala to maar denge mujhe, sab mita do", A18-0356) gets the emergency
// numbers and the erasing asked for, not the help flow instead: the
// erasing may be what keeps them safe.
func TestA18EraseBesideADanger(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for locale, text := range map[string]string{
		"ur-Latn": "ghar walon ko pata chala to maar denge mujhe, sab mita do",
		"en":      "if my husband sees this he will beat me, delete everything",
		"ur":      "گھر والوں کو پتہ چلا تو مار دیں گے، سب مٹا دیں",
	} {
		res := e.Step(flows.AtQuestion(flows.NodeErase, locale), flows.Input{Text: text, MessageID: 9, Reference: "HSY-A18ERS"}, t0)
		erased := false
		for _, ef := range res.Effects {
			erased = erased || ef.Kind == flows.EffectErase
		}
		require.True(t, erased, "%s: %q", locale, text)
		require.Contains(t, joinReplies(res), "1122", "%s: the emergency numbers are said", locale)
	}
}

// "officer call kr sakta h, yes likh do" at the summary asks to change the
// consent, not to send the report as it stands (A18-0219: it was sent
// with consent no).
func TestA18SummaryConsentChanged(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ lang, text string }{
		{"ur-Latn", "officer call kr sakta h, yes likh do"},
		{"en", "the officer can call me, make it yes"},
		{"ur", "افسر کال کر سکتا ہے، ہاں لکھ دیں"},
	} {
		readsAsJSON(t, e, "report_summary", c.lang, c.text, `{"answer":"fix","field":"consent"}`)
	}
	readsAsJSON(t, e, "report_summary", "ur-Latn", "theek hai bhej do", `{"answer":"confirm"}`)
}

// Found in C42: a whole account of money lost, safe, closed by "plz help"
// is the agent's report (C42-001), where "I need some help" first asks for
// help (C-010); the agent's threats over the money he took, at home, are
// his report (C42-025); the agent's details typed in answer to "do you know
// their name?" are no advert shared (C42-009 went to a report).
func TestC42Routing(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"menu", "en", "salam, me and my cousin saw a post on facebook for warehouse jobs in Poland thru EuroLink Manpower, a guy Adeel Butt said work permit will come in 3 months, we sent him 1.2 lakh each on jazzcash and now his number is off and the page blocked us both. plz help", `{"answer":"intent","intent":"report"}`},
		{"menu", "ur-Latn", "salam, facebook pe Poland ki warehouse job ka post dekha, EuroLink Manpower ke Adeel Butt ne kaha 3 mahine me work permit, hum ne 1.2 lakh jazzcash kar diye, ab uska number band hai aur page ne block kar diya. plz madad karein", `{"answer":"intent","intent":"report"}`},
		{"menu", "en", "I need some help. An agent in Gujranwala took 4 lakh from me for a job in Romania, and now his office is shut and his phone is off. I am safe, I just want my money back and him caught.", `{"answer":"intent","intent":"help"}`},
		{"menu", "en", "Salam, agent in Swat took 6 lakh for saudi driver visa. when i asked refund he said he will put fake case on my brother, and his men came to our house last night and threatened my father", `{"answer":"intent","intent":"report"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
	st, _ := typeAs(t, false, "ye number check kr do plz 0315-2290471. banda keh rha he OEC se hun, Korea k liye EPS job, 85 hazar maang rha",
		"naam Raheel Khan btaya, 'OEC Korea desk' se. licence koi nai diya. msg me likha tha 'Rs. 85,000/- processing fee' easypaisa pe")
	require.Equal(t, flows.NodeMenu, st.Node, "the check went to OEC")
}

// Found in answers16-19: money asked "or they will not release him" is one
// held (locked_in); "warna kafeel dekh lega" asks for care; "اس سوال کو
// چھوڑیں" skips; "dont know his name, only talked on whatsapp" gives no
// name.
func TestA19Readings(t *testing.T) {
	t.Parallel()
	e := realEngine()
	for _, c := range []struct{ q, lang, text, want string }{
		{"help_what", "en", "they are asking 10 lakh from my family or they will not release him", `{"answer":"locked_in"}`},
		{"help_what", "ur-Latn", "10 lakh mang rahe hain warna nahi chhorenge", `{"answer":"locked_in"}`},
		{"help_contact", "ur-Latn", "jab online hun tab hi msg, warna kafeel dekh lega", `{"answer":"discreet"}`},
		{"help_contact", "ur", "صرف میسج کریں ورنہ کفیل دیکھ لے گا", `{"answer":"discreet"}`},
		{"report_docs", "ur", "اس سوال کو چھوڑیں", `{"answer":"skip"}`},
		{"report_docs", "ur-Latn", "is sawal ko chhor dein", `{"answer":"skip"}`},
		{"report_recruiter", "en", "dont know his name, only talked on whatsapp", `{"answer":"unknown"}`},
		{"report_recruiter", "en", "dont know, he only said call me sir", `{"answer":"unknown"}`},
		{"report_recruiter", "en", "Rana Imtiaz", `{"answer":"text","value":"Rana Imtiaz"}`},
	} {
		readsAsJSON(t, e, c.q, c.lang, c.text, c.want)
	}
}
