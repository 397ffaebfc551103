package twilio

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/hoshyar/hoshyar/bot"
)

const signatureHeader = "X-Twilio-Signature"

// verify parses body as the form Twilio posted and checks its
// X-Twilio-Signature over PublicBaseURL + the request URI as received, or
// over FallbackBaseURL + the request URI when Twilio called the fallback.
func (c *Channel) verify(r *http.Request, body []byte) (url.Values, error) {
	sig := r.Header.Get(signatureHeader)
	if sig == "" {
		return nil, &bot.RequestError{Status: http.StatusForbidden, Reason: "bad signature"}
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return nil, &bot.RequestError{Status: http.StatusBadRequest, Reason: "bad form"}
	}
	uri := r.URL.RequestURI()
	if !validSignature(c.token, c.publicBase+uri, form, sig) &&
		(c.fallbackBase == "" || !validSignature(c.token, c.fallbackBase+uri, form, sig)) {
		return nil, &bot.RequestError{Status: http.StatusForbidden, Reason: "bad signature"}
	}
	return form, nil
}

// signature is Twilio's request signature: base64 of HMAC-SHA1, keyed
// with the auth token, over the URL followed by every parameter's name and
// value, sorted by name (and, for a repeated name, by value, as Twilio's
// own libraries do).
func signature(authToken, rawURL string, form url.Values) string {
	mac := hmac.New(sha1.New, []byte(authToken))
	mac.Write([]byte(rawURL))
	for _, name := range slices.Sorted(maps.Keys(form)) {
		for _, v := range slices.Sorted(slices.Values(form[name])) {
			mac.Write([]byte(name))
			mac.Write([]byte(v))
		}
	}
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// validSignature compares in constant time. Like Twilio's libraries it
// also accepts the URL with the scheme's default port added or removed:
// Twilio does not always sign the URL exactly as it was configured.
func validSignature(authToken, rawURL string, form url.Values, sig string) bool {
	ok := false
	for _, u := range portVariants(rawURL) {
		// Every variant is checked, so the time taken does not say which matched.
		if hmac.Equal([]byte(signature(authToken, u, form)), []byte(sig)) {
			ok = true
		}
	}
	return ok
}

// portVariants returns rawURL and, when it has no port, the same URL with
// the scheme's default port; when it has the default port, the URL without
// it. The rest of the URL is kept byte for byte.
func portVariants(rawURL string) []string {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return []string{rawURL}
	}
	def := map[string]string{"https": "443", "http": "80"}[u.Scheme]
	if def == "" {
		return []string{rawURL}
	}
	prefix := u.Scheme + "://" + u.Host
	if !strings.HasPrefix(rawURL, prefix) {
		return []string{rawURL}
	}
	rest := rawURL[len(prefix):]
	switch u.Port() {
	case "":
		return []string{rawURL, prefix + ":" + def + rest}
	case def:
		return []string{rawURL, u.Scheme + "://" + strings.TrimSuffix(u.Host, ":"+def) + rest}
	}
	return []string{rawURL}
}
