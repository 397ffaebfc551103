package agency

import (
	"encoding/json"
	"time"

	"github.com/hoshyar/hoshyar/store"
)

// Referral is a referral as the API shows it (DESIGN.md "Contracts").
type Referral struct {
	ID            int64           `json:"id"`
	Reference     string          `json:"reference"`
	Agency        string          `json:"agency"`
	Role          string          `json:"role"`
	Reason        string          `json:"reason"`
	CaseType      string          `json:"case_type"`
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
	// Contact is the reporter's address, only when they consented.
	Contact *string `json:"contact,omitempty"`
}

// Detail adds what only one referral's page shows.
type Detail struct {
	Referral
	Answers  json.RawMessage `json:"answers"`
	Summary  string          `json:"summary"`
	Words    []Words         `json:"reporter_words"`
	Evidence []Evidence      `json:"evidence"`
	History  []store.Event   `json:"history"`
}

// Words is a message of the reporter's, as they wrote it.
type Words struct {
	MessageID int64     `json:"message_id"`
	Text      string    `json:"text"`
	At        time.Time `json:"at"`
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

func toReferral(q store.QueueItem, now time.Time) Referral {
	return Referral{
		ID: q.ID, Reference: q.Reference, Agency: q.Agency, Role: q.Role, Reason: q.Reason, CaseType: q.CaseType,
		Urgency: q.Urgency, Priority: q.Priority, Status: q.Status, Outcome: q.Outcome, RedFlags: q.RedFlags,
		Entities: q.Entities, Danger: q.Danger, Language: q.Language, Channel: q.Channel, LinkedCount: q.LinkedReports,
		LinkedReports: []string{}, Discreet: q.Discreet, VoiceOnly: q.VoiceOnly, CreatedAt: q.CreatedAt, DueAt: q.DueAt,
		Overdue: q.Status != "closed" && now.After(q.DueAt),
	}
}
