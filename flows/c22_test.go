package flows_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
)

// Whole conversations of the families C22 missed, in three languages,
// judged as the corpus judges its scripts.
func playScripts(t *testing.T, raw string) {
	t.Helper()
	var scripts []script
	require.NoError(t, json.Unmarshal([]byte(raw), &scripts))
	for _, sc := range scripts {
		p := play(realEngine(), sc)
		require.Empty(t, judge(sc, p), "%s\n%v", sc.ID, p.transcript)
	}
}

// A girl married off by force or for money is a plea for help, trafficking
// and, a minor with the flight at hand, an emergency; what is happening is
// none of the options (the money taken is a bride price) (C22-030).
func TestForcedMarriagePlea(t *testing.T) {
	t.Parallel()
	playScripts(t, `[
{"id": "fm-ur-Latn", "lang": "ur-Latn", "channel": "whatsapp", "opening": ["bhai jaldi madad kro meri bhateeji 15 saal ki h uski shadi ek chinese se krwa rahe hain paise le k, parson flight h"],
 "answers": {"help_where": ["pakistan me, faisalabad"], "help_place": ["faisalabad"], "help_whom": ["meri bhateeji"],
  "help_what": ["uske abbu ne rishte wale se 4 lakh liye hain, zabardasti shadi kr rahe hain"], "help_contact": ["sirf msg krna"], "help_number": ["03001234567"]},
 "asides": [], "expect": {"kind": "help", "case_type": "trafficking", "urgency": "emergency", "facts": {"where": "pakistan", "whom": "other", "situation": "other"}}},
{"id": "fm-en", "lang": "en", "channel": "webchat", "opening": ["please help, my 16 year old niece is being married off to a Chinese man for money, her flight is tomorrow night"],
 "answers": {"help_where": ["in pakistan, lahore"], "help_place": ["lahore"], "help_whom": ["my niece"],
  "help_what": ["her father took 5 lakh from the marriage broker and they are forcing her into marriage"], "help_contact": ["message me here"], "help_number": ["03001234567"]},
 "asides": [], "expect": {"kind": "help", "case_type": "trafficking", "urgency": "emergency", "facts": {"where": "pakistan", "whom": "other", "situation": "other"}}},
{"id": "fm-ur", "lang": "ur", "channel": "whatsapp", "opening": ["مدد کریں، میری سولہ سال کی بھانجی کی شادی ایک چینی سے پیسے لے کر کروا رہے ہیں، کل رات کی فلائٹ ہے"],
 "answers": {"help_where": ["پاکستان میں، لاہور"], "help_place": ["لاہور"], "help_whom": ["میری بھانجی"],
  "help_what": ["اس کے باپ نے رشتہ کروانے والے سے پانچ لاکھ لیے ہیں، زبردستی شادی کر رہے ہیں"], "help_contact": ["یہیں میسج کریں"], "help_number": ["03001234567"]},
 "asides": [], "expect": {"kind": "help", "case_type": "trafficking", "urgency": "emergency", "facts": {"where": "pakistan", "whom": "other", "situation": "other"}}}
]`)
}

// A person abroad now whose permit, visa or iqama has expired asks for
// help, even when an agent took money to renew it: a worker in distress,
// urgent; "… me hu bhai" is the writer, "bhai" a way of address (C22-031).
func TestExpiredPermitAbroadPlea(t *testing.T) {
	t.Parallel()
	playScripts(t, `[
{"id": "ex-ur-Latn", "lang": "ur-Latn", "channel": "sms", "opening": ["dubai me hu bhai, visa expire ho gya. agent ne renew k 2000 dirham lie aur gaib"],
 "answers": {"help_where": ["dubai"], "help_place": ["sharjah"], "help_whom": ["khud"], "help_what": ["paise le gya agent, ab visa ni h, bahar niklun to police pakar legi"],
  "help_contact": ["yahin sms kro"], "help_number": ["03456093382"]},
 "asides": [], "expect": {"kind": "help", "case_type": "worker_distress_abroad", "urgency": "urgent", "facts": {"where": "abroad", "countries": ["AE"], "whom": "self", "situation": "money_taken", "contact": "here", "paid": "yes"}}},
{"id": "ex-en", "lang": "en", "channel": "whatsapp", "opening": ["I am in Malaysia, my permit expired. the agent took 3000 ringgit to renew it and disappeared"],
 "answers": {"help_where": ["malaysia"], "help_place": ["kuala lumpur"], "help_whom": ["me"], "help_what": ["the agent took the money, now I have no permit and the police can catch me"],
  "help_contact": ["here"], "help_number": ["03456093382"]},
 "asides": [], "expect": {"kind": "help", "case_type": "worker_distress_abroad", "urgency": "urgent", "facts": {"where": "abroad", "countries": ["MY"], "whom": "self", "situation": "money_taken", "contact": "here", "paid": "yes"}}},
{"id": "ex-ur", "lang": "ur", "channel": "whatsapp", "opening": ["ملائیشیا میں ہوں بھائی، پرمٹ ختم ہو گیا۔ ایجنٹ نے رینیو کے تین ہزار رنگٹ لیے اور غائب"],
 "answers": {"help_where": ["ملائیشیا"], "help_place": ["کوالالمپور"], "help_whom": ["خود"], "help_what": ["ایجنٹ پیسے لے گیا، اب پرمٹ نہیں ہے، باہر نکلوں تو پولیس پکڑ لے گی"],
  "help_contact": ["یہیں"], "help_number": ["03456093382"]},
 "asides": [], "expect": {"kind": "help", "case_type": "worker_distress_abroad", "urgency": "urgent", "facts": {"where": "abroad", "countries": ["MY"], "whom": "self", "situation": "money_taken", "contact": "here", "paid": "yes"}}}
]`)
}

