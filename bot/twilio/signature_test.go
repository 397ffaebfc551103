package twilio

import (
	"encoding/json"
	"net/url"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/faketwilio"
)

// Twilio's published signature examples: facts from its documentation and
// twilio-go's validator tests, kept here so a plain clone can run the tests.
const vectorsFile = "testdata/twilio-signature-vectors.json"

type vector struct {
	AuthToken string            `json:"auth_token"`
	URL       string            `json:"url"`
	Params    map[string]string `json:"params"`
	Signature string            `json:"signature"`
	Valid     bool              `json:"valid"`
}

func loadVectors(t *testing.T) []vector {
	t.Helper()
	raw, err := os.ReadFile(vectorsFile)
	require.NoError(t, err)
	var file struct {
		Vectors []vector `json:"vectors"`
	}
	require.NoError(t, json.Unmarshal(raw, &file))
	require.NotEmpty(t, file.Vectors)
	return file.Vectors
}

func (v vector) form() url.Values {
	form := url.Values{}
	for k, val := range v.Params {
		form.Set(k, val)
	}
	return form
}

// Twilio's published examples, valid and not: our validator and the fake's
// signer must both agree with them.
func TestPublishedSignatureVectors(t *testing.T) {
	t.Parallel()
	var valid, invalid int
	for i, v := range loadVectors(t) {
		require.Equal(t, v.Valid, validSignature(v.AuthToken, v.URL, v.form(), v.Signature), "vector %d", i)
		require.Equal(t, v.Valid, signature(v.AuthToken, v.URL, v.form()) == v.Signature, "vector %d", i)
		require.Equal(t, v.Valid, faketwilio.Sign(v.AuthToken, v.URL, v.form()) == v.Signature, "vector %d", i)
		if v.Valid {
			valid++
		} else {
			invalid++
		}
		require.False(t, validSignature("wrong-token", v.URL, v.form(), v.Signature), "vector %d with another token", i)
	}
	require.Positive(t, valid)
	require.Positive(t, invalid)
}

func TestSignatureURLVariants(t *testing.T) {
	t.Parallel()
	form := url.Values{"MessageSid": {"SM1"}, "Body": {"salam"}}
	cases := []struct {
		name, signed, checked string
		valid                 bool
	}{
		{"same URL", "https://h.example/webhooks/twilio", "https://h.example/webhooks/twilio", true},
		{"default port added by Twilio", "https://h.example:443/webhooks/twilio", "https://h.example/webhooks/twilio", true},
		{"default port removed by Twilio", "https://h.example/webhooks/twilio", "https://h.example:443/webhooks/twilio", true},
		{"http default port", "http://h.example:80/webhooks/twilio?x=1", "http://h.example/webhooks/twilio?x=1", true},
		{"other port", "https://h.example:8443/webhooks/twilio", "https://h.example/webhooks/twilio", false},
		{"other path", "https://h.example/webhooks/twilio/status", "https://h.example/webhooks/twilio", false},
		{"other query", "https://h.example/webhooks/twilio?a=1", "https://h.example/webhooks/twilio?a=2", false},
		{"other host", "https://evil.example/webhooks/twilio", "https://h.example/webhooks/twilio", false},
		{"http for https", "http://h.example/webhooks/twilio", "https://h.example/webhooks/twilio", false},
	}
	for _, c := range cases {
		sig := faketwilio.Sign("secret", c.signed, form)
		require.Equal(t, c.valid, validSignature("secret", c.checked, form, sig), c.name)
	}
}

func TestSignatureRepeatedParams(t *testing.T) {
	t.Parallel()
	a := url.Values{"K": {"b", "a"}}
	b := url.Values{"K": {"a", "b"}}
	require.Equal(t, signature("t", "https://x/", a), signature("t", "https://x/", b))
	require.NotEqual(t, signature("t", "https://x/", a), signature("t", "https://x/", url.Values{"K": {"a"}}))
}
