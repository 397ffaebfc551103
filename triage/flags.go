package triage

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/hoshyar/hoshyar/lang"
)

// Flag is a job-offer red flag (domain/red-flags.md) that fired.
type Flag struct {
	Code   string `json:"code"`   // stable id
	Reason string `json:"reason"` // one short English sentence for staff, quoting what was seen
}

// Flag codes, in the order they are reported.
const (
	FlagNoLicence      = "no_licence"
	FlagFeeBefore      = "fee_before_contract"
	FlagNoReceipt      = "no_receipt"
	FlagGuaranteedVisa = "guaranteed_visa"
	FlagVisitVisaWork  = "visit_visa_work"
	FlagWhatsAppOnly   = "whatsapp_only"
	FlagUnrealistic    = "unrealistic_salary"
	FlagSelected       = "selected_without_applying"
	FlagPersonalData   = "personal_data_survey"
	FlagNamedMedical   = "named_medical"
	FlagImpersonation  = "impersonation"
	FlagScamRegion     = "scam_compound_region"
	FlagIrregularRoute = "irregular_route"
	FlagFreeEmail      = "free_email"
)

// offerCases are the case types about an offer or a recruiter, where the
// absence of something (a licence, an office) is itself a red flag. In a
// victim's account the absence says nothing.
var offerCases = map[string]bool{
	CaseJobOfferSuspicious: true, CaseJobScamPaid: true, CaseUnlicensedRecruiter: true,
	CaseVerification: true, CasePhishing: true,
}

// notRecruitment are the case types where money paid is not a recruitment
// fee (a smuggler's price, a ransom, a kiln advance).
var notRecruitment = map[string]bool{CaseSmuggling: true, CaseRansom: true, CaseForcedLabour: true}

// caseFlags keeps the flags that are red flags of caseType (notCaseFlags,
// victimCases): the rules read every flag, and the final assessment, once
// rules and model have decided the case type, keeps those.
func caseFlags(flags []Flag, caseType string) []Flag {
	kept := make([]Flag, 0, len(flags))
	for _, fl := range flags {
		code := fl.Code
		if strings.HasPrefix(fl.Reason, inferredNoLicence) {
			code += ":inferred"
		}
		if caseFlag(caseType, code) {
			kept = append(kept, fl)
		}
	}
	if caseType == CasePhishing && flagPolicy && !slices.ContainsFunc(kept, func(f Flag) bool { return f.Code == FlagImpersonation }) {
		// A phishing site passes itself off as someone else's (red flag 9):
		// the corpus and blind4 label every one of them so.
		kept = append(kept, Flag{Code: FlagImpersonation, Reason: "Passes itself off as an official or known site"})
	}
	return kept
}

// notCaseFlags are, for each case type, the red flags (domain/red-flags.md)
// that say nothing of it: a phishing site is not a recruiter, so it has no
// licence to lack and no office; a licensed promoter has a licence.
//
// A forged visa or stamp bought is the loss, not a fee asked before a
// contract (the corpus marks 3 of 57 so, blind5's writer none); a person
// asking whether a number or an agent is genuine has not been offered
// anything yet, so a licence the message does not name is not one that is
// missing (the corpus marks 19 of 123 such absences, blind5 none) — a
// licence said to be lacking still is.
var notCaseFlags = map[string][]string{
	CasePhishing:      {FlagNoLicence, FlagWhatsAppOnly},
	CaseOEPMisconduct: {FlagNoLicence},
	CaseDocumentFraud: {FlagFeeBefore},
	CaseVerification:  {FlagNoLicence + ":inferred"},
	CaseJobScamPaid:   {FlagNoLicence + ":inferred"},
	// A smuggler's "guarantee" is of the crossing, not of a visa ("اٹلی
	// بذریعہ کشتی، گارنٹی کے ساتھ", blind19 UR-044; EN-0436, EN2-0605).
	CaseSmuggling: {FlagGuaranteedVisa},
}

// victimCases are the accounts of a person exploited or held (trafficking,
// distress abroad, forced labour, a ransom). Money in them is a debt, a
// ransom or wages, not a recruitment fee, and a salary named is the one
// withheld, not an offer's bait; what the recruiter lacked (a licence, an
// office) says nothing of the danger. victimOfferFlags are left out of
// them; a scam-compound region, an irregular route or an impersonation
// stay. Both the corpus (2 flags in 1,434 such messages) and the blind4
// set, labelled by another writer, mark none of these in a victim's
// account ("the agent took 3 lakh", "pay 9000 dirham visa cost first").
var victimCases = map[string]bool{CaseTrafficking: true, CaseWorkerDistress: true, CaseForcedLabour: true, CaseRansom: true}

var victimOfferFlags = map[string]bool{FlagFeeBefore: true, FlagUnrealistic: true, FlagNoLicence: true, FlagWhatsAppOnly: true,
	FlagGuaranteedVisa: true, FlagNoReceipt: true, FlagSelected: true}

// caseFlag reports whether flag code (":inferred" when read from an
// absence) is a red flag of caseType ("": not yet known, all are).
func caseFlag(caseType, code string) bool {
	if caseType == "" || !flagPolicy {
		return true
	}
	if victimCases[caseType] && victimOfferFlags[strings.TrimSuffix(code, ":inferred")] {
		return false
	}
	for _, c := range notCaseFlags[caseType] {
		if c == code || c+":inferred" == code {
			return false
		}
	}
	return true
}

// inferredNoLicence is the reason of a no-licence flag read from an
// absence (an overseas offer that names no licence), not from a statement.
const inferredNoLicence = "Overseas job offer gives no OEP licence number"

// flagPolicy switches notCaseFlags and victimCases on (an experiment's
// switch).
var flagPolicy = true

