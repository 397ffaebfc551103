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
}

const insertMedia = `
INSERT INTO media (message_id, kind, content_type, size_bytes, sha256, data, provider_ref, latitude, longitude, error)
VALUES ($1, $2, NULLIF($3, ''), $4, $5, $6, NULLIF($7, ''), $8, $9, NULLIF($10, ''))
RETURNING id`

// InsertMedia stores one attachment.
func InsertMedia(ctx context.Context, db DBTX, m NewMedia) (int64, error) {
	var size *int64
	if m.Data != nil {
		n := int64(len(m.Data))
		size = &n
	}
	var id int64
	err := db.QueryRow(ctx, insertMedia, m.MessageID, m.Kind, m.ContentType, size, m.SHA256, m.Data,
		m.ProviderRef, m.Latitude, m.Longitude, m.Error).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: insert media: %w", err)
	}
	return id, nil
}
