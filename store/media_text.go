package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// Every read and write of media.text, the words read from an attachment,
// is here: when it is sealed at rest, only this file changes.

// Sources of a media text.
const (
	TextOCR     = "ocr"     // read from an image, or from a PDF's page images
	TextPDF     = "pdf"     // a PDF's text layer
	TextContact = "contact" // the number and name on a shared contact
)

// MediaToRead is an attachment whose text is to be read.
type MediaToRead struct {
	ID             int64      `db:"id"`
	MessageID      int64      `db:"message_id"`
	ConversationID int64      `db:"conversation_id"`
	Kind           string     `db:"kind"`
	ContentType    *string    `db:"content_type"`
	Data           []byte     `db:"data"`
	ReadAt         *time.Time `db:"read_at"`
}

const mediaToRead = `
SELECT d.id, d.message_id, m.conversation_id, d.kind, d.content_type, d.data, d.read_at
  FROM media d JOIN messages m ON m.id = d.message_id
 WHERE d.id = $1`

// LoadMediaToRead loads an attachment with its bytes.
func LoadMediaToRead(ctx context.Context, db DBTX, id int64) (MediaToRead, error) {
	return collectOne[MediaToRead](ctx, db, "media to read", mediaToRead, id)
}

const saveMediaText = `
UPDATE media SET text = $2, text_source = $3, read_at = now(), read_error = NULL WHERE id = $1`

// SaveMediaText stores what was read from an attachment ("" when it holds
// no text) and where it came from (TextOCR, TextPDF, TextContact).
func SaveMediaText(ctx context.Context, db DBTX, id int64, text, source string) error {
	if _, err := db.Exec(ctx, saveMediaText, id, sealText(text, ctxMediaText), source); err != nil {
		return fmt.Errorf("store: save media text: %w", err)
	}
	return nil
}

const saveReadError = `UPDATE media SET read_at = now(), read_error = $2 WHERE id = $1 AND read_at IS NULL`

// SaveReadError records that an attachment could not be read, and why.
func SaveReadError(ctx context.Context, db DBTX, id int64, reason string) error {
	if _, err := db.Exec(ctx, saveReadError, id, reason); err != nil {
		return fmt.Errorf("store: save read error: %w", err)
	}
	return nil
}

// MediaState is where an attachment of a message stands.
type MediaState struct {
	ID          int64      `db:"id"`
	Kind        string     `db:"kind"`
	ContentType *string    `db:"content_type"`
	Fetched     bool       `db:"fetched"`
	Failed      bool       `db:"failed"`
	ReadAt      *time.Time `db:"read_at"`
}

const mediaStates = `
SELECT id, kind, content_type, data IS NOT NULL AS fetched, error IS NOT NULL AS failed, read_at
  FROM media WHERE message_id = $1 ORDER BY id`

// MediaStates lists a message's attachments and how far they are.
func MediaStates(ctx context.Context, db DBTX, messageID int64) ([]MediaState, error) {
	return collectAll[MediaState](ctx, db, "media states", mediaStates, messageID)
}

const messageMediaText = `
SELECT text FROM media WHERE message_id = $1 AND text <> '' ORDER BY id`

// MessageMediaText returns the text read from a message's attachments, ""
// when there is none (yet).
func MessageMediaText(ctx context.Context, db DBTX, messageID int64) (string, error) {
	rows, err := db.Query(ctx, messageMediaText, messageID)
	if err != nil {
		return "", fmt.Errorf("store: message media text: %w", err)
	}
	texts, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return "", fmt.Errorf("store: message media text: %w", err)
	}
	for i, t := range texts {
		if texts[i], err = openText(t, ctxMediaText); err != nil {
			return "", fmt.Errorf("store: message media text: %w", err)
		}
	}
	return strings.Join(texts, "\n"), nil
}

// MediaText is text read from one attachment.
type MediaText struct {
	MediaID   int64  `db:"id"`
	MessageID int64  `db:"message_id"`
	Kind      string `db:"kind"`
	Source    string `db:"text_source"`
	Text      string `db:"text"`
}

const mediaTexts = `
SELECT id, message_id, kind, text_source, text FROM media
 WHERE message_id = ANY($1::bigint[]) AND text <> '' ORDER BY message_id, id`

// MediaTexts returns the texts read from the attachments of messages.
func MediaTexts(ctx context.Context, db DBTX, messageIDs []int64) ([]MediaText, error) {
	if len(messageIDs) == 0 {
		return nil, nil
	}
	return collectAll[MediaText](ctx, db, "media texts", mediaTexts, messageIDs)
}

const reportsWithEvidence = `SELECT report_id FROM report_evidence WHERE message_id = $1 ORDER BY report_id`

// ReportsWithEvidence lists the reports a message is evidence of.
func ReportsWithEvidence(ctx context.Context, db DBTX, messageID int64) ([]int64, error) {
	rows, err := db.Query(ctx, reportsWithEvidence, messageID)
	if err != nil {
		return nil, fmt.Errorf("store: reports with evidence: %w", err)
	}
	return collectIDs(rows, "reports with evidence")
}
