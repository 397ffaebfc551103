package triage

import (
	"slices"
	"strings"

	"github.com/hoshyar/hoshyar/lang"
	"github.com/hoshyar/hoshyar/routing"
)

// Case types (DESIGN.md "Contracts"): routing's, so the contract's list
// is written down once.
const (
	CaseJobOfferSuspicious  = routing.CaseJobOfferSuspicious
	CaseJobScamPaid         = routing.CaseJobScamPaid
	CaseUnlicensedRecruiter = routing.CaseUnlicensedRecruiter
	CaseOEPMisconduct       = routing.CaseOEPMisconduct
	CaseVerification        = routing.CaseVerification
	CaseWorkerDistress      = routing.CaseWorkerDistress
	CaseTrafficking         = routing.CaseTrafficking
	CaseForcedLabour        = routing.CaseForcedLabour
	CaseSmuggling           = routing.CaseSmuggling
	CaseRansom              = routing.CaseRansomExtortion
	CaseDocumentFraud       = routing.CaseDocumentFraud
	CasePhishing            = routing.CasePhishingSite
	CaseOther               = routing.CaseOther
)

// Assessment is what staff act on: the case type, how urgent it is and
// why, and the red flags of the offer.
type Assessment struct {
	CaseType string   `json:"case_type"`
	Urgency  string   `json:"urgency"` // emergency | urgent | routine
	Danger   []string `json:"danger"`  // why emergency or urgent
	Flags    []Flag   `json:"flags"`   // job-offer red flags that fired
	Abroad   bool     `json:"abroad"`  // the person, or the one reported about, is outside Pakistan now
	Online   bool     `json:"online"`  // recruited or advertised online
	// Fee is the sum asked or paid for the job (not a salary), if any.
	Fee *Amount `json:"fee,omitempty"`
	// Situations are the codes of the person's situations found
	// (confined, violence, documents_taken…), in the lexicon's order.
	Situations []string `json:"situations"`
	// ForJourney: the journey abroad is told as still to come ("اگلے
	// مہینے جانے کی تیاری", "will go next month", "jane se pehle"), with no
	// harm now and nothing that says a document is kept back (not
	// returned, excuses when asked): papers held by the one who arranges
	// it are held for the journey. Not part of the JSON assessment.
	ForJourney bool `json:"-"`
	// HeldForDebt: workers in Pakistan not let go over a debt, with no
	// other danger (heldForDebt): "not let go", told alone in one message,
	// is then no emergency of the whole account.
	HeldForDebt bool `json:"-"`
	// Over: the danger told is over, by the context (in the past, or the
	// one it befell safe now), which lowered its urgency. Not part of the
	// JSON assessment.
	Over bool `json:"-"`
	// Licensed: the recruiter is said to be licensed ("لائسنس یافتہ
	// ادارہ", "a licensed OEP") or a licence number is given, and not
	// denied. Not part of the JSON assessment.
	Licensed bool `json:"-"`
	// Located are the countries the text places the person in ("mera
	// beta Libya mein hai", "stuck in Libya"; in an account of trouble,
	// "locked in a room in Dubai"), in the order named; not a destination
	// ("Italy bhejne ka kaha"). Not part of the JSON assessment.
	Located []string `json:"-"`
	// Salaries are the amounts named as pay ("salary 3000 dirham", "3000
	// dirham was the salary", "تنخواہ ۱۵۰۰ ریال"), never a sum asked or
	// paid for the job. Not part of the JSON assessment.
	Salaries []Amount `json:"-"`
	// Model says where the model decided differently from the rules, and
	// from which words.
	Model []string `json:"model,omitempty"`
}

// facts are the yes/no readings of a text that classification and flags
// share.
type facts struct {
	e          Entities
	job        bool // talks of a job, visa or recruitment
	overseas   bool // a country or "abroad" is named
	online     bool
	paid       bool // money already paid
	askPay     bool // asked to pay
	fee        bool // a fee, advance or charges
	verify     bool // asks whether something is genuine
	licensed   bool // a licence number or a licensed OEP
	noLicence  bool // says there is no licence
	misconduct bool // overcharging, no receipt, job not as promised
	smuggling  bool
	trafficked bool // says trafficking or selling of a person
	forcedLab  bool // bonded labour words (brick kiln, peshgi)
	ransom     bool
	docFraud   bool
	// strandedBroke: left abroad with the money gone (compound stranded_broke)
	strandedBroke bool
	distress      bool // a worker's trouble abroad (kafeel, stranded, want to go back)
	safeHouse     bool // kept in a house on the way, more money asked to go on, no danger else
	extortion     bool // more money asked for one on the way, a harm threatened if unpaid (extortedOnTheWay)
	abroad        bool
	remotePay     bool // paid or asked through JazzCash, Easypaisa, a bank, a transfer service
	phishing      []string
	emails        []string
	europe        bool // Europe or a European country is named
	sits          map[string]bool
	feeAmount     *Amount // the amount asked or paid, not a salary
}

// Assess classifies what was written (the whole report: advert, answers,
// free text joined), using the entities Extract found in it.
//
// Case type is the first rule that holds, in this order (the more specific
// and the more dangerous first):
//
//	ransom_extortion        kidnapping or ransom words ("tawaan", "rihai ke liye paise"), or a
//	                        person held while more money is demanded for them
//	smuggling               dunki, boat, "by road", illegal border crossing, Libya with Europe
//	trafficking             trafficking or selling named; or abroad and confined, documents
//	                        taken, forced (scam) work, violence, sexual abuse, debt, a child;
//	                        or a child sent to another country
//	forced_labour           brick kiln, peshgi, bonded or forced labour, or locked in at
//	                        the place of work, not abroad
//	worker_distress_abroad  abroad and in trouble (unpaid, stranded, kafeel, wants to return)
//	document_fraud          fake or forged visa, passport, protector stamp
//	phishing_site           a link whose host imitates BE&OE, OEC, FIA, a ministry or an employer
//	oep_misconduct          a licensed OEP that overcharged, gave no receipt, or broke its promise
//	job_scam_paid           money paid for a job through JazzCash, Easypaisa, a bank, or online
//	unlicensed_recruiter    money paid for a job in person, or a recruiter said to have no licence
//	other                   a question about a complaint made or about becoming a promoter
//	verification_request    asks whether an offer or recruiter is genuine
//	job_offer_suspicious    an offer or advert, no money lost (or any red flag)
//	other                   none of these
func Assess(text string, e Entities) Assessment {
	a := newAnalysis(text, e.Amounts)
	a.collect(lex.all)
	return a.decide(e, a.rules(e))
}

// ruled is what the rules decide, with the facts they read.
type ruled struct {
	Assessment
	caseType, urgency string
	f                 *facts
	// firm: the model may not overrule the case type; precise: only
	// when it is sure (overruleAt); stranded: a worker stranded abroad
	// now (strandedNow), whom the model may read as in danger, never as
	// a recruiter's offence.
	firm, precise, stranded bool
}

