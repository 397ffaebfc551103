package webchat

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/clientip"
	"github.com/hoshyar/hoshyar/store"
)

type postRequest struct {
	Text     string `json:"text"`
	Choice   string `json:"choice"`
	ClientID string `json:"client_id"`
	// Keep asks, with a new visitor's first message, to keep the chat on
	// this device (see visitor.go); ignored once the visitor exists.
	Keep bool `json:"keep"`
}

type apiError struct {
	Error string `json:"error"`
}

// post stores a visitor's message. It answers 202 with the message id only
// once the message is committed; a retry with the same client_id is stored
// once and answered with the same id.
func (c *Channel) post(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
	var req postRequest
	dec := json.NewDecoder(r.Body)
	if err := dec.Decode(&req); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeJSON(w, http.StatusRequestEntityTooLarge, apiError{"message too long"})
			return
		}
		writeJSON(w, http.StatusBadRequest, apiError{"body must be JSON: {\"text\": \"...\"} or {\"choice\": \"...\"}"})
		return
	}
	req.Choice = strings.TrimSpace(req.Choice)
	switch {
	case strings.TrimSpace(req.Text) == "" && req.Choice == "":
		writeJSON(w, http.StatusBadRequest, apiError{"empty message"})
		return
	case utf8.RuneCountInString(req.Text) > MaxTextRunes:
		writeJSON(w, http.StatusRequestEntityTooLarge, apiError{"message too long"})
		return
	case len(req.Choice) > maxChoiceLen:
		writeJSON(w, http.StatusBadRequest, apiError{"unknown choice"})
		return
	case req.ClientID != "" && !validClientID(req.ClientID):
		writeJSON(w, http.StatusBadRequest, apiError{"client_id must be 1-64 letters, digits, - or _"})
		return
	}

	vid, ok := c.admit(w, r, req.Keep)
	if !ok {
		return
	}
	if req.ClientID == "" {
		req.ClientID = randomID()
	}
	in := bot.Inbound{
		Channel: bot.WebChat,
		// The provider id must not reveal the visitor id (an address): hash it.
		ProviderID: hex.EncodeToString(c.vault.Hash("webchat-message", vid+":"+req.ClientID)[:16]),
		Address:    vid,
		Text:       req.Text,
		Choice:     req.Choice,
	}
	if in.Choice != "" && strings.TrimSpace(in.Text) == "" {
		in.Text = c.choiceLabel(r, vid, in.Choice)
	}
	rc, err := c.ingest.IngestAnswer(r.Context(), in)
	if err != nil {
		c.log.Error("webchat_ingest_failed", "error", err)
		writeJSON(w, http.StatusServiceUnavailable, apiError{"not stored, please retry"})
		return
	}
	c.convs.remember(vid, rc.ConversationID)
	writeJSON(w, http.StatusAccepted, map[string]int64{"id": rc.MessageID})
}

// admit returns the visitor (a new one gets a cookie, kept on the device
// when keep says so) when they may send one more message; otherwise it
// answers 429 and ok is false. A cookie the server did not issue makes a
// new visitor, counted against the address's new-visitor limit.
func (c *Channel) admit(w http.ResponseWriter, r *http.Request, keep bool) (vid string, ok bool) {
	v, known := c.visitor(r)
	vid = v.id
	switch {
	case !known && !c.newPerIP.allow(clientip.Key(c.clientAddr(r))):
		w.Header().Set("Retry-After", "60")
		writeJSON(w, http.StatusTooManyRequests, apiError{"too many new chats from this address; try again in a minute"})
		return "", false
	case !known:
		vid = c.newVisitor(w, keep)
		c.perVisitor.allow(vid) // the first message counts too
	case !c.perVisitor.allow(vid):
		w.Header().Set("Retry-After", "60")
		writeJSON(w, http.StatusTooManyRequests, apiError{"too many messages; please wait a minute"})
		return "", false
	}
	return vid, true
}

// choiceLabel shows a pressed button as the words on it.
func (c *Channel) choiceLabel(r *http.Request, vid, value string) string {
	conv, err := c.conversation(r, vid)
	if err != nil {
		return value
	}
	label, err := store.ButtonLabel(r.Context(), c.pool, conv, value)
	if err != nil {
		return value
	}
	return label
}

// conversation finds the visitor's open conversation id.
func (c *Channel) conversation(r *http.Request, vid string) (int64, error) {
	return store.OpenConversationOf(r.Context(), c.pool, bot.WebChat, c.vault.Hash(bot.WebChat, vid))
}

