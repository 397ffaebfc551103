package casework

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/triage"
)

func TestCaseTypeAndUrgency(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name      string
		spec      flows.ReportSpec
		found     string
		abroad    bool
		caseType  string
		urgencyIn string
		urgency   string
	}{
		{"a verification is one whatever it says", flows.ReportSpec{Kind: flows.KindVerify}, "job_scam_paid", false, "verification_request", "routine", "routine"},
		{"a report with nothing found is a suspicious offer", flows.ReportSpec{Kind: flows.KindReport}, "", false, "job_offer_suspicious", "", "routine"},
		{"a report keeps what triage found", flows.ReportSpec{Kind: flows.KindReport}, "phishing_site", false, "phishing_site", "routine", "routine"},
		{"help: passport taken abroad", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "passport_taken"}}, "other", true, "trafficking", "", "urgent"},
		{"help: locked in at home", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "locked_in"}}, "", false, "forced_labour", "", "urgent"},
		{"help: unpaid abroad", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "unpaid"}}, "", true, "worker_distress_abroad", "", "urgent"},
		{"help: triage's specific type wins", flows.ReportSpec{Kind: flows.KindHelp}, "smuggling", true, "smuggling", "", "urgent"},
		{"help with danger is an emergency", flows.ReportSpec{Kind: flows.KindHelp, Danger: []string{"at sea"}}, "", true, "worker_distress_abroad", "", "emergency"},
		{"a person talking to us", flows.ReportSpec{Kind: flows.KindHuman}, "", false, "other", "", "routine"},
		{"triage's emergency holds", flows.ReportSpec{Kind: flows.KindReport}, "trafficking", true, "trafficking", "emergency", "emergency"},
		{"help: money handed to an agent is a recruiter's", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "money_taken"}}, "job_scam_paid", false, "unlicensed_recruiter", "", "routine"},
		{"help: money taken, and triage read the recruiter", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "money_taken"}}, "unlicensed_recruiter", false, "unlicensed_recruiter", "", "routine"},
		{"help: held inside Pakistan is forced labour", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"where": "pakistan", "situation": "locked_in"}}, "trafficking", false, "forced_labour", "", "urgent"},
		{"help: held abroad is trafficking", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"where": "abroad", "situation": "locked_in"}}, "trafficking", true, "trafficking", "", "urgent"},
		{"help: where not said, triage's trafficking holds", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "locked_in"}}, "trafficking", false, "trafficking", "", "urgent"},
		{"help: a scam paid, another situation", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "other"}}, "job_scam_paid", false, "job_scam_paid", "", "urgent"},
	}
	for _, c := range cases {
		require.Equal(t, c.caseType, caseType(&c.spec, c.found, c.abroad, false), c.name)
		require.Equal(t, c.urgency, urgency(&c.spec, c.urgencyIn, nil, false), c.name)
	}
	// money sent by wallet or bank to a scam is a scam paid
	help := flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "money_taken"}}
	require.Equal(t, "job_scam_paid", caseType(&help, "job_scam_paid", false, true))
}

// The reporter's own number is never taken for a recruiter's.
func TestReporterNumberIsNotAKey(t *testing.T) {
	t.Parallel()
	a := assess(&flows.ReportSpec{Kind: flows.KindHelp, Text: "agent 0345-1112233 ne passport rakh liya",
		Answers: map[string]string{"contact": "number", "contact_number": "0300 1112223", "where": "abroad"}}, nil)
	var phones []string
	for _, k := range a.keys {
		phones = append(phones, k.Value)
	}
	require.Contains(t, phones, "+923451112233")
	require.NotContains(t, phones, "+923001112223")
	require.NotContains(t, a.entities.Phones, "+923001112223")
}