// rules classifies with the lexicon's rules alone.
func (a *analysis) rules(e Entities) ruled {
	f := a.facts(e)
	level, reasons := a.dangers(f.abroad || f.smuggling)
	for code := range lex.situations {
		f.sits[code] = a.situation(code)
	}
	flags := a.flags(f, "")
	// A fee named alone, with no job, country or agent, nothing paid and
	// nothing asked, is a school's or a shop's price ("Admissions open ...
	// Fee sirf 4500/month", blind17 RL-025), no offer's red flag; money
	// taken or owed ("ham ne to sirf 50 hazar liye the") is still read.
	offerFlag := slices.ContainsFunc(flags, func(fl Flag) bool { return fl.Code != FlagFeeBefore || f.paid || f.askPay })
	read := a.classify(f, offerFlag)
	caseType := a.outOfPresent(f, read)
	// What the model cannot weigh from words: a question about the
	// process, an old danger beside a complaint, news of others; a person
	// held while money is demanded is a ransom unless the model is sure;
	// one who collects money or papers from the people around him for jobs
	// abroad is an unlicensed recruiter (38 of 43 in the corpus and blind
	// sets, the rest read before this rule), whatever the words around.
	firm := caseType == CaseOther && (a.cue("process_question") || a.procedureQuestion(f) || a.travelOnly() && !anyTrue(f.sits) && !a.goneAndAsked(f) && !(f.paid && a.cue("called_fake")) || a.officialNotice(f) ||
		// a danger over and done told only to thank or to tell: however
		// sure the model is of the old danger's case (blind28 RU-019:
		// smuggling at 94%)
		a.sharedOnly(f, read) || a.headlineNews(f, read) || a.emptyNews(f, read) || a.selectedAtHome(f) ||
		// a danger in a joke, a drama or a game ("Survival Challenge — 3
		// din jungle me band!" of a children's camp), nothing paid
		// (outOfPresent)
		// (a joke named in words: a laughing face beside a danger may
		// be a sigh at it, "jaan nikal di hai kaam kara kara k 😩", C40-020)
		// (a report asked for in words is no joke, whatever it laughs at:
		// "Want to report an agent promoting Europe by road … They show
		// boys dancing in Athens lol", C449-010)
		dangerCases[read] && (a.lowered() == "ctx_joke" && a.cue("ctx_joke") && !a.cue("to_report") || a.lowered() == "ctx_fiction" || a.playedGame() || a.sermonStory()) && !f.paid) ||
		caseType == CaseUnlicensedRecruiter && a.cue("collects_locally") && (!f.online || a.localRecruiter(f)) && !f.licensed ||
		// a visit visa offered, to be turned into work there, nothing paid,
		// asked about ("ye theek h ya fraud?", "کیا ایسا ہوتا ہے؟"): the
		// offer's red flag, however sure the model is of a check (five
		// writers of blind204-blind208, B208-EN-015, UR-014, RU-014)
		// (one asked of the bureau's register is a check: "kia ye agency
		// bureau me registered h?")
		caseType == CaseJobOfferSuspicious && a.cue("visit_visa") && (a.cue("work_there") || a.cue("on_arrival")) && !f.paid && len(f.e.Licences) == 0 && !a.cue("officials") &&
			!anyTrue(f.sits) && !f.abroad && !a.cue("collects_locally") && !a.cue("recruits_still") ||
		// a worker who died abroad, the body to be brought home (blind10
		// UR-038, blind12 UR-043, blind17 UR-047): the mission's and the
		// OPF's work, whatever the words of grief around it; a body named
		// in a threat ("whoever runs, his laash will go to Pakistan") is
		// a danger, for the model to read
		caseType == CaseWorkerDistress && a.cue("body_home") && a.lowered() == "" && !a.cue("k_harm") && !a.cue("k_threat") && !anyTrue(f.sits) ||
		// wages of the work abroad owed to one back home: a claim, however
		// the model reads the years worked (C252-026: trafficking at 93%
		// from "years at", "get my")
		caseType == CaseWorkerDistress && !f.abroad && a.wagesClaimAtHome(f) ||
		// a worker there now ("I am in Romania"), the job not what was
		// promised, nothing of force: the mission's and the OPF's work,
		// however the model reads "I want to know my options" (a check at
		// 33% once, C74 of the conversations)
		caseType == CaseWorkerDistress && f.abroad && a.cue("k_not_promised") && a.cue("presence_before") && !anyTrue(f.sits) && !f.paid && !f.licensed &&
			level == UrgencyRoutine && !f.smuggling && (a.lowered() == "" || a.lowered() == "ctx_past") ||
		caseType != read && (a.cue("complaint_against") || a.cue("ctx_not_ours")) ||
		// a minor taken abroad for work or a marriage, in danger or on the
		// way, is trafficked, whatever money the agent or the groom gave
		// the parents ("larki k abba ko paise b de diye", blind20 RU-009;
		// "taking her to Muscat tonight on a 'house job' visa ... her
		// parents took 2 lakh", "13 saal ki larki ka nikah ek Saudi bande
		// se ... aaj raat ki flight", blind24 EN-009, RU-009)
		caseType == CaseTrafficking && a.situation("child") && a.childInDanger() &&
			(a.cue("work_there") || a.cue("visit_visa") || (a.cue("sent_to") || a.cue("k_depart")) && len(f.e.Countries) > 0 && a.lowered() == "") ||
		caseType == CaseTrafficking && a.childBride(f) ||
		// a child taken by force, no work named ("ایک عورت ۱۱ سال کی بچی کو
		// زبردستی گاڑی میں ڈال رہی تھی ... یہ میری امی نہیں ہے"): taken,
		// however the model reads a child and a road (forced labour at 50%
		// after a retrain)
		caseType == CaseTrafficking && f.sits["child_taken"] && !a.workNamed() && a.lowered() == "" ||
		// a link whose host imitates an official one (oec-korea-eps-
		// apply.com), nothing paid yet, is a phishing site, however sure
		// the model is of an offer from the fee and the page around it
		// (C248-015: 92%); paid, the writers split between the site and
		// the scam paid (118 to 165), and the model reads which
		caseType == CasePhishing && !f.paid && slices.ContainsFunc(f.phishing, func(u string) bool { return imitatesOfficial(host(u)) }) ||
		// more money for one on the way, or a harm done to him if unpaid
		// (the police, the street): an extortion, however sure the model is of the
		// smuggler's price it learnt from a house and more money (blind25
		// EN-050: 99% smuggling)
		caseType == CaseRansom && f.extortion ||
		// a child made to work here and shut in or begging to be taken
		// home (blind174 RU-028, lost to a retrain's 90% trafficking): the
		// corpus's forced labour, however sure the model is of the journey
		// (shut in, beaten or starved at the work; not one sold on for
		// sex, "galat kaam karwa rahe", B100-RU-022, nor one only taken or
		// begging to come home, B4-EN-007, B134-RU-027: the model reads those)
		// (nor one sold on to another: "عورت نے اسے کسی آدمی کے ہاتھ بیچ
		// دیا ہے اور وہ اسے کوئٹہ لے جا رہا ہے", B217-UR-022, trafficking)
		caseType == CaseForcedLabour && a.childForcedHere(f) && !f.sits["child_taken"] && !f.sits["sexual_abuse"] && !a.cue("k_sold") &&
			(f.sits["confined"] || f.sits["violence"] || f.sits["no_food"] ||
				// kept from the family, or begging to be fetched, at the
				// work she was taken to ("… اسلام آباد میں گھر کے کام کے لیے
				// لے گئی تھی۔ دو مہینے سے فون پر بات نہیں کرواتے … 'امی مجھے لے
				// جاؤ'", B200-UR-010, B201-RU-046, B194-RU-028); not one
				// passed on to another house (B134-RU-027: trafficking)
				(f.sits["plea_rescue"] || f.sits["lost_contact"]) && !a.cue("k_sold")) ||
		// held, and the family told to send the money ("kehte hain ghar
		// walon se 5000 dollar mangwao", "har ek ka 2 lakh do"): a ransom,
		// however sure the model is of the trafficking it learnt from the
		// beating and the house (seven of blind74-blind79, all ransom)
		caseType == CaseRansom && a.cue("ransom") && (a.situation("confined") || a.cue("k_held") || a.cue("k_house")) &&
			a.lowered() == "" && !a.returned() && a.harmNow() ||
		// locked in, and told to call the family for more ("they dont let
		// anyone go out... he says call your family, 5 lakh more or...",
		// blind189 EN-025), or for money ("now they dont open the door
		// ... they said call ur families for money", blind194 EN-025): a
		// ransom, beaten or not
		caseType == CaseRansom && a.cue("ransom") && a.situation("confined") && (a.cue("more_asked") || a.situation("more_money") || a.cue("money_demand")) &&
			a.lowered() == "" && !a.returned() ||
		// one not heard from since, and a stranger's call that he is
		// "with us" and money to be arranged (blind162 EN-025): a ransom,
		// however sure the model is of the trafficking it learnt from the
		// phone taken
		caseType == CaseRansom && a.cue("ransom") && a.cue("k_gone") && a.cue("k_relative") && !f.paid && a.lowered() == "" && !a.returned() ||
		// one of the family not arrived, and money now asked of the family
		// (heldUnarrived: "He never came back or called. Now unknown
		// numbers are calling my uncle asking 8 lakh", blind199 EN-025):
		// a ransom, however sure the model is of the journey
		caseType == CaseRansom && a.heldUnarrived() ||
		// a marriage forced or bought: the corpus has none for the model
		// to learn, and no other case fits it
		caseType == CaseTrafficking && a.situation("forced_marriage") ||
		// there with papers expired and nothing of force, fraud or
		// trafficking: the mission's case, whatever the agent's part
		caseType == CaseWorkerDistress && f.abroad && a.liveCue("k_expired") && !f.docFraud && !f.trafficked && !anyTrue(f.sits) ||
		// a worker hurt or ill abroad kept from care, and nothing of a
		// hold, a sale or force: the mission's case, however sure the
		// model is of a trafficking it reads from "no hospital, go to
		// work" (B231-EN-045)
		caseType == CaseWorkerDistress && f.sits["medical"] && a.careDeniedAbroad(f) && !f.sits["violence"] && !f.verify
	// The employer abroad keeps the passport, and the worker goes out as
	// he likes and is paid ("The boss keeps all our passports ... We can
	// go out on Sundays no problem, salary comes", C126-031): the
	// mission's labour case, no one held, unless the model is sure (a
	// retrain read C144-011's "He can go out … nobody locks him" as
	// trafficking at 50%); not with a debt cut from the pay ("cut 300
	// every month for 'agent loan'", C498-026: the trafficker's hold)
	freeDocs := caseType == CaseTrafficking && f.abroad && onlyDocsHeld(f.sits) && a.cue("ctx_free") && !a.harmNow() && !a.cue("k_sold") && !f.trafficked && !f.forcedLab &&
		!a.cue("k_debt")
	stranded := a.strandedNow(caseType, f)
	precise := freeDocs || caseType == CaseRansom && a.compoundFound("held_for_money") ||
		// a house on the way and more money to go on: the smuggler's
		// price, whatever the model reads from a word of kidnapping the
		// writer goes on to reword (blind23 UR-041)
		caseType == CaseSmuggling && f.safeHouse ||
		// an office shut with the money (and papers) paid in person: the
		// recruiter is gone, whatever the model reads from a passport
		// still held (blind14 EN-016, UR-016)
		caseType == CaseUnlicensedRecruiter && a.cue("ctx_closed") && f.paid && !f.online ||
		// a smuggler's service advertised on a page with its number
		// ("ٹک ٹاک پر 'یورپ ڈنکی سروس' ... لیبیا سے اٹلی جانے والی کشتیوں
		// کی ویڈیوز ... نیچے نمبر", blind28 UR-037): smuggling offered,
		// whoever is reported to call it, unless the model is sure
		caseType == CaseSmuggling && a.cue("smuggling") && a.cue("social_page") && (len(f.e.Phones) > 0 || len(f.e.Handles) > 0) &&
			!anyTrue(f.sits) && a.lowered() == "" ||
		// a boat, a dunki or a road named as the way the agent sends someone
		// ("لیبیا اور وہاں سے کشتی پر اٹلی بھیجنے کا کہہ رہا ہے", C44-027):
		// the smuggler's case, however the model weighs his office, the
		// sum paid and the passport he holds, unless it is sure
		caseType == CaseSmuggling && a.cue("smuggling") && (a.cue("k_journey") || a.cue("route")) && !a.harmNow() && !a.personHeld() && !f.ransom && !f.verify && !a.cue("check_ask") && !a.asks() ||
		// a debt abroad that grows as it is paid ("company cuts 'ticket
		// money' every month and now says he owes 900 dinar, more than
		// when he came"): debt bondage, the trafficker's hold, as every
		// blind set but one labels it (blind37, blind39, blind40, blind43,
		// blind44: 11 of 12), unless the model is sure; a debt claimed
		// from the family with threats is their extortion (blind35 EN-013)
		caseType == CaseTrafficking && f.abroad && f.sits["debt_bondage"] && !f.sits["threats"] && !f.extortion ||
		caseType != read && caseType == CaseVerification || // a danger over and done beside a check
		stranded || // a worker stranded abroad now: the model's danger only when sure
		// a worker hurt or ill abroad kept from care, and nothing of a
		// hold, a sale or force: the mission's case unless the model is sure
		caseType == CaseWorkerDistress && a.careDeniedAbroad(f) ||
		caseType == CaseWorkerDistress && f.abroad && a.sponsorsPeril() ||
		// a number, agent or offer the writer asks to have checked ("bhai ye
		// number check kro ... 50 hazar processing fee", blind19 RU-036):
		// a check asked for, however much of the offer it quotes
		caseType == CaseVerification && a.cue("check_ask") ||
		// a work visa paid for that turned out a visit visa ("'work visa'
		// 3 lakh le k diya, wahan pohncha to visit visa nikla", blind11
		// RU-050): the recruiter's deception, no forged paper, unless the
		// model is sure; every such account in the blind sets is the
		// recruiter's case (a retrain read it as document fraud at 44%)
		(caseType == CaseUnlicensedRecruiter || caseType == CaseJobScamPaid) && a.cue("visit_given") && !f.docFraud ||
		// people the smugglers hold on the road, before the boat or the
		// border ("donkey wale ne kamre me band kiya, kal kashti se spain"),
		// made to do no work: smuggling, as the matrix has it (C17-030);
		// so are people on the water now, in a boat near Greece, whatever
		// the man with the gun took from them (blind18 EN-007); a boat in
		// the news is not theirs
		caseType == CaseSmuggling && (f.sits["confined"] || f.sits["at_sea_or_border"] && a.lowered() == "") && !f.sits["forced_work"] && !f.sits["forced_scam"] &&
			!f.sits["sexual_abuse"] && !f.sits["debt_bondage"] ||
		// wages owed to one abroad and nothing of force, a sale or a hold:
		// the mission's case, however the model weighs the agent who sent
		// him ("mera beta saudia me hai, 6 mahine se tankhwah nahi mili,
		// jis agent ne bheja tha wo ab phone nahi uthata")
		caseType == CaseWorkerDistress && f.abroad && onlyWagesOwed(f.sits) && !f.trafficked && !f.forcedLab && !a.cue("k_sold") && !a.cue("k_held")
	if caseType == CaseOEPMisconduct && f.licensed && !f.abroad && level == UrgencyUrgent && onlyDocsHeld(f.sits) && len(a.located(f.paid)) == 0 {
		// a licensed promoter at home that keeps the passport it took for
		// a visa not yet come, and asks more to give it back: the
		// promoter's misconduct, routine (blind170 RU-004, blind171
		// EN-004 and RU-004, blind172 UR-006)
		level, reasons = UrgencyRoutine, nil
	}
	if freeDocs {
		caseType = CaseWorkerDistress
	}
	flags = a.flags(f, caseType)
	if reasons == nil {
		reasons = []string{}
	}
	if flags == nil {
		flags = []Flag{}
	}
	sits := []string{}
	for _, code := range lex.sitOrder {
		if f.sits[code] {
			sits = append(sits, code)
		}
	}
	return ruled{Assessment: Assessment{
		CaseType:    caseType,
		Urgency:     level,
		Danger:      reasons,
		Flags:       flags,
		Abroad:      f.abroad,
		Online:      f.online,
		Fee:         f.feeAmount,
		Situations:  sits,
		ForJourney:  a.cue("ctx_plan") && !a.harmNow() && !a.cue("kept_back"),
		Located:     a.located(f.paid),
		Salaries:    a.salaries(f.e),
		HeldForDebt: a.heldForDebt(),
		Licensed:    f.licensed,
	}, caseType: caseType, urgency: level, f: f, firm: firm, precise: precise, stranded: stranded}
}

