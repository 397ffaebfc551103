package agency

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/triage"
)

// Early warnings. Casework drafts a request when a phone number, link or
// wallet is named by enough reports in a short time; the agencies holding
// those reports review it here, and a supervisor's approval sends it, as a
// push, to the agency that can act (PTA blocks a number, PK-CERT takes a
// link down, NCCIA freezes a wallet), in the form that agency takes. People
// who asked the bot to check that number or link are told it is now under
// action.

// Alert is a request as the caller sees it.
type Alert struct {
	ID         int64     `json:"id"`
	Kind       string    `json:"kind"`   // block_number, takedown_link, freeze_wallet
	Agency     string    `json:"agency"` // whom the request is for
	Key        Key       `json:"key"`
	Reports    int       `json:"reports"` // reports behind it
	WindowDays int       `json:"window_days"`
	Status     string    `json:"status"` // pending, approved, rejected
	CreatedAt  time.Time `json:"created_at"`
	UpdatedAt  time.Time `json:"updated_at"`
	Decision   *Decided  `json:"decision,omitempty"`
	// CanDecide: the caller's agency holds reports behind it, it waits,
	// and the caller is a supervisor.
	CanDecide bool    `json:"can_decide"`
	Request   Request `json:"request"`
}

// Key is a phone number, link or wallet.
type Key struct {
	Kind  string `json:"kind"`
	Value string `json:"value"`
}

// Decided is who decided a request, and how.
type Decided struct {
	Decision string    `json:"decision"` // approve, reject
	Note     string    `json:"note,omitempty"`
	Agency   string    `json:"agency"`
	By       string    `json:"by,omitempty"` // named to their own agency only
	At       time.Time `json:"at"`
}

// Request is the request in the form the agency it is for takes: for PTA,
// the number and the message texts, as its complaint service asks; for
// PK-CERT, the link; for NCCIA, the wallet and what was paid into it.
type Request struct {
	To       string          `json:"to"`
	Subject  string          `json:"subject"`
	Text     string          `json:"text"`
	Number   string          `json:"number,omitempty"`
	Link     string          `json:"link,omitempty"`
	Wallet   string          `json:"wallet,omitempty"`
	Messages []QuotedMessage `json:"messages,omitempty"`
	// Reports are the references of the reports behind it that the
	// drafting agency holds; Withheld counts the others, whose words it
	// may not quote.
	Reports       []string  `json:"reports"`
	Withheld      int       `json:"withheld,omitempty"`
	FirstReported time.Time `json:"first_reported"`
	LastReported  time.Time `json:"last_reported"`
	AmountPaidPKR int64     `json:"amount_paid_pkr,omitempty"`
}

// QuotedMessage is a reporter's message quoted in a request (CNICs masked).
type QuotedMessage struct {
	Text       string    `json:"text"`
	ReceivedAt time.Time `json:"received_at"`
	Channel    string    `json:"channel"`
}

// quoteLimit bounds the messages a request quotes, and each one's length.
const (
	quoteLimit  = 6
	quoteLength = 600
)

// Alerts lists the requests the caller's agency may see, waiting ones
// first; status filters (pending, approved, rejected).
func (s *Service) Alerts(ctx context.Context, c Caller, status string) ([]Alert, error) {
	switch status {
	case "", store.AlertPending, store.AlertApproved, store.AlertRejected:
	default:
		return nil, invalid("status must be pending, approved or rejected")
	}
	list, err := store.ListAlerts(ctx, s.pool, c.Agency, status, 100)
	if err != nil {
		return nil, err
	}
	out := make([]Alert, 0, len(list))
	for _, a := range list {
		reviewer := false
		if a.Status == store.AlertPending {
			// Listed and waiting: only reviewers see a waiting request.
			reviewer = true
		}
		v, err := s.alertView(ctx, s.pool, c, store.AlertView{Alert: a, Reviewer: reviewer})
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// Alert is one request the caller's agency may see.
func (s *Service) Alert(ctx context.Context, c Caller, id int64) (Alert, error) {
	var out Alert
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		av, err := store.AlertFor(ctx, tx, c.Agency, id)
		if errors.Is(err, store.ErrNotFound) {
			return &Error{http.StatusNotFound, "not_found", "no such request"}
		}
		if err != nil {
			return err
		}
		out, err = s.alertView(ctx, tx, c, av)
		return err
	})
	return out, err
}

