package webchat_test

import (
	"bytes"
	"context"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/store"
)

// attach posts a multipart upload and returns the status and answer.
func (v *visitor) attach(name, claimed string, data []byte, fields ...string) (int, map[string]any) {
	v.t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	for i := 0; i+1 < len(fields); i += 2 {
		require.NoError(v.t, w.WriteField(fields[i], fields[i+1]))
	}
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", `form-data; name="file"; filename="`+name+`"`)
	h.Set("Content-Type", claimed)
	part, err := w.CreatePart(h)
	require.NoError(v.t, err)
	_, err = part.Write(data)
	require.NoError(v.t, err)
	require.NoError(v.t, w.Close())
	res, err := v.client.Post(v.srv.URL+"/chat/api/attachments", w.FormDataContentType(), &body)
	require.NoError(v.t, err)
	defer res.Body.Close()
	var out map[string]any
	_ = jsonDecode(res, &out)
	return res.StatusCode, out
}

func advert(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "ocr", "testdata", "adverts", "en03.jpg"))
	require.NoError(t, err)
	return b
}

// An image attached in the web chat goes through the same pipeline as a
// message: stored with its bytes and SHA-256, answered, shown in the feed
// as the visitor's attachment. Its type is told by its bytes.
func TestAttachment(t *testing.T) {
	t.Parallel()
	srv, db := newServer(t, 5*time.Second)
	v := newVisitor(t, srv)
	img := advert(t)

	code, out := v.attach("offer.png", "image/png", img, "client_id", "up-1", "text", "yeh ad dekhein")
	require.Equal(t, http.StatusAccepted, code, out)
	id := int64(out["id"].(float64))
	code, again := v.attach("offer.png", "image/png", img, "client_id", "up-1", "text", "yeh ad dekhein")
	require.Equal(t, http.StatusAccepted, code)
	require.Equal(t, out["id"], again["id"], "a retried upload is stored once")

	var kind, ct, body string
	var size int
	require.NoError(t, db.Pool.QueryRow(context.Background(), `
		SELECT m.kind, d.content_type, d.size_bytes, m.body FROM messages m JOIN media d ON d.message_id = m.id WHERE m.id = $1`, id).
		Scan(&kind, &ct, &size, &body))
	require.Equal(t, "image", kind)
	require.Equal(t, "image/jpeg", ct, "the bytes say JPEG, whatever the name and the browser claim")
	require.Equal(t, len(img), size)
	require.NotContains(t, body, "dekhein", "sealed at rest")
	body, err := store.OpenText(body, "messages.body")
	require.NoError(t, err)
	require.Equal(t, "yeh ad dekhein", body)

	require.Eventually(t, func() bool {
		for _, m := range v.get(0).Messages {
			if m.ID == id {
				return m.From == "visitor" && m.Kind == "image" && m.Text == "yeh ad dekhein"
			}
		}
		return false
	}, 10*time.Second, 50*time.Millisecond)
	require.Eventually(t, func() bool {
		for _, m := range v.get(id).Messages {
			if m.From == "bot" {
				return true
			}
		}
		return false
	}, 15*time.Second, 50*time.Millisecond, "answered")
}

func TestAttachmentRefused(t *testing.T) {
	t.Parallel()
	srv, db := newServer(t, time.Second)
	big := append(advert(t), make([]byte, 10<<20)...)
	for name, tc := range map[string]struct {
		file, claimed string
		data          []byte
		want          int
	}{
		"an executable called a photo": {"photo.jpg", "image/jpeg", []byte("MZ\x90\x00\x03 this is a program"), http.StatusUnsupportedMediaType},
		"HTML called a PDF":            {"letter.pdf", "application/pdf", []byte("<html><script>alert(1)</script></html>"), http.StatusUnsupportedMediaType},
		"an SVG image":                 {"a.svg", "image/svg+xml", []byte(`<svg xmlns="http://www.w3.org/2000/svg"></svg>`), http.StatusUnsupportedMediaType},
		"over 10 MB":                   {"big.jpg", "image/jpeg", big, http.StatusRequestEntityTooLarge},
		"empty":                        {"none.jpg", "image/jpeg", nil, http.StatusBadRequest},
	} {
		t.Run(name, func(t *testing.T) {
			code, _ := newVisitor(t, srv).attach(tc.file, tc.claimed, tc.data)
			require.Equal(t, tc.want, code)
		})
	}
	var n int
	require.NoError(t, db.Pool.QueryRow(context.Background(), `SELECT count(*) FROM media`).Scan(&n))
	require.Zero(t, n, "nothing refused is stored")

	// A PDF and a voice recording are welcome.
	v := newVisitor(t, srv)
	code, _ := v.attach("x.bin", "application/octet-stream", []byte("%PDF-1.4\n1 0 obj\n"))
	require.Equal(t, http.StatusAccepted, code)
	code, _ = v.attach("note.ogg", "", append([]byte("OggS\x00\x02"), make([]byte, 40)...))
	require.Equal(t, http.StatusAccepted, code)
	code, _ = v.attach("memo.m4a", "audio/mp4", append([]byte("\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00"), make([]byte, 40)...))
	require.Equal(t, http.StatusAccepted, code)
	var kinds []string
	rows, err := db.Pool.Query(context.Background(), `SELECT kind || ' ' || content_type FROM media ORDER BY id`)
	require.NoError(t, err)
	for rows.Next() {
		var k string
		require.NoError(t, rows.Scan(&k))
		kinds = append(kinds, k)
	}
	require.Equal(t, []string{"document application/pdf", "audio audio/ogg", "audio audio/mp4"}, kinds)
}

func jsonDecode(res *http.Response, v any) error {
	return json.NewDecoder(res.Body).Decode(v)
}