// strandedNow reports a worker's plight abroad told in the present: the
// rules' case is distress abroad, the person is there, and the words are
// of being stranded, out of work and money, or wanting to come back
// (cue stranded), with no word of danger (held, threatened, harmed, in
// peril, ill: the model reads those, a ransom, trafficking), no forged
// paper, and nothing that puts it in the past or at home ("wapis aa gaya"
// is a report of the agent).
func (a *analysis) strandedNow(caseType string, f *facts) bool {
	return caseType == CaseWorkerDistress && f.abroad && a.liveCue("stranded") && a.lowered() == "" && !a.cue("ctx_home") &&
		!slices.ContainsFunc(dangerConcepts, a.cue) && !f.docFraud &&
		// stuck on the smugglers' road ("crossed into Iran with agent's
		// men … stuck in a sand storm"): the journey's case, not a
		// worker's (blind23 EN-010)
		!a.cue("k_journey") && !slices.ContainsFunc(f.e.Countries, func(c string) bool { return lex.ransomRoute[c] })
}

func (a *analysis) facts(e Entities) *facts {
	f := &facts{e: e, sits: map[string]bool{}}
	f.fee = a.cue("fee")
	f.job = a.cue("job") || a.cue("agent") || f.fee && (a.cue("overseas") || len(e.Countries) > 0)
	f.overseas = a.cue("overseas") || len(e.Countries) > 0
	if a.travelOnly() {
		f.job, f.overseas = false, false
	}
	f.emails = emails(a.text)
	f.online = a.cue("online") || len(e.URLs) > 0 || len(e.Handles) > 0 || len(f.emails) > 0
	f.paid = a.cue("paid") || a.cue("paid_verb") && len(e.Amounts) > 0
	remit := a.remittance()
	if remit {
		f.job, f.overseas, f.paid, f.fee = false, false, false, false
	}
	// money asked of one abroad by the family ("ابو کہہ رہے تھے جدہ سے
	// پیسے بھیجو تو بل بھر دیں گے", blind44 UR-029) is no agent's price
	f.askPay = a.cue("ask_pay") && !remit
	f.verify = a.askedOutsideQuotes("verify", e) || a.askedOutsideQuotes("check_ask", e)
	f.noLicence = a.cue("no_licence") && !a.onlyOrNot("no_licence")
	f.licensed = (len(e.Licences) > 0 || a.cue("licensed")) && !f.noLicence
	f.misconduct = a.cue("misconduct") || a.cue("no_receipt")
	// a marriage forced or bought ("zabardasti shadi", "shadi … paise le
	// k", a bride sold) trades a person: trafficking (C22-030)
	f.trafficked = a.cue("trafficking") || a.situation("forced_marriage")
	f.forcedLab = a.cue("forced_labour")
	// Kept in a house on the way while more money is asked to go on, with
	// no kidnapping, harm or threat read (inSafeHouse), is a smuggler's
	// price, not a ransom: 40 of the 43 such lines of the corpus and blind
	// sets are smuggling ("ایجنٹ نے اسے ایک گھر میں رکھا ہوا ہے ... ۳ لاکھ اور
	// بھیجو تو آگے یونان بھیجوں گا", blind23 UR-041, blind20 UR-044); a
	// threat to hand him to the police makes it an extortion (blind18
	// EN-015); locked in there ("ek ghar me band h ... 5 lac aur mang rhe",
	// C4-095) is left to the rules and the model as before.
	f.safeHouse = a.inSafeHouse() && !a.has(kindSit, "kidnap_ransom") && !a.cue("ransom") && !a.cue("legal_threat") && !a.situation("confined") &&
		!a.liveCue("k_cast_out")
	f.extortion = a.extortedOnTheWay(e)
	onward := a.onwardPrice() // (when heldUnarrived too, the ransom below wins either way)
	f.ransom = a.has(kindSit, "kidnap_ransom") || a.cue("ransom") || a.compoundFound("held_for_money") && !f.safeHouse && !onward || f.extortion ||
		a.heldUnarrived()
	if f.ransom && f.forcedLab && a.cue("k_debt") && len(e.Amounts) == 0 && !f.extortion && len(e.Countries) == 0 {
		// taken by the kiln owner's men to be kept for the debt ("مالک کے
		// بندوں نے ابھی میرے بھائی کو اٹھا لیا ہے … قرض کے بدلے اسے باندھ کر
		// رکھیں گے", blind191 UR-023): the bondage's violence, no ransom
		f.ransom = false
	}
	f.docFraud = a.cue("document_fraud")
	f.distress = a.cue("distress_abroad")
	f.europe = a.europe(e.Countries)
	f.smuggling = a.cue("smuggling") || f.europe && a.viaLibya(e.Countries) || a.has(kindSit, "at_sea_or_border") && !a.sponsorsPeril() && !a.seafarerAtSea() ||
		a.heldOnTheRoute(e.Countries) || f.safeHouse || onward && !f.ransom ||
		// shut in a truck or a container to be carried over a border ("truck
		// me charh gaye, peeche se band kr diya hai ... Bulgaria tak",
		// blind25 RU-011), with no work named: the smuggler's way of
		// carrying people, not a trafficker's hold; a container one is
		// shut in at night at the work site is (blind15 RL-009)
		a.liveCue("k_hidden") && !a.workNamed() && !a.cue("work_named") ||
		// more money asked to take someone on to Europe from a country on
		// the road ("Istanbul pohanch gya agent k bando k sath ... Greece
		// wale hisse k liye sawa do lakh aur bhejo warna wahin rahega",
		// blind44 RL-010): the smuggler's price mid-journey, no ransom
		f.europe && a.situation("more_money") && !a.situation("kidnap_ransom") &&
			slices.ContainsFunc(e.Countries, func(c string) bool { return lex.ransomRoute[c] })
	if f.smuggling && a.situation("forced_scam") && !a.has(kindSit, "at_sea_or_border") && !onward {
		// taken over a border by car to a compound and made to scam ("gari
		// me bitha k border paar le gaye. ab ek compound me h, logon ko
		// fake investment k msg krne parte hain", C261-026): the
		// traffickers' road, no smuggler's journey
		f.smuggling = false
	}
	for _, p := range e.Payments {
		if lex.remotePayments[p] {
			f.remotePay = true
		}
	}
	// A fake CoS, LMIA or offer letter (cue scam_paper) sent by those paid
	// online or by wallet or bank is the scam's paper, its paid scam ("سی
	// او ایس جعلی نکلا" after "پندرہ سو پاؤنڈ بھیج دیے", C85-023; "they
	// sent fake LMIA", blind8 RU-031): 9 of the 9 such lines of the corpus
	// and blind sets; one an agent handed over for money paid him is his
	// document fraud (blind65 RU-035, blind66 RU-008: 3 of 3), handed over
	// however paid ("An agency gave me a Certificate of Sponsorship", C23-006).
	f.docFraud = f.docFraud || a.cue("scam_paper") && (!(f.paid && (f.online || f.remotePay)) || a.cue("paper_handed")) ||
		// a permit or visa the agency handed over, then called fake in
		// a sentence of its own ("ورک پرمٹ جو ایجنسی نے دیا، ... بتایا کہ
		// یہ جعلی ہے", blind66 UR-034): the paper is his document fraud
		a.cue("paper_handed") && a.cue("called_fake")
	for _, u := range e.URLs {
		// a host that imitates a known one, or a site the message says
		// copies the real one ("dpworld-recruitment.co ... DP World Dubai ki
		// copy lagti h", blind66 RU-049)
		// (a bare site where a form was filled and a registration fee
		// paid, "link overseas-jobs-pk.xyz ... form bhar diya ... 1000
		// rupay registration b jazzcash kr diye", blind211 RU-015, blind110
		// RU-016: the site's own harvest, as 133 of the 150 paid items with
		// a link in the blind sets are labelled)
		own := !lex.freeEmail[host(u)] && !officialHost(host(u))
		if imitatesOfficial(host(u)) || officialPage(socialPage(u)) || own && a.pageNamedOfficial() || a.cue("site_clone") && own || own && host(u) == u && a.cue("applied") && a.cue("registration_word") ||
			// (a site of its own that asks a code sent to one's phone or a
			// password: "… او ٹی پی مانگتا ہے … جیز کیش سے ۱۲ ہزار نکل گئے",
			// B357-UR-012)
			own && a.cue("secret_code") {
			f.phishing = append(f.phishing, u)
		}
	}
	f.abroad = a.abroad(f)
	// there on a promise with no job found and the money gone ("dubai me
	// hun visit visa pe … 2 mahine ho gye koi job nai, paise khatam",
	// C92-021): read of one abroad now only, never of one at home
	f.strandedBroke = a.compoundFound("stranded_broke") || f.abroad && a.compoundFound("jobless_broke")
	if f.strandedBroke && len(e.Countries) > 0 && !f.smuggling {
		// "Ham 6 larke Baku airport pe 2 din se baithe hain … koi nai aya …
		// Paise khatam ho gaye" (blind72 RU-035): left there with the money
		// gone, a worker's distress abroad
		f.abroad, f.distress = true, true
	}
	// there now with one's permit, visa or iqama expired ("mlysia me hu,
	// permit expire ho gya", C22-031): a worker in distress, whatever an
	// agent took to renew it
	f.distress = f.distress || f.abroad && a.liveCue("k_expired") && !a.cue("worker_well") ||
		// there on a visit visa, the job promised not found ("main dubai
		// me hun visit pe aya tha job ka bola tha yahan koi job nai",
		// C94-021): a worker stranded
		f.abroad && a.liveCue("no_job") && a.cue("visit_visa") ||
		// stranded there now ("nobody came to receive me ... sitting at the
		// airport", "kafeel lene nahi aaya", blind60 EN-008, RU-037)
		f.abroad && a.liveCue("stranded")
	f.feeAmount = a.feeAmount(e)
	return f
}

// extortedOnTheWay reports more money demanded for one on a smuggler's
// way, with a harm threatened if it is not paid: handed to the police
// (legal_threat: "pay 5 lakh more or he will ... hand him to Libyan
// police", blind25 EN-050, blind18 EN-015) or thrown out of the house
// onto the street ("4 lakh aur bhejo warna ... 'safe house' se nikal
// denge", blind25 RU-050). That is an extortion, as the blind sets label
// it; the journey's own price, told as what happens if it is not paid
// ("otherwise they will be sent back", "warna yahin chhor dunga", "warna
// aage nahi le jayenge": 58 smuggling lines of the corpus and blind sets,
// blind23 UR-041), threatens no harm and stays smuggling.
func (a *analysis) extortedOnTheWay(e Entities) bool {
	more := a.cue("more_asked") || a.situation("more_money") || a.cue("ask_pay") && len(e.Amounts) > 0
	// (a threat to one free to go out is the smuggler's leverage for the
	// rest of his price: "باقی دس لاکھ ابھی بھیجو ورنہ … پولیس کے حوالے
	// کر دوں گا۔ بھتیجا خود ہوٹل سے باہر جا سکتا ہے", C504-029)
	harm := (a.liveCue("legal_threat") || a.liveCue("k_cast_out")) && !a.cue("ctx_free")
	onTheWay := a.cue("k_house") || a.situation("safe_house") || a.cue("smuggling") || a.cue("k_journey") ||
		slices.ContainsFunc(e.Countries, func(c string) bool { return lex.ransomRoute[c] })
	// (or with no word from the one on the way, the demand made of the
	// family: "دس دن ہو گئے ابھی تک کوئی رابطہ نہیں ہوا، اور وہ لوگ بار بار
	// فون کر کے ۴ لاکھ اور مانگ رہے ہیں", "He still hasn't come back and
	// hasn't called, and those people phoned me ... asking for 5 lakh
	// more", B212-UR-026, B212-EN-026: no blind set labels such a demand
	// smuggling). The demand must come by a call, from others: the
	// family's own agent asking more for the next stage ("The agent says
	// he is 'on the way' and now wants 3 lakh more", B142-EN-042; "ab wo
	// kehta h 3 lakh aur bhejo to naya guide bhejunga", C138-024) is the
	// smuggler's price.
	silent := (a.situation("lost_contact") || a.cue("k_gone")) && a.demandByCall()
	// (money asked with no sum named, the one gone silent: "kal raat ek
	// Irani number se call ai ... paison ka bol raha tha ... Abu ka phone
	// band h", B213-RU-011)
	return (more || silent && a.cue("ask_pay")) && (harm || silent) && onTheWay
}

