package twilio_test

import (
	"bytes"
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/bot/twilio"
)

const mediaPath = "/2010-04-01/Accounts/" + accountSID + "/Messages/MM1/Media/ME1"

var jpeg = append([]byte{0xff, 0xd8, 0xff, 0xe0}, bytes.Repeat([]byte("x"), 1000)...)

// cdn is another host (another port: net/http treats it as the same host)
// that records the Authorization header of each request.
type cdn struct {
	*httptest.Server
	mu    sync.Mutex
	auths []string
}

func newCDN(t *testing.T, h http.HandlerFunc) *cdn {
	c := &cdn{}
	c.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.mu.Lock()
		c.auths = append(c.auths, r.Header.Get("Authorization"))
		c.mu.Unlock()
		h(w, r)
	}))
	t.Cleanup(c.Close)
	return c
}

func (c *cdn) seen() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.auths...)
}

func serveJPEG(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "image/jpeg")
	_, _ = w.Write(jpeg)
}

func TestFetchMediaWithBasicAuth(t *testing.T) {
	t.Parallel()
	fake, c := newFake(t)
	ref := fake.AddMedia(mediaPath, jpeg, "image/jpeg")
	data, ct, err := c.FetchMedia(context.Background(), bot.WhatsApp, ref)
	require.NoError(t, err)
	require.Equal(t, jpeg, data)
	require.Equal(t, "image/jpeg", ct)
	reqs := fake.Requests()
	require.Len(t, reqs, 1)
	require.Equal(t, mediaPath, reqs[0].Path)
	require.Equal(t, accountSID, reqs[0].User)
	require.Equal(t, authToken, reqs[0].Password)
}

func TestFetchMediaFollowsRedirectOnSameHost(t *testing.T) {
	t.Parallel()
	fake, c := newFake(t)
	ref := fake.AddMedia(mediaPath, jpeg, "image/jpeg")
	fake.RedirectMedia(fake.URL())
	data, _, err := c.FetchMedia(context.Background(), bot.WhatsApp, ref)
	require.NoError(t, err)
	require.Equal(t, jpeg, data)
	reqs := fake.Requests()
	require.Len(t, reqs, 2)
	require.Equal(t, "/cdn"+mediaPath, reqs[1].Path)
}

// Twilio redirects to its CDN; the credentials must not follow.
func TestFetchMediaRedirectElsewhereDropsCredentials(t *testing.T) {
	t.Parallel()
	other := newCDN(t, serveJPEG)
	fake, c := newFake(t, func(o *twilio.Options) { o.MediaOrigins = []string{other.URL} })
	ref := fake.AddMedia(mediaPath, []byte("not this"), "text/plain")
	fake.RedirectMedia(other.URL)
	data, ct, err := c.FetchMedia(context.Background(), bot.WhatsApp, ref)
	require.NoError(t, err)
	require.Equal(t, jpeg, data)
	require.Equal(t, "image/jpeg", ct)
	require.Equal(t, authToken, fake.Requests()[0].Password, "credentials to Twilio")
	require.Equal(t, []string{""}, other.seen(), "none to the CDN")
}

// Media come only from the provider: a MediaUrl elsewhere, even in a
// signed webhook, is refused before any request is made; so is one on
// Twilio's origin that is not a message's media of this account (the
// credentials would fetch it).
func TestFetchMediaOnlyFromTwilio(t *testing.T) {
	t.Parallel()
	fake, c := newFake(t)
	other := newCDN(t, serveJPEG)
	for _, ref := range []string{
		other.URL + mediaPath, // another port of the same loopback host
		"http://127.0.0.1" + mediaPath,
		"http://localhost" + mediaPath,
		"http://169.254.169.254/latest/meta-data/iam/security-credentials/",
		"http://[::1]" + mediaPath,
		"https://mms.twiliocdn.com" + mediaPath, // a CDN host, but a MediaUrl is the API's
		"ftp://example.org/x",
		fake.URL() + "/2010-04-01/Accounts/AC99999999999999999999999999999999/Messages/MM1/Media/ME1",
		fake.URL() + "/2010-04-01/Accounts/" + accountSID + "/Messages.json",
		fake.URL() + "/2010-04-01/Accounts/" + accountSID + "/Messages/MM1/Media/../../../Calls.json",
		fake.URL() + mediaPath + "?redirect=http://169.254.169.254/",
		"http://" + accountSID + ":" + authToken + "@" + strings.TrimPrefix(fake.URL(), "http://") + mediaPath,
	} {
		data, _, err := c.FetchMedia(context.Background(), bot.WhatsApp, ref)
		require.Nil(t, data, ref)
		perm, ok := bot.AsPermanent(err)
		require.True(t, ok, "%s: %v", ref, err)
		require.Equal(t, twilio.CodeBadRef, perm.Code, ref)
	}
	require.Empty(t, fake.Requests(), "nothing was asked of Twilio")
	require.Empty(t, other.seen(), "nor of anyone else")
}

