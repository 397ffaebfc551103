package flows

import (
	"slices"
	"time"

	"github.com/hoshyar/hoshyar/lang"
)

// Nodes of the conversation: where the next message is an answer to.
const (
	NodeNew      = ""
	NodeMenu     = "menu"
	NodeLanguage = "language"
	NodeResume   = "resume"

	NodeReportOffer     = "report_offer"
	NodeReportCheck     = "report_check" // confirm what was read from the offer
	NodeReportSeen      = "report_seen"
	NodeReportRecruiter = "report_recruiter"
	NodeReportPhones    = "report_phones"     // confirm extracted numbers
	NodeReportPhonesAsk = "report_phones_ask" // type them
	NodeReportCountry   = "report_country"
	NodeReportMoney     = "report_money"
	NodeReportPaid      = "report_paid"
	NodeReportPaidHow   = "report_paid_how"
	NodeReportDocs      = "report_docs"
	NodeReportConsent   = "report_consent"
	NodeReportSummary   = "report_summary"
	NodeReportFix       = "report_fix" // which answer to change

	NodeHelpCheck   = "help_check" // confirm what was read from the account
	NodeHelpWhere   = "help_where"
	NodeHelpPlace   = "help_place"
	NodeHelpWhat    = "help_what"
	NodeHelpWhom    = "help_whom"
	NodeHelpContact = "help_contact"
	NodeHelpNumber  = "help_number"

	NodeVerify = "verify"
	NodeStatus = "status"
	NodeHuman  = "human"
	NodeErase  = "erase"
)

// State is what the engine remembers between messages. It is stored as
// JSON with the conversation; fields are added, never renamed.
type State struct {
	Locale       string    `json:"locale,omitempty"`
	LocaleChosen bool      `json:"locale_chosen,omitempty"` // picked by the person, no longer detected
	Node         string    `json:"node,omitempty"`
	Options      []string  `json:"options,omitempty"` // values of the choices last offered, in order
	LastAt       time.Time `json:"last_at,omitzero"`
	Draft        *Draft    `json:"draft,omitempty"`  // the flow under way
	Paused       *State    `json:"paused,omitempty"` // a flow that timed out, offered for resumption
	Discreet     bool      `json:"discreet,omitempty"`
	// Tally is the evidence of the language the person writes in, so one
	// stray English answer does not switch a Roman Urdu conversation.
	Tally lang.Tally `json:"tally,omitempty"`
	// Warned lists the dangers the emergency numbers were shown for: they
	// are shown again only for a danger not seen before.
	Warned []string `json:"warned,omitempty"`
	// NumbersShown is set once the emergency numbers were said in this
	// conversation: the help flow does not repeat the whole block.
	NumbersShown bool `json:"numbers_shown,omitempty"`
	// NumbersFor is the country whose local numbers were said last: a
	// place told or corrected later gets its own (placeNumbers).
	NumbersFor string `json:"numbers_for,omitempty"`
	// Checked is the check just sent, kept at the menu that follows it: a
	// person who then says they have paid already is helped to report it.
	Checked *Checked `json:"checked,omitempty"`
	// Pleaded is the plea for help just sent, kept at the menu that
	// follows it: how to be reached, told after it ("sirf yahan msg krna,
	// call mat krna, phone check krte hain"), changes it (afterPlea).
	Pleaded *Draft `json:"pleaded,omitempty"`
	// NoReportsSaid is set once a status was asked and there was no
	// report to show: asked again, the answer says what else can be done,
	// never the same words twice.
	NoReportsSaid bool `json:"no_reports_said,omitempty"`
}

// Checked is what a check was asked about.
type Checked struct {
	Reference string   `json:"reference"`
	Texts     []string `json:"texts,omitempty"`
	Evidence  []int64  `json:"evidence,omitempty"`
}

// Draft is what a flow has gathered so far.
type Draft struct {
	Kind      string            `json:"kind"`                // report, help, verify, human
	Evidence  []int64           `json:"evidence,omitempty"`  // ids of the messages that carry the offer or the account
	Texts     []string          `json:"texts,omitempty"`     // what the person wrote, for triage
	Answers   map[string]string `json:"answers,omitempty"`   // structured answers by question
	Danger    []string          `json:"danger,omitempty"`    // why this is an emergency
	Reference string            `json:"reference,omitempty"` // once the report exists
	History   []string          `json:"history,omitempty"`   // nodes passed, for "back"
	// Inferred are answers read from what the person sent (an advert, a
	// long account), waiting for them to confirm in one line.
	Inferred map[string]string `json:"inferred,omitempty"`
	// Misses counts answers to the current question that were not
	// understood: the first gets a shorter prompt, the second moves on.
	Misses int `json:"misses,omitempty"`
	// Fixing is set while one answer is changed from the summary: after
	// it, the summary again.
	Fixing bool `json:"fixing,omitempty"`
	// Settled are the answers given or skipped, never asked again.
	Settled []string `json:"settled,omitempty"`
	// Rejected are inferred answers the person said were wrong: the same
	// reading is not offered again ("in Iran" after "no, not about me").
	Rejected map[string]string `json:"rejected,omitempty"`
	// Asked is the check's question last asked (its text id): after an
	// aside the same question comes again, not the first one.
	Asked string `json:"asked,omitempty"`
}