// "It is all written above" asked for more of the offer is done, not more
// of it; a number after it is more.
func TestOfferAlreadyToldIsDone(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ locale, text string }{
		{"ur", "سب اوپر لکھ دیا ہے"},
		{"ur", "بتا تو دیا ہے"},
		{"ur-Latn", "bta to diya"},
		{"ur-Latn", "upar likha hai"},
		{"ur-Latn", "sab upar likh diya hai bhai"},
		{"en", "i already told you everything above"},
		{"en", "its all above"},
		{"en", "see above, all written there"},
	} {
		r := at(t, flows.NodeReportOffer, c.locale, c.text)
		require.NotEqual(t, flows.NodeReportOffer, r.State.Node, "%s: %q is done", c.locale, c.text)
		require.NotNil(t, r.State.Draft, "%s: %q", c.locale, c.text)
	}
	r := at(t, flows.NodeReportOffer, "ur-Latn", "bta to diya 0300 1234567 hai")
	require.Equal(t, flows.NodeReportOffer, r.State.Node)
}

// A copy of the passport held is no passport held: the report stays
// routine (C22-017).
func TestPassportCopyHeldReportRoutine(t *testing.T) {
	t.Parallel()
	playScripts(t, `[
{"id": "pc-ur", "lang": "ur", "channel": "whatsapp", "opening": ["میں نے پولینڈ ورک پرمٹ کے لیے ایک ویب سائٹ یورپ جابز لنک پر اپلائی کیا، انہوں نے ۳ لاکھ مانگے، میں نے ایک لاکھ بینک میں جمع کروائے۔ اب نمبر ۰۳۳۱۶۲۰۴۸۸۷ بند ہے", "میرے پاسپورٹ کی کاپی بھی ان کے پاس ہے"],
 "answers": {"report_offer": ["سب اوپر لکھ دیا ہے"], "report_seen": ["ویب سائٹ"], "report_recruiter": ["یورپ جابز لنک"], "report_phones": ["جی یہی ہے"], "report_country": ["پولینڈ"], "report_money": ["3 لاکھ"],
  "report_paid": ["جی ایک لاکھ"], "report_paid_how": ["بینک میں جمع کروائے"], "report_docs": ["پاسپورٹ کی کاپی"], "report_consent": ["جی"], "report_summary": ["ہاں"]},
 "asides": [], "expect": {"kind": "report", "case_type": "job_scam_paid", "urgency": "routine", "facts": {"phones": ["+923316204887"], "countries": ["PL"], "paid": "yes", "documents": "passport", "seen": "website", "consent": true}}},
{"id": "pc-ur-Latn", "lang": "ur-Latn", "channel": "whatsapp", "opening": ["maine poland work permit ke liye website europe jobs link pe apply kiya, 3 lakh mange, 1 lakh bank me jama karwaye. ab number 03316204887 band hai", "mere passport ki copy bhi unke paas hai"],
 "answers": {"report_offer": ["bta to diya"], "report_seen": ["website"], "report_recruiter": ["europe jobs link"], "report_phones": ["haan yehi"], "report_country": ["poland"], "report_money": ["3 lakh"],
  "report_paid": ["haan 1 lakh"], "report_paid_how": ["bank me jama karwaye"], "report_docs": ["passport ki copy"], "report_consent": ["haan"], "report_summary": ["haan"]},
 "asides": [], "expect": {"kind": "report", "case_type": "job_scam_paid", "urgency": "routine", "facts": {"phones": ["+923316204887"], "countries": ["PL"], "paid": "yes", "documents": "passport", "seen": "website", "consent": true}}},
{"id": "pc-en", "lang": "en", "channel": "whatsapp", "opening": ["I applied on a website Europe Jobs Link for a Poland work permit, they asked 3 lakh, I deposited 1 lakh in their bank account. now the number 03316204887 is off", "they also have a copy of my passport"],
 "answers": {"report_offer": ["its all above"], "report_seen": ["website"], "report_recruiter": ["Europe Jobs Link"], "report_phones": ["yes that one"], "report_country": ["poland"], "report_money": ["3 lakh"],
  "report_paid": ["yes 1 lakh"], "report_paid_how": ["bank deposit"], "report_docs": ["passport copy"], "report_consent": ["yes"], "report_summary": ["yes"]},
 "asides": [], "expect": {"kind": "report", "case_type": "job_scam_paid", "urgency": "routine", "facts": {"phones": ["+923316204887"], "countries": ["PL"], "paid": "yes", "documents": "passport", "seen": "website", "consent": true}}}
]`)
}