type feedMessage struct {
	ID   int64  `json:"id"`
	From string `json:"from"`
	// Kind is the kind of a visitor's attachment: image, document, audio…
	Kind string `json:"kind,omitempty"`
	Text string `json:"text"`
	// Dir is the message's direction: rtl, ltr or auto (no letters).
	Dir string `json:"dir"`
	// Parts are a bot message's text with its phone numbers and
	// references marked (see linker); absent when there are none, and for
	// the visitor's own words.
	Parts   []part          `json:"parts,omitempty"`
	Buttons json.RawMessage `json:"buttons,omitempty"` // []bot.Button
	At      time.Time       `json:"at"`
}

type feedResponse struct {
	Messages []feedMessage `json:"messages"`
	// Kept says whether the visitor's chat is kept on this device, for
	// the page's switch; absent before the visitor has written.
	Kept *bool `json:"kept,omitempty"`
}

// feed returns the messages after ?after=ID, waiting up to the poll wait
// for one to appear.
func (c *Channel) feed(w http.ResponseWriter, r *http.Request) {
	after := int64(0)
	if s := r.URL.Query().Get("after"); s != "" {
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil || v < 0 {
			writeJSON(w, http.StatusBadRequest, apiError{"after must be a message id"})
			return
		}
		after = v
	}
	ctx := r.Context()
	deadline := time.NewTimer(c.wait)
	defer deadline.Stop()
	v, known := c.visitor(r)
	vid := v.id
	answer := func(res feedResponse) {
		if known {
			res.Kept = &v.kept
		}
		writeJSON(w, http.StatusOK, res)
	}

	// Until the visitor has written there is no conversation to listen to:
	// look for it once a second. Then wait for a notification, and look
	// anyway now and then, since notifications are only hints. The
	// conversation a visitor last wrote in is remembered, so the usual
	// poll listens at once and costs one query a wake-up.
	var conv int64
	var wake <-chan struct{}
	var stops []func()
	defer func() {
		for _, stop := range stops {
			stop()
		}
	}()
	listen := func(id int64) {
		if id != conv {
			conv = id
			var stop func()
			wake, stop = c.listener.Subscribe(id)
			stops = append(stops, stop)
		}
	}
	if known := c.convs.of(vid); known != 0 {
		listen(known)
	}
	for lookUp := conv == 0; ; {
		var msgs []store.FeedMessage
		var err error
		switch {
		case lookUp && vid != "":
			// The conversation and what is new in it, in one query.
			var id int64
			id, msgs, err = store.FeedOf(ctx, c.pool, bot.WebChat, c.vault.Hash(bot.WebChat, vid), after, feedPageLimit)
			if err == nil && id != conv {
				c.convs.remember(vid, id)
				listen(id)
				if len(msgs) == 0 {
					lookUp = false
					continue // look once more, listening: a change in between is not missed
				}
			}
		case conv != 0:
			msgs, err = store.ConversationFeed(ctx, c.pool, conv, after, feedPageLimit)
		}
		switch {
		case errors.Is(err, store.ErrNotFound):
		case err != nil:
			c.failFeed(ctx, w, err)
			return
		case len(msgs) > 0:
			answer(c.toFeed(msgs))
			return
		}
		recheck := time.Second
		if conv != 0 {
			recheck = 5 * time.Second
		}
		select {
		case <-ctx.Done():
			return
		case <-c.closing:
			answer(feedResponse{Messages: []feedMessage{}})
			return
		case <-deadline.C:
			answer(feedResponse{Messages: []feedMessage{}})
			return
		case <-wake:
			lookUp = false
		case <-time.After(recheck):
			lookUp = true // the conversation may have changed (closed, a new one)
		}
	}
}

func (c *Channel) failFeed(ctx context.Context, w http.ResponseWriter, err error) {
	if ctx.Err() != nil {
		return // the reader left
	}
	c.log.Error("webchat_feed_failed", "error", err)
	writeJSON(w, http.StatusServiceUnavailable, apiError{"try again"})
}

func (c *Channel) toFeed(msgs []store.FeedMessage) feedResponse {
	out := feedResponse{Messages: make([]feedMessage, 0, len(msgs))}
	for _, m := range msgs {
		fm := feedMessage{ID: m.ID, From: "bot", Text: m.Body, Dir: direction(m.Body), At: m.CreatedAt.UTC()}
		if m.Direction == store.In {
			fm.From = "visitor"
			switch m.Kind {
			case "text", "choice", "edit", "group":
			default:
				fm.Kind = m.Kind
			}
		} else if ps := c.links.parts(m.Body); len(ps) > 1 || len(ps) == 1 && ps[0] != (part{Text: m.Body}) {
			fm.Parts = ps // only when something is marked
		}
		if len(m.Buttons) > 0 && string(m.Buttons) != "null" {
			fm.Buttons = m.Buttons // written by us from []flows.Button: [{"label", "value"}], as bot.Button
		}
		out.Messages = append(out.Messages, fm)
	}
	return out
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func randomID() string {
	return hex.EncodeToString(randomBytes(16))
}
