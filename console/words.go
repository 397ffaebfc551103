package console

import (
	"strings"

	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/triage"
)

// Everything a person reads in the console is in words: the codes of the
// API, the stored answers and the history's kinds are named here. An
// unknown code is turned into words ("new_code" → "New code") so that no
// key is ever shown raw; a test renders every known one.

var statusWords = map[string]string{
	"new": "New", "claimed": "Claimed", "in_progress": "In progress", "closed": "Closed",
}

var channelWords = map[string]string{
	"webchat": "Web chat", "telegram": "Telegram", "whatsapp": "WhatsApp", "sms": "SMS",
}

var languageWords = map[string]string{
	"en": "English", "ur": "Urdu", "ur-Latn": "Roman Urdu",
}

var kindWords = map[string]string{
	"report": "Report", "help": "Plea for help", "verify": "Verification request", "human": "Asked to talk to a person",
}

// answerNames are the questions of the conversation, by the answer's key.
var answerNames = map[string]string{
	"seen": "Where the offer was seen", "recruiter": "Recruiter or firm", "recruiter_also": "Also named", "phones": "Recruiter's numbers",
	"country": "Country of the job", "money_asked": "Money asked", "paid": "Paid anything?", "paid_amount": "Amount paid",
	"paid_how": "Paid how", "paid_to": "Paid into the account of", "documents": "Documents handed over", "consent": "May an officer contact them?",
	"where": "Where the person is", "place": "City or country", "situation": "What is happening", "whom": "Who needs help",
	"contact": "How to reach them", "contact_number": "Number to call",
}

// answerWords are the answers' values, per key ("" for every key).
var answerWords = map[string]map[string]string{
	"": {"yes": "Yes", "no": "No", "unknown": "Does not know", "skip": "Skipped", "other": "Other"},
	"seen": {"facebook": "Facebook", "whatsapp": "WhatsApp", "tiktok": "TikTok", "newspaper": "Newspaper",
		"agent": "An agent in person", "website": "A website", "other": "Somewhere else"},
	"documents": {"passport": "Passport", "cnic": "CNIC", "both": "Passport and CNIC", "none": "None"},
	"where":     {"pakistan": "In Pakistan", "abroad": "Abroad"},
	"situation": {"passport_taken": "Passport taken", "unpaid": "Wages not paid", "locked_in": "Locked in, cannot leave",
		"violence": "Violence or threats", "sexual_abuse": "Sexual abuse or exploitation", "debt": "Held by a debt", "forced_work": "Forced to work",
		"money_taken": "Money taken", "other": "Something else"},
	"whom":     {"self": "The reporter themself", "other": "Someone else"},
	"contact":  {"here": "Reply in this chat", "discreet": "Reply in this chat, discreetly", "number": "Call a number", "none": "Do not contact them"},
	"paid_how": paymentWords,
}

var paymentWords = map[string]string{
	"jazzcash": "JazzCash", "easypaisa": "Easypaisa", "bank": "Bank transfer", "cash": "Cash",
	"western_union": "Western Union", "hawala": "Hawala", "online": "Online",
}

var eventWords = map[string]string{
	"created": "Referred", "claimed": "Claimed", "status": "Status changed", "note": "Internal note",
	"message": "Message to the reporter", "verification": "Verification verdict sent", "transfer": "Transferred",
	"assist": "Asked another agency to assist", "asked": "Asked to assist", "assigned": "Assigned",
	"overdue": "Overdue: the agency's supervisors were told", "escalated": "Overdue: shown to the case's other agencies",
}

var detailWords = map[string]string{
	"from": "From", "to": "To", "outcome": "Outcome", "note": "Note", "text": "Text", "verdict": "Verdict",
	"reason": "Reason", "agency": "Agency", "name": "Name",
}

var verdictWords = map[string]string{
	"genuine": "Genuine", "not_genuine": "Not genuine", "cannot_confirm": "Cannot confirm",
}

var mediaWords = map[string]string{
	"image": "Image", "voice": "Voice note", "audio": "Audio", "video": "Video", "document": "Document",
	"location": "Location", "sticker": "Sticker", "contact": "Shared contact", "text": "Message", "choice": "Button pressed",
	"edit": "Edited message", "group": "Group message",
}

