package webchat

import (
	"bytes"
	"encoding/hex"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/hoshyar/hoshyar/bot"
)

// MaxUploadBytes bounds one attachment; the page shows it.
const MaxUploadBytes = 10 << 20

// maxFormPart bounds the form's other fields (client id, caption).
const maxFormPart = 64 << 10

// upload is an attachment as the content of its bytes says it is.
type upload struct {
	kind, contentType string
}

// sniffUpload tells what a file is by its first bytes, never by its name
// or the type the browser claims: an image (JPEG, PNG, WebP, GIF), a PDF or
// audio (Ogg, MP3, WAV, AMR, M4A/3GP, WebM). claimed only decides between
// audio and video for containers that hold either. ok is false for
// anything else.
func sniffUpload(head []byte, claimed string) (upload, bool) {
	claimedMajor, _, _ := strings.Cut(strings.ToLower(claimed), "/")
	switch ct := http.DetectContentType(head); {
	case ct == "image/jpeg", ct == "image/png", ct == "image/webp", ct == "image/gif":
		return upload{bot.KindImage, ct}, true
	case ct == "application/pdf" || bytes.HasPrefix(head, []byte("%PDF-")):
		return upload{bot.KindDocument, "application/pdf"}, true
	case ct == "application/ogg", ct == "audio/ogg":
		return upload{bot.KindAudio, "audio/ogg"}, true
	case ct == "audio/mpeg", ct == "audio/wave", ct == "audio/aiff":
		return upload{bot.KindAudio, ct}, true
	case bytes.HasPrefix(head, []byte("#!AMR")):
		return upload{bot.KindAudio, "audio/amr"}, true
	case isAudioBrand(head) || ct == "video/mp4" && claimedMajor == "audio":
		return upload{bot.KindAudio, "audio/mp4"}, true
	case ct == "video/webm" && claimedMajor == "audio":
		return upload{bot.KindAudio, "audio/webm"}, true
	case len(head) >= 2 && head[0] == 0xFF && head[1]&0xE0 == 0xE0: // an MPEG audio frame, no ID3 tag
		return upload{bot.KindAudio, "audio/mpeg"}, true
	}
	return upload{}, false
}

// isAudioBrand reports an ISO media file whose major brand is an audio one
// (M4A, as phones record voice memos; 3GP voice recordings).
func isAudioBrand(head []byte) bool {
	if len(head) < 12 || string(head[4:8]) != "ftyp" {
		return false
	}
	switch string(head[8:12]) {
	case "M4A ", "M4B ", "3gp4", "3gp5", "3gp6":
		return true
	}
	return false
}

// attach stores a visitor's attachment (multipart: file, optional text as
// its caption, client_id, keep) as a message of the conversation, through the
// same pipeline as every message: 202 {"id"} once stored, 413 past
// MaxUploadBytes, 415 when the bytes are not an image, PDF or audio.
func (c *Channel) attach(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, MaxUploadBytes+2*maxFormPart)
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/form-data" || params["boundary"] == "" {
		writeJSON(w, http.StatusBadRequest, apiError{"send multipart/form-data with a file"})
		return
	}
	var (
		data            []byte
		claimed, text   string
		clientID        string
		tooBig, gotFile bool
		keep            bool
	)
	mr := multipart.NewReader(r.Body, params["boundary"])
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			tooBig = true
			break
		}
		if err != nil {
			writeJSON(w, http.StatusBadRequest, apiError{"the form could not be read"})
			return
		}
		switch part.FormName() {
		case "file":
			if gotFile {
				writeJSON(w, http.StatusBadRequest, apiError{"one file at a time"})
				return
			}
			gotFile = true
			claimed = part.Header.Get("Content-Type")
			data, err = io.ReadAll(io.LimitReader(part, MaxUploadBytes+1))
			if errors.As(err, &mbe) || len(data) > MaxUploadBytes {
				tooBig = true
			} else if err != nil {
				writeJSON(w, http.StatusBadRequest, apiError{"the file could not be read"})
				return
			}
		case "keep": // with a new visitor's first message: keep the chat on this device
			b, _ := io.ReadAll(io.LimitReader(part, 8))
			keep = string(b) == "true"
		case "text", "client_id":
			b, err := io.ReadAll(io.LimitReader(part, maxFormPart+1))
			if err != nil || len(b) > maxFormPart {
				writeJSON(w, http.StatusRequestEntityTooLarge, apiError{"message too long"})
				return
			}
			if part.FormName() == "text" {
				text = string(b)
			} else {
				clientID = strings.TrimSpace(string(b))
			}
		}
		part.Close()
		if tooBig {
			break
		}
	}
	switch {
	case tooBig:
		writeJSON(w, http.StatusRequestEntityTooLarge, apiError{"file too large: 10 MB at most"})
		return
	case !gotFile || len(data) == 0:
		writeJSON(w, http.StatusBadRequest, apiError{"no file"})
		return
	case utf8.RuneCountInString(text) > MaxTextRunes:
		writeJSON(w, http.StatusRequestEntityTooLarge, apiError{"message too long"})
		return
	case clientID != "" && !validClientID(clientID):
		writeJSON(w, http.StatusBadRequest, apiError{"client_id must be 1-64 letters, digits, - or _"})
		return
	}
	up, ok := sniffUpload(data[:min(len(data), 512)], claimed)
	if !ok {
		writeJSON(w, http.StatusUnsupportedMediaType, apiError{"send a photo or screenshot, a PDF or a voice recording"})
		return
	}
	vid, ok := c.admit(w, r, keep)
	if !ok {
		return
	}
	if clientID == "" {
		clientID = randomID()
	}
	m := bot.Media{Kind: up.kind, ContentType: up.contentType, Data: data}
	if up.contentType == "audio/ogg" {
		m.Duration = bot.OggDuration(data)
	}
	in := bot.Inbound{
		Channel:    bot.WebChat,
		ProviderID: hex.EncodeToString(c.vault.Hash("webchat-message", vid+":"+clientID)[:16]),
		Address:    vid,
		Text:       text,
		Media:      []bot.Media{m},
	}
	rc, err := c.ingest.Ingest(r.Context(), in)
	if err != nil {
		c.log.Error("webchat_ingest_failed", "error", err)
		writeJSON(w, http.StatusServiceUnavailable, apiError{"not stored, please retry"})
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]int64{"id": rc.MessageID})
}