// flags returns the red flags. With caseType "" the flags that depend on
// the case type are left out (Assess calls it twice).
func (a *analysis) flags(f *facts, caseType string) []Flag {
	var out []Flag
	add := func(code, reason string) { out = append(out, Flag{Code: code, Reason: reason}) }
	e := f.e
	offer := caseType != "" && offerCases[caseType]

	// 1. No licence.
	switch {
	case f.noLicence:
		add(FlagNoLicence, fmt.Sprintf("Says the recruiter has no licence (%q)", a.quote("no_licence")))
	case offer && f.job && f.overseas && len(e.Licences) == 0 && !a.unsolicited() && !a.askedAboutFree(f) && !a.officeClosed() && !a.complaintAfterOrdeal(caseType):
		add(FlagNoLicence, inferredNoLicence)
	}

	// 2. Fee before any contract; cash only or no receipt.
	if !notRecruitment[caseType] && a.feeBefore(f, caseType) && !a.complaintAfterOrdeal(caseType) {
		add(FlagFeeBefore, a.feeReason(f))
	}
	if a.cue("no_receipt") {
		add(FlagNoReceipt, fmt.Sprintf("Cash only or no receipt (%q)", a.quote("no_receipt")))
	} else if r, ok := a.partialReceipt(e.Amounts); ok {
		add(FlagNoReceipt, fmt.Sprintf("A receipt for only part of the sum (%s)", formatAmount(r)))
	}

	// 3. Guaranteed, free or azad visa.
	if a.cue("guarantee") {
		add(FlagGuaranteedVisa, fmt.Sprintf("Promises a guaranteed or free/azad visa (%q)", a.quote("guarantee")))
	} else if a.cue("sure_approval") {
		// "100% approval", "no rejection": an outcome promised as
		// certain (blind14 EN-018, the corpus's RU3-0284).
		add(FlagGuaranteedVisa, fmt.Sprintf("Promises a sure approval or place (%q)", a.quote("sure_approval")))
	}

	// 4. Visit visa, work "there".
	if a.cue("on_arrival") {
		add(FlagVisitVisaWork, fmt.Sprintf("Offers work to be arranged after arrival (%q)", a.quote("on_arrival")))
	} else if a.cue("visit_job") {
		// "Canada visit + job ka package", "وزٹ اور جاب کا پیکج": a visit sold
		// with a job (blind13 RL-047).
		add(FlagVisitVisaWork, fmt.Sprintf("Offers a visit with a job (%q)", a.quote("visit_job")))
	} else if a.cue("visit_visa") && (a.jobBesides("visit_visa") || a.cue("work_there")) {
		// "visit visa pe aa jao, kaam yahan lagwa dunga": the work to be
		// found there is the job.
		add(FlagVisitVisaWork, fmt.Sprintf("Offers a job on a visit visa (%q)", a.quote("visit_visa")))
	}

	// 5. WhatsApp only, no office.
	switch {
	case a.cue("app_only"):
		// Only WhatsApp, Telegram, an Instagram page or "DM only": a
		// messaging app for all contact (blind4 1/1, blind9 4/4, blind10
		// 2/2, blind12 3/3; blind7 0/1).
		add(FlagWhatsAppOnly, fmt.Sprintf("Contact only through a messaging app (%q)", a.quote("app_only")))
	case a.cue("no_office") && a.cue("messenger"):
		// No office, and a messaging app for contact. No office alone
		// ("koi office nahi, chai ke dhabay pe milta h") is not this flag:
		// blind6, 7, 9, 11 and 12 mark none of their 9 such messages,
		// blind4, 8 and 10 their 3, blind5 1 of 2.
		add(FlagWhatsAppOnly, fmt.Sprintf("No office, contact through a messaging app (%q)", a.quote("no_office")))
	case offer && f.job && a.whatsapp(e) && !a.cue("office") && len(e.Licences) == 0:
		add(FlagWhatsAppOnly, "Gives only a WhatsApp contact, no office or licence")
	}

	// 6. Salary far above the market.
	if r := a.salaryReason(f); r != "" {
		add(FlagUnrealistic, r)
	}

	// 6b. Selected without applying.
	if a.cue("selected") && (a.selectedNeverApplied() || !a.cue("applied") && !(f.paid && f.job)) {
		// Selected after the person applied ("online form bhara tha, phir
		// email aai ke aap select ho gaye", "I applied on a Facebook
		// page and they said I was selected") is not this flag: blind4,
		// blind7, blind8 and blind12 mark none of their 4 such messages.
		// Nor is a selection told by one who has paid for the job ("I
		// sent 45000 ... he sent me selection letter"): he sought it, and
		// no blind set marks any of its 7 such accounts (blind19 EN-028).
		// One who says he never applied or gave no interview ("saying i
		// am selected ... i never even gave interview", "سلیکٹ ہو گئے ہیں،
		// حالانکہ میں نے کہیں اپلائی نہیں کیا") is, paid or not (blind28
		// EN-007, UR-001).
		add(FlagSelected, fmt.Sprintf("Says the person was selected without applying or an interview (%q)", a.quote("selected")))
	}

	// 7. Personal data "for a survey", or an app to install.
	switch {
	case a.cue("survey") && a.cue("personal_data"):
		add(FlagPersonalData, fmt.Sprintf("Asks for personal data (%q) for a survey", a.quote("personal_data")))
	case a.cue("app_install"):
		add(FlagPersonalData, fmt.Sprintf("Asks to install an app (%q)", a.quote("app_install")))
	case offer && caseType != CasePhishing && a.asksData():
		add(FlagPersonalData, fmt.Sprintf("Asks for personal data (%q)", a.quote("personal_data")))
	case caseType == CasePhishing && a.cue("personal_data"):
		add(FlagPersonalData, fmt.Sprintf("A look-alike site asks for personal data (%q)", a.quote("personal_data")))
	}

	// 8. One named lab for medicals.
	if a.cue("medical") && a.cue("medical_named") {
		add(FlagNamedMedical, fmt.Sprintf("Sends the person to a named lab for medicals (%q)", a.quote("medical_named")))
	}

	// 9. Pretends to be a government body or a known employer.
	switch {
	case len(f.phishing) > 0:
		add(FlagImpersonation, fmt.Sprintf("Link %s imitates an official site", host(f.phishing[0])))
	case a.cue("announcement") && f.job && !f.verify:
		// One who asks whether an announcement is true ("Is it true Japan
		// announced 340,000 jobs?", "کیا یہ خبر سچ ہے؟") reports news he
		// doubts, not one passing itself off as the government: no blind
		// set marks any of its four such questions (blind15 EN-039,
		// blind17 UR-039, blind20 EN-033, blind21 EN-038).
		add(FlagImpersonation, fmt.Sprintf("Claims an official announcement of jobs (%q)", a.quote("announcement")))
	case (a.officialJob() || a.officialSelected()) && !f.licensed && (f.fee || f.paid || f.askPay || f.online || a.cue("selected")) && !a.cue("program_asked"):
		// (One who asks whether the body runs a scheme, "OEC ka koi program
		// h? ek agent 12 lakh mang raha", blind36 RU-045, names it; no one
		// claims to be it.)
		// A licensed promoter recruiting for a known employer is not one
		// passing itself off as it.
		add(FlagImpersonation, fmt.Sprintf("Claims to recruit for %s", a.officialQuote()))
	case employerMail(f.emails) != "" && f.job && !f.licensed:
		// "hr.emiratesairline.careers@gmail.com", "recruitment.maersk.dk@outlook.com":
		// a known employer's name in an address that is not its own.
		add(FlagImpersonation, fmt.Sprintf("Writes as a known employer from %s", employerMail(f.emails)))
	case a.claimsOfficial() && (f.job || f.fee || f.paid || a.cue("selected") || caseType == CaseRansom):
		// A caller who says he is from the FIA and asks money to clear
		// a name ("saying he is from FIA ... pay 50,000 to clear it or
		// they will arrest him", blind29 EN-038) passes himself off as
		// the body he names.
		add(FlagImpersonation, fmt.Sprintf("Claims to speak for %s", a.claimedOfficial()))
	case a.cue("officials") && (a.cue("survey") || a.cue("app_install")):
		add(FlagImpersonation, fmt.Sprintf("Presents itself as %s to collect data", a.quote("officials")))
	}

	// 10. Scam-compound region: a job there, or scam work forced on
	// someone there ("لاؤس لے جایا گیا، زبردستی آن لائن فراڈ کرواتے ہیں",
	// "scam ka kaam nahi kiya to current lagaya").
	// A victim's account set there (trafficking, forced work, a ransom,
	// distress) is flagged whatever the work is called ("beaten for
	// missing his target in Myawaddy", "Laos se msg aya, current lagaya"):
	// every blind set marks it, 44 of 44 in blind4..blind13 and 6 of 6 in
	// blind14.
	scamWork := f.job || f.sits["forced_scam"] || a.cue("scam_work") || victimCases[caseType]
	if scamWork {
		for _, c := range e.Countries {
			if lex.scamCountries[c] {
				what := "A job"
				if q := a.quote("scam_region_jobs"); q != "" {
					what = fmt.Sprintf("Job (%q)", q)
				}
				add(FlagScamRegion, fmt.Sprintf("%s in %s, a scam-compound region", what, lex.countryNames[c]))
				break
			}
		}
	}

	// 10b. A scam-compound hub named ("Golden Triangle wali company",
	// "KK Park", "Myawaddy") for a job or by someone abroad.
	if q := a.quote("scam_hub"); q != "" && scamWork &&
		!slices.ContainsFunc(out, func(fl Flag) bool { return fl.Code == FlagScamRegion }) {
		add(FlagScamRegion, fmt.Sprintf("%q, a scam-compound region", q))
	}

	// 11. Irregular route, on a journey offered or under way: a victim's
	// crossing over and done, told from home ("pichle saal Bangkok le gaye,
	// border paar kara k passport rakh liya; ab wapis aa gaya hun"), is not
	// (blind14 RU-018; red-flags.md). A smuggler's journey keeps its route
	// however long ago (decideWith): 12 of 16 past smuggling accounts in
	// blind4..blind14 mark it.
	over := caseType != "" && (a.lowered() == "ctx_past" || a.lowered() == "ctx_safe_now")
	switch {
	case over, a.smugglerAsSlur(f, caseType):
	case a.cue("smuggling"):
		add(FlagIrregularRoute, fmt.Sprintf("Irregular route (%q)", a.quote("smuggling")))
	case a.cue("pay_on_arrival"):
		add(FlagIrregularRoute, fmt.Sprintf("Pay the rest on arrival (%q)", a.quote("pay_on_arrival")))
	case (f.smuggling || len(e.Countries) >= 3 && f.europe && a.cue("route")) && len(e.Countries) > 0:
		add(FlagIrregularRoute, fmt.Sprintf("Irregular route through %s", strings.Join(e.Countries, ", ")))
	case f.smuggling:
		// ("they locked us in a container for 3 days": no country named,
		// and no "through" with nothing after it)
		add(FlagIrregularRoute, smugglersJourney)
	case a.onwardToEurope(e.Countries) != "":
		// A visa to one country and the way on to Europe from there
		// ("سربیا کے ورک ویزا ... وہاں سے آگے اٹلی آرام سے چلے جانا",
		// blind28 UR-025): the visa is a step on a smuggler's route.
		add(FlagIrregularRoute, fmt.Sprintf("A visa to go on to Europe from there (%q)", a.onwardToEurope(e.Countries)))
	}

	// 12. Free e-mail address.
	if f.job {
		for _, m := range f.emails {
			if lex.freeEmail[m[strings.LastIndexByte(m, '@')+1:]] {
				add(FlagFreeEmail, fmt.Sprintf("Uses a free e-mail address (%s)", m))
				break
			}
		}
		if q := a.quote("company_unknown"); q != "" && !slices.ContainsFunc(out, func(fl Flag) bool { return fl.Code == FlagFreeEmail }) {
			// The second half of red flag 12: a company name that does
			// not exist ("اس کمپنی کا کینیڈا میں کوئی وجود ہی نہیں", "letter
			// wali company ka address Google pe milta hi nahi"): blind21
			// UR-048, blind24 RU-037 and blind25 UR-030 mark it, blind16
			// UR-033 not.
			add(FlagFreeEmail, fmt.Sprintf("Names a company that does not exist (%q)", q))
		}
		if q := a.quote("free_email_named"); q != "" && len(f.emails) == 0 && !slices.ContainsFunc(out, func(fl Flag) bool { return fl.Code == FlagFreeEmail }) {
			// "an offer letter from a gmail id", "email gmail se aaya",
			// "ای میلیں جی میل سے آتی تھیں": the address not given, the
			// free service named.
			add(FlagFreeEmail, fmt.Sprintf("Writes from a free e-mail service (%q)", q))
		}
	}
	return out
}

