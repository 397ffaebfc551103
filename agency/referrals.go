package agency

import (
	"encoding/json"
	"time"

	"github.com/hoshyar/hoshyar/store"
)

// Referral is a referral as the API shows it (DESIGN.md "Contracts").
// Times are Pakistan's, with their offset (RFC 3339).
type Referral struct {
	ID            int64           `json:"id"`
	Reference     string          `json:"reference"`
	Agency        string          `json:"agency"`
	Role          string          `json:"role"`
	Reason        string          `json:"reason"`
	CaseType      string          `json:"case_type"`
	Kind          string          `json:"kind"` // report, help, verify, human
	Urgency       string          `json:"urgency"`
	Priority      string          `json:"priority"`
	Status        string          `json:"status"`
	Outcome       *string         `json:"outcome,omitempty"`
	RedFlags      json.RawMessage `json:"red_flags"`
	Entities      json.RawMessage `json:"entities"`
	Danger        json.RawMessage `json:"danger"`
	Language      string          `json:"language"`
	Channel       string          `json:"channel"`
	LinkedCount   int             `json:"linked_count"`
	LinkedReports []string        `json:"linked_reports"`
	Discreet      bool            `json:"discreet"`
	VoiceOnly     bool            `json:"voice_only"` // the only evidence is voice: listen to it
	CreatedAt     time.Time       `json:"created_at"`
	DueAt         time.Time       `json:"due_at"`
	Overdue       bool            `json:"overdue"`
	ClaimedBy     *Person         `json:"claimed_by"`
	ClaimedAt     *time.Time      `json:"claimed_at,omitempty"`
	ClosedAt      *time.Time      `json:"closed_at,omitempty"`
	// Unread counts the reporter's messages since the agency last read the
	// referral (or since it was made).
	Unread  int     `json:"unread"`
	AskedBy *string `json:"asked_by,omitempty"` // the agency that asked this one to assist
	Case    Case    `json:"case"`
	// Contact is the reporter's address, only when they consented.
	Contact *string `json:"contact,omitempty"`
	// ReporterWithdrew: the reporter withdrew their words (asked for their
	// data to be deleted) at WithdrawnAt. Their account, their answers
	// about themself, their messages and attachments are gone; the facts
	// about the offer and the recruiter stay.
	ReporterWithdrew bool       `json:"reporter_withdrew"`
	WithdrawnAt      *time.Time `json:"withdrawn_at,omitempty"`
}

// WithdrawnNotice is how the console and the API's readers say it.
const WithdrawnNotice = "Reporter withdrew their words"

// Person is who did something: the actor ("user:12", "token:3") and their
// name.
type Person struct {
	Actor string `json:"actor"`
	Name  string `json:"name"`
}

// Case is every agency holding the report: its role, status, claim time and
// outcome, never its notes.
type Case struct {
	Agencies []CaseAgency `json:"agencies"`
}

// CaseAgency is one agency's part in a case.
type CaseAgency struct {
	Agency    string     `json:"agency"`
	Role      string     `json:"role"`
	Status    string     `json:"status"`
	ClaimedAt *time.Time `json:"claimed_at"`
	Outcome   *string    `json:"outcome"`
	// Overdue: for the caller's own referral, past its due time; for
	// another agency's, still open a second period after it (escalated).
	Overdue bool    `json:"overdue"`
	AskedBy *string `json:"asked_by,omitempty"`
	You     bool    `json:"you,omitempty"` // the caller's own referral
}

// Detail adds what only one referral's page shows.
type Detail struct {
	Referral
	Answers  json.RawMessage `json:"answers"`
	Summary  string          `json:"summary"`
	Words    []Words         `json:"reporter_words"`
	Thread   []Message       `json:"thread"`
	Evidence []Evidence      `json:"evidence"`
	History  []store.Event   `json:"history"`
	// ReadBefore is when the agency read it before this read (nil the
	// first time): messages after it are new.
	ReadBefore *time.Time `json:"read_before,omitempty"`
}

// Words is a message of the reporter's, as they wrote it.
type Words struct {
	MessageID int64     `json:"message_id"`
	Text      string    `json:"text"`
	At        time.Time `json:"at"`
}

