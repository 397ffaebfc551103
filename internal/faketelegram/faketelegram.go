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
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
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
	t     testing.TB // nil outside tests (the load tool)
	token string
	srv   *httptest.Server
	done  chan struct{}
	once  sync.Once

	mu       sync.Mutex
	requests []Request
	forget   bool                     // keep no requests (see Forget)
	observe  func(Request)            // see Observe
	delays   map[string]time.Duration // by lower-case method
	holds    map[string]chan struct{} // by lower-case method; closed to release
	fails    map[string][]*failure    // by lower-case method ("file" for downloads); nil slots pass
	files    map[string]*file         // by file_id
	paths    map[string]*file         // by file_path
	updates  []queued
	wake     chan struct{} // closed when updates are queued
	nextMsg  int64
	webhook  string // set by setWebhook, cleared by deleteWebhook
}

// New starts a fake for token; it is closed at the test's cleanup.
func New(t testing.TB, token string) *Server {
	t.Helper()
	s := Start(token, "")
	s.t = t
	t.Cleanup(s.Close)
	return s
}

// Start starts a fake for token outside a test (the load tool), listening
// on addr ("" for any free loopback port). Close stops it.
func Start(token, addr string) *Server {
	s := &Server{
		token: token, done: make(chan struct{}),
		fails: map[string][]*failure{}, files: map[string]*file{}, paths: map[string]*file{},
		wake: make(chan struct{}), nextMsg: 100,
		delays: map[string]time.Duration{}, holds: map[string]chan struct{}{},
	}
	s.srv = httptest.NewUnstartedServer(http.HandlerFunc(s.serve))
	if addr != "" {
		l, err := net.Listen("tcp", addr)
		if err != nil {
			panic(fmt.Sprintf("faketelegram: listen on %s: %v", addr, err))
		}
		s.srv.Listener.Close()
		s.srv.Listener = l
	}
	s.srv.Start()
	return s
}

// Close ends waiting long polls and held calls and stops the server.
func (s *Server) Close() {
	s.once.Do(func() {
		close(s.done)
		s.srv.Close()
	})
}

// fail reports a misuse of the fake: to the test, or as a panic outside one.
func (s *Server) fail(format string, args ...any) {
	if s.t == nil {
		panic(fmt.Sprintf(format, args...))
	}
	s.t.Errorf(format, args...)
}

// SetDelay makes every call of method take d before it is answered (it is
// recorded at once): a slow provider.
func (s *Server) SetDelay(method string, d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.delays[strings.ToLower(method)] = d
}

// Hold makes calls of method wait, recorded but unanswered, until release
// is called (or the server closes).
func (s *Server) Hold(method string) (release func()) {
	ch := make(chan struct{})
	s.mu.Lock()
	s.holds[strings.ToLower(method)] = ch
	s.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			s.mu.Lock()
			if s.holds[strings.ToLower(method)] == ch {
				delete(s.holds, strings.ToLower(method))
			}
			s.mu.Unlock()
			close(ch)
		})
	}
}

// Observe calls fn with every request as it arrives, before it is answered.
func (s *Server) Observe(fn func(Request)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.observe = fn
}

// Forget keeps no record of requests (Requests and Calls return none), for
// long runs; Observe still sees them.
func (s *Server) Forget() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.forget = true
	s.requests = nil
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
		s.fail("faketelegram: FailNth: n must be at least 1, got %d", n)
		return
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
			s.fail("faketelegram: QueueUpdates: %v", err)
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