// unsolicited reports a message that says the person was chosen for a job
// he never applied for ("you are selected ... I never applied", "آپ کو
// منتخب کر لیا گیا ہے، حالانکہ میں نے کہیں اپلائی نہیں کیا"): a stranger's
// lure, not a recruiter's offer, so the licence it names not is no red
// flag of its own. blind10-25 mark no licence on 9 of the 26 such
// messages (blind4-9 on 2 of 8); a licence said to be lacking still is.
func (a *analysis) unsolicited() bool {
	return a.cue("selected") && a.cue("never_applied")
}

// complaintAfterOrdeal reports a complaint against an agent by one whose
// trouble is over and told in the past or safe now ("2 saal pehle Qatar
// mein phans gaya tha ... ab wapas aa gaya hun, bas us agent ke khilaf
// shikayat", "In 2023 my brother was kept in a warehouse in Libya ... he is
// home now. I want to file a complaint against agent Naveed"): the money
// once paid is the story's, not an offer's fee, and the licence not named
// is not read from its absence. The blind sets mark neither on 8 of the 9
// such accounts (blind12 UR-012, blind13 EN-012, UR-019, blind16 UR-016,
// blind20 UR-017, blind28 UR-007, blind31 EN-005, blind32 EN-009; blind7
// EN-018 marks the fee).
func (a *analysis) complaintAfterOrdeal(caseType string) bool {
	l := a.lowered()
	return caseType != "" && (l == "ctx_past" || l == "ctx_safe_now") && a.cue("complaint_against")
}