// A job the person says is in Pakistan has Pakistan as its country
// (triage itself names only countries abroad).
func TestJobInPakistanHasACountry(t *testing.T) {
	t.Parallel()
	a := assess(&flows.ReportSpec{Kind: flows.KindReport, Text: "FIA constable jobs, test fee Rs 800 by Easypaisa",
		Answers: map[string]string{"country": flows.CountryPakistan}}, nil)
	require.Equal(t, []string{"PK"}, a.entities.Countries)
	a = assess(&flows.ReportSpec{Kind: flows.KindReport, Text: "Dubai driver job, visa fee 2 lakh",
		Answers: map[string]string{"country": "UAE"}}, nil)
	require.Equal(t, []string{"AE"}, a.entities.Countries)
}

// Text read from an image joins the report's words: its phone becomes a
// key that links, and the facts it gave are marked as read from the image.
// A shared contact's number is a key too, but exact, not machine-read.
func TestAssessWithMediaText(t *testing.T) {
	t.Parallel()
	a := assess(&flows.ReportSpec{Kind: flows.KindReport, Text: "yeh ad dekhein, Dubai ka visa"}, []store.MediaText{
		{Kind: "image", Source: store.TextOCR, Text: "دبئی میں نوکریاں\nویزا فیس 1,50,000 روپے\n0300-1234567"},
		{Kind: "contact", Source: store.TextContact, Text: "+923451112233 Imran Agent"},
	})
	require.Equal(t, []string{"+923001234567", "+923451112233"}, a.entities.Phones)
	require.Contains(t, a.keys, store.Key{Kind: "phone", Value: "+923001234567"})
	require.Contains(t, a.keys, store.Key{Kind: "phone", Value: "+923451112233"})
	require.NotNil(t, a.entities.FromImage)
	require.Equal(t, []string{"+923001234567"}, a.entities.FromImage.Phones)
	require.Equal(t, []string{"AE"}, a.entities.FromImage.Countries)
	require.Len(t, a.entities.FromImage.Amounts, 1)
	require.Equal(t, 150000.0, a.entities.FromImage.Amounts[0].Value)

	b, err := json.Marshal(a.entities)
	require.NoError(t, err)
	require.Contains(t, string(b), `"phones":["+923001234567","+923451112233"]`, "triage's entities stay at the top level")
	require.Contains(t, string(b), `"from_image":{"phones":["+923001234567"]`)

	none := assess(&flows.ReportSpec{Kind: flows.KindReport, Text: "0300-1234567"}, nil)
	require.Nil(t, none.entities.FromImage)
}

