package twilio

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/egress"
)

// Media failure codes, as PermanentError codes recorded with the media.
const (
	// CodeBadRef: the reference is not one of Twilio's media URLs (another
	// host, another path, not http(s)), or a redirect leads off Twilio's
	// media hosts.
	CodeBadRef = "bad_ref"
	// CodeInternalAddress: the host is, or resolves to, an internal
	// address (loopback, private, link-local, metadata).
	CodeInternalAddress = "internal_address"
)

const maxRedirects = 5

// DefaultMediaOrigins are where Twilio documents that a media URL
// redirects to: mms.twiliocdn.com for media behind HTTP authentication,
// and its S3 bucket for older, public media (Twilio's help centre:
// "Protect Media Access with HTTP Basic Authentication for Programmable
// Messaging").
var DefaultMediaOrigins = []string{
	"https://mms.twiliocdn.com",
	"https://s3-external-1.amazonaws.com/media.twiliocdn.com/",
}

// mediaOrigin is a place media may be fetched from: a scheme and host
// (port included) and, for a shared host such as S3's, a path prefix.
type mediaOrigin struct {
	scheme, host, prefix string
}

func parseMediaOrigins(list []string) ([]mediaOrigin, error) {
	var out []mediaOrigin
	for _, s := range list {
		u, err := url.Parse(s)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("%q is not an absolute http(s) URL", s)
		}
		out = append(out, mediaOrigin{scheme: u.Scheme, host: strings.ToLower(u.Host), prefix: u.Path})
	}
	return out, nil
}

func (o mediaOrigin) allows(u *url.URL) bool {
	return u.Scheme == o.scheme && strings.EqualFold(u.Host, o.host) && strings.HasPrefix(u.Path, o.prefix)
}

// mediaPath is the path of a message's media on the REST API:
// /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{MediaSid}.
var mediaPath = regexp.MustCompile(`^/2010-04-01/Accounts/([A-Za-z0-9]+)/Messages/[A-Za-z0-9]+/Media/[A-Za-z0-9]+$`)

// checkRef accepts a MediaUrl only on TWILIO_API_URL's origin, and only a
// message's media of this account: the credentials that go with it must
// fetch nothing else.
func (c *Channel) checkRef(ref string) (*url.URL, error) {
	u, err := url.Parse(ref)
	if err != nil || !sameOrigin(u, c.apiURL) || u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return nil, &bot.PermanentError{Code: CodeBadRef, Err: errors.New("twilio: fetch media: not on the Twilio API's origin")}
	}
	m := mediaPath.FindStringSubmatch(strings.TrimPrefix(u.Path, c.apiURL.Path))
	if m == nil || m[1] != c.sid {
		return nil, &bot.PermanentError{Code: CodeBadRef, Err: errors.New("twilio: fetch media: not a media URL of this account")}
	}
	return u, nil
}

// FetchMedia implements bot.MediaFetcher: it downloads an attachment by
// the MediaUrl Twilio gave, following Twilio's redirect to its CDN.
//
// The URL must be a media URL of this account on APIURL's origin; a
// redirect may lead only to that origin or to the media hosts Twilio
// documents (MediaOrigins); every connection goes through egress, which
// refuses internal addresses after DNS. The account's credentials go only
// to APIURL's origin, never past a redirect to another (net/http alone
// would forward them to another port of the same host, to a subdomain,
// and from https to http).
func (c *Channel) FetchMedia(ctx context.Context, _, ref string) ([]byte, string, error) {
	u, err := c.checkRef(ref)
	if err != nil {
		return nil, "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", &bot.PermanentError{Code: CodeBadRef, Err: fmt.Errorf("twilio: fetch media: %w", err)}
	}
	req.SetBasicAuth(c.sid, c.token)
	hc := *c.mediaClient
	hc.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= maxRedirects {
			return errors.New("too many redirects")
		}
		if !sameOrigin(req.URL, c.apiURL) {
			req.Header.Del("Authorization")
			if !c.mediaHost(req.URL) {
				return &bot.PermanentError{Code: CodeBadRef, Err: errors.New("twilio: fetch media: redirected off Twilio's media hosts")}
			}
		}
		return nil
	}
	res, err := hc.Do(req)
	if err != nil {
		if perm, ok := bot.AsPermanent(err); ok {
			return nil, "", perm
		}
		if egress.IsRefused(err) {
			return nil, "", &bot.PermanentError{Code: CodeInternalAddress, Err: fmt.Errorf("twilio: fetch media: %w", err)}
		}
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

func (c *Channel) mediaHost(u *url.URL) bool {
	for _, o := range c.mediaOrigins {
		if o.allows(u) {
			return true
		}
	}
	return false
}

func sameOrigin(a, b *url.URL) bool {
	return a.Scheme == b.Scheme && strings.EqualFold(a.Host, b.Host)
}
