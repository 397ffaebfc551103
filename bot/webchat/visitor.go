package webchat

import (
	"crypto/hmac"
	"encoding/base64"
	"net/http"
	"strings"
	"time"
)

// The visitor cookie. Its value is "<id>.<k|s>.<mac>": a random id (16
// bytes, base64url), whether the visitor asked to keep the chat on this
// device (k) or not (s), and an HMAC of both under a key derived from
// HOSHYAR_SECRET_KEY. Only ids this server issued are accepted: a made-up
// or altered value is no visitor at all, so it reads nothing and, to
// write, becomes a new visitor that counts against the new-visitor limit.
//
// By default the cookie lasts as long as the browser session (no
// Max-Age): a borrowed phone does not replay the conversation to the
// next person who opens the page. A visitor who asks to keep the chat gets
// it for keepFor.
const (
	cookieName   = "hoshyar_visitor"
	keepFor      = 30 * 24 * time.Hour
	idLen        = 22 // 16 bytes, base64url without padding
	macLen       = 22 // 16 bytes of HMAC-SHA-256
	macNamespace = "webchat-visitor-cookie"
)

// visitorCookie is a verified visitor: their id and whether the chat is
// kept on the device.
type visitorCookie struct {
	id   string
	kept bool
}

func flag(kept bool) string {
	if kept {
		return "k"
	}
	return "s"
}

// mac signs an id and its keep flag. Its namespace is the cookie's own:
// it says nothing of the look-up hash the database keeps of the id.
func (c *Channel) mac(id string, kept bool) string {
	return base64.RawURLEncoding.EncodeToString(c.vault.Hash(macNamespace, id+"."+flag(kept))[:16])
}

// visitor returns the request's visitor when its cookie is one this
// server issued; ok is false when there is none, or it is malformed,
// made up or altered.
func (c *Channel) visitor(r *http.Request) (v visitorCookie, ok bool) {
	ck, err := r.Cookie(cookieName)
	if err != nil || len(ck.Value) != idLen+1+1+1+macLen {
		return visitorCookie{}, false
	}
	id, rest, _ := strings.Cut(ck.Value, ".")
	f, mac, _ := strings.Cut(rest, ".")
	if len(id) != idLen || (f != "k" && f != "s") || len(mac) != macLen {
		return visitorCookie{}, false
	}
	if _, err := base64.RawURLEncoding.DecodeString(id); err != nil {
		return visitorCookie{}, false
	}
	kept := f == "k"
	if !hmac.Equal([]byte(mac), []byte(c.mac(id, kept))) {
		return visitorCookie{}, false
	}
	return visitorCookie{id: id, kept: kept}, true
}

// setVisitor sets the cookie for id: for the browser session, or for
// keepFor when the visitor asked to keep the chat on the device.
func (c *Channel) setVisitor(w http.ResponseWriter, id string, kept bool) {
	ck := &http.Cookie{
		Name: cookieName, Value: id + "." + flag(kept) + "." + c.mac(id, kept), Path: "/chat",
		HttpOnly: true, Secure: c.secure, SameSite: http.SameSiteLaxMode,
	}
	if kept {
		ck.MaxAge = int(keepFor / time.Second)
	}
	http.SetCookie(w, ck)
}

// newVisitor issues a new visitor id.
func (c *Channel) newVisitor(w http.ResponseWriter, kept bool) string {
	id := base64.RawURLEncoding.EncodeToString(randomBytes(16))
	c.setVisitor(w, id, kept)
	return id
}

// forgetVisitor removes the cookie: the browser no longer knows the
// conversation (which stays on the server, a report included).
func (c *Channel) forgetVisitor(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: "", Path: "/chat", MaxAge: -1,
		HttpOnly: true, Secure: c.secure, SameSite: http.SameSiteLaxMode})
}