// sermonStory reports a sermon's story of strangers of years ago ("جمعے
// کے خطبے میں مولوی صاحب نے بتایا کہ ان کے گاؤں کے دو لڑکے کئی سال پہلے …
// سمندر میں ڈوب گئے تھے", B207-UR-035): told, no report, whatever the
// model reads of the old danger.
func (a *analysis) sermonStory() bool {
	return a.lowered() == "ctx_past" && a.cue("ctx_sermon") && !a.cue("k_relative")
}

// demandByCall reports a demand for money (more_asked, ask_pay) told in
// a sentence of a call (k_phoned) or of "those people" (k_those_people),
// made by others than the agent: no agent is named from a few words
// before the call to the demand ("the agents man phoned says send more
// money", B217-EN-025, is the agent's side; "ek banda baar baar call kar k
// keh raha h 3 lakh bhejo ... aur wo agent b ab phone nahi uthata",
// B217-RU-025, is not).
func (a *analysis) demandByCall() bool {
	sent := a.sentences()
	agents := a.cueHits("agent")
	for _, d := range append(a.cueHits("more_asked"), a.cueHits("ask_pay")...) {
		for _, c := range append(a.cueHits("k_phoned"), a.cueHits("k_those_people")...) {
			if sent[c.I] != sent[d.I] {
				continue
			}
			lo, hi := min(c.I, d.I)-6, max(c.J, d.J)
			if !slices.ContainsFunc(agents, func(g lang.Hit) bool { return g.I >= lo && g.J <= hi }) {
				return true
			}
		}
	}
	return false
}

// travelOnly reports money for Hajj, Umrah or a tour, with no work named:
// no job abroad (blind14 RU-046: "Hajj package k fraud ki shikayat"), not
// Hoshyar's case, unless work is named too ("Umrah ke sath Saudi me kaam
// bhi dilwate hain").
func (a *analysis) travelOnly() bool {
	return a.cue("pilgrimage") && !a.cue("work_named") && a.onlyVisaJob()
}

// onlyVisaJob reports that the cue "job" found nothing but a visa (or
// nothing): a visa in an Umrah package or with a ticket is the journey's,
// no job ("Umrah Package ... visa + ticket + transport", everyday18).
func (a *analysis) onlyVisaJob() bool {
	visa := lex.words.Class("visa")
	for _, h := range a.cueHits("job") {
		for k := h.I; k < h.J; k++ {
			if !visa[a.toks[k].S] {
				return false
			}
		}
	}
	return true
}

// officialNotice reports an official body's or a visa centre's notice to
// the person it concerns ("BE&OE: Your appointment with the Protector ...
// is confirmed. Bring original passport", "OEC: Registration for the
// EPS-TOPIK test ... Apply only through the official website
// www.oec.org.pk", "VFS Global: Your application ... has been received"):
// no report, however many words of jobs, visas and fees it holds, when
// nothing in it is a scam's or a reporter's: no mobile number, no link
// but official ones, no wallet or cash, nothing asked, checked or paid,
// no danger (everyday18). An official body named beside its own site
// alone ("OEC: ... Registration sirf www.oec.gov.pk par") is one too. A
// look-alike site stays phishing.
func (a *analysis) officialNotice(f *facts) bool {
	if !a.cue("official_notice") && !(a.cue("officials") && len(f.e.URLs) > 0) || f.verify || a.asks() || f.paid || f.askPay || len(f.phishing) > 0 || anyTrue(f.sits) ||
		len(f.e.Handles) > 0 || len(f.emails) > 0 || a.anyDangerConcept() {
		return false
	}
	for _, p := range f.e.Phones {
		if strings.HasPrefix(p, "+923") || !strings.HasPrefix(p, "+92") {
			return false
		}
	}
	for _, u := range f.e.URLs {
		if !officialHost(host(u)) {
			return false
		}
	}
	for _, p := range f.e.Payments {
		if p != "bank" {
			return false
		}
	}
	return true
}

// anyDangerConcept reports a concept of danger read (held, sold, harmed,
// threatened, in peril, ill, kept from care, writing in secret, gone
// silent), negated or not.
func (a *analysis) anyDangerConcept() bool {
	for _, c := range append(dangerConcepts, "k_gone") {
		if a.cue(c) {
			return true
		}
	}
	return false
}

// remittance reports money sent home from abroad and nothing of a job,
// an agent or a fee beside it ("bhai ne Saudia se 40 hazar bheje hain
// Western Union se", "بھائی نے دبئی سے پیسے بھیجے ہیں", "Bhaiya sent money
// from Saudi"): the money comes from the country, it pays no one for
// work there, and the country is no offer. The everyday sets give every
// such message no case type; the rules read them as a paid scam (blind17
// RL-032).
//
// Fees the money is to pay at home ("Give 10k to Bilal for his college
// fees", "15 hazar fees jama kra do") are the family's, no agent's
// (blind20 EN-023, RU-023).
func (a *analysis) remittance() bool {
	if a.cue("job") || a.cue("agent") || a.cue("offline_agent") || a.agentFee() || a.cue("visit_visa") || a.anySituation() {
		return false
	}
	if a.cue("remit_notice") {
		return true // "Money transfer of AED 1,500 from … is ready for pickup. MTCN …" (blind188 EN-050)
	}
	var countries []lang.Hit
	for l, hs := range a.hits {
		if l.Kind == kindCountry {
			countries = append(countries, hs...)
		}
	}
	for _, h := range a.cueHits("remit_from") {
		if slices.ContainsFunc(a.toks[h.I:h.J], func(t lang.Token) bool { return collectWords[t.S] }) && a.cue("k_relative") {
			return true // "Abbu ne Dubai se call ki ... kal Western Union se utha lena": the family's money, to collect
		}
		for _, c := range countries {
			if a.toks[h.I].S == "from" && c.I == h.I+1 || // "from Saudi ... sent"
				a.toks[h.J-1].S == "from" && c.I == h.J || // "sent money from Saudi"
				a.toks[h.I].S != "from" && c.J == h.I { // "Saudia se ... bheje"
				return true
			}
		}
	}
	return false
}

var collectWords = lang.MustClass("collect_words")

// agentFee reports a fee that is not one paid at home for a school, a
// college or a tutor.
func (a *analysis) agentFee() bool {
	home := a.cueHits("home_fee")
	for _, h := range a.cueHits("fee") {
		if !overlapsAny(h, home) {
			return true
		}
	}
	return false
}

// heldOnTheRoute: one held, kidnapped or beaten in a country the smugglers'
// routes cross (Libya, Iran, Mauritania), told over and done from home
// ("Last year I was held in a house in Tripoli for 3 months ... I am home
// in Sialkot", "پچھلے سال مجھے لیبیا میں ایک گھر میں بند رکھا گیا تھا"),
// made to do no work there: a smuggler's ordeal. Every blind set labels
// such accounts smuggling (blind4 EN-012 to blind19 RU-012, 20 of 20);
// work, papers kept or abuse there make it trafficking.
func (a *analysis) heldOnTheRoute(countries []string) bool {
	if ctx := a.lowered(); ctx != "ctx_past" && ctx != "ctx_safe_now" {
		return false
	}
	if !slices.ContainsFunc(countries, func(c string) bool { return lex.transitCountries[c] }) {
		return false
	}
	if slices.ContainsFunc(traffickersHold, a.situation) {
		return false
	}
	return a.situation("confined") || a.situation("kidnap_ransom") || a.situation("violence")
}

// onwardPrice reports more money demanded of one held to be taken on
// ("they keep us in a room in Van … they want 3000 dollars more each for
// next stage", blind188 EN-028): the smuggler's price mid-journey, no
// ransom, unless a ransom is named or they are beaten.
func (a *analysis) onwardPrice() bool {
	if !a.cue("k_held") || slices.ContainsFunc(traffickersHold, a.situation) || a.situation("violence") {
		// (beaten while the money is asked, "ورنہ آگے نہیں بھیجیں گے …
		// ویڈیو کال پر اسے مارتے ہیں", C3-020, C83-024, C168-002: the
		// corpus's ransom)
		return false
	}
	if a.fareAsked() {
		return true // "send 5 lakh more then boat to Italy" (C80-025)
	}
	for _, key := range []string{"more_asked", "money_demand"} {
		for _, h := range a.cueHits(key) {
			if a.near("k_go_on", h.I, h.J, 6) {
				return true
			}
		}
	}
	return false
}

// fareAsked reports more money demanded for the boat or the seat ("8 lakh
// hor do nai te kashti ch nai bithange", "asking 3 lakh more for 'better
// boat'"), told with no harm, threat or lock: the journey's price.
func (a *analysis) fareAsked() bool {
	return a.cue("fare_asked") && !a.harmNow() && !a.cue("k_threat") && !a.situation("threats") && !a.situation("confined")
}

// traffickersHold are the situations that make one held a trafficker's
// victim rather than a smuggler's: work forced on them, papers kept,
// sexual abuse, a debt to work off, a child.
var traffickersHold = []string{"forced_work", "forced_scam", "documents_taken", "sexual_abuse", "debt_bondage", "child"}

// viaLibya: Libya or Mauritania named together with Europe or a European
// country is the central or western Mediterranean route.
func (a *analysis) viaLibya(countries []string) bool {
	for _, c := range countries {
		if c == "LY" || c == "MR" {
			return true
		}
	}
	return false
}

// abroad decides whether the person (or the one reported about) is outside
// Pakistan now: words that only make sense abroad (kafeel, "wapis
// Pakistan", embassy help), a country with presence around it ("Dubai
// mein hoon", "I am in Dubai", "stuck in Libya", "beti ko Dubai bhej
// diya"), or ransom or being at sea with a country named.
// wagesClaimAtHome reports one back home whose only trouble told is the
// wages of the work abroad left unpaid, with no recruiter reported and no
// life settled since: the worker's claim. (Papers an agent kept abroad are
// his offence.)
func (a *analysis) wagesClaimAtHome(f *facts) bool {
	return onlyWagesOwed(f.sits) && a.returned() && len(f.e.Countries) > 0 && !f.paid && !a.cue("settled_now") &&
		!a.cue("recruits_still") && !a.cue("to_report") && !a.cue("complaint_against")
}

// selfHome reports the writer told as back home ("I came back", "I am
// home now in Mardan"): a word of the writer at most three words before,
// or inside, a ctx_home phrase. ("wo bohat pehle wapis aa gayi" is
// another's return.)
func (a *analysis) selfHome() bool {
	for _, h := range a.cueHits("ctx_home") {
		for k := max(0, h.I-3); k < h.J; k++ {
			if firstPerson[a.toks[k].S] {
				return true
			}
		}
	}
	return false
}

