package twilio

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/twilio/twilio-go/client"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"

	"github.com/hoshyar/hoshyar/bot"
)

// Twilio error codes Send acts on.
const (
	codeTooManyRequests = 20429 // API concurrency limit
	codeOptedOut        = 21610 // the recipient replied STOP
	codeOutsideWindow   = 63016 // WhatsApp: free-form reply past the 24-hour window
	codeChannelLimit    = 63018 // WhatsApp: the sender's rate limit
)

// defaultRetryAfter is the wait when Twilio says 429 without Retry-After;
// maxRetryAfter caps a Retry-After so a bad header cannot park replies.
const (
	defaultRetryAfter = time.Second
	maxRetryAfter     = time.Hour
)

// maxAPIResponse bounds a REST API response read into memory.
const maxAPIResponse = 1 << 20

// create sends one Create Message request through twilio-go. The client
// is assembled per call: twilio-go takes no context, so the context rides
// in the HTTP transport (see callTransport), which also keeps the response
// headers twilio-go drops.
func (c *Channel) create(ctx context.Context, params *openapi.CreateMessageParams) (string, error) {
	call := &callTransport{ctx: ctx, next: c.httpClient.Transport}
	if call.next == nil {
		call.next = http.DefaultTransport
	}
	hc := *c.httpClient
	hc.Transport = call
	hc.Jar = nil
	hc.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	tc := &client.Client{Credentials: client.NewCredentials(c.sid, c.token), HTTPClient: &hc}
	tc.SetAccountSid(c.sid)
	svc := openapi.NewApiServiceWithClient(&apiClient{Client: tc, base: c.apiBase})
	// TWILIO_EDGE and TWILIO_REGION (read by twilio-go) must not send
	// requests past APIURL.
	svc.RequestHandler().Edge, svc.RequestHandler().Region = "", ""

	msg, err := svc.CreateMessage(params)
	if err != nil {
		return "", c.toAPIError(ctx, call, err)
	}
	if msg.Sid == nil || *msg.Sid == "" {
		return "", fmt.Errorf("twilio: create message: HTTP %d without a sid", call.status)
	}
	return *msg.Sid, nil
}

// apiClient points twilio-go's generated service, which always builds
// https://api.twilio.com URLs, at APIURL.
type apiClient struct {
	*client.Client
	base string // APIURL without a trailing slash
}

func (a *apiClient) SendRequest(method, rawURL string, data url.Values,
	headers map[string]interface{}, body ...byte) (*http.Response, error) {
	rest, ok := strings.CutPrefix(rawURL, DefaultAPIURL+"/")
	if !ok {
		return nil, errors.New("twilio: request outside the REST API")
	}
	return a.Client.SendRequest(method, a.base+"/"+rest, data, headers, body...)
}

// apiError is a refusal from the REST API. Its text is Twilio's message
// with phone numbers and the auth token masked: Twilio quotes the number
// in some messages ("The 'To' number +92… is not a valid phone number").
type apiError struct {
	Status     int // HTTP status
	Code       int // Twilio error code, 0 when the response had none
	Message    string
	RetryAfter time.Duration // from the Retry-After header, 0 when absent
}

func (e *apiError) Error() string {
	return fmt.Sprintf("twilio: create message: HTTP %d, error %d: %s", e.Status, e.Code, e.Message)
}

// code is what a PermanentError records: Twilio's code, else the status.
func (e *apiError) code() string {
	if e.Code != 0 {
		return strconv.Itoa(e.Code)
	}
	return strconv.Itoa(e.Status)
}

// toAPIError turns twilio-go's error into one that carries the HTTP status
// and Retry-After and says nothing private.
func (c *Channel) toAPIError(ctx context.Context, call *callTransport, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("twilio: create message: %w", ctx.Err())
	}
	ae := &apiError{Status: call.status, RetryAfter: retryAfter(call.header)}
	var tre *client.TwilioRestError
	switch {
	case errors.As(err, &tre):
		ae.Code, ae.Message = tre.Code, c.scrub(tre.Message)
		if tre.Status != 0 {
			ae.Status = tre.Status
		}
	case call.status >= 300:
		ae.Message = "unreadable error response" // twilio-go could not decode it
	default: // no response (a network error), or a 2xx twilio-go could not read: retried
		return fmt.Errorf("twilio: create message: %w", err)
	}
	return ae
}

// classify maps a failed send to the typed errors package bot defines.
func classify(err error) error {
	var ae *apiError
	if !errors.As(err, &ae) {
		return err // network or context: retried
	}
	switch {
	case ae.Status == http.StatusTooManyRequests || ae.Code == codeTooManyRequests || ae.Code == codeChannelLimit:
		return &bot.RetryAfterError{After: orDefault(ae.RetryAfter, defaultRetryAfter), Err: err}
	case ae.Code == codeOptedOut:
		return &bot.PermanentError{Code: ae.code(), Contact: bot.ContactOptedOut, Err: err}
	case ae.Status >= 500 && ae.RetryAfter > 0:
		return &bot.RetryAfterError{After: ae.RetryAfter, Err: err}
	case ae.Status >= 500:
		return err
	case ae.Status >= 400:
		return &bot.PermanentError{Code: ae.code(), Err: err}
	}
	return err // 3xx: not expected from the API; retried
}

// orDefault returns d, or def when d is zero.
func orDefault(d, def time.Duration) time.Duration {
	if d > 0 {
		return d
	}
	return def
}

// retryAfter reads a Retry-After header (seconds or an HTTP date).
func retryAfter(h http.Header) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	var d time.Duration
	if secs, err := strconv.Atoi(v); err == nil {
		d = time.Duration(secs) * time.Second
	} else if t, err := http.ParseTime(v); err == nil {
		d = time.Until(t)
	}
	return min(max(d, 0), maxRetryAfter)
}

// phoneLike matches what could be a phone number in Twilio's messages.
var phoneLike = regexp.MustCompile(`\+?\d[\d ()./-]{4,}\d`)

func (c *Channel) scrub(s string) string {
	s = strings.ReplaceAll(s, c.token, "[token]")
	return phoneLike.ReplaceAllString(s, "[number]")
}

// callTransport carries one call's context to twilio-go, whose requests are
// made with context.Background(), and buffers the response: it records the
// status and headers (twilio-go's errors have no Retry-After) and closes the
// body, which twilio-go leaves open on error responses.
type callTransport struct {
	ctx    context.Context
	next   http.RoundTripper
	status int
	header http.Header
}

func (t *callTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	// The request's own context carries the http.Client's timeout: keep it,
	// and end the request when the call's context ends too.
	ctx, cancel := context.WithCancel(req.Context())
	defer cancel()
	stop := context.AfterFunc(t.ctx, cancel)
	defer stop()
	res, err := t.next.RoundTrip(req.WithContext(ctx))
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(io.LimitReader(res.Body, maxAPIResponse))
	if err != nil {
		return nil, err
	}
	t.status, t.header = res.StatusCode, res.Header
	res.Body = io.NopCloser(bytes.NewReader(body))
	res.ContentLength = int64(len(body))
	return res, nil
}
