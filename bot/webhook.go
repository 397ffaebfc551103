package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"
)

// MaxWebhookBody bounds a provider's webhook request. Telegram updates and
// Twilio form posts are a few KiB; media arrive by reference, not inline.
const MaxWebhookBody = 256 << 10

// MaxMediaBytes bounds one downloaded attachment. A fetcher reads at most
// one byte more and answers a PermanentError with CodeTooLarge beyond it.
const MaxMediaBytes = 20 << 20

// Media failure codes.
const CodeTooLarge = "too_large"

// RequestError is a webhook request refused before anything was stored:
// 400 for what cannot be decoded, 401/403 for a wrong secret or signature.
// The provider gets the status and a short reason, never a 2xx.
type RequestError struct {
	Status int
	Reason string
}

func (e *RequestError) Error() string { return fmt.Sprintf("%d %s", e.Status, e.Reason) }

// Webhook is a channel's incoming side: it verifies and decodes one
// provider request into inbound messages, and writes the provider's success
// response once they are stored.
type Webhook interface {
	// Decode verifies the request (secret header, signature over the body)
	// and decodes it. body is the whole request body, already read. An
	// update that carries nothing to store (a service message) decodes to
	// no messages and is simply acknowledged.
	Decode(r *http.Request, body []byte) ([]Inbound, error)
	// Acknowledge writes the 2xx response the provider expects.
	Acknowledge(w http.ResponseWriter)
}

// AfterIngester is implemented by channels that act once a message is
// committed, best effort (Telegram shows "typing…", answers a button press
// and removes the buttons so they cannot be pressed twice). It runs after
// the provider has its answer, off the request, bounded in number and
// time: a slow provider never delays an acknowledgement. Errors are
// logged, not retried.
type AfterIngester interface {
	AfterIngest(ctx context.Context, in Inbound) error
}

// StatusUpdate is a provider's report on a reply we sent.
type StatusUpdate struct {
	Channel    string
	ProviderID string
	Status     string // queued, sent, delivered, read, failed, undelivered
	ErrorCode  string

	// ResendAsTemplate asks for the reply to be sent again as the channel's
	// template: WhatsApp refused it as outside the 24-hour window (63016)
	// after accepting it.
	ResendAsTemplate bool
	// Contact is what the report says of the recipient (ContactOptedOut:
	// Twilio's 21610, they unsubscribed); "" says nothing.
	Contact string
}

// StatusWebhook is a channel's delivery-status callback.
type StatusWebhook interface {
	DecodeStatus(r *http.Request, body []byte) ([]StatusUpdate, error)
	Acknowledge(w http.ResponseWriter)
}

// MediaFetcher downloads an attachment a channel received by reference.
type MediaFetcher interface {
	// FetchMedia downloads ref for channel. It returns a PermanentError when
	// retrying cannot help (gone, too large) and reads at most
	// MaxMediaBytes+1 bytes.
	FetchMedia(ctx context.Context, channel, ref string) (data []byte, contentType string, err error)
}

// Handler serves a channel's webhook: read the body (413 past
// MaxWebhookBody), decode, store every message, and only then acknowledge.
// When storing fails the provider gets a 5xx and delivers again; messages
// stored before the failure are then recognised as duplicates.
func (ing *Ingester) Handler(wh Webhook, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := readBody(w, r)
		if !ok {
			return
		}
		msgs, err := wh.Decode(r, body)
		if refuse(w, err, log) {
			return
		}
		for _, in := range msgs {
			if _, err := ing.Ingest(r.Context(), in); err != nil {
				log.Error("webhook_ingest_failed", "channel", in.Channel, "error", err)
				http.Error(w, "not stored, retry", http.StatusServiceUnavailable)
				return
			}
		}
		wh.Acknowledge(w)
		if after, ok := wh.(AfterIngester); ok {
			// The answer is complete when this handler returns, at once:
			// what follows runs apart from it.
			for _, in := range msgs {
				ing.afterwards(r.Context(), after, in, log)
			}
		}
	})
}

// Bounds of the work done after an answer (see AfterIngester).
const (
	maxAfter     = 64               // calls running at once; past it, skipped
	afterTimeout = 10 * time.Second // one call
)

// afterwards runs an AfterIngest call off the request, bounded in number
// and time; best effort: when too many run already, it is skipped (a
// typing indicator not shown, a button's spinner left to time out).
func (ing *Ingester) afterwards(ctx context.Context, after AfterIngester, in Inbound, log *slog.Logger) {
	select {
	case ing.after <- struct{}{}:
	default:
		log.Debug("after_ingest_skipped", "channel", in.Channel)
		return
	}
	ing.afterWG.Add(1)
	go func() {
		defer func() {
			<-ing.after
			ing.afterWG.Done()
		}()
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), afterTimeout)
		defer cancel()
		if err := after.AfterIngest(ctx, in); err != nil {
			log.Warn("after_ingest_failed", "channel", in.Channel, "error", err)
		}
	}()
}

// Wait waits for the work started after answers to end, or for ctx to end
// (graceful shutdown).
func (ing *Ingester) Wait(ctx context.Context) {
	done := make(chan struct{})
	go func() {
		ing.afterWG.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-ctx.Done():
	}
}

// StatusHandler serves a delivery-status callback.
func (ing *Ingester) StatusHandler(sw StatusWebhook, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := readBody(w, r)
		if !ok {
			return
		}
		updates, err := sw.DecodeStatus(r, body)
		if refuse(w, err, log) {
			return
		}
		for _, u := range updates {
			if err := ing.UpdateStatus(r.Context(), u); err != nil {
				log.Error("status_update_failed", "channel", u.Channel, "error", err)
				http.Error(w, "not stored, retry", http.StatusServiceUnavailable)
				return
			}
		}
		sw.Acknowledge(w)
	})
}

func readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxWebhookBody))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
		return nil, false
	case err != nil:
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return nil, false
	}
	return body, true
}

// refuse answers a decoding error; it reports whether it did.
func refuse(w http.ResponseWriter, err error, log *slog.Logger) bool {
	if err == nil {
		return false
	}
	var re *RequestError
	if errors.As(err, &re) {
		http.Error(w, re.Reason, re.Status)
		return true
	}
	log.Error("webhook_decode_failed", "error", err)
	http.Error(w, "internal error", http.StatusInternalServerError)
	return true
}