// Who holds a passport, and why, and money demanded from people held: the
// boundaries triage's reading of the text alone does not settle.
func TestBoundaryCaseTypes(t *testing.T) {
	t.Parallel()
	trafficking := triage.Assessment{CaseType: "trafficking", Urgency: triage.UrgencyUrgent, Situations: []string{"documents_taken"}}
	cases := []struct {
		name   string
		spec   flows.ReportSpec
		a      triage.Assessment
		e      triage.Entities
		abroad bool
		want   string
	}{
		{"an agent in Pakistan holding a passport", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "passport_taken"}},
			triage.Assessment{CaseType: "forced_labour", Situations: []string{"documents_taken"}}, triage.Entities{}, false, "unlicensed_recruiter"},
		{"a licensed OEP in Pakistan holding a passport", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "passport_taken"}},
			triage.Assessment{CaseType: "forced_labour", Situations: []string{"documents_taken"}}, triage.Entities{Licences: []string{"2456/MUL"}}, false, "oep_misconduct"},
		{"a passport taken abroad stays trafficking", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "passport_taken"}},
			trafficking, triage.Entities{}, true, "trafficking"},
		{"a report: a licensed OEP keeps the passport for the visa", flows.ReportSpec{Kind: flows.KindReport}, trafficking,
			triage.Entities{Licences: []string{"2456/MUL"}}, true, "oep_misconduct"},
		{"a report: an agent keeps the passport for the visa", flows.ReportSpec{Kind: flows.KindReport}, trafficking, triage.Entities{}, true, ""},
		{"a report with danger stays trafficking", flows.ReportSpec{Kind: flows.KindReport, Danger: []string{"locked in"}}, trafficking, triage.Entities{}, true, "trafficking"},
		{"held abroad, money demanded from the family", flows.ReportSpec{Kind: flows.KindHelp, Text: "ghar walon se 30 lakh mang rahe hain, godown me band hain",
			Answers: map[string]string{"situation": "locked_in"}},
			triage.Assessment{CaseType: "trafficking", Situations: []string{"confined"}, Fee: &triage.Amount{Value: 3000000, Currency: "PKR"}}, triage.Entities{}, true, "ransom_extortion"},
		{"held abroad after paying the agent", flows.ReportSpec{Kind: flows.KindHelp, Text: "agent ko 5 lakh diye the, ab kamre me band kar diya",
			Answers: map[string]string{"situation": "locked_in"}},
			triage.Assessment{CaseType: "trafficking", Situations: []string{"confined"}, Fee: &triage.Amount{Value: 500000, Currency: "PKR"}}, triage.Entities{}, true, "trafficking"},
		{"held abroad for a debt", flows.ReportSpec{Kind: flows.KindHelp, Text: "qarza utarne tak band rakhte hain, 5 lakh mangte hain",
			Answers: map[string]string{"situation": "debt"}},
			triage.Assessment{CaseType: "trafficking", Situations: []string{"confined"}, Fee: &triage.Amount{Value: 500000, Currency: "PKR"}}, triage.Entities{}, true, "trafficking"},
		{"unpaid abroad, the kafeel keeps the passport: the passport is what is happening", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "passport_taken"}},
			triage.Assessment{CaseType: "trafficking", Situations: []string{"documents_taken", "wages_withheld"}}, triage.Entities{}, true, "trafficking"},
		{"unpaid abroad, the kafeel keeps the passport: no pay is what is happening (caseType settles it, below)", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "unpaid"}},
			triage.Assessment{CaseType: "trafficking", Situations: []string{"documents_taken", "wages_withheld"}}, triage.Entities{}, true, "trafficking"},
		{"unpaid abroad, nothing else", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "passport_taken"}},
			triage.Assessment{CaseType: "trafficking", Situations: []string{"wages_withheld"}}, triage.Entities{}, true, "worker_distress_abroad"},
		{"unpaid abroad and beaten", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "unpaid"}},
			triage.Assessment{CaseType: "trafficking", Situations: []string{"violence", "wages_withheld"}}, triage.Entities{}, true, "trafficking"},
		{"held abroad, a wage named, no money demanded", flows.ReportSpec{Kind: flows.KindHelp, Text: "the boss keeps us in a container and pays 3 euro an hour",
			Answers: map[string]string{"situation": "locked_in"}},
			triage.Assessment{CaseType: "trafficking", Situations: []string{"confined"}, Fee: &triage.Amount{Value: 3, Currency: "EUR"}}, triage.Entities{}, true, "trafficking"},
		{"stranded abroad, nothing more", flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "other"}},
			triage.Assessment{CaseType: "trafficking"}, triage.Entities{}, true, "worker_distress_abroad"},
		{"a report of an offer not paid for", flows.ReportSpec{Kind: flows.KindReport, Answers: map[string]string{"paid": "no"}},
			triage.Assessment{CaseType: "job_scam_paid"}, triage.Entities{}, false, ""}, {"a report: unpaid where the job is, the company keeps the passport", flows.ReportSpec{Kind: flows.KindReport},
			triage.Assessment{CaseType: "trafficking", Situations: []string{"documents_taken", "wages_withheld"}}, triage.Entities{Countries: []string{"SA"}}, false, "trafficking"},
		{"a report: unpaid where the job is, the passport with him", flows.ReportSpec{Kind: flows.KindReport},
			triage.Assessment{CaseType: "trafficking", Situations: []string{"wages_withheld"}}, triage.Entities{Countries: []string{"SA"}}, false, "worker_distress_abroad"},
		{"a report: unpaid abroad and beaten stays trafficking", flows.ReportSpec{Kind: flows.KindReport},
			triage.Assessment{CaseType: "trafficking", Situations: []string{"violence", "wages_withheld"}}, triage.Entities{Countries: []string{"SA"}}, true, "trafficking"},
		{"a report: unpaid, no country abroad named", flows.ReportSpec{Kind: flows.KindReport},
			triage.Assessment{CaseType: "trafficking", Situations: []string{"wages_withheld"}}, triage.Entities{}, false, "trafficking"},
		{"a report: unpaid abroad, the company keeps the passport (the matrix's trafficking)", flows.ReportSpec{Kind: flows.KindReport},
			triage.Assessment{CaseType: "trafficking", Urgency: triage.UrgencyUrgent, Situations: []string{"documents_taken", "wages_withheld"}}, triage.Entities{}, true, "trafficking"},
		{"a report: unpaid abroad and locked in", flows.ReportSpec{Kind: flows.KindReport},
			triage.Assessment{CaseType: "trafficking", Urgency: triage.UrgencyEmergency, Situations: []string{"confined", "wages_withheld"}}, triage.Entities{}, true, "trafficking"},
		{"a report: unpaid abroad, with danger", flows.ReportSpec{Kind: flows.KindReport, Danger: []string{"beaten"}},
			triage.Assessment{CaseType: "trafficking", Urgency: triage.UrgencyUrgent, Situations: []string{"documents_taken", "wages_withheld"}}, triage.Entities{}, true, "trafficking"},
	}
	for _, c := range cases {
		require.Equal(t, c.want, boundary(&c.spec, c.a, c.e, c.abroad), c.name)
	}
	// told as no pay, the passport kept beside it: the mission's labour case
	unpaid := flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "unpaid", "where": "abroad"}}
	require.Equal(t, "worker_distress_abroad", caseType(&unpaid, "trafficking", true, false))
	kept := flows.ReportSpec{Kind: flows.KindHelp, Answers: map[string]string{"situation": "passport_taken", "where": "abroad"}}
	require.Equal(t, "trafficking", caseType(&kept, "trafficking", true, false))
}