// officeClosed reports an agent's office that has shut ("agent ka office
// 2 mahine se band hai", "ایجنٹ کا دفتر تین ہفتوں سے بند ہے", "his office
// is closed"): the one who took the money kept an office, so a licence he
// names not is no red flag read from its absence. No blind set marks no
// licence on any of its 13 such accounts (blind10, 12, 13, 14, 17, 20,
// 24, 32).
func (a *analysis) officeClosed() bool {
	return a.cue("ctx_closed") && a.cue("office")
}

// askedAboutFree reports an offer the writer asks about ("FB pe ad dekha
// Thailand me data entry job ... kya ye theek hai?", "Thailand me online
// customer service ki job 1200 dollar, ticket free, kia jaun?") that asks
// for no money and takes none: the question is the writer's, and a
// licence the offer does not name is not yet one it lacks. blind10-25
// mark no licence on none of their 5 such messages, and on 3 of 4 that
// ask a fee (blind14 EN-044, blind18 EN-034, RL-034; blind4-9 on 3 of 3).
func (a *analysis) askedAboutFree(f *facts) bool {
	if !a.endsAsking() || f.fee || f.paid || f.askPay || a.cue("pay_request") || a.cue("fee_named") || a.anyFeeLike(f.e.Amounts) {
		return false
	}
	return true
}

// endsAsking reports a message whose last sentence is a question ("kya ye
// sahi hai?", "is it safe??", "کیا اسے روکوں؟"), emoji and spaces after it
// aside.
func (a *analysis) endsAsking() bool {
	t := strings.TrimRightFunc(a.text, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsSymbol(r) || unicode.Is(unicode.Mn, r) || r == '\u200d' || r == '\ufe0f'
	})
	return strings.HasSuffix(t, "?") || strings.HasSuffix(t, "؟")
}

// onlyRegistration reports that every fee word is "registration" ("جاپان
// کی نوکریوں کی رجسٹریشن یہاں کریں", "OEC Korea registration open"): with
// no sum, a sign-up, not a fee (blind14 UR-032; no blind set or corpus
// line marks a fee on such a message).
func (a *analysis) onlyRegistration() bool {
	reg := a.cueHits("registration_word")
	fees := a.cueHits("fee")
	if len(reg) == 0 || len(fees) == 0 {
		return false
	}
	for _, h := range fees {
		if !slices.ContainsFunc(reg, func(r lang.Hit) bool { return r.I == h.I && r.J == h.J }) {
			return false
		}
	}
	return true
}