// Input is one message from the person, already decoded by its channel,
// with what the caller knows that a pure step cannot look up.
type Input struct {
	Text   string // what they wrote (or a caption)
	Choice string // the value of a button they pressed
	Media  string // kind of attachment, if any: image, document, voice, audio, video, location, sticker, contact
	// MediaText is the text read from the attachment (OCR of an image, a
	// PDF's text, a shared contact's number and name), "" when none or not
	// ready.
	MediaText string
	Group     bool // written in a group chat, not privately to the bot

	// SMS is set for text messages, where every 160 characters (70 in Urdu
	// script) is a paid segment and feature phones show long texts badly:
	// the greeting is the short one, and a Latin-script Urdu greeting is
	// answered in Roman Urdu rather than Urdu script.
	SMS bool

	MessageID int64  // the stored message: kept as evidence when it is part of a report
	Reference string // a fresh reference, for a report this step may create

	// Lookup is what the registry and earlier reports say about the
	// licences, phones and links in Text (set by the caller in NodeVerify).
	Lookup *Lookup
	// Reports are the person's own reports, newest first (for status).
	Reports []ReportStatus
	// ReportsLater says Reports were not read: a step that shows them
	// asks for them (Result.NeedReports) and its result is to be thrown
	// away; the caller reads them and steps again. Few steps show them,
	// and reading them costs a query per report on every message.
	ReportsLater bool

	// Agency, when set, is an agency speaking to the person (agency.go):
	// not the person's words, and nothing else of the input is read.
	Agency *AgencyInput
}

// Lookup is what is known about what a person asked to verify.
type Lookup struct {
	Licences []LicenceInfo `json:"licences,omitempty"`
	Seen     []SeenCount   `json:"seen,omitempty"` // earlier reports naming a phone, link or licence
}

// LicenceInfo is a licence number and what the OEP registry says of it.
type LicenceInfo struct {
	Licence string
	Found   bool
	Name    string
	City    string
	Status  string // active, suspended, cancelled, expired
}

// SeenCount is how many earlier reports name a thing.
type SeenCount struct {
	Thing string // the phone number, link or licence as shown to the person
	Count int
}

// ReportStatus is one of the person's reports as they may see it.
type ReportStatus struct {
	Reference string
	Status    string // new, in_progress, closed
	CreatedAt time.Time
	Messages  []AgencyMessage // what agencies said to the person, oldest first
}

// AgencyMessage is a message an agency sent the reporter.
type AgencyMessage struct {
	Agency string
	Text   string
}

// Button is a choice offered with a reply.
type Button struct {
	Label string `json:"label"`
	Value string `json:"value"`
}

// Reply is one message to send.
type Reply struct {
	Text    string   `json:"text"`
	Buttons []Button `json:"buttons,omitempty"`
}

// Effect is something the step asks the caller to do beside replying.
type Effect struct {
	Kind   string      `json:"kind"`
	Locale string      `json:"locale,omitempty"`
	Report *ReportSpec `json:"report,omitempty"`
}

// Effect kinds.
const (
	// EffectSetLocale: remember the person's language on their contact, so
	// later messages (an officer's answer, a status change) use it.
	EffectSetLocale = "set_locale"
	// EffectCreateReport: create the report in Report, with its referrals.
	EffectCreateReport = "create_report"
	// EffectUpdateReport: add what Report holds to an existing report
	// (answers given after an emergency report was created at once).
	EffectUpdateReport = "update_report"
	// EffectRelay: attach the message to the report (talking to a person).
	EffectRelay = "relay"
	// EffectErase: erase the person's contact details and transcripts, and
	// withdraw their words from the reports they made (jobs, casework).
	EffectErase = "erase"
)

// ReportSpec is a report as the conversation gathered it. The caller runs
// triage on Text and routes it.
type ReportSpec struct {
	Reference string            `json:"reference"`
	Kind      string            `json:"kind"` // report, help, verify, human
	Evidence  []int64           `json:"evidence,omitempty"`
	Text      string            `json:"text"`
	Answers   map[string]string `json:"answers,omitempty"`
	Danger    []string          `json:"danger,omitempty"`
	Consent   bool              `json:"consent"`
	Discreet  bool              `json:"discreet,omitempty"`
}

// SettledPlea reports a plea for help from someone who says they are safe
// ("باقی میں خیریت سے ہوں", "mehfooz hoon"), in which triage reads no
// situation and the person chose none: a dispute to settle, not an urgent
// one (a return ticket the contract promised). The bot's closing words and
// the referral's urgency both follow it.
//
// So is a claim for wages from one who is home ("3 mahine pehle Saudi se
// wapis aaya hun, company ne final settlement aur 2 mahine ki tankhwa nahi
// di. ab main Pakistan me hun", C67-024): no one is left unpaid abroad.
func (s *ReportSpec) SettledPlea(situations []string) bool {
	if s.Kind != KindHelp || len(s.Danger) > 0 {
		return false
	}
	switch {
	case len(situations) == 0 && (s.Answers["situation"] == "" || s.Answers["situation"] == "other"):
	case s.Answers["situation"] == "unpaid" && s.Answers["where"] == "pakistan" && s.Answers["whom"] != "other" &&
		!slices.ContainsFunc(situations, func(x string) bool { return x != "wages_withheld" }):
	default:
		return false
	}
	return lang.Conversation().Read(s.Text).SafeNow()
}

// Result is what a step produces.
type Result struct {
	State   State
	Replies []Reply
	Effects []Effect
	// NeedReports: the step wanted the person's reports, which Input said
	// were not read (ReportsLater). Nothing else of the result counts:
	// step again with them.
	NeedReports bool
}
