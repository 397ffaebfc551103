package twilio_test

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot/twilio"
	"github.com/hoshyar/hoshyar/internal/faketwilio"
)

const (
	accountSID   = "AC0123456789abcdef0123456789abcdef"
	authToken    = "f00dcafe0123456789abcdef01234567"
	publicBase   = "https://hoshyar.example.org"
	whatsAppFrom = "whatsapp:+14155238886"
	smsFrom      = "+15550001111"
	templateSID  = "HX0123456789abcdef0123456789abcdef"
)

// newChannel returns a channel with both WhatsApp and SMS on, talking to
// apiURL.
func newChannel(t *testing.T, apiURL string, edit ...func(*twilio.Options)) *twilio.Channel {
	t.Helper()
	opts := twilio.Options{
		AccountSID: accountSID, AuthToken: authToken, APIURL: apiURL,
		WhatsAppFrom: whatsAppFrom, SMSFrom: smsFrom, PublicBaseURL: publicBase,
		Logger: slog.New(slog.DiscardHandler),
	}
	for _, e := range edit {
		e(&opts)
	}
	c, err := twilio.New(opts)
	require.NoError(t, err)
	return c
}

// newFake starts the fake REST API and a channel talking to it.
func newFake(t *testing.T, edit ...func(*twilio.Options)) (*faketwilio.Server, *twilio.Channel) {
	t.Helper()
	fake := faketwilio.New(t, accountSID, authToken)
	return fake, newChannel(t, fake.URL(), edit...)
}

// testdata reads a form body as Twilio posts it.
func testdata(t *testing.T, name string) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return strings.TrimSpace(string(raw))
}

// Signing modes for a webhook request.
const (
	signed      = "signed"
	unsigned    = "unsigned"
	wrongToken  = "wrong_token"
	otherURL    = "other_url"   // signed over another path
	otherQuery  = "other_query" // signed over another query string
	tamperedVal = "tampered"    // a parameter changed after signing
)

// webhook builds the request Twilio would post to target (path and query)
// with body, signed as mode says. It returns the request and its body, as
// bot's handler passes them to Decode.
func webhook(t *testing.T, target, body, mode string) (*http.Request, []byte) {
	t.Helper()
	form, err := url.ParseQuery(body)
	require.NoError(t, err)
	signURL, token := publicBase+target, authToken
	switch mode {
	case wrongToken:
		token = "0000000000000000000000000000000"
	case otherURL:
		signURL = publicBase + "/webhooks/other"
	case otherQuery:
		signURL = publicBase + target + "?campaign=1"
	}
	sig := faketwilio.Sign(token, signURL, form)
	if mode == tamperedVal {
		form.Set("From", "+923339999999")
		body = form.Encode()
	}
	r := httptest.NewRequest(http.MethodPost, target, strings.NewReader(body))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if mode != unsigned {
		r.Header.Set("X-Twilio-Signature", sig)
	}
	return r, []byte(body)
}
