// Package casework turns what a conversation gathered into reports and
// referrals: it runs triage over the person's words and answers, routes the
// case with the charge matrix (one referral per responsible agency, each due
// by its urgency), links reports that name the same recruiter phone, link or
// licence, and answers the lookups the conversation needs (the OEP registry,
// earlier reports, the person's own reports).
package casework

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/lang"
	"github.com/hoshyar/hoshyar/oep"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/triage"
)

// Service does the casework; it holds only immutable configuration.
type Service struct {
	matrix *routing.Matrix
	now    func() time.Time
	warn   Warnings
}

// Warnings set when a phone, link or wallet becomes an early warning: named
// by Reports reports within Days days.
type Warnings struct {
	Reports int
	Days    int
}

// DefaultWarnings are three reports in thirty days.
var DefaultWarnings = Warnings{Reports: 3, Days: 30}

// New returns a Service routing with matrix; now is the clock. Early
// warnings follow DefaultWarnings; see WithWarnings.
func New(matrix *routing.Matrix, now func() time.Time) *Service {
	if now == nil {
		now = time.Now
	}
	return &Service{matrix: matrix, now: now, warn: DefaultWarnings}
}

// WithWarnings returns a copy of s drafting early warnings at w.
func (s *Service) WithWarnings(w Warnings) *Service {
	c := *s
	if w.Reports > 0 && w.Days > 0 {
		c.warn = w
	}
	return &c
}

// Push is an event for an agency's webhook that casework caused; the
// caller queues it in the same transaction (package jobs).
type Push struct {
	Agency     string
	ReferralID int64
	Event      string
}

// Events pushed about referrals.
const (
	EventRouted  = "referral.routed"  // a referral made or re-routed by the matrix
	EventUpdated = "referral.updated" // changed: by its agency, or re-routed away
	EventReply   = "referral.reply"   // the reporter wrote on the report
)

// Conversation is where a report comes from.
type Conversation struct {
	ID        int64
	ContactID int64
	Channel   string
	Locale    string
	Source    string
}

// Signals are what the conversation engine needs to know of a text: the
// same triage that assesses the report.
func Signals(text string) flows.Signals {
	r := triage.Read(text)
	e, a := r.Entities, r.Assessment
	s := flows.Signals{CaseType: a.CaseType, Phones: e.Phones, Countries: e.Countries,
		Payments: e.Payments, Licences: e.Licences, Licensed: a.Licensed, URLs: e.URLs, Emails: triage.Emails(text), Abroad: a.Abroad, Located: a.Located,
		Situations: a.Situations, Over: a.Over}
	for _, f := range a.Flags {
		s.Flags = append(s.Flags, f.Code)
	}
	for _, am := range saidInOrder(text, e) {
		fa := flows.Amount{Value: am.Value, Currency: am.Currency, Text: am.Text}
		if slices.Contains(a.Salaries, am) {
			s.Salaries = append(s.Salaries, fa) // pay, never a sum asked or paid
			continue
		}
		s.Amounts = append(s.Amounts, fa)
	}
	if a.Fee != nil {
		s.Fee = &flows.Amount{Value: a.Fee.Value, Currency: a.Fee.Currency, Text: a.Fee.Text}
	}
	switch a.Urgency {
	case triage.UrgencyEmergency:
		s.Danger, s.DangerWhy = true, a.Danger
	case triage.UrgencyUrgent:
		s.Urgent = true
	}
	return s
}

// assessment is a report's triage, routed.
type assessment struct {
	caseType    string
	urgency     string
	entities    Entities
	flags       []triage.Flag
	facts       routing.Facts
	keys        []store.Key
	summary     string
	asked, paid *int64 // rupees
}

// Classify is the case type and urgency a report gets: the triage every
// referral is routed by.
func Classify(spec *flows.ReportSpec) (caseType, urgency string, e triage.Entities) {
	a := assess(spec, nil)
	return a.caseType, a.urgency, a.entities.Entities
}

// Entities are a report's facts as stored and shown to agencies: triage's
// entities, and among them those read by machine from an image or a PDF
// (so staff know to check them against the picture).
type Entities struct {
	triage.Entities
	FromImage *triage.Entities `json:"from_image,omitempty"`
}

