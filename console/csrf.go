package console

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
)

// csrfField is the form field that carries the CSRF token.
const csrfField = "csrf"

// loginCookie carries the sign-in form's CSRF token before there is a
// session (double submit): a page elsewhere cannot sign a browser in.
const loginCookie = "hoshyar_console_login"

func newCSRFToken() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// sameToken compares a submitted token with the expected one in constant
// time; an empty one never matches.
func sameToken(got, want string) bool {
	return got != "" && want != "" && subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}

// newLoginCSRF sets a fresh sign-in token cookie and returns the token for
// the form.
func newLoginCSRF(w http.ResponseWriter, r *http.Request, secure bool) string {
	token := newCSRFToken()
	http.SetCookie(w, &http.Cookie{Name: loginCookie, Value: token, Path: "/console/login", MaxAge: 3600,
		HttpOnly: true, Secure: secure || r.TLS != nil, SameSite: http.SameSiteStrictMode})
	return token
}

// checkLoginCSRF checks that the sign-in form's token matches its cookie.
func checkLoginCSRF(r *http.Request) bool {
	ck, err := r.Cookie(loginCookie)
	return err == nil && sameToken(r.PostFormValue(csrfField), ck.Value)
}

func clearLoginCSRF(w http.ResponseWriter, r *http.Request, secure bool) {
	http.SetCookie(w, &http.Cookie{Name: loginCookie, Value: "", Path: "/console/login", MaxAge: -1,
		HttpOnly: true, Secure: secure || r.TLS != nil, SameSite: http.SameSiteStrictMode})
}
