package agency

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/store"
)

var timeNow = time.Now

// maxMessage bounds what an officer sends in one message.
const maxMessage = 2000

type messageRequest struct {
	Text string `json:"text"`
}

// message: POST /api/v1/referrals/{id}/messages {"text"} — relayed to the
// reporter on their channel, in their language, headed by a line naming the
// agency (or, for a reporter who asked for discretion, nothing revealing).
// Their replies come back onto the report.
func (a *API) message(w http.ResponseWriter, r *http.Request, c caller) {
	var req messageRequest
	if !decode(w, r, &req) {
		return
	}
	a.act(w, r, c, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
		text := strings.TrimSpace(req.Text)
		if text == "" || len([]rune(text)) > maxMessage {
			return invalid("text is required, at most 2000 characters")
		}
		conv, locale, err := a.reachable(ctx, tx, it)
		if err != nil {
			return err
		}
		id := "agency_message"
		if it.Discreet {
			id = "agency_message_discreet"
		}
		body := a.texts.T(locale, id, map[string]any{"Agency": it.Agency, "Reference": it.Reference, "Text": text})
		if err := a.deliver(ctx, tx, conv, it, body); err != nil {
			return err
		}
		return store.AddEvent(ctx, tx, it.ID, c.actor, "message", map[string]any{"text": text})
	})
}

type verificationRequest struct {
	Verdict string `json:"verdict"`
	Note    string `json:"note"`
}

// verification: POST /api/v1/referrals/{id}/verification {"verdict", "note"}
// — the reporter receives the verdict in their language, with the note.
func (a *API) verification(w http.ResponseWriter, r *http.Request, c caller) {
	var req verificationRequest
	if !decode(w, r, &req) {
		return
	}
	a.act(w, r, c, func(ctx context.Context, tx pgx.Tx, it store.QueueItem) error {
		switch req.Verdict {
		case "genuine", "not_genuine", "cannot_confirm":
		default:
			return invalid("verdict must be genuine, not_genuine or cannot_confirm")
		}
		if len([]rune(req.Note)) > maxMessage {
			return invalid("note is at most 2000 characters")
		}
		conv, locale, err := a.reachable(ctx, tx, it)
		if err != nil {
			return err
		}
		body := a.texts.T(locale, "verify_verdict_"+req.Verdict, map[string]any{"Reference": it.Reference, "Note": strings.TrimSpace(req.Note)})
		if err := a.deliver(ctx, tx, conv, it, strings.TrimSpace(body)); err != nil {
			return err
		}
		if err := store.SetReferralStatus(ctx, tx, it.ID, it.Status, req.Verdict, c.actor); err != nil {
			return err
		}
		return store.AddEvent(ctx, tx, it.ID, c.actor, "verification", map[string]any{"verdict": req.Verdict, "note": req.Note})
	})
}

// reachable finds the reporter's conversation, or a 409 saying why they
// cannot be written to.
func (a *API) reachable(ctx context.Context, tx pgx.Tx, it store.QueueItem) (store.Conversation, string, error) {
	if it.ContactID == nil || it.ConversationID == nil {
		return store.Conversation{}, "", conflict("the reporter deleted their data and cannot be reached")
	}
	ct, err := store.GetContact(ctx, tx, *it.ContactID)
	if err != nil {
		return store.Conversation{}, "", err
	}
	if ct.Status != store.ContactActive {
		return store.Conversation{}, "", conflict("the reporter cannot be reached (" + ct.Status + ")")
	}
	conv, err := store.LockConversation(ctx, tx, *it.ConversationID)
	if err != nil {
		return store.Conversation{}, "", err
	}
	locale := conv.Locale
	if ct.Locale != nil && *ct.Locale != "" {
		locale = *ct.Locale
	}
	return conv, locale, nil
}

// deliver queues body to the reporter and opens the thread: until they go
// back to the menu, what they write is attached to this report.
func (a *API) deliver(ctx context.Context, tx pgx.Tx, conv store.Conversation, it store.QueueItem, body string) error {
	id, err := store.InsertAgencyMessage(ctx, tx, store.NewAgencyMessage{ConversationID: conv.ID, Channel: conv.Channel, ReferralID: it.ID, Body: body})
	if err != nil {
		return err
	}
	if err := a.enqueue.EnqueueSendTx(ctx, tx, id); err != nil {
		return err
	}
	var state flows.State
	if len(conv.State) > 0 {
		_ = json.Unmarshal(conv.State, &state)
	}
	state.Node, state.Options, state.Paused = flows.NodeHuman, nil, nil
	state.Draft = &flows.Draft{Kind: flows.KindHuman, Reference: it.Reference}
	state.LastAt = timeNow()
	b, err := json.Marshal(state)
	if err != nil {
		return err
	}
	return store.SaveConversationState(ctx, tx, conv.ID, b, conv.Locale, conv.ExpiresAt)
}