func (a *analysis) abroad(f *facts) bool {
	if a.cue("abroad") {
		return true
	}
	if a.selfHome() && a.lowered() == "ctx_safe_now" && !a.cue("k_relative") {
		// "I came back from Iraq three weeks ago … There they took our
		// passports … I am home now in Mardan, safe" (C249-023): the one
		// who tells it is home; the trouble's country is where it was
		return false
	}
	for l, hs := range a.hits {
		if l.Kind != kindCountry {
			continue
		}
		for _, h := range hs {
			if a.presence(h) {
				return true
			}
		}
	}
	if a.has(kindSit, "at_sea_or_border") || len(f.e.Countries) > 0 && f.ransom {
		return true
	}
	// A worker's trouble that only happens abroad, with the country named
	// ("جدہ میں انتقال ہو گیا ... میت واپس لانے", "Tbilisi gaya tha, wahan
	// job nahi mili, hostel wale nikal rahe hain"): the person is there.
	// Money paid for the country is paid from here ("the agent took Rs
	// 300,000 for an Oman visa and ran away").
	if a.cue("distress_abroad") && len(f.e.Countries) > 0 && !a.cue("ctx_home") && !f.paid {
		return true
	}
	// In a country's jail ("dubai ki jail me", "دبئی کی جیل میں", "in jail
	// in Dubai"): the person is there.
	if a.situation("jailed") && len(f.e.Countries) > 0 && !a.cue("ctx_home") {
		return true
	}
	// Taken ill or hurt with a country named, and no journey ahead ("My
	// roommate collapsed in the camp, Jeddah industrial area", B262-EN-025;
	// "مسقط ... سائٹ پر اوپر سے گر گیا", B262-UR-026): the person is there.
	if a.situation("medical") && len(f.e.Countries) > 0 && !a.cue("ctx_home") && !a.cue("ctx_plan") && !f.paid && a.lowered() == "" {
		return true
	}
	// In an account of trouble, a country with "in" before it or "mein"
	// after it is where the person is ("locked in a room in Dubai"); a
	// trouble that is one only abroad (more money asked, lost contact,
	// jailed) does not place anyone by a job's place: "a driver job in
	// Saudi ... now he asks more money" is told from home (C36-002), "my
	// brother is missing in Saudi" is not.
	if a.anySituation() {
		anywhere := a.anySituationAnywhere()
		for l, hs := range a.hits {
			if l.Kind != kindCountry {
				continue
			}
			for _, h := range hs {
				// "saudi me 2000 riyal" is a job's pay, no one's place
				// (so is "greece me farm pe kam 900 euro", C17-026: work named)
				after := 4
				if !anywhere {
					// a trouble that is one only abroad places no one by a
					// job's place a few words on ("Qatar me store keeper ki
					// job thi … ab 80 hazar or mang rahe", C351-002)
					after = 6
				}
				jobPlace := a.distance("job", h.I, h.J, 2, after) >= 0 || a.distance("salary_context", h.I, h.J, 2, after) >= 0 ||
					a.distance("work_named", h.I, h.J, 2, after) >= 0
				if a.locative(h) && (anywhere && !(jobPlace && f.paid) || !jobPlace) {
					// a job's place paid for from home ("Malaysia me factory
					// job ka bola tha … maine 2 lakh de diye … passport bhi
					// usi ke paas hai", C40-014) places no one there
					return true
				}
			}
		}
	}
	return false
}

// located returns the countries named with presence around them ("Libya
// mein hai", "in Dubai I am", "beti ko Oman bhej diya"), in text order,
// each once; a job's place paid for from home ("promised him a driver job
// in Riyadh … he took 6 lakh 50 thousand from us", C40-002) places no one.
func (a *analysis) located(paid bool) []string {
	type at struct {
		code string
		i    int
	}
	var found []at
	for _, loose := range []bool{false, true} {
		if loose && (len(found) > 0 || !a.anySituation()) {
			break
		}
		for l, hs := range a.hits {
			if l.Kind != kindCountry {
				continue
			}
			for _, h := range hs {
				// with no presence read, in an account of trouble, a
				// country with "in" or "mein" ("in Myanmar near the Thai
				// border")
				// (not the place of the job: "سعودیہ میں خادم الحجاج کی نوکری
				// کا اشتہار", C422-013; when paid, "Dubai me job k liye")
				if !loose && a.presence(h) || loose && a.locative(h) && !(paid && a.distance("job", h.I, h.J, 2, 4) >= 0) && !a.jobOf(h) {
					found = append(found, at{l.Key, h.I})
				}
			}
		}
	}
	slices.SortFunc(found, func(x, y at) int { return x.i - y.i })
	var out []string
	for _, f := range found {
		if !slices.Contains(out, f.code) {
			out = append(out, f.code)
		}
	}
	return out
}

// jobOf reports a country whose job follows it in its clause through a
// genitive ("سعودیہ میں خادم الحجاج کی نوکری", "Saudi me driver ki job"):
// the place of the job, not of anyone.
func (a *analysis) jobOf(h lang.Hit) bool {
	for _, c := range a.cueHits("job") {
		if c.I <= h.J || c.I > h.J+5 || !jobGenitives[a.toks[c.I-1].S] {
			continue
		}
		if !slices.ContainsFunc(a.toks[h.J:c.I], func(t lang.Token) bool { return t.Brk }) {
			return true
		}
	}
	return false
}

// the genitives of a job (words.json "job_genitives": "genitives" without
// "kay" and the English "s", with "of")
var jobGenitives = lang.MustClass("job_genitives")

// locative reports a country with "in" before it or "mein" after it ("in
// Myanmar near the Thai border", "Dubai mein"): in an account of trouble,
// where the person is.
func (a *analysis) locative(h lang.Hit) bool {
	return h.I > 0 && lex.locatives[a.toks[h.I-1].S] && !a.toks[h.I].Brk ||
		h.J < len(a.toks) && lex.words.Class("mein")[a.toks[h.J].S] && !a.toks[h.J].Brk
}

// anySituation reports whether any danger or urgency situation was found.
func (a *analysis) anySituation() bool {
	for l := range a.hits {
		if l.Kind == kindSit {
			return true
		}
	}
	return a.childAge()
}

// anySituationAnywhere is anySituation without the situations that count
// only abroad or on a smuggler's journey (lexicon "when").
func (a *analysis) anySituationAnywhere() bool {
	for l := range a.hits {
		if l.Kind == kindSit && lex.situations[l.Key].when != "abroad_or_smuggling" {
			return true
		}
	}
	return a.childAge()
}

func (a *analysis) presence(h lang.Hit) bool {
	// A move there ("went to Dubai", "oman bheja tha", "dubai gaye the")
	// places them there unless the account says they came back ("went to
	// Dubai last year and came back", "dubai gaya tha, wapis aa gaya").
	moved := false
	for _, p := range a.cueHits("presence_before") {
		if p.J == h.I {
			if a.toks[h.I-1].S != "to" {
				return true // "stuck in", "am in"
			}
			moved = true // "went to", "sent to"
		}
	}
	// "took my daughter to Dubai", "was sent to Oman"; not a move still
	// planned ("he will take him to Italy next month"): a destination in
	// a plan is not where someone is.
	// (nor a boat's way: "the boat to Italy goes next week", C556-008,
	// tells where the boat goes, not where anyone is)
	if h.I > 1 && a.toks[h.I-1].S == "to" && !a.toks[h.I].Brk && lex.words.Class("vessels")[a.toks[h.I-2].S] {
		return false
	}
	if h.I > 0 && a.toks[h.I-1].S == "to" && !a.toks[h.I].Brk {
		plan := a.cueHits("ctx_plan")
		for k := h.I - 2; k >= 0 && k >= h.I-9; k-- {
			if lex.movers[a.toks[k].S] {
				if covers(plan, k) {
					return false
				}
				moved = true
				break
			}
			if a.toks[k+1].Brk {
				break
			}
		}
	}
	j := h.J
	// "Riyadh se bol raha hun", "دبئی سے بات کر رہی ہوں": one speaks from
	// there (blind23 RU-046 was read as told from home).
	for _, p := range a.cueHits("speaking_from") {
		if p.I == j {
			return true
		}
	}
	for _, p := range a.cueHits("sent_to") {
		if p.I == j {
			moved = true
		}
	}
	if moved && !a.cue("ctx_home") {
		return true
	}
	// (or of the country: "شکیل عمان کے ایک فارم پر کام کرتا ہے",
	// B358-UR-028, "Oman ki ek company me kaam karta hai")
	of := j < len(a.toks) && !a.toks[j].Brk && lex.words.Class("genitives")[a.toks[j].S] && len(a.toks[j].S) > 1
	if j < len(a.toks) && (lex.words.Class("mein")[a.toks[j].S] || of) {
		for _, p := range a.cueHits("presence_after") {
			if p.I == j+1 && !of {
				return true
			}
		}
		// "ریاض میں ایک گھر میں کام کرتی ہوں", "Dubai mein ek company mein
		// kaam karta hoon": a second place, inside the country, before the
		// words of being there.
		for k := j + 1; k < len(a.toks) && k <= j+4 && !a.toks[k].Brk; k++ {
			if !lex.words.Class("mein")[a.toks[k].S] && !(of && lex.words.Class("src_postpositions")[a.toks[k].S]) {
				continue
			}
			for _, p := range a.cueHits("presence_after") {
				// (of the country, a verb of work or stay, not "is": "سعودی
				// عرب کی نوکری کی لسٹ میں ہے", B136-UR-037, is a list)
				if p.I == k+1 && !a.toks[k+1].Brk && (!of || p.J-p.I > 1) {
					return true
				}
			}
			break
		}
	}
	return false
}