// assess runs triage over everything the person wrote and answered, and
// the text read from their attachments (images, PDFs, shared contacts).
func assess(spec *flows.ReportSpec, read []store.MediaText) assessment {
	parts := []string{spec.Text}
	var machine []string
	for _, m := range read {
		parts = append(parts, m.Text)
		if m.Source == store.TextOCR || m.Source == store.TextPDF {
			machine = append(machine, m.Text)
		}
	}
	var told []string // the situations the person's own words tell, as over
	if spec.Answers["situation"] != "" {
		if own := triage.Read(spec.Text).Assessment; own.Over {
			told = own.Situations
		}
	}
	for _, k := range slices.Sorted(mapKeys(spec.Answers)) {
		if reporterOwn[k] || flows.Coded(k, spec.Answers[k]) {
			continue // the person's words, not the engine's codes ("other", "abroad", "self")
		}
		if k == "situation" && flows.SituationTold(told, spec.Answers[k]) {
			continue // said in their words already, and over (flows.SituationTold)
		}
		parts = append(parts, spec.Answers[k])
	}
	text := lang.NumberMarks(strings.Join(parts, "\n"))
	e := triage.Extract(text)
	a := triage.Assess(text, e)
	own := ownGiven(spec, text, e.Phones)
	e.Phones = slices.DeleteFunc(e.Phones, func(p string) bool { return slices.Contains(own, p) })
	if spec.Answers["country"] == flows.CountryPakistan && !slices.Contains(e.Countries, "PK") {
		// Triage names only countries abroad; a person who answers that
		// the job is in Pakistan has said where it is.
		e.Countries = append(e.Countries, "PK")
	}
	abroad := a.Abroad || spec.Answers["where"] == "abroad"
	found, level := boundary(spec, a, e, abroad), a.Urgency
	if offerLure(spec, a) {
		// An offer that lures to a scam compound, feared by a person who
		// has given nothing: a suspicious offer, not a person held.
		if found == "trafficking" {
			found = ""
		}
		if level == "urgent" {
			level = "routine"
		}
	}
	online := a.Online || slices.Contains([]string{"facebook", "whatsapp", "tiktok", "website"}, spec.Answers["seen"])
	out := assessment{
		caseType: caseType(spec, found, abroad, remotePayment(e.Payments, spec.Answers["paid_how"])),
		urgency:  urgency(spec, level, a.Situations, a.HeldForDebt),
		entities: Entities{Entities: e},
		flags:    a.Flags,
	}
	if returnedHome(spec, e) {
		// "میں پچھلے مہینے عراق سے واپس آیا ہوں۔ وہاں ایجنٹ نے ہمیں بیچ
		// دیا تھا۔ اب گھر پر ہوں" (C307-024): what was done abroad is its
		// case still (sold and made to work there is trafficking, not
		// forced labour here), and one safe at home now is no one in
		// danger: as urgent as triage reads it
		if out.caseType == "forced_labour" && found == "trafficking" {
			out.caseType = "trafficking"
		}
		if out.urgency == "urgent" && level == "routine" {
			out.urgency = "routine"
		}
	}
	if out.caseType == "forced_labour" && found == "trafficking" && (pushedAbroad(spec, a, e) || slices.Contains(a.Situations, "forced_marriage")) {
		// A girl married off by force or for money ("uski shadi ek chinese
		// se krwa rahe hain paise le k", C22-030) is traded, not made to
		// work here: trafficking, wherever she is now.
		out.caseType = "trafficking"
	}
	if spec.Kind == flows.KindReport && out.urgency == "urgent" && len(spec.Danger) == 0 && passportForTheVisa(out.caseType, a, abroad, spec.Text) {
		// A recruiter at home holds the passport for the visa and the
		// protector stamp, or a smuggler for a journey not yet begun
		// ("بھتیجے کا پاسپورٹ اس کے پاس ہے", going next month): the
		// recruiter's offence is routine, not a person held.
		out.urgency = "routine"
	}
	if len(machine) > 0 {
		out.entities.FromImage = fromImage(e, triage.Extract(strings.Join(machine, "\n")))
	}
	out.facts = routing.Facts{Abroad: abroad, Online: online, PhishingSite: out.caseType == "phishing_site",
		Paid: spec.Answers["paid"] == flows.ChoiceYes || out.caseType == "job_scam_paid"}
	out.keys = slices.DeleteFunc(networkKeys(text, e, spec.Answers["recruiter"]), func(k store.Key) bool {
		return k.Kind == store.KeyWallet && slices.Contains(own, k.Value) // "mera jazzcash number 0300…"
	})
	out.asked, out.paid = amounts(spec.Answers, a.Fee)
	if spec.Kind == flows.KindVerify || spec.Kind == flows.KindHuman {
		// Asking about a number is not a report naming it: otherwise each
		// check would count as one, and raise the number's priority.
		out.keys = nil
	}
	summary := strings.TrimSpace(spec.Text)
	if !spec.Consent {
		summary = maskNumbers(summary, own) // (the same in the thread: agency.Service.Detail)
	}
	out.summary = triage.MaskCNIC(clip(summary, 500))
	return out
}

// fromImage keeps of the image's entities those that are among the
// report's (the same value, as the report's triage read it).
func fromImage(all, img triage.Entities) *triage.Entities {
	keep := func(of, in []string) []string {
		out := []string{}
		for _, v := range of {
			if slices.Contains(in, v) {
				out = append(out, v)
			}
		}
		return out
	}
	f := triage.Entities{
		Phones: keep(img.Phones, all.Phones), URLs: keep(img.URLs, all.URLs), Handles: keep(img.Handles, all.Handles),
		Countries: keep(img.Countries, all.Countries), Licences: keep(img.Licences, all.Licences),
		Payments: keep(img.Payments, all.Payments), CNICs: keep(img.CNICs, all.CNICs), Amounts: []triage.Amount{},
	}
	for _, a := range img.Amounts {
		for _, b := range all.Amounts {
			if a.Value == b.Value && a.Currency == b.Currency {
				f.Amounts = append(f.Amounts, a)
				break
			}
		}
	}
	return &f
}