// Message is one message of the report's conversation: the reporter's, the
// bot's, or an agency's message or verdict to the reporter.
type Message struct {
	ID   int64  `json:"id"`
	From string `json:"from"` // reporter, bot, agency
	// Agency and Author say who wrote an agency's message: the author is
	// named only to the agency's own staff.
	Agency  string    `json:"agency,omitempty"`
	Author  string    `json:"author,omitempty"`
	Kind    string    `json:"kind"` // text, image, voice…; message, verdict, notice for an agency
	Text    string    `json:"text"`
	Verdict string    `json:"verdict,omitempty"`
	At      time.Time `json:"at"`
	// Status is how an agency's message fared: queued (the bot has not
	// sent it yet), sent, delivered, read, failed.
	Status string `json:"status,omitempty"`
	New    bool   `json:"new,omitempty"` // the reporter's, since the agency last read the referral
}

// Evidence is an attachment, served by /api/v1/media/{id}.
type Evidence struct {
	ID          int64    `json:"id"`
	MessageID   int64    `json:"message_id"`
	Kind        string   `json:"kind"`
	ContentType string   `json:"content_type,omitempty"`
	Size        *int64   `json:"size,omitempty"`
	SHA256      string   `json:"sha256,omitempty"`
	URL         string   `json:"url,omitempty"`
	Latitude    *float64 `json:"latitude,omitempty"`
	Longitude   *float64 `json:"longitude,omitempty"`
	Error       *string  `json:"error,omitempty"`
	// Text is what was read from it: by OCR from an image or a scanned PDF
	// (Source "ocr", machine-read: check it against the picture), a PDF's
	// own text ("pdf"), or a shared contact's number and name ("contact").
	Text      string  `json:"text,omitempty"`
	Source    string  `json:"source,omitempty"`
	ReadError *string `json:"read_error,omitempty"` // why it could not be read
	Duration  *int    `json:"duration_seconds,omitempty"`
}

// PKT is Pakistan's time zone: the API's and the console's times are in it.
// Pakistan keeps no daylight saving time, so without the zone database the
// fixed offset is the same clock.
var PKT = func() *time.Location {
	if l, err := time.LoadLocation("Asia/Karachi"); err == nil {
		return l
	}
	return time.FixedZone("PKT", 5*60*60)
}()

func pkt(t time.Time) time.Time { return t.In(PKT) }

func pktp(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	v := t.In(PKT)
	return &v
}

func toReferral(q store.QueueItem, now time.Time) Referral {
	r := Referral{
		ID: q.ID, Reference: q.Reference, Agency: q.Agency, Role: q.Role, Reason: q.Reason, CaseType: q.CaseType,
		Kind: q.ReportKind, Urgency: q.Urgency, Priority: q.Priority, Status: q.Status, Outcome: q.Outcome, RedFlags: q.RedFlags,
		Entities: q.Entities, Danger: q.Danger, Language: q.Language, Channel: q.Channel, LinkedCount: q.LinkedReports,
		LinkedReports: []string{}, Discreet: q.Discreet, VoiceOnly: q.VoiceOnly, CreatedAt: pkt(q.CreatedAt), DueAt: pkt(q.DueAt),
		Overdue:   q.Status != "closed" && now.After(q.DueAt),
		ClaimedAt: pktp(q.ClaimedAt), ClosedAt: pktp(q.ClosedAt), Unread: q.Unread, AskedBy: q.AskedBy,
		Case: Case{Agencies: []CaseAgency{}}, ReporterWithdrew: q.WithdrawnAt != nil, WithdrawnAt: pktp(q.WithdrawnAt),
	}
	if q.ClaimedBy != nil {
		p := &Person{Actor: *q.ClaimedBy, Name: *q.ClaimedBy}
		if q.ClaimedByName != nil {
			p.Name = *q.ClaimedByName
		}
		r.ClaimedBy = p
	}
	return r
}

// caseOf is the case as the agency of own sees it.
func caseOf(own int64, all []store.CaseAgency, now time.Time) Case {
	c := Case{Agencies: make([]CaseAgency, 0, len(all))}
	for _, a := range all {
		ca := CaseAgency{Agency: a.Agency, Role: a.Role, Status: a.Status, ClaimedAt: pktp(a.ClaimedAt), Outcome: a.Outcome,
			AskedBy: a.AskedBy, You: a.ReferralID == own}
		if ca.You {
			ca.Overdue = a.Status != "closed" && now.After(a.DueAt)
		} else {
			ca.Overdue = a.Status != "closed" && a.EscalatedAt != nil
		}
		c.Agencies = append(c.Agencies, ca)
	}
	return c
}