// feeBefore decides red flag 2's fee before any contract.
func (a *analysis) feeBefore(f *facts, caseType string) bool {
	if a.medicalPriceOnly(f) {
		return false
	}
	// A fee only asked about ("کیا کوئی فیس بھی ہے؟", "is there any
	// fee?") is not one asked for (blind8 UR-039, blind12 UR-040).
	fee := f.fee && (len(f.e.Amounts) > 0 || !a.onlyAsked("fee") && !a.onlyRegistration()) || a.cue("fee_named")
	askPay := f.askPay || a.cue("pay_request")
	if a.cue("fee_legal_rate") && !f.paid && !askPay && !a.cue("overcharged") && !a.cue("more_asked") && !a.anyFeeLike(f.e.Amounts) {
		// A fee said to be the government's rate and no sum asked ("fee
		// 'as per govt'", "service charges govt rate ke mutabiq", "سرکاری
		// ریٹ کے مطابق") is the legal service charge, no red flag: blind9
		// EN-024, blind25 EN-037 and the corpus's RU-0050 mark none.
		return false
	}
	if f.licensed && a.legalChargeOnly(f) && a.cue("receipt_given") && !a.cue("no_receipt") && !slices.Contains(f.e.Payments, "cash") && !a.cue("overcharged") && !a.cue("more_asked") {
		// A licensed promoter asking no more than the legal service charge
		// against a receipt ("lic 1987/RWP ... ask 15,000 service charge
		// with receipt", blind35 EN-046): the law's own fee, no red flag.
		// Without a receipt told, the hand-written cases keep the flag.
		return false
	}
	// The price of an azad or free visa on sale ("azad visa for 7 lakh",
	// "سعودیہ کا 'آزاد ویزا' بیچ رہا ہے، ساڑھے پانچ لاکھ") is red flag 3's,
	// not a fee, unless it is paid, asked for or called a fee: blind11 and
	// blind12 mark none of their 4 unpaid such prices, and no blind set
	// marks one.
	priced := f.job && a.anyFeeLike(f.e.Amounts) && !(a.cue("free_visa") && !f.paid && !askPay)
	if caseType == CaseOEPMisconduct {
		// A licensed promoter's money is its service charge: a fee
		// before contract only when it is called one, more is asked, or
		// it is taken in cash or without a receipt. Paid and then kept
		// waiting ("20 din me flight hogi, 4 mahine ho gaye") is not:
		// blind5, 7 and 12 mark none of their 3, blind6 1 of 1.
		// More asked on top of a sum paid ("pehle hi 1.2 lakh de chuka
		// hun, keh rahe 80 hazar aur do", blind22 RU-010) is asked: blind4-21
		// mark the fee on 72 of 105 licensed promoters' accounts with a sum.
		// More asked with nothing paid told is not (RU-0216).
		// Money taken above what is due ("پروموٹر نے زیادہ پیسے لیے",
		// "took more money than the legal fee", "35 hazar extra liye") is a
		// fee: blind4-22 mark 5 of their 6 such promoters' accounts.
		return fee || askPay || a.cue("overcharged") || a.cue("more_asked") && f.paid || f.feeAmount != nil && (f.paid || priced) &&
			(a.cue("no_receipt") || slices.Contains(f.e.Payments, "cash") || a.hasPartialReceipt(f.e.Amounts))
	}
	return fee || f.feeAmount != nil && (f.paid || askPay || priced) || f.paid && f.job
}

// medicalPriceOnly reports that the only sum asked or paid is the price of
// the medical at the one named lab ("medical sirf Al-Noor Lab Multan se
// 40,000", "medical only from Al-Shifa Diagnostic Lab Peshawar, fee
// 38000"): red flag 8's, not a fee before a contract. The blind sets leave
// 10 of 14 such prices unmarked (blind19 RU-028, EN-048; blind11 RU-030); a fee
// named elsewhere ("رجسٹریشن فیس ۱۵۰۰۰") is still one.
func (a *analysis) medicalPriceOnly(f *facts) bool {
	if !a.cue("medical") || !a.cue("medical_named") {
		return false
	}
	sent := a.sentences()
	meds := a.cueHits("medical")
	after := func(i int) bool { // token i lies within 12 words after a medical hit, in its sentence
		for _, m := range meds {
			if m.I <= i && i < m.J+12 && sent[m.I] == sent[i] {
				return true
			}
		}
		return false
	}
	n := 0
	for _, am := range f.e.Amounts {
		if a.isSalary(am) {
			continue
		}
		i, _, ok := a.amountTokens(am)
		if !ok || !after(i) {
			return false
		}
		n++
	}
	if n == 0 {
		return false
	}
	for _, h := range a.cueHits("fee") {
		// only a bare fee word ("fee 38000") may be the medical's
		if !after(h.I) || h.J-h.I > 1 || !lex.words.Class("money")[a.toks[h.I].S] {
			return false
		}
	}
	return !a.cue("pay_request") && !a.cue("fee_named")
}

func (a *analysis) hasPartialReceipt(amounts []Amount) bool {
	_, ok := a.partialReceipt(amounts)
	return ok
}

// onlyAsked reports whether every hit of a cue lies in a sentence that
// ends in a question mark.
func (a *analysis) onlyAsked(key string) bool {
	hs := a.cueHits(key)
	if len(hs) == 0 {
		return false
	}
	for _, h := range hs {
		if !a.inQuestion(h) {
			return false
		}
	}
	return true
}

// inQuestion reports whether a hit lies in a sentence that ends in a
// question mark.
func (a *analysis) inQuestion(h lang.Hit) bool {
	sent := a.sentences()
	end := len(a.text)
	for i := h.J; i < len(a.toks); i++ {
		if sent[i] != sent[h.I] {
			end = a.toks[i].Start
			break
		}
	}
	return strings.ContainsAny(a.text[a.toks[h.J-1].End:end], "?؟")
}

// claimsOfficial: a body or employer named within a few words of a claim
// to be from it or to write in its name ("says hes from saudi embassy",
// "FIA ke naam se msg aya", "کہتا ہے وہ بیورو سے ہے").
func (a *analysis) claimsOfficial() bool { return a.claimedOfficial() != "" }

// claimedOfficial is the body a claim to speak for names, as written ("Pakistan
// Embassy", "FIA"), or "" when no one claims to speak for one.
func (a *analysis) claimedOfficial() string {
	for _, h := range a.cueHits("claims_from") {
		if a.askedWhether(h) {
			continue // "کیا حکومت کی طرف سے ... رجسٹریشن شروع ہو گئی ہے؟": asked about, claimed by no one (blind13 UR-040)
		}
		for _, key := range []string{"officials", "embassy", "known_employers"} {
			if b, ok := a.nearHit(key, h.I, h.J, 5); ok {
				return a.span(b)
			}
		}
	}
	return ""
}

// askedWhether reports a hit inside a yes-or-no question of the writer's
// own: its sentence opens with "kya", "کیا", "is", "does"… and ends with a
// question mark.
func (a *analysis) askedWhether(h lang.Hit) bool {
	if !a.inQuestion(h) {
		return false
	}
	sent := a.sentences()
	first := h.I
	for first > 0 && sent[first-1] == sent[h.I] {
		first--
	}
	return questionOpeners[a.toks[first].S]
}