func (s *Service) alertView(ctx context.Context, db store.DBTX, c Caller, av store.AlertView) (Alert, error) {
	a := av.Alert
	out := Alert{ID: a.ID, Kind: a.Kind, Agency: a.Agency, Key: Key{a.KeyKind, a.KeyValue}, Reports: a.Reports,
		WindowDays: a.WindowDays, Status: a.Status, CreatedAt: pkt(a.CreatedAt), UpdatedAt: pkt(a.UpdatedAt),
		CanDecide: av.Reviewer && a.Status == store.AlertPending && c.Can(RoleSupervisor)}
	if a.DecidedAt != nil {
		d := &Decided{Decision: "reject", Agency: deref(a.DecidedAgency), At: pkt(*a.DecidedAt)}
		if a.Status == store.AlertApproved {
			d.Decision = "approve"
		}
		if a.Note != nil {
			d.Note = *a.Note
		}
		if d.Agency == c.Agency && a.DecidedByName != nil {
			d.By = *a.DecidedByName
		}
		out.Decision = d
	}
	if len(a.Draft) > 0 && a.Status != store.AlertPending {
		// As decided: the request that went out (or was refused).
		if err := json.Unmarshal(a.Draft, &out.Request); err != nil {
			return Alert{}, fmt.Errorf("agency: alert %d draft: %w", a.ID, err)
		}
		return out, nil
	}
	req, err := s.request(ctx, db, c, a)
	if err != nil {
		return Alert{}, err
	}
	out.Request = req
	return out, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// request drafts a request as the caller's agency may send it: it quotes
// the words only of reports it holds.
func (s *Service) request(ctx context.Context, db store.DBTX, c Caller, a store.Alert) (Request, error) {
	reports, err := store.AlertReports(ctx, db, a.ID)
	if err != nil {
		return Request{}, err
	}
	ids := make([]int64, len(reports))
	for i, r := range reports {
		ids[i] = r.ReportID
	}
	held, err := store.NetworkReports(ctx, db, ids, c.Agency)
	if err != nil {
		return Request{}, err
	}
	mine := map[int64]store.NetworkReport{}
	var paid int64
	for _, h := range held {
		if h.ReferralID != nil {
			mine[h.ID] = h
		}
		if h.AmountPaid != nil {
			paid += *h.AmountPaid
		}
	}
	r := Request{To: routing.AgencyName(a.Agency), Reports: []string{}}
	for i, rep := range reports {
		at := pkt(rep.CreatedAt)
		if i == 0 {
			r.FirstReported = at
		}
		r.LastReported = at
		if _, ok := mine[rep.ReportID]; !ok {
			r.Withheld++
			continue
		}
		r.Reports = append(r.Reports, rep.Reference)
		for _, t := range rep.Texts {
			if len(r.Messages) == quoteLimit {
				break
			}
			if a.KeyKind == store.KeyURL && !strings.Contains(strings.ToLower(t), strings.ToLower(hostOf(a.KeyValue))) {
				continue // quote the messages that carry the link
			}
			// (a reporter's own number is no one's to quote to another
			// body: masked, the number asked about aside)
			t = casework.MaskOwnNumbers(t, a.KeyValue)
			r.Messages = append(r.Messages, QuotedMessage{Text: clip(triage.MaskCNIC(t), quoteLength), ReceivedAt: at, Channel: rep.Channel})
		}
	}
	n := len(reports)
	period := fmt.Sprintf("between %s and %s", r.FirstReported.Format("2 Jan 2006"), r.LastReported.Format("2 Jan 2006"))
	switch a.Kind {
	case store.AlertBlockNumber:
		r.Number = a.KeyValue
		r.Subject = "Request to block mobile number " + a.KeyValue
		r.Text = fmt.Sprintf("The mobile number %s was reported to Hoshyar as used for fraudulent overseas job offers by %d people %s. "+
			"We request that PTA block the number and its SIM under the Pakistan Telecommunication (Re-organization) Act 1996 and PECA 2016. "+
			"The messages received from it are quoted below.", a.KeyValue, n, period)
	case store.AlertTakedownLink:
		r.Link = a.KeyValue
		r.Subject = "Request to take down " + a.KeyValue
		r.Text = fmt.Sprintf("The link %s was reported to Hoshyar as a fraudulent overseas job offer or a site imitating an employer or agency by %d people %s. "+
			"We request that PK-CERT have it taken down and, if it imitates a government site, warn the public.", a.KeyValue, n, period)
	case store.AlertFreezeWallet:
		r.Wallet = a.KeyValue
		r.AmountPaidPKR = paid
		r.Subject = "Request to freeze mobile wallet " + a.KeyValue
		r.Text = fmt.Sprintf("Money for fraudulent overseas job offers was asked to be sent to the mobile wallet %s (JazzCash or Easypaisa), reported to Hoshyar by %d people %s. "+
			"We request that NCCIA have the wallet frozen and its owner identified.", a.KeyValue, n, period)
		if paid > 0 {
			r.Text += fmt.Sprintf(" Reporters say they paid Rs %s into it in all.", groupThousands(paid))
		}
	}
	return r, nil
}

func hostOf(link string) string {
	l := strings.TrimPrefix(strings.TrimPrefix(link, "https://"), "http://")
	l = strings.TrimPrefix(l, "www.")
	if i := strings.IndexAny(l, "/?#"); i >= 0 {
		return l[:i]
	}
	return l
}

func clip(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}

func groupThousands(v int64) string {
	s := fmt.Sprint(v)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// Events pushed about requests.
const EventAlertApproved = "alert.approved" // to the agency the request is for

// Decide approves or rejects a waiting request: a supervisor of an agency
// holding reports behind it decides, with a note; it is audited. An
// approved request is pushed to the agency it is for, and the people who
// checked that number or link through the bot are told it is under action.
func (s *Service) Decide(ctx context.Context, c Caller, id int64, decision, note string) (Alert, error) {
	if err := Require(c, RoleSupervisor, "deciding an early warning"); err != nil {
		return Alert{}, err
	}
	status := map[string]string{"approve": store.AlertApproved, "reject": store.AlertRejected}[decision]
	if status == "" {
		return Alert{}, invalid(`decision must be "approve" or "reject"`)
	}
	note = strings.TrimSpace(note)
	if len([]rune(note)) > maxMessage {
		return Alert{}, invalid("note is at most 2000 characters")
	}
	// Whom to tell, found first: their conversations are locked before the
	// request, as conversations are locked before anything of theirs.
	var checkers []store.Checker
	if status == store.AlertApproved {
		av, err := store.AlertFor(ctx, s.pool, c.Agency, id)
		if err == nil && av.Status == store.AlertPending {
			checkers, err = store.CheckersOf(ctx, s.pool, av.KeyValue, 200)
		}
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return Alert{}, err
		}
		slices.SortFunc(checkers, func(a, b store.Checker) int { return int(a.ConversationID - b.ConversationID) })
	}
	var out Alert
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		for _, ch := range checkers {
			if _, err := store.LockConversation(ctx, tx, ch.ConversationID); err != nil && !errors.Is(err, store.ErrNotFound) {
				return err
			}
		}
		av, err := store.AlertFor(ctx, tx, c.Agency, id)
		if errors.Is(err, store.ErrNotFound) {
			return &Error{http.StatusNotFound, "not_found", "no such request"}
		}
		if err != nil {
			return err
		}
		switch {
		case !av.Reviewer:
			return &Error{http.StatusForbidden, "forbidden", "only an agency holding the reports behind a request may decide it"}
		case av.Status != store.AlertPending:
			return conflict("the request was " + av.Status + " already")
		}
		req, err := s.request(ctx, tx, c, av.Alert)
		if err != nil {
			return err
		}
		if err := store.DecideAlert(ctx, tx, id, status, note, c.Actor, c.Agency, req); errors.Is(err, store.ErrConflict) {
			return conflict("the request was decided already")
		} else if err != nil {
			return err
		}
		if err := store.Audit(ctx, tx, c.Actor, "alert."+decision, "alert", id,
			map[string]any{"agency": c.Agency, "to": av.Agency, "kind": av.Kind}); err != nil {
			return err
		}
		if status == store.AlertApproved {
			if err := s.approved(ctx, tx, c, av.Alert, req, note, checkers); err != nil {
				return err
			}
		}
		av, err = store.AlertFor(ctx, tx, c.Agency, id)
		if err != nil {
			return err
		}
		out, err = s.alertView(ctx, tx, c, av)
		return err
	})
	return out, err
}

