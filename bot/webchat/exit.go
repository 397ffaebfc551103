package webchat

import (
	"encoding/json"
	"net/http"
)

// DefaultExitURL is where Quick exit goes unless the operator names
// another neutral site (HOSHYAR_QUICK_EXIT_URL).
const DefaultExitURL = "https://www.google.com/"

// ExitRoute is Quick exit's address: a plain link, so it works without
// JavaScript. With JavaScript the page empties itself first and replaces
// its own history entry with it (location.replace), so Back does not
// return to the chat.
const ExitRoute = "/chat/exit"

// exit is Quick exit: the browser forgets the visitor (the conversation
// and any report stay on the server) and its cached copies of the
// origin, and goes to the neutral site. Nothing on the way names Hoshyar
// to the next site: no Referer.
func (c *Channel) exit(w http.ResponseWriter, r *http.Request) {
	c.forgetVisitor(w)
	h := w.Header()
	h.Set("Clear-Site-Data", `"cache"`)
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer")
	http.Redirect(w, r, c.exitURL, http.StatusSeeOther)
}

type keepRequest struct {
	Keep bool `json:"keep"`
}

// keep turns "keep this chat on this device" on or off for the visitor:
// the same id, its cookie now lasting keepFor, or the browser session.
// Before the visitor has written there is nothing to keep (409): the page
// sends keep with the first message instead.
func (c *Channel) keep(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<10)
	var req keepRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{`body must be JSON: {"keep": true} or {"keep": false}`})
		return
	}
	v, ok := c.visitor(r)
	if !ok {
		writeJSON(w, http.StatusConflict, apiError{"nothing to keep yet: send a message first"})
		return
	}
	c.setVisitor(w, v.id, req.Keep)
	writeJSON(w, http.StatusOK, map[string]bool{"kept": req.Keep})
}