// classify applies the rules documented on Assess. anyFlag is whether a
// red flag fired before the case type was known.
func (a *analysis) classify(f *facts, anyFlag bool) string {
	s := f.sits
	jobish := f.job || f.overseas
	switch {
	case f.ransom && !a.childTakenOnly(f):
		return CaseRansom
	case f.smuggling:
		return CaseSmuggling
	case a.careDeniedAbroad(f),
		// a shepherd a kafeel leaves in the desert without water or food
		// ("kafeel ne 2 din se pani aur khana nahi bheja, garmi 48 degree",
		// blind57 RU-030): the worker's peril, whatever else is told
		f.abroad && a.sponsorsPeril() && !s["confined"] && !s["documents_taken"] && !s["violence"] && !s["sexual_abuse"]:
		return CaseWorkerDistress
	case f.trafficked,
		f.abroad && (s["confined"] || s["documents_taken"] || s["forced_scam"] || s["forced_work"] ||
			s["sexual_abuse"] || s["child"] || s["violence"] || s["threat_to_life"] || s["debt_bondage"]),
		s["child"] && len(f.e.Countries) > 0 && (a.cue("sent_to") || f.job),
		// a wife kept in and threatened to be sent to other men for money
		// ("گھر سے نکلنے نہیں دیتے اور پیسوں کے لیے کسی اور کے پاس بھیجنے
		// کی دھمکی", blind197 UR-028): sold for sex, wherever she is
		s["sexual_abuse"] && s["confined"] && !s["child"] && !f.forcedLab && !s["forced_work"] && !s["debt_bondage"],
		// a minor married to one who takes her abroad ("13 saal ki larki
		// ka nikah ek Saudi bande se kar ke aaj raat ki flight se le ja
		// rahe hain", blind24 RU-009): bought, whatever was given the family
		a.childBride(f):
		return CaseTrafficking
	case !f.abroad && (f.forcedLab || s["forced_work"] || s["debt_bondage"] || s["confined"] && a.cue("workplace") ||
		// shut in a room of the house she was put to work in, beaten or
		// unpaid ("ek ghar me kaam pe rakha tha, ab wo usko kamre me band
		// rakhte hain … roz marte hain … salary b nai di", blind189 RU-023)
		s["confined"] && a.cue("work_named") && len(f.e.Countries) == 0 && (s["violence"] || s["wages_withheld"])),
		a.childForcedHere(f):
		// A child made to work in Pakistan and beaten, starved or shut
		// in ("بارہ سال کی بچی کو ... گھر کے کام کے بہانے لے گئی ...
		// مارتے ہیں اور کھانا نہیں دیتے", blind17 UR-005), even taken
		// from home to do it: forced labour, as the corpus's policy labels
		// a child forced to work here; so is one kept there who begs to
		// be taken home ("14 saal ka … factory … bhai mujhe le jao yahan
		// se", blind155 RU-026, blind156 RU-026).
		return CaseForcedLabour
	case a.situation("child") && (a.cue("sent_to") || s["child_taken"]):
		// A child taken away by someone ("ek aadmi use motor cycle pe
		// bitha kar le gaya", "naukri ka keh ke Karachi le gaya"), not
		// made to work here: trafficking.
		return CaseTrafficking
	case f.abroad && (f.distress || anyTrue(s)):
		return CaseWorkerDistress
	case a.wagesClaimAtHome(f):
		// back home with the wages of the work abroad unpaid ("I came back
		// from Malaysia in March. The palm oil company never paid my last
		// 5 months wages", C252-026; "Abbu Kuwait se wapis aa gaye, company
		// ne end of service nahi di", blind13): the worker's claim
		return CaseWorkerDistress
	case f.docFraud:
		return CaseDocumentFraud
	case len(f.phishing) > 0,
		// a fake page or account in an official body's name, no link
		// given ("فیس بک پر او ای سی کے نام سے جعلی پیج ہے", C207-013)
		a.cue("fake_page") && (a.cue("officials") || a.cue("embassy")) && len(f.e.URLs) == 0:
		return CasePhishing
	case a.officialNotice(f):
		return CaseOther // an appointment, a registration or an application received, from the body itself
	case a.travelOnly() && !anyTrue(s):
		return CaseOther // money for Hajj or a tour: no job, whatever red flag
	case a.cue("process_question") && !f.paid && !f.misconduct && !anyTrue(s) && !f.abroad:
		// A question about a complaint already made ("status kaise check
		// karun", "shikayat wapis le sakta hun?") or about becoming a
		// licensed promoter asks about the process, reports nothing; so
		// does "how do I complain to FIA?" with no case told (blind41
		// EN-047, UR-046, RL-048). A worker abroad who asks how to
		// complain has told one ("contract me 200 rial ... 130 de rahi
		// hai ... complain kaise karun", blind30 RU-035). A threat to make
		// one withdraw it ("complaint wapas lo warna…") is no question.
		return CaseOther
	case a.procedureQuestion(f):
		return CaseOther
	case f.licensed && (f.misconduct || f.paid && f.feeAmount != nil && f.feeAmount.Currency == "PKR" && f.feeAmount.Value > lex.legalFeePKR) &&
		!a.emergencySituation():
		// a promoter's job not as promised, overcharging or no receipt;
		// not one locked in or beaten where he sent them ("registered
		// company ne Dubai bheja ... kamre me band kar ke rakha hai aur
		// maarte hain"): the danger's case, for the model to read
		return CaseOEPMisconduct
	case f.paid && jobish && (f.online || f.remotePay || a.impostorUnmet()) && !(a.cue("no_office") && !f.remotePay && a.localRecruiter(f)) &&
		// an agent met in person who dodged the licence asked of him, paid
		// partly by bank ("dedh lakh naqad liye aur paune do lakh bank me
		// ... license ka pucha to baat taal gaya", blind56 RU-036): he
		// recruits without one, below
		!(f.noLicence && !f.online && a.cue("offline_agent")) &&
		// a licensed promoter named by its licence, paid by bank ("لائسنس
		// یافتہ کمپنی ... 1876/RWP ... bank", C98-015): its misconduct, below
		!(f.licensed && len(f.e.Licences) > 0 && !f.online):
		// One with no office, placed in a town or a neighbourhood here,
		// who talks only on WhatsApp and takes the money paid with no
		// wallet or bank named ("گل زمان نام کا ایک بندہ ہے جس کا کوئی
		// دفتر نہیں، صرف واٹس ایپ پر بات کرتا ہے۔ ہمارے محلے کے چھ لڑکوں
		// سے ... لے چکا ہے", blind28 UR-039) takes it in person: an
		// unlicensed recruiter, below.
		return CaseJobScamPaid
	case f.paid && jobish && f.licensed:
		return CaseOEPMisconduct
	case f.paid && jobish, f.noLicence && jobish:
		return CaseUnlicensedRecruiter
	case (a.cue("collects_locally") || a.cue("no_office") && len(f.e.Amounts) > 0) && jobish && (!f.online || a.localRecruiter(f)) && !f.remotePay && !f.licensed:
		// One who takes money, passports or forms from the people around
		// him for jobs abroad ("gaon me ek banda ... sab se CNIC copy ...
		// 5 hazar registration fee", "لوگوں سے دبئی بھیجنے کے پیسے لے رہا
		// ہے") recruits without a licence, whether or not the writer
		// paid: 38 of the 43 such reports of the corpus and blind sets.
		// So does one who sells visas ("free visa bech raha hai"), names
		// his price ("11 lakh lainda e", "takes 50,000 token money") or
		// asks a sum with no office to be found (blind14 EN-040, RU-040,
		// RU-050).
		return CaseUnlicensedRecruiter
	case f.verify:
		return CaseVerification
	case !anyFlag && !f.overseas && !f.abroad && len(f.e.Countries) == 0 && a.cue("applied") && !f.fee && !f.paid && !f.askPay && !a.cue("agent"):
		// A job at home one applied and was interviewed for ("دوسرے
		// انٹرویو کے بعد آپ کو اینگرو میں ... منتخب کر لیا گیا ہے", everyday22
		// E22-059): news, no offer to doubt.
		return CaseOther
	case f.job && !f.overseas && !f.abroad && !anyFlag && len(f.e.Countries) == 0 && len(f.e.Amounts) == 0 && len(f.e.Phones) == 0 &&
		len(f.e.URLs) == 0 && len(f.e.Handles) == 0 && !a.cue("agent") && !f.fee && !f.askPay && !f.online && !f.verify && !anyTrue(f.sits) &&
		!a.cue("distress_abroad") && !a.cue("documents") && !a.cue("salary_context"):
		// A trade or a job named with nothing of an offer: no country,
		// sum, number, link, agent, fee or check ("Is this Sajid
		// electrician? Fan not working since morning", blind71 EN-022).
		return CaseOther
	case jobish || anyFlag:
		return CaseJobOfferSuspicious
	}
	return CaseOther
}

// sponsorsPeril: a desert or a thirst a kafeel leaves a shepherd in ("کفیل
// اسے صحرا میں اکیلا چھوڑ گیا ہے، دو دن سے پانی ختم ہے", blind54 UR-012; "kafeel
// ne registan me bakriyon k sath chor dia", blind43 RL-004): the worker's
// peril abroad, no smuggler's road.
func (a *analysis) sponsorsPeril() bool {
	return a.cue("sponsor") && (a.has(kindSit, "at_sea_or_border") || a.cue("k_peril") && a.situation("no_food")) &&
		!a.cue("smuggling") && !a.roadNamed() && !a.cue("k_journey")
}

// roadNamed reports a word of a road ("raste", "via", "through"), not a
// bare "then": "kafeel usko maarta h, kal raat phr mara" tells of a beating
// again, no journey (C48-021).
func (a *analysis) roadNamed() bool {
	for _, h := range a.cueHits("route") {
		if h.J-h.I > 1 || !lex.words.Class("then_plain")[a.toks[h.I].S] {
			return true
		}
	}
	return false
}

// seafarerAtSea: a worker of a ship at sea ("Hum 4 Pakistani crew hain ek
// fishing vessel pe Somalia k samandar me. Captain ne kal 2 crew ko maara",
// B203-RU-023; a manning agency, a vessel, a seaman): the sea is his work,
// no smuggler's road.
func (a *analysis) seafarerAtSea() bool {
	return a.cue("seafarer") && a.has(kindSit, "at_sea_or_border") && !a.cue("smuggling") && !a.cue("route")
}

// careDeniedAbroad: a worker abroad hurt or ill whom the employer will
// not take to a hospital or give medicine ("kafeel won't take him to
// hospital", "کمپنی ہسپتال نہیں لے جا رہی"), with nobody shut in, sold,
// held, made to work or abused, and his papers not taken: the mission's
// and the OPF's case (a worker's distress abroad), however hard the hurt
// was done; it is an emergency all the same. Six independent blind sets
// label it so (blind10 RU-010, blind24 UR-006's passport aside, blind26
// UR-010, blind32 UR-006, blind39 UR-007 and RL-007, blind44 UR-008,
// blind45 EN-007); shut in or with papers taken it stays trafficking
// (blind9, blind15, blind21, blind25, blind34).
func (a *analysis) careDeniedAbroad(f *facts) bool {
	s := f.sits
	if !a.liveCue("k_nocare") || a.lowered() != "" || a.cue("ctx_home") {
		return false
	}
	if !f.abroad && len(f.e.Countries) == 0 && !a.cue("sponsor") {
		return false
	}
	// a worker's place: an employer, a sponsor, a job or work named
	// ("abbu ki BP medicine khatam, bring the same one from Dubai" is
	// an errand, blind44 EN-031)
	if !a.cue("sponsor") && !a.cue("employer") && !a.cue("job") && !a.cue("workplace") && !a.cue("agent") {
		return false
	}
	return !f.trafficked && !f.ransom && !f.smuggling && !f.forcedLab && !a.cue("k_sold") && !a.cue("k_held") && !a.cue("k_locked") &&
		!s["confined"] && !s["documents_taken"] && !s["forced_scam"] && !s["forced_work"] && !s["sexual_abuse"] && !s["debt_bondage"] &&
		!s["child"] && !s["child_taken"] && !s["kidnap_ransom"] && !s["at_sea_or_border"]
}

// localRecruiter: a recruiter placed in a town here ("ek banda Sukkur me
// ... 2.5L per banda leta h, bas WhatsApp pe baat krta h", blind19 RU-032)
// whose only online trace is WhatsApp (no link, e-mail, handle, page or
// other app): he takes the money in person, whatever he talks on.
func (a *analysis) localRecruiter(f *facts) bool {
	if len(f.e.URLs) > 0 || len(f.emails) > 0 || len(f.e.Handles) > 0 {
		return false
	}
	for _, h := range a.cueHits("online") {
		if !overlapsAny(h, a.cueHits("whatsapp")) {
			return false
		}
	}
	return slices.ContainsFunc(a.toks, func(t lang.Token) bool { return lex.words.Class("pk_place")[t.S] })
}

// procedureQuestion reports a question about the law ("is working on a
// visit visa a crime?", "peshgi ka qanoon kya hai", blind14 UR-018 and
// UR-019) or a lawful step itself (a
// degree attested, the protector's fee and where it is paid) with nothing
// to check beside it: no agent, no offer, no sum, number or link, nothing
// paid and no danger. It asks for information and reports nothing: other,
// as blind13's writer labels "How do I get my degree attested for a job in
// Saudi?" and "پروٹیکٹر کی فیس کتنی ہے اور کہاں جمع ہوتی ہے؟". "Is
// protector fee really 10,000? the agent says 48,000" checks an agent. A
// danger told only as over and done (past, safe now) does not make it a
// report.
func (a *analysis) procedureQuestion(f *facts) bool {
	over := a.lowered() == "ctx_past" || a.lowered() == "ctx_safe_now"
	// The protector's own office ("پروٹیکٹر دفتر کے اوقات") is no agent's.
	agentOffice := slices.ContainsFunc(a.cueHits("offline_agent"), func(h lang.Hit) bool { return !overlapsAny(h, a.cueHits("procedure_question")) })
	// (or of this service: "Is this number only for overseas job
	// complaints or can I also ask about passport renewal?", B358-EN-047)
	return (a.cue("procedure_question") || a.cue("law_question") || a.cue("about_service")) && a.asks() && !f.paid && !f.misconduct && (!anyTrue(f.sits) || over) && !a.cue("agent") &&
		!agentOffice && len(f.e.Amounts) == 0 && len(f.e.Phones) == 0 && len(f.e.URLs) == 0 && len(f.e.Licences) == 0
}