// A report of a worker abroad, unpaid, whose employer keeps the passport,
// is the charge matrix's trafficking ("abroad: … passport taken"), urgent,
// in the three languages (the fifty-third session; it was the worker's
// distress before).
func TestReportUnpaidAbroadPassportKept(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"mera bhai abhi Oman mein hai, wahan company 3 mahine se tankhwa nai de rahi aur passport bhi company ne rakh lia hai",
		"my brother is in Oman now, the company has not paid his salary for 3 months and kept his passport",
		"میرا بھائی ابھی عمان میں ہے، وہاں کمپنی تین مہینے سے تنخواہ نہیں دے رہی اور پاسپورٹ بھی کمپنی نے رکھ لیا ہے",
	} {
		ct, urgency, _ := Classify(&flows.ReportSpec{Kind: flows.KindReport, Text: text, Answers: map[string]string{"paid": "yes"}})
		require.Equal(t, "trafficking", ct, text)
		require.Equal(t, "urgent", urgency, text)
	}
}

// An offer that lures to a scam compound, feared by a person who gave
// nothing, is a suspicious offer; the same words from someone held there,
// or from someone who paid or gave a passport, are not.
func TestOfferLure(t *testing.T) {
	t.Parallel()
	report := func(text string, answers map[string]string) *flows.ReportSpec {
		return &flows.ReportSpec{Kind: flows.KindReport, Text: text, Answers: answers}
	}
	offers := []string{
		"Ek telegram channel pe offer aya hai Cambodia me online chat support ki job, 1200 dollar, visa ticket free. mujhe shak hai ke ye woh scam compound wali jobs hain",
		"Got an offer for a customer support job in Cambodia, 1000 dollars, free visa. Looks like one of those scam compound jobs",
		"کمبوڈیا میں آن لائن چیٹ سپورٹ کی نوکری کا اشتہار آیا ہے، مجھے شک ہے کہ یہ وہی اسکیم کمپاؤنڈ والی نوکری ہے",
	}
	for _, text := range offers {
		a := assess(report(text, map[string]string{"paid": flows.ChoiceNo, "documents": "none"}), nil)
		if a.caseType == "trafficking" {
			t.Errorf("%q: a suspected offer read as trafficking", text)
		}
		require.NotEqual(t, "urgent", a.urgency, text)
		// a passport handed over is no longer only an offer
		require.False(t, offerLure(report(text, map[string]string{"paid": flows.ChoiceNo, "documents": "passport"}), triage.Assess(text, triage.Extract(text))), text)
		require.False(t, offerLure(report(text, map[string]string{"paid": flows.ChoiceYes}), triage.Assess(text, triage.Extract(text))), text)
	}
}