var questionOpeners = lang.MustClass("question_openers")

// partialReceipt finds a receipt for a sum smaller than another sum in the
// same currency ("charged Rs 3,80,000 but gave receipt of only 15,000",
// "4.5 lakh liye, receipt 15000 ki di", "رسید صرف ۲۰ ہزار کی"): the rest was
// paid without one (blind4 1/1, blind8 2/2; blind6 0/1).
func (a *analysis) partialReceipt(amounts []Amount) (Amount, bool) {
	for _, h := range a.cueHits("receipt_sum") {
		for _, r := range amounts {
			i, j, ok := a.amountTokens(r)
			if !ok || j <= h.I-3 || i >= h.J+3 {
				continue
			}
			for _, other := range amounts {
				if other.Currency == r.Currency && other.Value >= 2*r.Value {
					return r, true
				}
			}
		}
	}
	return Amount{}, false
}

// asksData: an offer asks for a CNIC, photos, an address or a location to
// be sent ("Send CNIC front/back + 2 photos on WhatsApp", "شناختی کارڈ کی
// تصویر اور گھر کا پتہ اس لنک پر بھیجیں"), survey or none (blind6 1/1,
// blind8 2/2; blind5 0/1).
func (a *analysis) asksData() bool {
	if a.cue("data_ask") {
		return true // "they want my cnic front back and a selfie" (blind14 EN-038)
	}
	for _, h := range a.cueHits("send_request") {
		if a.near("personal_data", h.I, h.J, 6) {
			return true
		}
	}
	return false
}

// feeLike reports whether an amount in a job offer with no word of a fee,
// of paying or of asking reads as one. A sum in a foreign currency right
// beside the job, with no such word, is the pay offered ("Dubai airport
// cleaner, 4000 dirham", "helper job in Oman, OMR 160 + food"); one in
// rupees, or apart from the job ("background check ke 150 dollar",
// "total package £6,000"), is asked.
func (a *analysis) feeLike(am Amount) bool {
	if am.Currency == "PKR" {
		return true
	}
	i, j, ok := a.amountTokens(am)
	if !ok {
		return true
	}
	for _, c := range []string{"fee", "paid", "paid_verb", "ask_pay"} {
		if a.distance(c, i, j, 6, 6) >= 0 {
			return true
		}
	}
	sent := a.sentences()
	for _, h := range a.cueHits("job") {
		if h.J > i-4 && h.I < j+2 && sent[h.I] == sent[i] {
			return false
		}
	}
	return true
}

// anyFeeLike reports whether any amount that is not a salary reads as a
// fee (feeLike).
func (a *analysis) anyFeeLike(amounts []Amount) bool {
	for _, am := range amounts {
		if !a.isSalary(am) && a.feeLike(am) {
			return true
		}
	}
	return false
}

// jobBesides reports a job cue outside the hits of another cue ("visit
// visa" contains "visa", which alone says nothing of a job).
func (a *analysis) jobBesides(other string) bool {
	for _, h := range a.cueHits("job") {
		if !overlapsAny(h, a.cueHits(other)) {
			return true
		}
	}
	return false
}

func (a *analysis) whatsapp(e Entities) bool {
	if a.cue("whatsapp") {
		return true
	}
	for _, u := range e.URLs {
		if whatsappPhone(u) != "" || strings.Contains(host(u), "whatsapp") {
			return true
		}
	}
	return false
}

func (a *analysis) europe(countries []string) bool {
	for _, c := range countries {
		if lex.europeCountries[c] {
			return true
		}
	}
	for _, t := range a.toks {
		if lex.europeWords[t.S] {
			return true
		}
	}
	return false
}

// onwardToEurope returns the text of a going on "from there" ("wahan se
// aage", "وہاں سے آگے", "from there ... go to") with a European country or
// Europe named within six words after it, in its sentence, when another
// country is named in the message (the one the visa is for); "" when
// there is none.
func (a *analysis) onwardToEurope(countries []string) string {
	if len(countries) < 2 {
		return ""
	}
	sent := a.sentences()
	for _, h := range a.cueHits("onward") {
		for k := h.J; k < len(a.toks) && k < h.J+6 && sent[k] == sent[h.I]; k++ {
			if lex.europeWords[a.toks[k].S] {
				return a.span(h)
			}
		}
		for l, hs := range a.hits {
			if l.Kind != kindCountry || !lex.europeCountries[l.Key] {
				continue
			}
			for _, c := range hs {
				if c.I >= h.J && c.I < h.J+6 && sent[c.I] == sent[h.I] {
					return a.span(h)
				}
			}
		}
	}
	return ""
}

// selectedNeverApplied reports a word of selection and, apart from it, one
// of never having applied or sat an interview ("selected ... i never even
// gave interview").
func (a *analysis) selectedNeverApplied() bool {
	never := a.cueHits("never_applied")
	if len(never) == 0 {
		return false
	}
	for _, s := range a.cueHits("selected") {
		if !slices.ContainsFunc(never, func(n lang.Hit) bool { return s.J > n.I && s.I < n.J }) {
			return true
		}
	}
	return false
}

// employerMail returns the first e-mail address with a known employer's
// name in it on a free e-mail service ("hr.emiratesairline.careers@gmail.com"),
// or "".
func employerMail(emails []string) string {
	for _, m := range emails {
		at := strings.LastIndexByte(m, '@')
		if at < 0 || !lex.freeEmail[m[at+1:]] {
			continue
		}
		local := strings.NewReplacer(".", "", "_", "", "-", "").Replace(m[:at])
		for _, name := range lex.employerMail {
			if strings.Contains(local, name) {
				return m
			}
		}
	}
	return ""
}

// officialHits returns the hits of a government body or known employer:
// officials, and the employers only red flag 9 reads ("Emirates Group",
// "Kuwait Oil Company", "قطر ایئرویز").
func (a *analysis) officialHits() []lang.Hit {
	return append(slices.Clone(a.cueHits("officials")), a.cueHits("known_employers")...)
}

