// Package faketwilio is a fake of the parts of Twilio's REST API that
// Hoshyar uses, for tests. It speaks the real wire format: Create Message
// (POST /2010-04-01/Accounts/{sid}/Messages.json, form-encoded, HTTP basic
// auth, 201 with the message resource in JSON, or Twilio's JSON error
// body) and media downloads with basic auth and, optionally, Twilio's
// redirect to a CDN. It records every request so tests can assert on it.
//
// Sign computes X-Twilio-Signature for webhook requests a test sends; it
// is written apart from bot/twilio's own so that each checks the other.
package faketwilio

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"maps"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// Message is one Create Message call, successful or not.
type Message struct {
	SID            string // SM…; "" when the call was refused
	Status         int    // HTTP status answered
	Path           string
	User, Password string // HTTP basic auth as sent
	To             string
	From           string
	Body           string
	StatusCallback string
	ContentSid     string
	NumSegments    int // as Twilio would bill Body over SMS
	Form           url.Values
}

// Request is any request the server received.
type Request struct {
	Method, Path   string
	User, Password string // "" without basic auth
	Authorization  string // the raw header
}

type failure struct {
	status, code int
	message      string
	retryAfter   int
}

type media struct {
	data        []byte
	contentType string
}

// Server is the fake. Its methods are safe for concurrent use.
type Server struct {
	srv        *httptest.Server
	sid, token string

	mu       sync.Mutex
	messages []Message
	requests []Request
	forget   bool          // keep no record (see Forget)
	observe  func(Message) // see Observe
	failures []failure
	media    map[string]media
	redirect string
	count    int
}

// New starts a fake for one account; it is closed when the test ends.
func New(t testing.TB, accountSID, authToken string) *Server {
	s := Start(accountSID, authToken, "")
	t.Cleanup(s.Close)
	return s
}

// Start starts a fake for one account outside a test (the load tool),
// listening on addr ("" for any free loopback port). Close stops it.
func Start(accountSID, authToken, addr string) *Server {
	s := &Server{sid: accountSID, token: authToken, media: map[string]media{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /2010-04-01/Accounts/{sid}/Messages.json", s.createMessage)
	mux.HandleFunc("GET /cdn/", s.serveCDN)
	mux.HandleFunc("/", s.serveMedia)
	s.srv = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, pass, _ := r.BasicAuth()
		s.mu.Lock()
		if !s.forget {
			s.requests = append(s.requests, Request{Method: r.Method, Path: r.URL.Path,
				User: user, Password: pass, Authorization: r.Header.Get("Authorization")})
		}
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	if addr != "" {
		l, err := net.Listen("tcp", addr)
		if err != nil {
			panic(fmt.Sprintf("faketwilio: listen on %s: %v", addr, err))
		}
		s.srv.Listener.Close()
		s.srv.Listener = l
	}
	s.srv.Start()
	return s
}

// Close stops the server.
func (s *Server) Close() { s.srv.Close() }

// Observe calls fn with every Create Message call, answered or refused,
// as it is answered.
func (s *Server) Observe(fn func(Message)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.observe = fn
}

// Forget keeps no record of calls (Messages and Requests return none), for
// long runs; Observe still sees them.
func (s *Server) Forget() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.forget = true
	s.messages, s.requests = nil, nil
}

// keep records m and shows it to the observer; s.mu is held.
func (s *Server) keep(m Message) {
	if !s.forget {
		s.messages = append(s.messages, m)
	}
	if s.observe != nil {
		s.observe(m)
	}
}

// URL is the base URL to use as TWILIO_API_URL.
func (s *Server) URL() string { return s.srv.URL }

// Messages returns every Create Message call so far, in order.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.messages)
}

// Requests returns every request so far, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.requests)
}

// FailNext makes the next Create Message call (after authentication) fail
// with status: Twilio's JSON error body when code is not 0, else a plain
// text body as a proxy in front of Twilio would send. retryAfter > 0 adds
// a Retry-After header (seconds). Calls queue up.
func (s *Server) FailNext(status, code int, message string, retryAfter int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures = append(s.failures, failure{status, code, message, retryAfter})
}

// PassNext lets the next Create Message call through: queued after it,
// a failure hits a later call (the second part of a long reply, say).
func (s *Server) PassNext() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures = append(s.failures, failure{})
}

// AddMedia serves data at path (GET, basic auth required) and returns its
// full URL, as Twilio's MediaUrl0. With RedirectMedia set, the request is
// answered with a 307 to the CDN copy instead, which needs no auth.
func (s *Server) AddMedia(path string, data []byte, contentType string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.media[path] = media{data: data, contentType: contentType}
	return s.srv.URL + path
}

// RedirectMedia makes media requests redirect (307) to base + "/cdn" +
// path, as Twilio redirects to its CDN. Pass URL() to stay on this server,
// whose /cdn/ paths serve the media without auth, or another server's URL;
// "" turns redirects off.
func (s *Server) RedirectMedia(base string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.redirect = base
}

