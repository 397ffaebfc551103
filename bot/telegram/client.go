package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/hoshyar/hoshyar/bot"
)

const (
	maxErrorBody    = 64 << 10 // read of a failed answer
	maxResponseBody = 32 << 20 // a getUpdates batch (100 updates of a few KiB)
	maxDescription  = 200
)

// apiClient carries every request to the Bot API, the library's included
// (it implements the library's HttpClient).
type apiClient struct {
	http  *http.Client
	token string
}

// Do sends req. A non-2xx answer becomes an *apiError (its body is read and
// closed here); a transport error has the token scrubbed from its URL.
func (c *apiClient) Do(req *http.Request) (*http.Response, error) {
	res, err := c.http.Do(req)
	if err != nil {
		return nil, c.redact(err)
	}
	if res.StatusCode/100 == 2 {
		return res, nil
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(res.Body, maxErrorBody))
	return nil, newAPIError(methodOf(req.URL.Path), res.StatusCode, body)
}

// redact keeps the token out of err's message. A url.Error keeps its chain
// (so context.Canceled is still recognised) with the URL scrubbed.
func (c *apiClient) redact(err error) error {
	if err == nil {
		return nil
	}
	if ue, ok := err.(*url.Error); ok {
		err = &url.Error{Op: ue.Op, URL: c.scrub(ue.URL), Err: ue.Err}
	}
	if msg := err.Error(); c.scrub(msg) != msg {
		return errors.New(c.scrub(msg))
	}
	return err
}

// scrub replaces the token in s, and its secret half (after the colon) in
// whatever escaping it may appear.
func (c *apiClient) scrub(s string) string {
	s = strings.ReplaceAll(s, c.token, "<token>")
	if _, secret, ok := strings.Cut(c.token, ":"); ok && len(secret) >= 8 {
		s = strings.ReplaceAll(s, secret, "<token>")
	}
	return s
}

// methodOf names the method (or "file" for a download) from a URL path,
// which also holds the token.
func methodOf(p string) string {
	if strings.Contains(p, "/file/bot") {
		return "file"
	}
	return path.Base(p)
}

// envelope is every Bot API answer.
type envelope struct {
	OK          bool            `json:"ok"`
	Result      json.RawMessage `json:"result"`
	ErrorCode   int             `json:"error_code"`
	Description string          `json:"description"`
	Parameters  struct {
		RetryAfter int `json:"retry_after"`
	} `json:"parameters"`
}

// apiError is a refusal from the Bot API.
type apiError struct {
	Method      string
	Code        int // error_code, else the HTTP status
	Description string
	RetryAfter  int // seconds, from parameters.retry_after
}

func newAPIError(method string, status int, body []byte) *apiError {
	e := &apiError{Method: method, Code: status}
	var env envelope
	if json.Unmarshal(body, &env) == nil && !env.OK {
		if env.ErrorCode != 0 {
			e.Code = env.ErrorCode
		}
		e.Description = env.Description
		e.RetryAfter = env.Parameters.RetryAfter
	}
	if len(e.Description) > maxDescription {
		e.Description = strings.ToValidUTF8(e.Description[:maxDescription], "")
	}
	if e.Description == "" {
		e.Description = http.StatusText(status)
	}
	return e
}

func (e *apiError) Error() string {
	return fmt.Sprintf("telegram: %s: %d %s", e.Method, e.Code, e.Description)
}

// classify turns a failed call into what the pipeline acts on: a
// RetryAfterError, a PermanentError, or a plain error to retry with backoff.
// Any other error has the token scrubbed.
func (c *Channel) classify(method string, err error) error {
	var ae *apiError
	if !errors.As(err, &ae) {
		return fmt.Errorf("telegram: %s: %w", method, c.client.redact(err))
	}
	switch {
	case ae.Code == http.StatusTooManyRequests:
		after := time.Duration(ae.RetryAfter) * time.Second
		if after <= 0 {
			after = time.Second
		}
		return &bot.RetryAfterError{After: after, Err: ae}
	case ae.Code == http.StatusForbidden: // blocked, deactivated, kicked from the chat
		return &bot.PermanentError{Code: "403", Contact: bot.ContactUnreachable, Err: ae}
	case ae.Code == http.StatusUnauthorized || ae.Code == http.StatusNotFound:
		// A revoked token or a wrong API URL: the operator's to fix, and
		// every message fails alike. Retried, so none is lost meanwhile.
		return ae
	case ae.Code >= 400 && ae.Code < 500:
		return &bot.PermanentError{Code: strconv.Itoa(ae.Code), Err: ae}
	}
	return ae
}

// call posts params as JSON to method and decodes the result into result.
// It serves what the library does not offer as one call (getUpdates).
func (c *Channel) call(ctx context.Context, method string, params, result any) error {
	body, err := json.Marshal(params)
	if err != nil {
		return fmt.Errorf("telegram: %s: %w", method, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.methodURL(method), bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("telegram: %s: %w", method, c.client.redact(err))
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := c.client.Do(req)
	if err != nil {
		var ae *apiError
		if errors.As(err, &ae) {
			return ae
		}
		return fmt.Errorf("telegram: %s: %w", method, err)
	}
	defer res.Body.Close()
	var env envelope
	if err := json.NewDecoder(io.LimitReader(res.Body, maxResponseBody)).Decode(&env); err != nil {
		return fmt.Errorf("telegram: %s: decode answer: %w", method, err)
	}
	if !env.OK {
		return &apiError{Method: method, Code: env.ErrorCode, Description: env.Description, RetryAfter: env.Parameters.RetryAfter}
	}
	if result == nil {
		return nil
	}
	if err := json.Unmarshal(env.Result, result); err != nil {
		return fmt.Errorf("telegram: %s: decode result: %w", method, err)
	}
	return nil
}