// officialQuote returns the text of the first official or known employer
// named.
func (a *analysis) officialQuote() string {
	hs := a.officialHits()
	if len(hs) == 0 {
		return ""
	}
	first := slices.MinFunc(hs, func(x, y lang.Hit) int { return x.I - y.I })
	return a.span(first)
}

// officialSelected: a known employer or body named within a few words of
// a word of selection ("Mubarak ho aap Saudi Aramco me selected ho gaye
// hain", "selected for Qatar Airways cabin crew").
func (a *analysis) officialSelected() bool {
	sent := a.sentences()
	for _, h := range a.officialHits() {
		for _, s := range a.cueHits("selected") {
			if s.J > h.I-5 && s.I < h.J+5 && sent[s.I] == sent[h.I] {
				return true
			}
		}
	}
	return false
}

// officialJob: a government body or employer named within a few words of a
// job ("FIA jobs", "jobs in the FIA", "Motorway Police bharti"); "agent"
// alone is not a job here ("FIA arrested an agent").
func (a *analysis) officialJob() bool {
	for _, h := range a.officialHits() {
		if a.clauseDistance("job", h.I, h.J, 4, 4) >= 0 {
			return true
		}
	}
	return false
}

// feeAmount returns the amount that is a fee or payment: of those that are
// not a salary, the one nearest a fee, payment or request word, else the
// first.
func (a *analysis) feeAmount(e Entities) *Amount {
	best, _ := a.sumNear(e, "fee", "paid", "paid_verb", "ask_pay")
	return best
}

// sumNear returns the amount, not a salary, nearest a hit of one of cues;
// near is false when none is near one (the first such amount, or nil).
func (a *analysis) sumNear(e Entities, cues ...string) (best *Amount, near bool) {
	bestD := -1
	for i, am := range e.Amounts {
		if a.isSalary(am) {
			continue
		}
		if best == nil {
			best = &e.Amounts[i]
		}
		ti, tj, ok := a.amountTokens(am)
		if !ok {
			continue
		}
		for _, c := range cues {
			if d := a.feeDistance(c, ti, tj); d >= 0 && (bestD < 0 || d < bestD) {
				best, bestD = &e.Amounts[i], d
			}
		}
	}
	return best, bestD >= 0
}

// feeDistance is twice distance's words from a cue to the amount at
// [i, j), one more where a clause break stands between them: "job 2200
// riyal, fees 3 lakh 20 hazar" (C34-027) asks the 3 lakh its "fees" opens,
// not the salary before the comma; "150000 fee, said pay 50k now" (C4-025)
// still asks the first.
func (a *analysis) feeDistance(cue string, i, j int) int {
	broken := func(from, to int) bool { // a break before any token in [from, to]
		for k := from; k <= to && k < len(a.toks); k++ {
			if a.toks[k].Brk {
				return true
			}
		}
		return false
	}
	best := -1
	for _, h := range a.cueHits(cue) {
		d := -1
		switch {
		case h.J <= i && i-h.J < 6:
			d = 2 * (i - h.J)
			if broken(h.J, i) {
				d++
			}
		case h.I >= j && h.I-j < 6:
			d = 2 * (h.I - j)
			if broken(j, h.I) {
				d++
			}
		case h.I < j && i < h.J:
			d = 0
		}
		if d >= 0 && (best < 0 || d < best) {
			best = d
		}
	}
	return best
}

// amountTokens returns the token range of an amount's text, or false.
func (a *analysis) amountTokens(am Amount) (int, int, bool) {
	k := strings.Index(a.text, am.Text)
	if am.Text == "" || k < 0 {
		return 0, 0, false
	}
	end := k + len(am.Text)
	i, j := -1, -1
	for n, t := range a.toks {
		if t.Start >= k && t.End <= end {
			if i < 0 {
				i = n
			}
			j = n + 1
		}
	}
	return i, j, i >= 0
}

// salaries are the amounts of e that are pay, not a fee (isSalary).
func (a *analysis) salaries(e Entities) []Amount {
	var out []Amount
	for _, am := range e.Amounts {
		if a.isSalary(am) {
			out = append(out, am)
		}
	}
	return out
}

// isSalary reports whether an amount is pay rather than a fee: a salary
// word ("salary", "tankhwah", "a month", "ماہانہ") is nearer to it than a
// fee or payment word, and within four words before or after ("is 3500
// dirham even a normal salary", C78-002).
func (a *analysis) isSalary(am Amount) bool {
	i, j, ok := a.amountTokens(am)
	if !ok {
		return false
	}
	sal := a.clauseDistance("salary_context", i, j, 4, 4)
	if sal < 0 {
		return false
	}
	for _, c := range []string{"fee", "paid", "ask_pay"} {
		if d := a.clauseDistance(c, i, j, 4, 3); d >= 0 && d < sal {
			return false
		}
	}
	return true
}

// clauseDistance is distance within the amount's clause: "tankhwa 3000
// dirham, maine 80 hazar easypaisa kiye" names the salary in one clause
// and money paid in the next, and "salary of 1200 dollars, took 3 lac"
// pays nothing of the salary. A cue right before the amount counts across
// a break ("Salary:\n1500 SAR").
func (a *analysis) clauseDistance(cue string, i, j, before, after int) int {
	best := -1
	broken := func(from, to int) bool {
		for k := from + 1; k <= to && k < len(a.toks); k++ {
			if a.toks[k].Brk {
				return true
			}
		}
		return false
	}
	for _, h := range a.cueHits(cue) {
		d := -1
		switch {
		case h.J <= i && i-h.J < before && (i == h.J || !broken(h.J-1, i)):
			d = i - h.J
		case h.I >= j && h.I-j < after && !broken(j-1, h.I):
			d = h.I - j
		case h.I < j && i < h.J:
			d = 0
		}
		if d >= 0 && (best < 0 || d < best) {
			best = d
		}
	}
	return best
}