func (s *Server) createMessage(w http.ResponseWriter, r *http.Request) {
	user, pass, _ := r.BasicAuth()
	_ = r.ParseForm()
	m := Message{
		Path: r.URL.Path, User: user, Password: pass, Form: r.PostForm,
		To: r.PostForm.Get("To"), From: r.PostForm.Get("From"), Body: r.PostForm.Get("Body"),
		StatusCallback: r.PostForm.Get("StatusCallback"), ContentSid: r.PostForm.Get("ContentSid"),
	}
	m.NumSegments = Segments(m.Body)
	s.mu.Lock()
	defer s.mu.Unlock()
	refuse := func(f failure) {
		m.Status = f.status
		s.keep(m)
		writeError(w, f)
	}
	if user != s.sid || pass != s.token || r.PathValue("sid") != s.sid {
		refuse(failure{status: http.StatusUnauthorized, code: 20003, message: "Authenticate"})
		return
	}
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/x-www-form-urlencoded") {
		refuse(failure{status: http.StatusBadRequest, code: 20001, message: "Unsupported Content-Type " + ct})
		return
	}
	if len(s.failures) > 0 {
		f := s.failures[0]
		s.failures = s.failures[1:]
		if f.status != 0 {
			refuse(f)
			return
		}
	}
	if f, bad := validate(m); bad {
		refuse(f)
		return
	}
	s.count++
	m.SID = fmt.Sprintf("SM%032x", s.count)
	m.Status = http.StatusCreated
	s.keep(m)
	writeJSON(w, http.StatusCreated, s.resource(m))
}

// validate refuses what Twilio refuses, with Twilio's codes.
func validate(m Message) (failure, bool) {
	bad := func(code int, msg string) (failure, bool) {
		return failure{status: http.StatusBadRequest, code: code, message: msg}, true
	}
	switch {
	case m.To == "":
		return bad(21604, "A 'To' phone number is required.")
	case m.From == "" && m.Form.Get("MessagingServiceSid") == "":
		return bad(21603, "A 'From' phone number is required.")
	case m.Body == "" && m.ContentSid == "" && len(m.Form["MediaUrl"]) == 0:
		return bad(21602, "Message body is required.")
	case utf8.RuneCountInString(m.Body) > 1600:
		return bad(21617, "The concatenated message body exceeds the 1600 character limit.")
	case strings.HasPrefix(m.To, "whatsapp:") != strings.HasPrefix(m.From, "whatsapp:"):
		return bad(21910, "Invalid From and To pair. From and To should be of the same channel")
	}
	return failure{}, false
}

func (s *Server) resource(m Message) map[string]any {
	now := time.Now().UTC().Format(time.RFC1123Z)
	uri := "/2010-04-01/Accounts/" + s.sid + "/Messages/" + m.SID
	return map[string]any{
		"account_sid": s.sid, "api_version": "2010-04-01", "body": m.Body,
		"date_created": now, "date_updated": now, "date_sent": nil,
		"direction": "outbound-api", "error_code": nil, "error_message": nil,
		"from": m.From, "to": m.To, "messaging_service_sid": nil,
		"num_media": "0", "num_segments": strconv.Itoa(m.NumSegments),
		"price": nil, "price_unit": "USD", "sid": m.SID, "status": "queued",
		"subresource_uris": map[string]string{"media": uri + "/Media.json"},
		"uri":              uri + ".json",
	}
}

func writeError(w http.ResponseWriter, f failure) {
	if f.retryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(f.retryAfter))
	}
	if f.code == 0 {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(f.status)
		_, _ = w.Write([]byte(http.StatusText(f.status)))
		return
	}
	writeJSON(w, f.status, map[string]any{
		"code": f.code, "message": f.message, "status": f.status,
		"more_info": "https://www.twilio.com/docs/errors/" + strconv.Itoa(f.code),
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) serveMedia(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	m, ok := s.media[r.URL.Path]
	redirect := s.redirect
	s.mu.Unlock()
	if !ok || r.Method != http.MethodGet {
		writeJSON(w, http.StatusNotFound, map[string]any{"code": 20404, "status": 404,
			"message":   "The requested resource " + r.URL.Path + " was not found",
			"more_info": "https://www.twilio.com/docs/errors/20404"})
		return
	}
	if user, pass, _ := r.BasicAuth(); user != s.sid || pass != s.token {
		writeError(w, failure{status: http.StatusUnauthorized, code: 20003, message: "Authenticate"})
		return
	}
	if redirect != "" {
		http.Redirect(w, r, redirect+"/cdn"+r.URL.Path, http.StatusTemporaryRedirect)
		return
	}
	serve(w, m)
}

func (s *Server) serveCDN(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	m, ok := s.media[strings.TrimPrefix(r.URL.Path, "/cdn")]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	serve(w, m)
}

func serve(w http.ResponseWriter, m media) {
	w.Header().Set("Content-Type", m.contentType)
	w.Header().Set("Content-Length", strconv.Itoa(len(m.data)))
	_, _ = w.Write(m.data)
}

// Sign returns the X-Twilio-Signature Twilio would send with a form posted
// to rawURL: base64(HMAC-SHA1(authToken, rawURL + each name and value,
// sorted by name)).
func Sign(authToken, rawURL string, form url.Values) string {
	var b strings.Builder
	b.WriteString(rawURL)
	for _, k := range slices.Sorted(maps.Keys(form)) {
		for _, v := range slices.Sorted(slices.Values(form[k])) {
			b.WriteString(k + v)
		}
	}
	mac := hmac.New(sha1.New, []byte(authToken))
	mac.Write([]byte(b.String()))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}
