package twilio

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/hoshyar/hoshyar/bot"
)

// CodeBadRef is the PermanentError code for a media reference that is not
// an http(s) URL.
const CodeBadRef = "bad_ref"

const maxRedirects = 10

// FetchMedia implements bot.MediaFetcher: it downloads an attachment by
// the MediaUrl Twilio gave, following Twilio's redirect to its CDN.
//
// The account's credentials go only to APIURL's scheme and host (port
// included): never with a reference elsewhere, and never past a redirect
// to another host. net/http alone would forward them to another port of
// the same host, to a subdomain, and from https to http.
func (c *Channel) FetchMedia(ctx context.Context, _, ref string) ([]byte, string, error) {
	u, err := url.Parse(ref)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, "", &bot.PermanentError{Code: CodeBadRef, Err: errors.New("twilio: fetch media: not an http(s) URL")}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, ref, nil)
	if err != nil {
		return nil, "", &bot.PermanentError{Code: CodeBadRef, Err: fmt.Errorf("twilio: fetch media: %w", err)}
	}
	if sameOrigin(u, c.apiURL) {
		req.SetBasicAuth(c.sid, c.token)
	}
	hc := *c.httpClient
	hc.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= maxRedirects {
			return errors.New("too many redirects")
		}
		if !sameOrigin(req.URL, via[0].URL) {
			req.Header.Del("Authorization")
		}
		return nil
	}
	res, err := hc.Do(req)
	if err != nil {
		return nil, "", fmt.Errorf("twilio: fetch media: %w", err)
	}
	defer res.Body.Close()
	status := res.StatusCode
	switch {
	case status == http.StatusTooManyRequests:
		return nil, "", &bot.RetryAfterError{After: orDefault(retryAfter(res.Header), defaultRetryAfter),
			Err: errors.New("twilio: fetch media: HTTP 429")}
	case status >= 500:
		return nil, "", fmt.Errorf("twilio: fetch media: HTTP %d", status)
	case status >= 400: // gone (404), or credentials refused: retrying cannot help
		return nil, "", &bot.PermanentError{Code: strconv.Itoa(status), Err: fmt.Errorf("twilio: fetch media: HTTP %d", status)}
	case status != http.StatusOK:
		return nil, "", fmt.Errorf("twilio: fetch media: unexpected HTTP %d", status)
	}
	tooLarge := &bot.PermanentError{Code: bot.CodeTooLarge, Err: fmt.Errorf("twilio: fetch media: over %d bytes", bot.MaxMediaBytes)}
	if res.ContentLength > bot.MaxMediaBytes {
		return nil, "", tooLarge
	}
	data, err := io.ReadAll(io.LimitReader(res.Body, bot.MaxMediaBytes+1))
	if err != nil {
		return nil, "", fmt.Errorf("twilio: fetch media: %w", err)
	}
	if len(data) > bot.MaxMediaBytes {
		return nil, "", tooLarge
	}
	ct := res.Header.Get("Content-Type")
	if ct == "" {
		ct = http.DetectContentType(data)
	}
	return data, ct, nil
}

func sameOrigin(a, b *url.URL) bool {
	return a.Scheme == b.Scheme && strings.EqualFold(a.Host, b.Host)
}