// distance returns how many words separate the nearest hit of cue from
// tokens [i, j), looking back up to before and ahead up to after, or -1.
func (a *analysis) distance(cue string, i, j, before, after int) int {
	best := -1
	for _, h := range a.cueHits(cue) {
		d := -1
		switch {
		case h.J <= i && i-h.J < before:
			d = i - h.J
		case h.I >= j && h.I-j < after:
			d = h.I - j
		case h.I < j && i < h.J:
			d = 0
		}
		if d >= 0 && (best < 0 || d < best) {
			best = d
		}
	}
	return best
}

func (a *analysis) feeReason(f *facts) string {
	q := a.quote("fee")
	if fee := f.feeAmount; fee != nil {
		if p, near := a.sumNear(f.e, "paid", "paid_verb"); f.paid && near {
			fee = p // the sum paid, not one asked beside it ("I sent it by JazzCash ... now they want 65,000 more", blind81 EN-021)
		}
		amt := formatAmount(*fee)
		above := ""
		if fee.Currency == "PKR" && fee.Value > lex.legalFeePKR {
			above = ", far above the legal service charge"
		}
		switch {
		case f.paid:
			return fmt.Sprintf("%s paid before any contract%s", amt, above)
		case q != "":
			return fmt.Sprintf("Asks %s (%q) before any contract%s", amt, q, above)
		default:
			return fmt.Sprintf("Asks %s before any contract%s", amt, above)
		}
	}
	switch {
	case f.paid:
		return "Money paid to the recruiter before any contract"
	case q != "":
		return fmt.Sprintf("Asks for a fee before any contract (%q)", q)
	}
	return "Asks for money before any contract"
}

// salaryReason returns why the salary looks unrealistic, or "".
func (a *analysis) salaryReason(f *facts) string {
	for _, am := range f.e.Amounts {
		if !a.isSalary(am) {
			continue
		}
		monthly := am.Value
		if i, j, ok := a.amountTokens(am); ok && a.distance("per_year", i, j, 4, 4) >= 0 {
			monthly = am.Value / 12
		}
		if limit, ok := lex.salaryLimits[am.Currency]; ok && monthly > limit {
			return fmt.Sprintf("Promises a salary far above the market (%s a month)", formatAmount(Amount{Value: math.Round(monthly), Currency: am.Currency}))
		}
	}
	if a.cue("unrealistic") {
		return fmt.Sprintf("Promises pay far above the market (%q)", a.quote("unrealistic"))
	}
	return ""
}

// imitatesOfficial reports whether a host looks like a government body's
// or a known employer's ("beoe-gov.pk-jobs.com", "oec-pk.online") without
// being one of their real domains.
func imitatesOfficial(h string) bool {
	if officialHost(h) {
		return false
	}
	for _, part := range strings.FieldsFunc(h, func(r rune) bool { return r == '.' || r == '-' || r == '_' }) {
		if lex.officialWords[part] {
			return true
		}
		// a known name run into another word ("saudiaramco-careers.net",
		// "emiratesgroup-hr-careers.com", blind66 EN-013, UR-050): the
		// longer names only, so that "fia" is not read in "sofia"
		for w := range lex.officialWords {
			if len(w) >= minRunInName && len(part) > len(w) && strings.Contains(part, w) {
				return true
			}
		}
	}
	return false
}

// minRunInName is the length from which an official or employer name is
// read inside a longer word of a host.
const minRunInName = 5

// officialHost reports a host of an official body, a visa centre or an
// airline (lexicon official_domains and official_suffixes).
func officialHost(h string) bool {
	for _, d := range lex.officialDomains {
		if h == d || strings.HasSuffix(h, "."+d) {
			return true
		}
	}
	for _, s := range lex.officialSuffix {
		if strings.HasSuffix(h, "."+s) {
			return true
		}
	}
	return false
}

// formatAmount writes an amount for staff: "Rs 400,000", "AED 3,500".
func formatAmount(am Amount) string {
	v := strconv.FormatFloat(am.Value, 'f', -1, 64)
	intPart, frac := v, ""
	if k := strings.IndexByte(v, '.'); k >= 0 {
		intPart, frac = v[:k], v[k:]
	}
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	prefix := am.Currency + " "
	if am.Currency == "PKR" {
		prefix = "Rs "
	}
	return prefix + b.String() + frac
}

// smugglerAsSlur reports a "smuggler" said of a promoter or a job scam
// whose journey had no route of its own ("these smugglers at Al-Madina
// Manpower (lic 2291/RWP) took 4.5 lakh", "ye Sky Way Overseas walay asli
// smuggler hain", "میرے ساتھ انسانی اسمگلنگ ہو گئی ... ورک پرمٹ کے نام پر"):
// a word of anger, not a crossing. blind23 marks no irregular route on its
// 3 such accounts; blind4-22 hold none (their 44 smuggling words are all
// journeys, news or stories).
func (a *analysis) smugglerAsSlur(f *facts, caseType string) bool {
	if caseType != CaseOEPMisconduct && caseType != CaseJobScamPaid {
		return false
	}
	return a.cue("smuggling") && !a.cue("route") && !a.cue("pay_on_arrival") &&
		!(f.europe && a.viaLibya(f.e.Countries)) && !a.has(kindSit, "at_sea_or_border") && !a.heldOnTheRoute(f.e.Countries)
}

// legalChargeOnly reports a fee in rupees, and every rupee sum, no more
// than the legal service charge (a salary in riyals beside it is no fee).
func (a *analysis) legalChargeOnly(f *facts) bool {
	if f.feeAmount == nil || f.feeAmount.Currency != "PKR" || f.feeAmount.Value > lex.legalFeePKR {
		return false
	}
	for _, m := range f.e.Amounts {
		if m.Currency == "PKR" && m.Value > lex.legalFeePKR {
			return false
		}
	}
	return true
}

// smugglersJourney is the irregular-route flag's reason when the route's
// countries are not named.
const smugglersJourney = "A smuggler's journey: an irregular route"