// moneyCases are the case types of money taken for a job.
var moneyCases = map[string]bool{CaseJobScamPaid: true, CaseUnlicensedRecruiter: true, CaseOEPMisconduct: true}

// dangerCases are the case types read from a danger to a person.
var dangerCases = map[string]bool{CaseRansom: true, CaseSmuggling: true, CaseTrafficking: true, CaseForcedLabour: true,
	CaseWorkerDistress: true}

// sharedOnly reports a danger or an agent's offer over and done (or told
// laughing) as a memory, to thank or to tell (cue ctx_sharing), with no
// complaint, question of checking or money paid: no report ("Last year I
// almost paid an agent 3 lakh for a fake Italy visa ... your awareness
// posts are really good", "دادا جان سناتے ہیں کہ ۱۹۷۲ میں ... 😄", blind82,
// blind83). A sum asked once and not paid is no longer a reason to report;
// one lost long since by one now settled in work or a life of their own
// ("I lost 2 lakh ... now I'm working in Doha happily. Please keep making
// those awareness videos!", blind137 EN-036) is told to warn others. A
// report asked for, an agent still sending boys or a licence named is
// told to be acted on (B12-RL-014, B66-RU-005, EN2-0332).
func (a *analysis) sharedOnly(f *facts, caseType string) bool {
	ctx := a.lowered()
	// (advice told with it, "Bas batana tha k agents se bacho, pehle
	// tasdeeq karo", blind101 RU-034, checks nothing: no question asked)
	advice := !strings.ContainsAny(a.text, "?؟") && !a.cue("ask_words") && a.cue("ctx_sharing")
	// (or money lost in a story heard of years ago, by one settled since:
	// "Hamare padosi ka beta bata raha tha k uske dost ko 2019 me Dubai me
	// kisi ne lutt lia tha ... ab yahan karyana store chalata h",
	// B219-RU-031)
	heardMemory := moneyCases[caseType] && a.cue("told_by") && a.cue("settled_now")
	return (dangerCases[caseType] || caseType == CaseJobOfferSuspicious || caseType == CaseDocumentFraud || advice || heardMemory) &&
		// (a memory with no danger left to lower: "Mere dost ka chacha 90s
		// me Greece gaya tha dunki laga k, ab wahan uska restaurant h",
		// blind197 RU-035)
		(ctx == "ctx_past" || ctx == "ctx_safe_now" || ctx == "ctx_joke" || ctx == "" && a.cue("ctx_past") && a.toldLongAgo()) && (a.cue("ctx_sharing") || a.toldLongAgo() ||
		// (settled since into a life of one's own, told with nothing asked
		// and no sum: "الحمدللہ ماموں جان پچھلے سال لیبیا سے واپس آ گئے
		// تھے۔ وہاں کئی مہینے قید میں رہے، اب گاؤں میں کریانے کی دکان چلا
		// رہے ہیں", B234-UR-033)
		a.cue("settled_now") && (ctx == "ctx_past" || ctx == "ctx_safe_now") && !strings.ContainsAny(a.text, "?؟") && !a.cue("ask_words") &&
			!slices.ContainsFunc(a.toks, func(t lang.Token) bool { return t.Amount }) ||
		// (a question about us, or our posters asked for, after an ordeal
		// over and done: "دو سال پہلے میں لیبیا میں چھ مہینے قید رہا، اب
		// الحمدللہ پاکستان میں ہوں … یہ سروس حکومت کی ہے یا کسی این جی او
		// کی؟", B353-UR-046; "… I now give awareness talks … Can you share
		// your posters", B354-EN-029)
		a.cue("about_service") && (ctx == "ctx_past" || ctx == "ctx_safe_now") &&
			!slices.ContainsFunc(a.toks, func(t lang.Token) bool { return t.Amount }) ||
		// (all well now, and nothing asked: "پچھلے سال ابو کو جدہ میں دل کا
		// دورہ پڑا تھا، اللہ کا شکر ہے اب بالکل ٹھیک ہیں … آج ان کی سالگرہ
		// ہے", B201-UR-024)
		a.cue("all_well") && ctx == "ctx_past" && !strings.ContainsAny(a.text, "?؟") && !a.cue("ask_words") &&
			// (not wages still owed: "… 7 mahine ki tankhwa nahi di thi. ab
			// ghar Sialkot me hun, sab theek h, bs wo paise chahiye", C168-034;
			// settled since into a life of one's own, the wages won back, they
			// are told: "... labour court se case jeet k wapis aa gaya. Ab
			// Sheikhupura me apni dukan h, dua karna", B205-RU-033)
			(!a.situation("wages_withheld") && !a.cue("salary_context") || a.cue("settled_now")) && !a.cue("money_demand")) &&
		!a.cue("complaint_against") && (!f.verify || advice) && (!f.paid || a.cue("settled_now") || a.cue("told_by") && a.cue("long_ago")) &&
		// (nor the same agent told at it again: "wohi agent Shahid Gujrat me
		// ab b larke bhej raha h, 0345-…", B71-RU-036)
		!a.cue("to_report") && !a.cue("recruits_still") && !a.cue("agent_again") && len(f.e.Licences) == 0 &&
		// (nor what to do about the agent asked: "… sab ka shukriya. ab us
		// agent ka kya karen jis ne bheja tha", B56-RU-041)
		!(a.cue("ask_words") && a.cue("agent"))
}

// toldLongAgo reports an ordeal of years ago (lexicon long_ago: "1995 me",
// "۲۰۱۲ میں") told as heard from someone ("dost k abba bata rahe the k",
// told_by): a memory ("Mere dost k abba bata rahe the k 1995 me Saudi me
// kafeel ne unka passport rakh liya tha", blind96 RU-036). Heard of last
// week ("پڑوسن بتا رہی تھی کہ ان کی ۱۰ سال کی بیٹی ... کام کرتی ہے",
// blind81 UR-033) it is news of now; one's own ordeal of 2019, told
// before a cousin who means to go the same way, is told for his sake
// (blind9 RU-014, blind66 RU-017).
//
// Settled since into a life of their own ("ab wahan apna restaurant h",
// "now he is a doctor", "now I drive a rickshaw", settled_now), with no
// sum, number or report beside it, an ordeal of years ago is a memory too
// (blind99 RU-035, EN-034, blind100 EN-029); one told before a cousin's
// agent and his price is told for the cousin (blind66 RU-017).
func (a *analysis) toldLongAgo() bool {
	if !a.cue("long_ago") {
		return false
	}
	sum := slices.ContainsFunc(a.toks, func(t lang.Token) bool { return t.Amount })
	return a.cue("told_by") || a.cue("settled_now") && !sum && !a.cue("to_report") && !a.cue("complaint_against")
}

// headlineNews reports news passed on of strangers (headline), a danger,
// a forged paper or an offer in it, with no sum, nothing paid, asked,
// checked, reported or to call ("Reporting agent Tahir … He posts videos
// on TikTok", blind64 EN-039, is a report).
func (a *analysis) headlineNews(f *facts, caseType string) bool {
	return (dangerCases[caseType] || caseType == CaseDocumentFraud || caseType == CaseJobOfferSuspicious) &&
		(a.lowered() == "ctx_news" || a.cue("ctx_news") && (a.lowered() == "ctx_safe_now" || a.lowered() == "ctx_past")) &&
		(a.nothingAsked(f) && !f.fee || a.newsLead(f)) && !a.cue("to_report") && !a.cue("complaint_against") && a.headline()
}

// newsLead reports a text that opens as news ("خبر:", "Breaking:",
// "news:") and asks nothing, pays nothing and gives no number or link: the
// sums in it are the news's ("ملزمان ... ۲۵ لاکھ روپے فی کس لیتے تھے",
// blind98 UR-014).
func (a *analysis) newsLead(f *facts) bool {
	lead := false
	for _, h := range a.cueHits("ctx_news") {
		lead = lead || h.I == 0
	}
	// (what was paid in it is the news's too: "Dawn: FIA arrests two
	// agents ... victims' families had paid Rs2.5m each", B258-EN-031)
	news := *f
	news.paid = false
	return lead && a.askedNothing(&news)
}

// emptyNews reports news with nothing in it to report: no situation, no
// job, fee, payment, number, link or question ("my cousin's video went
// viral on tiktok, he is in Dubai now"): an offer read only from a country
// named is none.
func (a *analysis) emptyNews(f *facts, caseType string) bool {
	return caseType == CaseJobOfferSuspicious && a.lowered() == "ctx_news" && a.nothingAsked(f) && !f.job && !f.fee && !a.anySituation()
}

// nothingAsked reports a text with no sum, nothing paid, asked or to be
// checked, no number or link and no question mark: what the news readers
// (headlineNews, emptyNews) take as only passed on.
func (a *analysis) nothingAsked(f *facts) bool { return a.askedNothing(f) && len(f.e.Amounts) == 0 }

// askedNothing is nothingAsked with sums allowed: a headline's own ("...
// ۲۵ لاکھ روپے فی کس لیتے تھے", newsLead).
func (a *analysis) askedNothing(f *facts) bool {
	return !f.paid && !f.verify && !f.askPay && len(f.e.Phones) == 0 && len(f.e.URLs) == 0 && !strings.ContainsAny(a.text, "?؟")
}

// headline reports a text with no word of the writer or their own (I,
// we, my, mujhe; lexicon first_person, kin_owners, first_person_object)
// and no relative or friend named: news passed on as it was read.
func (a *analysis) headline() bool {
	if a.cue("k_relative") || a.cue("k_close_one") {
		return false
	}
	for k, t := range a.toks {
		if inOrI[t.S] && k > 0 && !(k+1 < len(a.toks) && ergative[a.toks[k+1].S]) {
			continue // "میں", "main": "in" unless "I" plainly ("میں نے", or first)
		}
		if firstPerson[t.S] || kinOwners[t.S] || firstPersonObject[t.S] {
			return false
		}
	}
	return true
}

// inOrI are the words that are "I" and "in" both; ergative is "ne", "نے"
// (lexicon words.json).
var (
	inOrI             = lang.MustClass("in_or_i")
	ergative          = lang.MustClass("ergative")
	kinOwners         = lang.MustClass("kin_owners")
	firstPersonObject = lang.MustClass("first_person_object")
)