func mapKeys(m map[string]string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// reporterOwn are answers about the reporter, not the case: their own
// number must never become a "recruiter" phone that others can look up
// (it would tell a captor their victim reported) or that links reports.
var reporterOwn = map[string]bool{"contact_number": true, "contact": true, "consent": true, "whom": true}

// boundary settles what triage's reading of the text alone cannot: who
// holds a passport and why, and what a demand for money from people held
// captive is.
//
//   - A passport taken is trafficking abroad, and forced labour in
//     Pakistan, when it keeps a worker at work. An agent in Pakistan who
//     holds a passport to make a job-seeker pay ("he will give it back only
//     if I pay 50 thousand more") is a recruiter's offence: the OEP's
//     misconduct when a licence is named, an unlicensed recruiter's
//     otherwise.
//   - A report about a recruiter, whose only sign of trafficking is the
//     passport they hold ("passport un ke paas hai visa ke liye"), is a
//     recruitment case, not trafficking: the person is in Pakistan and
//     reporting the agent, and handing a passport over for the visa is
//     how recruitment goes.
//   - A worker abroad whose employer (kafeel) keeps the passport, with no
//     danger, is the mission's labour case when no pay is what the person
//     says is happening ("situation" unpaid), and trafficked when the
//     passport kept is (passport_taken), as the matrix's trafficking row
//     has it.
//   - A person stranded abroad with no sign of trafficking (no situation
//     triage read, no danger) is a worker in distress; a report of an
//     offer nothing was paid for is no scam that took money.
//   - People held abroad whose captors demand money, not paid before
//     (no debt claimed), are held for ransom ("ghar walon se fi banda 30
//     lakh mang rahe hain"); people held to work scams who are told to
//     pay to leave are trafficked, not ransomed.
//   - A report about an agent who threatens the family, with no one held
//     ("shikayat ki to tumhare bando ko utha lunga"), is no ransom: the
//     recruiter's case, the threat making it urgent.
func boundary(spec *flows.ReportSpec, a triage.Assessment, e triage.Entities, abroad bool) string {
	found := a.CaseType
	onlyPassport := len(a.Situations) == 1 && a.Situations[0] == "documents_taken"
	recruiter := "unlicensed_recruiter"
	licensed := len(e.Licences) > 0 || a.Licensed // a licence number, or "a licensed agency" in words
	if licensed {
		recruiter = "oep_misconduct"
		if found == "unlicensed_recruiter" {
			// "یہاں ایک لائسنس یافتہ ادارہ ہے ... نقد لیے، کوئی رسید نہیں
			// دی" (C9-008): the model's recruiter case, of a recruiter the
			// person says is licensed, is the licensed promoter's
			// misconduct (the matrix's row for BE&OE), as the rules read it.
			found = "oep_misconduct"
		}
	}
	switch {
	case found == "job_scam_paid" && spec.Kind == flows.KindReport && spec.Answers["paid"] == flows.ChoiceNo:
		// The person said nothing was paid: an offer that asks, not a scam
		// that took ("payment to a personal account in Lithuania").
		return ""
	case spec.Kind == flows.KindReport && found == "ransom_extortion" && !slices.ContainsFunc(a.Situations, heldSituation) &&
		a.Urgency != triage.UrgencyEmergency && len(spec.Danger) == 0:
		// A ransom needs someone held. A report about an agent with no one
		// held, who sends people on a journey in stages ("Libya bhejta hai,
		// wahan se Italy"), is smuggling; otherwise read as an offer, also
		// when the agent threatens the family that asks for its money back
		// ("shikayat ki to tumhare bando ko utha lunga"): a threat, no one
		// taken.
		if len(e.Countries) > 1 && lang.Conversation().Read(spec.Text).Route() {
			return "smuggling"
		}
		return ""
	case spec.Kind == flows.KindReport && found == "trafficking" && len(a.Situations) == 0 && len(spec.Danger) == 0:
		// A report about an offer in which no one is held, hurt or kept
		// (no situation read, no danger): the model's trafficking is the
		// work offered ("Thailand me call centre me job hai", C18-028), not
		// a person trafficked. Read as an offer; no report conversation of
		// the corpus is labelled trafficking.
		return ""
	case found != "trafficking" && found != "forced_labour":
	case spec.Kind == flows.KindHelp && abroad && found == "trafficking" && len(a.Situations) == 0 && len(spec.Danger) == 0 &&
		(spec.Answers["situation"] == "other" || spec.Answers["situation"] == "unpaid" || spec.Answers["situation"] == ""):
		// Stranded abroad with nothing that marks trafficking (no one held,
		// no passport taken, no force): the worker's distress.
		return "worker_distress_abroad"
	case spec.Kind == flows.KindHelp && !abroad && spec.Answers["situation"] == "passport_taken" && onlyPassport:
		return recruiter
	case spec.Kind == flows.KindReport && onlyPassport && len(spec.Danger) == 0:
		if licensed {
			return "oep_misconduct"
		}
		return "" // read as an offer or a recruiter, as if no passport were named
	case spec.Kind == flows.KindHelp && abroad && found == "trafficking" && len(spec.Danger) == 0 && labourOnly(a.Situations) &&
		(spec.Answers["situation"] == "unpaid" || spec.Answers["situation"] == "passport_taken") && !slices.Contains(a.Situations, "documents_taken"),
		spec.Kind == flows.KindReport && (abroad || slices.ContainsFunc(e.Countries, func(c string) bool { return c != "PK" })) &&
			found == "trafficking" && len(spec.Danger) == 0 && labourOnly(a.Situations):
		// Wages withheld abroad, the passport perhaps kept by the employer,
		// and nothing else (no one held, no force): the worker's distress,
		// whether told as a plea or in a report about the agent who sent
		// him (where the job is is where he is: "dammam gaya tha, wahan
		// company tankhwah nahi de rahi").
		return "worker_distress_abroad"
	case spec.Kind == flows.KindHelp && abroad && found == "trafficking" && slices.Contains(a.Situations, "confined") &&
		a.Fee != nil && spec.Answers["situation"] != "debt" && !slices.Contains(a.Situations, "debt_bondage") &&
		!slices.Contains(a.Situations, "forced_scam") &&
		lang.Conversation().Read(spec.Text).PaidDone() != lang.PolarYes && lang.Conversation().Read(spec.Text).Asked():
		// money demanded ("mang rahe hain"), not a wage named ("pays 3 euro an
		// hour"); of people held to work scams, the price of leaving ("pay
		// 8000 dollar and you can leave") is the compound's bondage:
		// trafficking
		return "ransom_extortion"
	}
	return found
}

// passportForTheVisa reports a report about a recruiter, or a smuggler,
// whose only sign of urgency is the passport they hold for a journey still
// ahead (a licensed promoter's, for the visa and the protector stamp,
// whatever is told): no other situation, no urgency the model read from
// other words.
// A passport not given back after the deal went bad ("he still has it and
// keeps making excuses", "passport bhi uske paas hai", an agent at home
// the person reports) is part of that report, routine like the money
// lost: eleven of eleven such reports in the five newest blind sets
// (C30-C34) and most since C8 say so, against the oldest sets (C-, C3-C6).
// One held to force a payment ("send remaining 60k or he keeps the
// passport") stays urgent.
func passportForTheVisa(caseType string, a triage.Assessment, abroad bool, text string) bool {
	switch caseType {
	case "oep_misconduct", "unlicensed_recruiter", "job_scam_paid", "job_offer_suspicious", "document_fraud":
	case "smuggling":
		if abroad {
			return false // on the road: a smuggler holding the passport mid-journey
		}
	default:
		return false
	}
	if len(a.Situations) != 1 || a.Situations[0] != "documents_taken" || !a.ForJourney && caseType == "smuggling" {
		return false
	}
	if lang.Conversation().Read(text).PassportHeldAsLever() {
		return false // "send remaining 60k or he keeps the passport" (C3-002): held to force a payment
	}
	for _, d := range a.Danger {
		if strings.HasPrefix(d, "Model:") || d == triage.LeavingSoonReason {
			return false // the model's urgency, or one's own about to leave (C22-003)
		}
	}
	return true
}

// offerLure reports a report of an offer whose only sign of trafficking is
// the work it offers, read from what the person fears ("mujhe shak hai ke
// ye woh scam compound wali jobs hain", "looks like one of those Cambodia
// scams"): no danger, nothing paid, no document given. The person has not
// gone; the offer is the case.
func offerLure(spec *flows.ReportSpec, a triage.Assessment) bool {
	if spec.Kind != flows.KindReport || len(spec.Danger) > 0 || len(a.Situations) == 0 ||
		spec.Answers["paid"] == flows.ChoiceYes {
		return false
	}
	if d := spec.Answers["documents"]; d != "" && d != "none" {
		return false
	}
	for _, s := range a.Situations {
		if s != "forced_scam" {
			return false
		}
	}
	// feared ("mujhe shak hai"), or asked about ("is this the scam compound
	// thing?", C70-018)
	rd := lang.Conversation().Read(spec.Text)
	return rd.Suspected() || rd.Question()
}

// pushedAbroad reports a plea from Pakistan about an agent who holds the
// passport and threatens the person to make them go abroad for the work he
// offered ("ایجنٹ نے میرا پاسپورٹ رکھ لیا ہے ... دبئی کے سیلون میں کام ہے،
// اب میں نے انکار کیا تو دھمکیاں دے رہا ہے", C16-020): recruitment by force
// for work abroad is trafficking, not the forced labour of a kiln, farm or
// house here, which no one is made to do yet. Only a passport held and
// threats are read, and a country abroad is named.
//
// So is one taken by deception for work abroad and kept here until sent
// ("meri beti ko ek aurat dubai ki naukri ka keh k le gyi … ab karachi me
// kisi ghar me rakha h … kehte hain dubai ka visa aa raha h", C23-032):
// held, and nothing of work here (no forced work, debt, wages or child
// at work), on the way to the country named.
func pushedAbroad(spec *flows.ReportSpec, a triage.Assessment, e triage.Entities) bool {
	if spec.Kind != flows.KindHelp || spec.Answers["where"] != "pakistan" ||
		!slices.ContainsFunc(e.Countries, func(c string) bool { return c != "PK" }) {
		return false
	}
	forced := slices.Contains(a.Situations, "documents_taken") && slices.Contains(a.Situations, "threats")
	kept := slices.Contains(a.Situations, "confined")
	for _, s := range a.Situations {
		switch s {
		case "documents_taken", "threats":
		case "confined", "phone_taken", "lost_contact":
			forced = forced && s != "confined" // a passport and threats alone, or a person kept
		default:
			return false // work here, a debt, a child, harm: the matrix's forced labour or worse
		}
	}
	return forced || kept
}

// heldSituation reports a situation of someone held or in peril, which a
// demand for money makes a ransom.
func heldSituation(s string) bool {
	switch s {
	case "confined", "kidnap_ransom", "at_sea_or_border", "safe_house", "more_money", "violence", "threat_to_life", "lost_contact":
		return true
	}
	return false
}

// labourOnly reports situations that are a labour dispute's: wages
// withheld and nothing worse. A passport kept beside them is the charge
// matrix's trafficking ("abroad: … passport taken"), in a report as the
// recent writers label it (C549-009, C550-007: 6 conversations right that
// were not, 4 of the oldest writers', C9 to C180, lost). Told in the help
// flow as no pay, caseType keeps the mission's labour case (the other way
// lost 43).
func labourOnly(sits []string) bool {
	wages := false
	for _, s := range sits {
		switch s {
		case "wages_withheld":
			wages = true
		default:
			return false
		}
	}
	return wages
}

// The help conversations' writers (175 of the corpus, round C18) sort
// trafficking, a worker's distress and forced labour by what holds the
// person, as the charge matrix does:
//
//   - Abroad, someone held, locked in, beaten or threatened into work, made
//     to work scams, deceived into other work than promised, or kept by a
//     debt with the passport held against it, is trafficked (46 of 47
//     trafficking pleas are abroad).
//   - Abroad, wages unpaid, a company closed, no work or no place after a
//     visit visa, stranded: a worker in distress, for the mission (44),
//     with the passport kept by the employer too when no pay is what the
//     person says is happening. When the passport kept is what is
//     happening, it is trafficking, as the matrix's row names it
//     ("passport taken") and the newest writers label it (C36-018,
//     C40-020, C41-031, C43-019, C44-007; blind40's writer every time);
//     the oldest sets' C4-003 and C4-015 relabelled.
//   - In Pakistan, made to work here (a kiln, a farm, a house; a debt that
//     never ends) is forced labour (30 of 30); an agent who holds the
//     passport and threatens a person to make them go abroad is
//     trafficking (C16-020, pushedAbroad).
//
// Where they disagree (the matrix followed): a passport kept abroad with
// nothing else told is trafficking for the older 3 writers (C3-008,
// C5-021, C6-024) and for every writer since C36, and a worker's distress
// for 4 (C10-021, C13-020, C15-032, C16-032), the matrix's trafficking row
// naming "passport taken";
// forced labour abroad (C16-008, C16-019, C16-031) is the matrix's
// trafficking, its forced labour row being inside Pakistan.
//
// caseType settles the case type: a verification is one whatever it says;
// a plea for help follows the situation the person chose when triage found
// nothing more specific.
func caseType(spec *flows.ReportSpec, found string, abroad, remote bool) string {
	switch spec.Kind {
	case flows.KindVerify:
		return "verification_request"
	case flows.KindHelp:
		if spec.Answers["situation"] == "unpaid" && abroad && len(spec.Danger) == 0 && found == "trafficking" {
			// Asked what is happening, the worker said: no pay. An employer
			// holding the passport of a worker who is paid late is the
			// mission's labour case, unless there is danger.
			return "worker_distress_abroad"
		}
		switch found {
		case "trafficking":
			if !abroad && spec.Answers["where"] == "pakistan" {
				// Held or forced to work inside Pakistan (a child kept in a
				// house in Lahore): the matrix's forced labour, for the police
				// and FIA; trafficking is its row for people abroad.
				return "forced_labour"
			}
			return found
		case "forced_labour", "smuggling", "ransom_extortion", "worker_distress_abroad", "document_fraud":
			return found
		case "job_scam_paid":
			if spec.Answers["situation"] != "money_taken" || remote {
				return found
			}
			// "agent ne 6 lakh le liye, ab phone band hai": money handed to
			// an agent, not sent to a scam online (below)
		}
		switch spec.Answers["situation"] {
		case "passport_taken", "locked_in", "violence", "sexual_abuse", "forced_work", "debt":
			if !abroad && spec.Answers["situation"] == "passport_taken" && (found == "unlicensed_recruiter" || found == "oep_misconduct") {
				return found // an agent in Pakistan holding a job-seeker's passport (boundary)
			}
			if abroad {
				return "trafficking"
			}
			return "forced_labour"
		case "unpaid":
			if abroad {
				return "worker_distress_abroad"
			}
			return "forced_labour"
		case "money_taken":
			if spec.Answers["where"] == "abroad" {
				// "agent ko 2 lakh 80 hazar diye the … koi kaam ni mila, visa
				// 5 din me khatam": the money went to get there; stranded
				// abroad now, the mission helps first (C17-032).
				return "worker_distress_abroad"
			}
			if found == "unlicensed_recruiter" || found == "oep_misconduct" {
				return found
			}
			if remote {
				return "job_scam_paid"
			}
			return "unlicensed_recruiter" // an agent took it, in person
		}
		if abroad {
			return "worker_distress_abroad"
		}
	}
	var told *lang.Reading // the account, read once for what it says of a document
	if spec.Kind == flows.KindReport {
		told = lang.Conversation().Read(spec.Text)
	}
	if spec.Kind == flows.KindReport && found == "document_fraud" && !told.FakeDocument() && spec.Answers["seen"] == "agent" {
		// "اٹلی کا ویزا ۱۵ لاکھ میں کہتا ہے": an agent met in person who
		// sells a visa, with no document said to be fake, is recruiting
		found = "unlicensed_recruiter"
	}
	if spec.Kind == flows.KindReport && told.FakeDocument() && !(found == "job_scam_paid" && remote && spec.Answers["seen"] != "agent" && !told.DocumentHanded()) {
		// (a fake CoS, LMIA, work permit or offer letter sent by a scam
		// seen online, paid for by wallet, bank or online, is triage's
		// job_scam_paid: the scam's paper, C85-023, C86-030, C34-030,
		// C41-006; one an agency or an agent met handed over is its
		// document fraud, C23-006, C44-021, C5-015, C68-035)
		switch found {
		case "job_scam_paid", "unlicensed_recruiter", "job_offer_suspicious", "":
			// "agent ne Qatar ka visa diya tha, check kiya to jali nikla":
			// the fake document is the case, whatever was paid for it
			return "document_fraud"
		}
	}
	if spec.Kind == flows.KindReport && found == "verification_request" {
		found = "" // a report is not a question: triage's model read a question into an account
	}
	if found == "" || !routing.IsCaseType(found) {
		if spec.Kind == flows.KindReport {
			found = "job_offer_suspicious"
		} else {
			return "other"
		}
	}
	// The person answered that money was paid for the offer: a scam paid,
	// online or by wallet or bank, or an unlicensed recruiter's, in cash or
	// to an agent met in person (however the money went: "mohalle ka banda,
	// bank me diye").
	if spec.Kind == flows.KindReport && spec.Answers["paid"] == flows.ChoiceYes {
		switch found {
		case "job_offer_suspicious", "verification_request", "other", "job_scam_paid":
			switch {
			case spec.Answers["licence"] != "" && (found == "job_offer_suspicious" || found == "other"):
				// a promoter whose licence the person gave, paid: its
				// misconduct, as boundary reads one licensed (C33-003)
				return "oep_misconduct"
			case spec.Answers["paid_how"] == "cash", spec.Answers["paid_how"] == "hawala", spec.Answers["seen"] == "agent":
				return "unlicensed_recruiter"
			}
			return "job_scam_paid"
		}
	}
	// The person answered that nothing was paid: money told of in other
	// words (given to the job-seeker by his father, the sum asked) is no
	// scam paid. Not known is left to triage: those who do not know mostly
	// tell of a payment someone else made (C126-025, C217-024).
	if spec.Kind == flows.KindReport && found == "job_scam_paid" && spec.Answers["paid"] == flows.ChoiceNo {
		found = "job_offer_suspicious"
	}
	// Met in person, not through an advert: an agent recruiting offline
	// (the matrix's unlicensed_recruiter), not an online offer.
	if spec.Kind == flows.KindReport && found == "job_offer_suspicious" && spec.Answers["seen"] == "agent" {
		return "unlicensed_recruiter"
	}
	return found
}

// remotePayment reports money sent by wallet, bank or online rather than
// handed over in person.
func remotePayment(payments []string, how string) bool {
	for _, p := range append(payments, how) {
		switch p {
		case "jazzcash", "easypaisa", "bank", "western_union", "online":
			return true
		}
	}
	return false
}

// urgency: danger makes an emergency; a plea for help is at least urgent,
// but for money lost by someone now safe ("took 4 lakh, I am safe, I want
// it back").
//
// A plea from someone who says they are safe ("باقی میں خیریت سے ہوں"),
// in which triage reads no situation and the person chose none, is a
// dispute to settle, not an urgent one (a return ticket the contract
// promised, C14-019).
func urgency(spec *flows.ReportSpec, found string, situations []string, heldForDebt bool) string {
	danger := spec.Danger
	if heldForDebt {
		// "his men dont let them go", told in one message, of a family the
		// account says is held over a debt (C11-030, C14-018): bonded
		// labour, urgent, not a person locked in; the urgent reasons read
		// beside it ("wages withheld", "forced to work") are no emergency
		// alone.
		danger = slices.DeleteFunc(slices.Clone(danger), func(w string) bool { return w == triage.ConfinedReason() || triage.UrgentReason(w) })
	}
	switch {
	case len(danger) > 0 || found == "emergency":
		return "emergency"
	case found == "urgent":
		return "urgent"
	case spec.Kind == flows.KindHelp && spec.Answers["situation"] != "money_taken":
		if spec.SettledPlea(situations) {
			return "routine"
		}
		return "urgent"
	}
	return "routine"
}

// returnedHome reports a plea from one back home in Pakistan from abroad
// (a country abroad named, the person's own, safe now in their words),
// with no danger read.
func returnedHome(spec *flows.ReportSpec, e triage.Entities) bool {
	if spec.Kind != flows.KindHelp || len(spec.Danger) > 0 || spec.Answers["where"] != "pakistan" || spec.Answers["whom"] == "other" {
		return false
	}
	if !slices.ContainsFunc(e.Countries, func(c string) bool { return c != "PK" }) {
		return false
	}
	return lang.Conversation().Read(spec.Text).SafeNow()
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// Create stores the report the conversation described, its evidence, keys
// and referrals, all in tx, and returns the pushes it caused.
func (s *Service) Create(ctx context.Context, tx store.DBTX, conv Conversation, spec *flows.ReportSpec) ([]Push, error) {
	read, err := store.MediaTexts(ctx, tx, spec.Evidence)
	if err != nil {
		return nil, err
	}
	a := assess(spec, read)
	id, err := store.InsertReport(ctx, tx, store.NewReport{
		Reference: spec.Reference, ConversationID: conv.ID, ContactID: conv.ContactID, Kind: spec.Kind,
		CaseType: a.caseType, Urgency: a.urgency, Language: conv.Locale, Channel: conv.Channel, Source: conv.Source,
		Answers: spec.Answers, Entities: a.entities, RedFlags: flagsOrEmpty(a.flags), Danger: spec.Danger,
		Consent: spec.Consent, Discreet: spec.Discreet, Summary: a.summary,
	})
	if err != nil {
		return nil, err
	}
	if err := store.AddEvidence(ctx, tx, id, spec.Evidence); err != nil {
		return nil, err
	}
	return s.route(ctx, tx, id, a)
}

// Update re-assesses a report with what the person said since it was
// created (the answers after an emergency report was made at once), and
// returns the pushes it caused.
func (s *Service) Update(ctx context.Context, tx store.DBTX, spec *flows.ReportSpec) ([]Push, error) {
	r, err := store.ReportByReference(ctx, tx, spec.Reference)
	if err != nil {
		return nil, fmt.Errorf("casework: update %s: %w", spec.Reference, err)
	}
	return s.update(ctx, tx, r.ID, spec)
}

// update re-assesses a report with its evidence's text read so far.
func (s *Service) update(ctx context.Context, tx store.DBTX, reportID int64, spec *flows.ReportSpec) ([]Push, error) {
	// A report whose reporter withdrew their words takes no more of them
	// (nor new facts, links or referrals): it stays as they left it.
	if withdrawn, err := store.ReportWithdrawn(ctx, tx, reportID); err != nil || withdrawn {
		return nil, err
	}
	evidence, err := store.EvidenceOf(ctx, tx, reportID)
	if err != nil {
		return nil, err
	}
	ids := slices.Clone(spec.Evidence)
	for _, e := range evidence {
		if !slices.Contains(ids, e.MessageID) {
			ids = append(ids, e.MessageID)
		}
	}
	read, err := store.MediaTexts(ctx, tx, ids)
	if err != nil {
		return nil, err
	}
	a := assess(spec, read)
	err = store.UpdateReport(ctx, tx, reportID, store.NewReport{
		CaseType: a.caseType, Urgency: a.urgency, Answers: spec.Answers, Entities: a.entities,
		RedFlags: flagsOrEmpty(a.flags), Danger: spec.Danger, Consent: spec.Consent, Discreet: spec.Discreet, Summary: a.summary,
	})
	if err != nil {
		return nil, err
	}
	if err := store.AddEvidence(ctx, tx, reportID, spec.Evidence); err != nil {
		return nil, err
	}
	return s.route(ctx, tx, reportID, a)
}

// Reassess assesses a report again as it stands, with the text read from
// its evidence since (an image whose OCR finished after the person's reply
// went out): its facts, links and referrals catch up. It returns the
// pushes it caused.
func (s *Service) Reassess(ctx context.Context, tx store.DBTX, reportID int64) ([]Push, error) {
	r, err := store.GetReport(ctx, tx, reportID)
	if err != nil {
		return nil, fmt.Errorf("casework: reassess %d: %w", reportID, err)
	}
	evidence, err := store.EvidenceOf(ctx, tx, reportID)
	if err != nil {
		return nil, err
	}
	spec := &flows.ReportSpec{Reference: r.Reference, Kind: r.Kind, Answers: r.Answers, Danger: r.Danger,
		Consent: r.Consent, Discreet: r.Discreet}
	var texts []string
	for _, e := range evidence {
		spec.Evidence = append(spec.Evidence, e.MessageID)
		if t := strings.TrimSpace(e.Body); t != "" {
			texts = append(texts, t)
		}
	}
	spec.Text = strings.Join(texts, "\n")
	return s.update(ctx, tx, reportID, spec)
}

// Relay attaches a message to a report (talking to a person): every agency
// holding the report is told the reporter wrote.
func (s *Service) Relay(ctx context.Context, tx store.DBTX, spec *flows.ReportSpec) ([]Push, error) {
	r, err := store.ReportByReference(ctx, tx, spec.Reference)
	if err != nil {
		return nil, fmt.Errorf("casework: relay to %s: %w", spec.Reference, err)
	}
	if r.WithdrawnAt != nil {
		return nil, nil // the reporter withdrew their words from it
	}
	if err := store.AddEvidence(ctx, tx, r.ID, spec.Evidence); err != nil {
		return nil, err
	}
	refs, err := store.ReferralsOf(ctx, tx, r.ID)
	if err != nil {
		return nil, err
	}
	var out []Push
	for _, f := range refs {
		out = append(out, Push{Agency: f.Agency, ReferralID: f.ID, Event: EventReply})
	}
	return out, nil
}

// route records the report's keys and amounts, links it with earlier
// reports of the same recruiter, writes one referral per responsible
// agency, tells the ones the matrix no longer names, and drafts the early
// warnings the report's keys now call for.
func (s *Service) route(ctx context.Context, tx store.DBTX, reportID int64, a assessment) ([]Push, error) {
	if err := store.AddKeys(ctx, tx, reportID, a.keys); err != nil {
		return nil, err
	}
	if err := store.SetAmounts(ctx, tx, reportID, a.asked, a.paid); err != nil {
		return nil, err
	}
	linked, err := store.LinkedReports(ctx, tx, reportID)
	if err != nil {
		return nil, err
	}
	priority := "normal"
	if len(linked) >= 2 { // three or more reports of one recruiter
		priority = "high"
	}
	due := s.matrix.Due(a.urgency, s.now())
	away, err := store.TransferredAway(ctx, tx, reportID)
	if err != nil {
		return nil, err
	}
	before, err := store.ReferralsOf(ctx, tx, reportID)
	if err != nil {
		return nil, err
	}
	var pushes []Push
	named := map[string]bool{}
	for _, t := range s.matrix.Route(a.caseType, a.facts) {
		if slices.Contains(away, t.Agency) {
			continue // it handed the case on; do not hand it back
		}
		named[t.Agency] = true
		id, err := store.UpsertReferral(ctx, tx, store.NewReferral{
			ReportID: reportID, Agency: t.Agency, Role: t.Role, Urgency: a.urgency, DueAt: due,
			Reason: t.Reason, LinkedReports: len(linked), Priority: priority,
		})
		if err != nil {
			return nil, err
		}
		pushes = append(pushes, Push{Agency: t.Agency, ReferralID: id, Event: EventRouted})
	}
	// An agency routed to by the report as it first read, that the matrix
	// no longer names for it, keeps its referral (it may have begun work)
	// with a role and reason that say so.
	for _, f := range before {
		if named[f.Agency] || f.Placed || f.Status == "closed" {
			continue
		}
		reason := "No longer named by the charge matrix: the report now reads as " +
			strings.ToLower(routing.CaseTypeName(a.caseType)) + ". Transfer it or close it if it is not for you."
		if f.Role == routing.RoleSupporting && f.Reason == reason {
			continue
		}
		if err := store.RerouteReferral(ctx, tx, f.ID, routing.RoleSupporting, reason); err != nil {
			return nil, err
		}
		pushes = append(pushes, Push{Agency: f.Agency, ReferralID: f.ID, Event: EventUpdated})
	}
	// The earlier reports learn of this one too.
	for _, other := range linked {
		theirs, err := store.LinkedReports(ctx, tx, other)
		if err != nil {
			return nil, err
		}
		if err := store.RaiseLinked(ctx, tx, other, len(theirs)); err != nil {
			return nil, err
		}
	}
	if err := s.warnings(ctx, tx, a.keys); err != nil {
		return nil, err
	}
	return pushes, nil
}

func flagsOrEmpty(f []triage.Flag) []triage.Flag {
	if f == nil {
		return []triage.Flag{}
	}
	return f
}

// Lookup tells what the registry and earlier reports say about the
// licences, phones and links in text.
func (s *Service) Lookup(ctx context.Context, db store.DBTX, text string) (*flows.Lookup, error) {
	text = lang.NumberMarks(text)
	e := triage.Extract(text)
	l := &flows.Lookup{}
	seen := map[string]bool{}
	var licences []string
	for _, raw := range e.Licences {
		lic := oep.NormaliseLicence(raw)
		if lic == "" || seen[lic] {
			continue
		}
		seen[lic] = true
		licences = append(licences, lic)
		info := flows.LicenceInfo{Licence: lic}
		p, err := store.PromoterByLicence(ctx, db, lic)
		switch {
		case err == nil:
			info.Found, info.Name, info.City, info.Status = true, p.Name, p.City, p.Status
		case !errors.Is(err, store.ErrNotFound):
			return nil, err
		}
		l.Licences = append(l.Licences, info)
	}
	var keys []store.Key
	for _, p := range e.Phones {
		keys = append(keys, store.Key{Kind: "phone", Value: p})
	}
	for _, u := range e.URLs {
		keys = append(keys, store.Key{Kind: "url", Value: u})
	}
	for _, lic := range licences {
		keys = append(keys, store.Key{Kind: "licence", Value: lic})
	}
	for _, k := range keys {
		n, err := store.CountReportsNaming(ctx, db, k, 0)
		if err != nil {
			return nil, err
		}
		l.Seen = append(l.Seen, flows.SeenCount{Thing: k.Value, Count: n})
	}
	return l, nil
}

// Reports lists a contact's reports as they may see them.
func (s *Service) Reports(ctx context.Context, db store.DBTX, contactID int64) ([]flows.ReportStatus, error) {
	rows, err := store.ReportsOfContact(ctx, db, contactID, store.RecentReports)
	if err != nil {
		return nil, err
	}
	return s.statuses(ctx, db, rows)
}

// statuses adds to reports what agencies said to the person.
func (s *Service) statuses(ctx context.Context, db store.DBTX, rows []store.ReportState) ([]flows.ReportStatus, error) {
	out := make([]flows.ReportStatus, 0, len(rows))
	for _, r := range rows {
		notes, err := store.AgencyNotesOf(ctx, db, r.ID)
		if err != nil {
			return nil, err
		}
		rs := flows.ReportStatus{Reference: r.Reference, Status: r.Status, CreatedAt: r.CreatedAt}
		for _, n := range notes {
			rs.Messages = append(rs.Messages, flows.AgencyMessage{Agency: n.Agency, Text: lastLine(n.Body)})
		}
		out = append(out, rs)
	}
	return out, nil
}

// lastLine drops the heading line an agency message carries ("Message from
// FIA about your report …"): the status view names the agency itself.
func lastLine(s string) string {
	if i := strings.Index(s, "\n"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// saidInOrder are the sums a text names, the ones taken back in the same
// breath too ("yes 5 lakh.. no wait, 6 lakh"), in the order written: the
// conversation reads what a correction settles on itself (C41-001).
func saidInOrder(text string, e triage.Entities) []triage.Amount {
	if len(e.TakenBack) == 0 {
		return e.Amounts
	}
	all := append(slices.Clone(e.Amounts), e.TakenBack...)
	at := func(a triage.Amount) int {
		if k := strings.Index(text, a.Text); k >= 0 {
			return k
		}
		return len(text)
	}
	slices.SortStableFunc(all, func(x, y triage.Amount) int { return at(x) - at(y) })
	return all
}
