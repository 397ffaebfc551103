package store

import (
	"context"
	"fmt"
)

// NewMedia is an attachment or a shared location of an inbound message.
type NewMedia struct {
	MessageID   int64
	Kind        string // image, audio, voice, video, document, sticker, location, contact
	ContentType string
	Data        []byte
	SHA256      []byte
	ProviderRef string // the provider's file id or URL, to fetch it later
	Latitude    *float64
	Longitude   *float64
	Error       string // why the bytes could not be fetched; the message is kept
	// Text is what the channel already read from it (a Telegram contact's
	// number and name), with its TextSource; read at once, no job needed.
	Text       string
	TextSource string
	Duration   int // seconds, of a voice note or audio, when the channel says
}

const insertMedia = `
INSERT INTO media (message_id, kind, content_type, size_bytes, sha256, data, provider_ref, place_sealed, error,
                   text, text_source, read_at, duration_seconds)
VALUES ($1, $2, NULLIF($3, ''), $4, $5, $6, NULLIF($7, ''), $8, NULLIF($9, ''),
        NULLIF($10, ''), NULLIF($11, ''), CASE WHEN $11 <> '' THEN now() END, NULLIF($12, 0))
RETURNING id`

// InsertMedia stores one attachment.
func InsertMedia(ctx context.Context, db DBTX, m NewMedia) (int64, error) {
	var size *int64
	if m.Data != nil {
		n := int64(len(m.Data))
		size = &n
	}
	var id int64
	err := db.QueryRow(ctx, insertMedia, m.MessageID, m.Kind, m.ContentType, size, m.SHA256, sealBytes(m.Data, ctxMediaData),
		m.ProviderRef, sealPlace(m.Latitude, m.Longitude), m.Error, sealText(m.Text, ctxMediaText), m.TextSource, m.Duration).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: insert media: %w", err)
	}
	return id, nil
}

// Fetch is a media row waiting for its bytes.
type Fetch struct {
	ID          int64   `db:"id"`
	Channel     string  `db:"channel"`
	Kind        string  `db:"kind"`
	ContentType *string `db:"content_type"`
	ProviderRef *string `db:"provider_ref"`
	Fetched     bool    `db:"fetched"`
}

const mediaToFetch = `
SELECT d.id, m.channel, d.kind, d.content_type, d.provider_ref, (d.data IS NOT NULL OR d.error IS NOT NULL) AS fetched
  FROM media d JOIN messages m ON m.id = d.message_id
 WHERE d.id = $1`

// MediaToFetch loads what is needed to download an attachment.
func MediaToFetch(ctx context.Context, db DBTX, id int64) (Fetch, error) {
	return collectOne[Fetch](ctx, db, "media to fetch", mediaToFetch, id)
}

const saveMediaData = `
UPDATE media SET data = $2, content_type = COALESCE(NULLIF($3, ''), content_type), size_bytes = $4, sha256 = $5, error = NULL,
       duration_seconds = COALESCE(duration_seconds, NULLIF($6, 0))
 WHERE id = $1`

// SaveMediaData stores downloaded bytes with their SHA-256 and, when it
// could be told from them, the duration of a voice note (seconds; 0 when
// unknown).
func SaveMediaData(ctx context.Context, db DBTX, id int64, data []byte, contentType string, sum []byte, duration int) error {
	if _, err := db.Exec(ctx, saveMediaData, id, sealBytes(data, ctxMediaData), contentType, len(data), sum, duration); err != nil {
		return fmt.Errorf("store: save media data: %w", err)
	}
	return nil
}

const saveMediaError = `UPDATE media SET error = $2 WHERE id = $1 AND data IS NULL`

// SaveMediaError records why an attachment could not be downloaded; the
// message itself is kept.
func SaveMediaError(ctx context.Context, db DBTX, id int64, reason string) error {
	if _, err := db.Exec(ctx, saveMediaError, id, reason); err != nil {
		return fmt.Errorf("store: save media error: %w", err)
	}
	return nil
}