// approved sends an approved request to its agency and tells the people
// who checked the thing (not those who asked for discretion: a message
// about it could give them away).
func (s *Service) approved(ctx context.Context, tx pgx.Tx, c Caller, a store.Alert, req Request, note string, checkers []store.Checker) error {
	payload := map[string]any{
		"id": a.ID, "kind": a.Kind, "agency": a.Agency, "key": Key{a.KeyKind, a.KeyValue}, "reports": a.Reports,
		"window_days": a.WindowDays, "approved_by": c.Agency, "approved_at": pkt(s.now()), "note": note, "request": req,
	}
	if err := s.enqueue.PushAlertTx(ctx, tx, a.Agency, a.ID, EventAlertApproved, payload); err != nil {
		return err
	}
	for _, ch := range checkers {
		if ch.Discreet {
			continue
		}
		_, err := store.InsertAgencyInput(ctx, tx, store.NewAgencyInput{
			ConversationID: ch.ConversationID, Kind: store.KindAgencyNotice,
			Meta: store.InputMeta{Agency: routing.AgencyShort(a.Agency), Reference: ch.Reference, Actor: "system", Thing: a.KeyValue},
		})
		if errors.Is(err, store.ErrNotFound) {
			continue // erased meanwhile
		}
		if err != nil {
			return err
		}
		if err := s.enqueue.EnqueueProcessTx(ctx, tx, ch.ConversationID); err != nil {
			return err
		}
	}
	return nil
}