// A passport the agent still holds, in the short spellings of Roman Urdu
// ("us k pas"), is read as held, and urgent; one given back is not.
func TestPassportHeldShortSpelling(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"passport un k pas ha abhi bhi":        "urgent",
		"pasport agent k pas h":                "urgent",
		"passport diya tha, ab wapis mil gaya": "routine",
	} {
		a := triage.Assess(text, triage.Extract(text))
		require.Equal(t, want, a.Urgency, text)
	}
}

// Document fraud is a document said to be fake: an agent met in person who
// only sells a visa is recruiting; one whose visa turned out fake is
// document fraud, whatever was paid.
func TestDocumentFraudNeedsAFakeDocument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, paid, how, want string }{
		{"ندیم نام کا ایجنٹ ہے، سیالکوٹ، اٹلی کا ویزا ۱۵ لاکھ میں کہتا ہے", flows.ChoiceNo, "", "unlicensed_recruiter"},
		{"agent ne mujhe Qatar ka work visa diya tha pdf me, maine check kiya to wo jali nikla", flows.ChoiceYes, "easypaisa", "document_fraud"},
		{"agent gave me a canada visa, at the airport they told me it is fake. paid 9 lac cash", flows.ChoiceYes, "cash", "document_fraud"},
	} {
		a := assess(&flows.ReportSpec{Kind: flows.KindReport, Text: c.text,
			Answers: map[string]string{"seen": "agent", "paid": c.paid, "paid_how": c.how}}, nil)
		require.Equal(t, c.want, a.caseType, c.text)
	}
}

// A plea for help about forced labour inside Pakistan is an emergency: the
// charge matrix sends it to the police with the emergency numbers.
func TestForcedLabourUrgency(t *testing.T) {
	t.Parallel()
	// Held by a debt, nobody hurt or locked up: urgent (domain/red-flags.md:
	// a growing debt is urgent), as the independent blind writers label it.
	for _, text := range []string{
		"بھٹہ مالک کہتا ہے پیشگی کا قرضہ ہے، کام چھوڑنے نہیں دیتا",
		"malik ne peshgi di thi ab kehta hai 2 lakh ho gaye, kaam chorne nahi deta",
		"the kiln owner says we owe him 2 lakh advance and won't let us quit the work",
	} {
		a := assess(&flows.ReportSpec{Kind: flows.KindHelp, Text: text,
			Answers: map[string]string{"where": "pakistan", "situation": "debt"}}, nil)
		require.Equal(t, "forced_labour", a.caseType, text)
		require.Equal(t, "urgent", a.urgency, text)
	}
	// Beaten, locked up, a child kept: an emergency.
	for _, text := range []string{
		"بھٹہ مالک نے قرضے کے نام پر ہمیں کمرے میں بند کر رکھا ہے اور کل میرے شوہر کو مارا",
		"zamindar ne qarz ke naam pe family ko band kar rakha hai, bandook wale pehra dete hain",
		"the kiln owner beat my husband last night and locks us in at night over the debt",
	} {
		a := assess(&flows.ReportSpec{Kind: flows.KindHelp, Text: text, Danger: triage.Assess(text, triage.Extract(text)).Danger,
			Answers: map[string]string{"where": "pakistan", "situation": "debt"}}, nil)
		require.Equal(t, "forced_labour", a.caseType, text)
		require.Equal(t, "emergency", a.urgency, text)
	}
	r := assess(&flows.ReportSpec{Kind: flows.KindReport, Text: "agent ne 2 lakh liye, ab phone band hai",
		Answers: map[string]string{"seen": "agent", "paid": flows.ChoiceYes, "paid_how": "cash"}}, nil)
	require.NotEqual(t, "emergency", r.urgency)
}

