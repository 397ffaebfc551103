package jobs

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"

	"github.com/hoshyar/hoshyar/store"
)

// PushArgs names a push to an agency's webhook.
type PushArgs struct {
	DeliveryID int64 `json:"delivery_id"`
}

// Kind is River's name for the job.
func (PushArgs) Kind() string { return "push_webhook" }

// InsertOpts: pushes have their own queue and retry for about a day.
func (PushArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueuePush, MaxAttempts: 15}
}

// pkt is Pakistan's time: pushes say their times in it, with the offset
// (RFC 3339), as the API does. Pakistan keeps no daylight saving time.
var pkt = func() *time.Location {
	if l, err := time.LoadLocation("Asia/Karachi"); err == nil {
		return l
	}
	return time.FixedZone("PKT", 5*60*60)
}()

// Push headers.
const (
	HeaderSignature = "X-Hoshyar-Signature"
	HeaderTimestamp = "X-Hoshyar-Timestamp"
	HeaderEvent     = "X-Hoshyar-Event"
)

// Sign is the push signature: "sha256=" and the hex HMAC-SHA256, keyed with
// the agency's secret, of the timestamp, a dot, and the body. Receivers
// should also refuse timestamps more than a few minutes old.
func Sign(secret []byte, timestamp string, body []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(timestamp))
	m.Write([]byte("."))
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// PushTx queues a push of event about a referral to its agency's webhook,
// when the agency has one, in the caller's transaction.
func (r *Runner) PushTx(ctx context.Context, tx store.DBTX, agency string, referralID int64, event string) error {
	if _, err := store.GetWebhook(ctx, tx, agency); errors.Is(err, store.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	snap, err := store.ReferralSnapshot(ctx, tx, referralID)
	if err != nil {
		return err
	}
	id, err := store.InsertDelivery(ctx, tx, agency, referralID, event, snap)
	if err != nil {
		return err
	}
	return r.queuePush(ctx, tx, id)
}

// PushAlertTx queues a push about a request (an early warning) to an
// agency's webhook, when it has one, in the caller's transaction.
func (r *Runner) PushAlertTx(ctx context.Context, tx store.DBTX, agency string, alertID int64, event string, payload any) error {
	if _, err := store.GetWebhook(ctx, tx, agency); errors.Is(err, store.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	id, err := store.InsertAlertDelivery(ctx, tx, agency, alertID, event, payload)
	if err != nil {
		return err
	}
	return r.queuePush(ctx, tx, id)
}

// queuePush queues the delivery of a stored push in the caller's
// transaction.
func (r *Runner) queuePush(ctx context.Context, tx store.DBTX, deliveryID int64) error {
	ptx, ok := tx.(pgx.Tx)
	if !ok {
		return errors.New("jobs: a push is queued inside a transaction")
	}
	_, err := r.client.InsertTx(ctx, ptx, PushArgs{DeliveryID: deliveryID}, nil)
	return err
}

type pushWorker struct {
	river.WorkerDefaults[PushArgs]
	r *Runner
}

// pushBody is what a push says: the event, and the referral as it was, or
// the request (alert) as approved.
type pushBody struct {
	Event      string          `json:"event"`
	DeliveryID int64           `json:"delivery_id"`
	At         time.Time       `json:"at"`
	Referral   *store.Snapshot `json:"referral,omitempty"`
	Alert      json.RawMessage `json:"alert,omitempty"`
}

var pushClient = &http.Client{
	Timeout: 10 * time.Second,
	CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse // a push goes where it was registered, nowhere else
	},
}

func (w *pushWorker) Work(ctx context.Context, job *river.Job[PushArgs]) error {
	r := w.r
	d, err := store.GetDelivery(ctx, r.pool, job.Args.DeliveryID)
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if d.Status == "delivered" {
		return nil
	}
	hook, err := store.GetWebhook(ctx, r.pool, d.Agency)
	if errors.Is(err, store.ErrNotFound) {
		return store.RecordDelivery(ctx, r.pool, d.ID, "failed", 0, "the agency has no webhook any more")
	}
	if err != nil {
		return err
	}
	secret, err := r.opts.Vault.Open(hook.Secret, "webhook/"+d.Agency)
	if err != nil {
		return store.RecordDelivery(ctx, r.pool, d.ID, "failed", 0, "the webhook secret cannot be opened")
	}
	// What the referral was when the event happened, as queued.
	body := pushBody{Event: d.Event, DeliveryID: d.ID, At: d.CreatedAt.In(pkt)}
	switch {
	case d.AlertID != nil:
		body.Alert = d.Payload
	case len(d.Payload) > 0:
		body.Referral = &store.Snapshot{}
		if err := json.Unmarshal(d.Payload, body.Referral); err != nil {
			return store.RecordDelivery(ctx, r.pool, d.ID, "failed", 0, "unreadable payload")
		}
		body.Referral.DueAt = body.Referral.DueAt.In(pkt)
		if w := body.Referral.WithdrawnAt; w != nil {
			at := w.In(pkt)
			body.Referral.WithdrawnAt = &at
		}
	}
	payload, err := json.Marshal(body)
	if err != nil {
		return err
	}
	ts := strconv.FormatInt(r.opts.Now().Unix(), 10)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, hook.URL, bytes.NewReader(payload))
	if err != nil {
		return store.RecordDelivery(ctx, r.pool, d.ID, "failed", 0, "bad webhook url")
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Hoshyar-Webhook/1")
	req.Header.Set(HeaderTimestamp, ts)
	req.Header.Set(HeaderEvent, d.Event)
	req.Header.Set(HeaderSignature, Sign([]byte(secret), ts, payload))
	res, err := pushClient.Do(req)
	status, errText := 0, ""
	if err != nil {
		errText = "request failed"
	} else {
		_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
		res.Body.Close()
		status = res.StatusCode
		if status >= 200 && status < 300 {
			return store.RecordDelivery(ctx, r.pool, d.ID, "delivered", status, "")
		}
		errText = fmt.Sprintf("HTTP %d", status)
	}
	final := "pending"
	if job.Attempt >= job.MaxAttempts {
		final = "failed"
	}
	if err := store.RecordDelivery(ctx, r.pool, d.ID, final, status, errText); err != nil {
		return err
	}
	if final == "failed" {
		return nil
	}
	return fmt.Errorf("jobs: push %d: %s", d.ID, errText)
}