// A redirect is followed only to Twilio's documented media hosts, and
// only when they resolve to addresses outside: a redirect to loopback, to
// the metadata service, or to a media host whose name answers with one of
// those is refused, and nothing reaches the address.
func TestFetchMediaRedirectInsideRefused(t *testing.T) {
	t.Parallel()
	inside := newCDN(t, serveJPEG)
	_, port, err := net.SplitHostPort(strings.TrimPrefix(inside.URL, "http://"))
	require.NoError(t, err)
	cases := []struct {
		name     string
		redirect string   // the media's redirect base (the fake adds /cdn/<path>)
		origins  []string // MediaOrigins; nil: Twilio's documented hosts
		resolve  string   // what every name resolves to
		code     string
	}{
		{name: "to loopback", redirect: inside.URL, code: twilio.CodeBadRef},
		{name: "to the metadata service", redirect: "http://169.254.169.254", code: twilio.CodeBadRef},
		{name: "to an IPv4-mapped loopback", redirect: "http://[::ffff:127.0.0.1]:" + port, code: twilio.CodeBadRef},
		{name: "to a documented host over http", redirect: "http://mms.twiliocdn.com", code: twilio.CodeBadRef},
		{name: "to S3 outside Twilio's bucket", redirect: "https://s3-external-1.amazonaws.com/other-bucket", code: twilio.CodeBadRef},
		{name: "to a documented host resolving to loopback", redirect: "https://mms.twiliocdn.com",
			resolve: "127.0.0.1", code: twilio.CodeInternalAddress},
		{name: "to a documented host resolving to the metadata service", redirect: "https://mms.twiliocdn.com",
			resolve: "169.254.169.254", code: twilio.CodeInternalAddress},
		{name: "to an allowed name resolving to the listening loopback server", redirect: "http://cdn.test:" + port,
			origins: []string{"http://cdn.test:" + port}, resolve: "127.0.0.1", code: twilio.CodeInternalAddress},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fake, c := newFake(t, func(o *twilio.Options) {
				o.MediaOrigins = tc.origins
				o.Lookup = func(context.Context, string) ([]netip.Addr, error) {
					if tc.resolve == "" {
						return nil, errors.New("no such host")
					}
					return []netip.Addr{netip.MustParseAddr(tc.resolve)}, nil
				}
			})
			ref := fake.AddMedia(mediaPath, jpeg, "image/jpeg")
			fake.RedirectMedia(tc.redirect)
			data, _, err := c.FetchMedia(context.Background(), bot.WhatsApp, ref)
			require.Nil(t, data)
			perm, ok := bot.AsPermanent(err)
			require.True(t, ok, "%v", err)
			require.Equal(t, tc.code, perm.Code, "%v", err)
			require.Len(t, fake.Requests(), 1, "Twilio was asked, once")
		})
	}
	require.Empty(t, inside.seen(), "nothing reached the inside address")
}

func TestFetchMediaFailures(t *testing.T) {
	t.Parallel()
	big := make([]byte, bot.MaxMediaBytes+1)
	cases := []struct {
		name      string
		handler   http.HandlerFunc // served on another host; nil: use the fake
		ref       string           // a path on the fake ("big": a file too large), or a URL
		permanent string           // want a PermanentError with this code; "" for a retryable error
		retry     bool             // want a RetryAfterError
	}{
		{name: "too large by Content-Length", ref: "big", permanent: bot.CodeTooLarge},
		{name: "too large without Content-Length", handler: func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "video/mp4")
			for range 21 {
				_, _ = w.Write(big[:1<<20])
				w.(http.Flusher).Flush() // chunked: no length announced
			}
		}, permanent: bot.CodeTooLarge},
		{name: "not found", ref: "/2010-04-01/Accounts/" + accountSID + "/Messages/MM1/Media/MEgone", permanent: "404"},
		{name: "server error", handler: func(w http.ResponseWriter, _ *http.Request) {
			http.Error(w, "oops", http.StatusBadGateway)
		}},
		{name: "rate limited", handler: func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Retry-After", "2")
			http.Error(w, "slow down", http.StatusTooManyRequests)
		}, retry: true},
		{name: "not a URL", ref: "ftp://example.org/x", permanent: twilio.CodeBadRef},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var cdnURL string
			if tc.handler != nil {
				cdnURL = newCDN(t, tc.handler).URL
			}
			fake, c := newFake(t, func(o *twilio.Options) {
				if cdnURL != "" {
					o.MediaOrigins = []string{cdnURL}
				}
			})
			ref := tc.ref
			switch {
			case tc.handler != nil: // Twilio redirects to a CDN that fails
				ref = fake.AddMedia(mediaPath, jpeg, "image/jpeg")
				fake.RedirectMedia(cdnURL)
			case ref == "big":
				ref = fake.AddMedia(mediaPath, big, "video/mp4")
			case ref[0] == '/':
				ref = fake.URL() + ref
			}
			data, _, err := c.FetchMedia(context.Background(), bot.WhatsApp, ref)
			require.Error(t, err)
			require.Nil(t, data)
			requireNothingPrivate(t, err)
			perm, isPerm := bot.AsPermanent(err)
			_, isRetry := bot.AsRetryAfter(err)
			require.Equal(t, tc.retry, isRetry, "%v", err)
			require.Equal(t, tc.permanent != "", isPerm, "%v", err)
			if isPerm {
				require.Equal(t, tc.permanent, perm.Code)
			}
		})
	}
}

func TestFetchMediaWrongCredentials(t *testing.T) {
	t.Parallel()
	fake, _ := newFake(t)
	ref := fake.AddMedia(mediaPath, jpeg, "image/jpeg")
	c := newChannel(t, fake.URL(), func(o *twilio.Options) { o.AuthToken = "0badc0ffee0badc0ffee0badc0ffee00" })
	_, _, err := c.FetchMedia(context.Background(), bot.WhatsApp, ref)
	perm, ok := bot.AsPermanent(err)
	require.True(t, ok, "%v", err)
	require.Equal(t, "401", perm.Code)
}