// outOfPresent revises a case type read from danger words that the context
// takes out of the present, when nothing was paid. A danger in a drama or
// a film is no report: a question about it ("do such things really
// happen?") is other, and a check of an offer is a verification request
// (the corpus and every blind set label them so). The news is left to the
// case type: its words ("suna hai", "Facebook pe dekha") also tell of
// what happens to the writer's own. A danger over and done ("in 2021 the
// company kept my passport, now I am home") beside an offer to check is a
// verification request.
func (a *analysis) outOfPresent(f *facts, caseType string) string {
	ctx := a.lowered()
	// (a report asked of the one who sent them, still taking money from
	// people, is a complaint too: "Jis agent Tanveer ne bheja tha ... ab
	// bhi logon se paise le raha h. Uski report krni h", blind197 RU-038)
	if dangerCases[caseType] && (ctx == "ctx_past" || ctx == "ctx_safe_now") && (a.cue("complaint_against") || a.cue("to_report") && a.cue("recruits_still") ||
		// (or a licensed promoter named by its licence, paid and not giving
		// the money back: "... through Sea Gate Overseas Karachi, licence
		// 1987/KHI, but they made me a house maid ... I am home in Karachi
		// now. The OEP took Rs 2,80,000", B205-EN-015)
		len(f.e.Licences) > 0 && f.paid) && !f.verify &&
		// (made to work or to scam there, the one who sent them is
		// reported as a trafficker, whatever they paid him: "forced to
		// scam people online … He took 4.5 lakh", C119-008)
		!(caseType == CaseTrafficking && (a.situation("forced_work") || a.situation("forced_scam") || a.situation("sexual_abuse"))) {
		// Danger over and done, and a complaint to make against whoever
		// took the money ("2 saal pehle kafeel ne passport rakha tha, ab
		// wapis aa gaya hun, agent ke khilaf shikayat, 3 lakh liye the"):
		// the complaint's case type, read without the old danger. A
		// complaint about the danger itself (no money named) keeps the
		// danger's case type, as blind4, blind5 and blind9 label it.
		g := *f
		g.sits = map[string]bool{}
		g.abroad, g.distress, g.trafficked, g.smuggling, g.ransom, g.forcedLab = false, false, false, false, false, false
		if c := a.classify(&g, false); moneyCases[c] {
			return c
		}
		if a.cue("recruits_still") && !f.licensed && !f.online {
			// Nothing paid named, but the one to report is still sending
			// boys from the area ("the agent Tariq is still sending boys
			// from our area ... I want to report him", blind35 EN-017,
			// blind14 EN-012): a recruiter at work here, the old danger
			// told as why. A smuggler's road (Libya, Iran) is turned back
			// to smuggling after the model (complaintAfterOrdeal).
			return CaseUnlicensedRecruiter
		}
	}
	if dangerCases[caseType] && (ctx == "ctx_past" || ctx == "ctx_safe_now" || a.cue("law_question")) && (a.procedureQuestion(f) ||
		// (a question of the help for those who came back: "mera bhai
		// pichle saal Libya me qaid tha, ab Alhamdulillah ghar aa gaya h.
		// sirf ye poochna tha k OPF se wapis aane walon ko koi madad milti
		// h?", B36-RU-039, lost to a retrain's 60% smuggling)
		ctx != "" && a.cue("process_question") && a.asks() && !f.paid && len(f.e.Amounts) == 0 && len(f.e.Phones) == 0 && !a.cue("complaint_against") && !a.cue("to_report")) {
		// Danger over and done, or none, and a question about the law or
		// a lawful step ("I was held at a kiln three years ago, now free;
		// what is the law on peshgi?", blind14 UR-019; "what does the law
		// say about peshgi at brick kilns?"): a question, no report.
		return CaseOther
	}
	if dangerCases[caseType] && (ctx == "ctx_news" || ctx == "ctx_rumour" || a.cue("ctx_news") && ctx == "ctx_safe_now" ||
		// a stranger's ordeal of years ago, told "for awareness" (B200-EN-041:
		// "Maulvi sahib told about a boy from the next village who was kept
		// in chains in Libya some years ago ... posters for awareness")
		// (the kin who told it is no kin in it: "Uncle at the mosque was
		// telling about a boy from Kharian who drowned near Greece back in
		// 2023", B235-EN-035)
		ctx == "ctx_past" && (!a.cue("k_relative") || a.cue("told_by"))) && a.cue("ctx_not_ours") && !f.paid {
		// News of a boat sunk or a raid, and "none of ours went": a
		// question about others, no report. So is what people in the
		// area say, asked about "for awareness" by one who is going
		// nowhere (blind13): "is this true?" of a rumour checks no offer.
		if f.verify && (ctx == "ctx_news" || f.job) {
			return CaseVerification
		}
		return CaseOther
	}
	if dangerCases[caseType] && a.sermonStory() && !f.paid {
		return CaseOther
	}
	if a.headlineNews(f, caseType) || a.emptyNews(f, caseType) {
		// A headline told as it was read, of strangers, with no one of
		// the writer's own in it and nothing asked ("BBC: At least 40
		// migrants are missing after a boat capsized", "اقوام متحدہ: لیبیا
		// کے ساحل کے قریب کشتی الٹنے سے ۱۶ تارکین وطن ہلاک", "Khabar: FIA
		// ne Sialkot airport pe 3 musafir offload kiye", blind87, blind90):
		// no report
		return CaseOther
	}
	if a.sharedOnly(f, caseType) {
		// A danger over and done, told as a memory or beside thanks for
		// the work, with nothing to report or ask ("my brother went via
		// Iran two years ago, was beaten on the way, thank God he came
		// back ... your page reminded me", blind27 UR-043; "2019 me
		// Greece ke jungle se pakra gaya tha ... ab Alhamdulillah Dubai
		// me legal kaam karta hai. aap log acha kaam kar rahe ho",
		// RU-043): no report. So is one back home safe, told only to
		// thank or to tell ("کزن آذربائیجان سے واپس آ گیا ہے ... بس شکریہ
		// کہنا تھا", "bhai Iran se deport ho k Taftan aa gaya hai ... bas
		// bata rha tha", blind28 UR-049, RU-019), an agent named in it or
		// not.
		return CaseOther
	}
	if f.paid || !dangerCases[caseType] && !(ctx == "ctx_fiction" && caseType == CaseJobOfferSuspicious) {
		return caseType // an agent in a film is no offer ("film me agent larki ko bech deta hai")
	}
	switch ctx {
	case "ctx_fiction", "ctx_joke", "ctx_game":
		if ctx == "ctx_game" && !a.playedGame() {
			return caseType
		}
		// (a joke told of a kidnapper, "لطیفہ 😂 اغوا کار نے فون کیا",
		// blind96 UR-036, is no report either; a laughing face alone may
		// be a sigh, "jaan nikal di hai kaam kara kara k 😩", C40-020)
		if ctx == "ctx_joke" && (!a.cue("ctx_joke") || a.cue("to_report")) {
			return caseType
		}
		if f.verify && f.job {
			// "is it real?" of a film checks nothing unless a job or an
			// agent is named beside it (blind22 EN-018, blind16 EN-015).
			return CaseVerification
		}
		return CaseOther
	case "ctx_past", "ctx_safe_now":
		if f.verify {
			return CaseVerification
		}
	}
	return caseType
}

func anyTrue(m map[string]bool) bool {
	for _, v := range m {
		if v {
			return true
		}
	}
	return false
}

// orNotWords are the "or" of a yes-or-no question ("licence asli hai ya
// nahi", "لائسنس اصلی ہے یا نہیں", "whether it is licensed or not").
var orNotWords = lang.MustClass("or_not_words")

// onlyOrNot reports whether every hit of a cue ends in the "not" of "or
// not": a question whether something holds, not a statement that it
// does not.
func (a *analysis) onlyOrNot(key string) bool {
	hs := a.cueHits(key)
	for _, h := range hs {
		if h.J < 2 || !orNotWords[a.toks[h.J-2].S] || !lex.words.Class("nahi")[a.toks[h.J-1].S] && a.toks[h.J-1].S != "not" {
			return false
		}
	}
	return len(hs) > 0
}

// childBride reports a minor, named by age, married to one who takes her
// abroad now: a country named and a going told.
func (a *analysis) childBride(f *facts) bool {
	return a.childAge() && a.cue("marriage") && len(f.e.Countries) > 0 &&
		(a.cue("sent_to") || a.cue("k_depart")) && a.lowered() == ""
}

// onlyWagesOwed reports that the one situation read is wages withheld.
func onlyWagesOwed(sits map[string]bool) bool {
	return sits["wages_withheld"] && onlyTrue(sits, "wages_withheld")
}

// onlyTrue reports that no situation but those of allowed is found.
func onlyTrue(sits map[string]bool, allowed ...string) bool {
	for code, v := range sits {
		if v && !slices.Contains(allowed, code) {
			return false
		}
	}
	return true
}

// childTakenOnly reports a child taken away ("woh aadmi bachi ko utha kar
// le gaya") with no money asked, no sum and no threat: the taking, not a
// ransom (trafficking), however "utha le gaya" reads as an abduction.
func (a *analysis) childTakenOnly(f *facts) bool {
	return a.situation("child_taken") && len(f.e.Amounts) == 0 && !a.cue("money_demand") && !a.cue("k_threat") &&
		!a.situation("threats") && !a.cue("ransom")
}

// emergencySituation reports a situation of the emergency level found
// (violence, locked in, at sea, a ransom…), before any context lowers it.
func (a *analysis) emergencySituation() bool { return a.emergencyBesides("") }

// emergencyBesides reports a situation of emergency level read other than
// but ("" for none left out).
func (a *analysis) emergencyBesides(but string) bool {
	for code, s := range lex.situations {
		if s.level == UrgencyEmergency && code != but && a.situation(code) {
			return true
		}
	}
	return false
}

// goneAndAsked reports one who did not come back and money asked for
// ("Group wapas aa gaya wo nahi aya. Kal ek Iraqi number se call ai k
// 5000 dollar bhejo", blind157 RU-050): a pilgrimage told around it is no
// journey only.
func (a *analysis) goneAndAsked(f *facts) bool {
	return a.cue("k_gone") && (f.askPay || a.cue("ransom"))
}

// onlyDocsHeld reports situations that are a document kept, with more
// money asked at most.
func onlyDocsHeld(sits map[string]bool) bool {
	held := false
	for code, on := range sits {
		switch {
		case !on:
		case code == "documents_taken":
			held = true
		case code != "more_money":
			return false
		}
	}
	return held
}

// childForcedHere reports a child made to work in Pakistan and beaten,
// starved, shut in, kept there begging to be taken home or kept from the
// family (not passed on to another house: k_sold) (see the case it makes,
// forced labour).
func (a *analysis) childForcedHere(f *facts) bool {
	s := f.sits
	return !f.abroad && len(f.e.Countries) == 0 && s["child"] && (a.cue("work_named") || a.cue("workplace") || a.cue("child_labour")) &&
		(s["violence"] || s["no_food"] || s["confined"] || s["plea_rescue"] || a.cue("k_held") || s["lost_contact"] && !a.cue("k_sold"))
}

// impostorUnmet reports one who passed himself off as an official ("خود
// کو او ای سی کا افسر بتاتا تھا", blind197 UR-004) and was never met in
// an office of his: a caller's scam, paid at a distance.
func (a *analysis) impostorUnmet() bool {
	if a.cue("offline_agent") {
		return false
	}
	// the office he claims is an official one ("a 'travel consultant'",
	// blind187 UR-043, claims none)
	officials := a.cueHits("officials")
	return slices.ContainsFunc(a.cueHits("claims_from"), func(h lang.Hit) bool { return overlapsAny(h, officials) })
}

// playedGame: the danger is a game's, named in more than one word (a
// children's camp's "Survival Challenge — 3 din jungle me band!", "free
// fire", "world cup"); a word alone may be another's: a smuggler's "game"
// ("game lagwa dete hain", C18-027) is the crossing itself, a kiln's
// "boundary" (B28-EN-020) no cricket.
func (a *analysis) playedGame() bool {
	return a.lowered() == "ctx_game" && slices.ContainsFunc(a.cueHits("ctx_game"), func(h lang.Hit) bool {
		return h.J-h.I > 1
	})
}

// selectedAtHome: news of a job got after applying and an interview,
// with no money asked or paid, no country and no agent ("After the second
// interview you have been selected as Assistant Manager at Engro. Offer
// letter emailed."): an employer's letter at home, no offer to report. A
// selection that asks a fee, or is for a job abroad, is read as before.
func (a *analysis) selectedAtHome(f *facts) bool {
	return a.cue("selected") && a.cue("applied") && !f.paid && !f.askPay && !f.fee && !f.abroad && len(f.e.Countries) == 0 &&
		len(f.e.Amounts) == 0 && !a.cue("agent") && !a.cue("money_demand") && !anyTrue(f.sits)
}