// A report about the agent who sent a worker whose wages are withheld
// where the job is, the passport in the worker's hands, is the worker's
// distress, in the three languages; kept there by the company, the
// matrix's trafficking (TestReportUnpaidAbroadPassportKept).
func TestReportOfWagesWithheldAbroad(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"میرا بھائی ایک ایجنٹ کے ذریعے دمام گیا تھا، وہاں کمپنی چھ مہینے سے تنخواہ نہیں دے رہی اور اقامہ بھی نہیں بنوایا":               "worker_distress_abroad",
		"mera bhai agent ke zariye dammam gaya tha, wahan company 6 mahine se tankhwah nahi de rahi":                                    "worker_distress_abroad",
		"my brother went to Dammam through an agent, the company there has not paid his salary for six months":                          "worker_distress_abroad",
		"میرا بھائی ایک ایجنٹ کے ذریعے دمام گیا تھا، وہاں کمپنی چھ مہینے سے تنخواہ نہیں دے رہی اور پاسپورٹ بھی کمپنی نے رکھ لیا ہے":     "trafficking",
		"mera bhai agent ke zariye dammam gaya tha, wahan company 6 mahine se tankhwah nahi de rahi, passport bhi company ne rakh liya": "trafficking",
		"my brother went to Dammam through an agent, the company there has not paid his salary for six months and kept his passport":    "trafficking",
	} {
		a := assess(&flows.ReportSpec{Kind: flows.KindReport, Text: text,
			Answers: map[string]string{"seen": "agent", "paid": flows.ChoiceYes, "paid_how": "cash", "documents": "passport"}}, nil)
		require.Equal(t, want, a.caseType, text)
	}
}

// A ransom needs someone held: a report about an agent who sends people on
// a route, read by the model as ransom, is smuggling.
func TestRansomNeedsSomeoneHeld(t *testing.T) {
	t.Parallel()
	spec := &flows.ReportSpec{Kind: flows.KindReport,
		Text:    "mujhe ek agent ki report karni hai jo hamare gaon se larkon ko Libya bhejta hai, kehta hai wahan se Italy bhej dega\nuska naam Sher Khan hai, 22 lakh leta hai har bande ka",
		Answers: map[string]string{"seen": "agent", "paid": flows.ChoiceNo, "documents": "none"}}
	a := triage.Assess(spec.Text, triage.Extract(spec.Text))
	e := triage.Extract(spec.Text)
	if a.CaseType == "ransom_extortion" {
		require.Equal(t, "smuggling", boundary(spec, a, e, false))
	}
	require.Equal(t, "smuggling", assess(spec, nil).caseType)
}

// A licensed promoter who holds the passport for the visa is a routine
// report of misconduct; so is an unlicensed agent at home who has not given
// it back (the report about him; see TestPassportStillHeldIsRoutineUnlessALever).
func TestPromoterHoldingThePassportIsRoutine(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text, recruiter, caseType, urgency string
	}{
		{"licence wali company Zam Zam Overseas ne 3 lakh 80 hazar liye, passport aur shanakhti card dono unke paas hain", "Zam Zam Overseas", "oep_misconduct", "routine"},
		{"the licensed promoter Al Noor Overseas, licence 2456/MUL, charged 4 lakh; passport and CNIC are both with them", "Al Noor Overseas", "oep_misconduct", "routine"},
		{"لائسنس یافتہ کمپنی الفلاح اوورسیز نے چار لاکھ لیے، پاسپورٹ ان کے پاس ہے، لائسنس 3120/LHR", "الفلاح اوورسیز", "oep_misconduct", "routine"},
		{"pasport agent k pas h, 2 lakh liye visa nahi diya", "Bilal", "unlicensed_recruiter", "routine"},
	} {
		ct, urgency, _ := Classify(&flows.ReportSpec{Kind: flows.KindReport, Text: c.text, Answers: map[string]string{"recruiter": c.recruiter, "paid": "yes"}})
		require.Equal(t, c.caseType, ct, c.text)
		require.Equal(t, c.urgency, urgency, c.text)
	}
}