// readErrorWords name why an attachment's text could not be read (the
// codes of package jobs: CodeRead…).
var readErrorWords = map[string]string{
	"too_large": "too large to read", "unreadable": "no text found in it",
	"ocr_unavailable": "text reading (OCR) is off on this server", "timeout": "reading took too long",
}

var keyWords = map[string]string{
	"phone": "Phone", "wallet": "Wallet (JazzCash, Easypaisa)", "url": "Link", "licence": "OEP licence",
	"iban": "IBAN", "account": "Bank account", "handle": "Social media handle", "company": "Company",
}

var alertWords = map[string]string{
	"block_number": "Block a mobile number", "takedown_link": "Take a link down", "freeze_wallet": "Freeze a mobile wallet",
}

var alertStatusWords = map[string]string{
	"pending": "Waiting for review", "approved": "Approved and sent", "rejected": "Rejected",
}

var roleWords = map[string]string{"agent": "Agent", "supervisor": "Supervisor", "admin": "Admin"}

var deliveryWords = map[string]string{
	"queued": "waiting to be sent", "sending": "being sent", "sent": "sent", "delivered": "delivered", "read": "read",
	"failed": "not delivered", "undelivered": "not delivered", "unknown": "delivery unknown",
}

// wordsOf names code in table, or turns it into words.
func wordsOf(table map[string]string, code string) string {
	if w, ok := table[code]; ok {
		return w
	}
	return humanize(code)
}

// humanize turns an unknown code into words: "new_code" → "New code".
func humanize(code string) string {
	s := strings.TrimSpace(strings.ReplaceAll(code, "_", " "))
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// answerValue names an answer's value for its key; free text stays as the
// person wrote it.
func answerValue(key, value string) string {
	if w, ok := answerWords[key][value]; ok {
		return w
	}
	if w, ok := answerWords[""][value]; ok {
		return w
	}
	return value
}

// country names a country code: "SA" → "Saudi Arabia".
func country(code string) string { return triage.CountryName(code, "en") }

// words are the console's template functions that name codes.
func wordFuncs() map[string]any {
	return map[string]any{
		"caseType":    routing.CaseTypeName,
		"urgencyWord": routing.UrgencyName,
		"roleWord":    routing.RoleName,
		"agencyName":  routing.AgencyName,
		"agencyShort": routing.AgencyShort,
		"statusWord":  func(s string) string { return wordsOf(statusWords, s) },
		"channelWord": func(s string) string { return wordsOf(channelWords, s) },
		"language":    func(s string) string { return wordsOf(languageWords, s) },
		"kindWord":    func(s string) string { return wordsOf(kindWords, s) },
		"eventWord":   func(s string) string { return wordsOf(eventWords, s) },
		"verdictWord": func(s string) string { return wordsOf(verdictWords, s) },
		"mediaWord":   func(s string) string { return wordsOf(mediaWords, s) },
		"readError":   func(s string) string { return wordsOf(readErrorWords, s) },
		"keyWord":     func(s string) string { return wordsOf(keyWords, s) },
		"alertWord":   func(s string) string { return wordsOf(alertWords, s) },
		"alertStatus": func(s string) string { return wordsOf(alertStatusWords, s) },
		"userRole":    func(s string) string { return wordsOf(roleWords, s) },
		"delivery":    func(s string) string { return wordsOf(deliveryWords, s) },
		"payment":     func(s string) string { return wordsOf(paymentWords, s) },
		"country":     country,
		// outcome is a verification's verdict in words, or what the officer wrote.
		"outcome": func(s string) string {
			if w, ok := verdictWords[s]; ok {
				return w
			}
			return s
		},
		"countries": func(codes []string) string {
			names := make([]string, len(codes))
			for i, c := range codes {
				names[i] = country(c)
			}
			return strings.Join(names, ", ")
		},
		"payments": func(codes []string) string {
			names := make([]string, len(codes))
			for i, c := range codes {
				names[i] = wordsOf(paymentWords, c)
			}
			return strings.Join(names, ", ")
		},
	}
}
