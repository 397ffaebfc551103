// Package faketelegram is a fake Telegram Bot API for tests: an
// httptest.Server that speaks the real wire format. Methods are POSTed to
// /bot<token>/<method> as JSON, multipart/form-data or
// x-www-form-urlencoded; answers are {"ok":true,"result":…} or
// {"ok":false,"error_code":…,"description":…,"parameters":{…}} with the
// same HTTP status. Files are served at /file/bot<token>/<file_path>.
//
// The fake checks what Telegram checks where a mistake is easy to make:
// text length, empty text, and inline keyboard buttons (callback_data of 1
// to 64 bytes, no empty copy_text), so a request it accepts is one Telegram
// would accept too. Every call is recorded, in order.
package faketelegram

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// Request is one recorded API call.
type Request struct {
	Method      string         // as sent, e.g. "sendMessage"
	Params      map[string]any // JSON body, or form fields (JSON-valued fields such as reply_markup decoded)
	Raw         []byte         // the body as received
	ContentType string
}

// String returns param key as text, whatever its wire type: form fields are
// strings, JSON numbers become "123", JSON values are re-encoded; "" when absent.
func (r Request) String(key string) string {
	switch v := r.Params[key].(type) {
	case nil:
		return ""
	case string:
		return v
	case json.Number:
		return v.String()
	default:
		b, _ := json.Marshal(v)
		return string(b)
	}
}

type failure struct {
	status      int
	description string
	retryAfter  int
}

type file struct {
	id          string
	path        string
	data        []byte
	contentType string
	size        int64 // reported by getFile; 0 omits file_size
}

type queued struct {
	id  int64
	raw json.RawMessage
}

// Server is the fake Bot API.
type Server struct {
	t     testing.TB
	token string
	srv   *httptest.Server
	done  chan struct{}

	mu       sync.Mutex
	requests []Request
	fails    map[string][]*failure // by lower-case method ("file" for downloads); nil slots pass
	files    map[string]*file      // by file_id
	paths    map[string]*file      // by file_path
	updates  []queued
	wake     chan struct{} // closed when updates are queued
	nextMsg  int64
	webhook  string // set by setWebhook, cleared by deleteWebhook
}

// New starts a fake for token; it is closed at the test's cleanup.
func New(t testing.TB, token string) *Server {
	t.Helper()
	s := &Server{
		t: t, token: token, done: make(chan struct{}),
		fails: map[string][]*failure{}, files: map[string]*file{}, paths: map[string]*file{},
		wake: make(chan struct{}), nextMsg: 100,
	}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(func() {
		close(s.done) // ends waiting long polls
		s.srv.Close()
	})
	return s
}

// URL is the API base URL (TELEGRAM_API_URL).
func (s *Server) URL() string { return s.srv.URL }

// Requests returns every call so far, in order; a file download is recorded
// as Method "file" with Params {"file_path": …}.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Calls returns the calls of method (case-insensitive), in order.
func (s *Server) Calls(method string) []Request {
	var out []Request
	for _, r := range s.Requests() {
		if strings.EqualFold(r.Method, method) {
			out = append(out, r)
		}
	}
	return out
}

// FailNext makes the next call of method fail with status and description;
// retryAfter > 0 adds parameters.retry_after. Failures queue up. Use method
// "file" to fail the next file download.
func (s *Server) FailNext(method string, status int, description string, retryAfter int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := strings.ToLower(method)
	s.fails[m] = append(s.fails[m], &failure{status: status, description: description, retryAfter: retryAfter})
}

// FailNth makes the n-th next call of method fail (1 is the next call);
// the calls before it succeed unless failed otherwise.
func (s *Server) FailNth(method string, n int, status int, description string, retryAfter int) {
	if n < 1 {
		s.t.Fatalf("faketelegram: FailNth: n must be at least 1, got %d", n)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m := strings.ToLower(method)
	for len(s.fails[m]) < n {
		s.fails[m] = append(s.fails[m], nil)
	}
	s.fails[m][n-1] = &failure{status: status, description: description, retryAfter: retryAfter}
}

// AddFile makes fileID known to getFile and its bytes downloadable.
func (s *Server) AddFile(fileID string, data []byte, contentType string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f := &file{id: fileID, data: data, contentType: contentType, size: int64(len(data)),
		path: "documents/file_" + itoa(int64(len(s.files)+1))}
	s.files[fileID] = f
	s.paths[f.path] = f
}

// SetFileSize changes the file_size getFile reports for fileID (0 omits it,
// as Telegram sometimes does), to test a client that trusts it or not.
func (s *Server) SetFileSize(fileID string, size int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f, ok := s.files[fileID]; ok {
		f.size = size
	}
}

// QueueUpdates adds updates (each a JSON object with update_id) for
// getUpdates. Updates below a call's offset are confirmed and forgotten, as
// Telegram does.
func (s *Server) QueueUpdates(updates ...json.RawMessage) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, u := range updates {
		var head struct {
			ID int64 `json:"update_id"`
		}
		if err := json.Unmarshal(u, &head); err != nil {
			s.t.Errorf("faketelegram: QueueUpdates: %v", err)
			continue
		}
		s.updates = append(s.updates, queued{id: head.ID, raw: u})
	}
	close(s.wake)
	s.wake = make(chan struct{})
}

// Webhook returns the URL set by setWebhook, "" after deleteWebhook.
func (s *Server) Webhook() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.webhook
}
