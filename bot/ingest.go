package bot

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/vault"
)

// Enqueuer schedules work (package jobs implements it).
type Enqueuer interface {
	// Process hands over a conversation whose message was just committed,
	// to be processed at once. Best effort: what is lost (a crash before
	// the work is done) is found in the database by the sweeper.
	Process(ctx context.Context, conversationID int64)
	// EnqueueFetchTx schedules downloading an attachment received by reference.
	EnqueueFetchTx(ctx context.Context, tx pgx.Tx, mediaID int64) error
	// EnqueueReadTx schedules reading the text of an attachment whose bytes
	// are stored (OCR of an image, a PDF, a vCard), when it has any to read
	// and reading is on; otherwise it does nothing.
	EnqueueReadTx(ctx context.Context, tx pgx.Tx, mediaID int64, kind, contentType string) error
	// EnqueueSendTx schedules sending a queued reply.
	EnqueueSendTx(ctx context.Context, tx pgx.Tx, messageID int64) error
}

// Answerer processes a message in the transaction that stores it. An
// Enqueuer that implements it (package jobs does) lets IngestAnswer answer
// a web chat message with one commit instead of two.
type Answerer interface {
	// AnswerTx runs the conversation's step on the message just stored
	// processed (store.BeginArriveKnown), in tx, delivers its replies there
	// and commits with the step's last statements. After an error tx is
	// rolled back (a no-op if the COMMIT went through).
	AnswerTx(ctx context.Context, tx pgx.Tx, input store.Input) error
}

// Receipt says what Ingest stored.
type Receipt struct {
	MessageID      int64
	ConversationID int64
	ContactID      int64
	Duplicate      bool // already stored earlier: acknowledge and do nothing
	Answered       bool // processed and answered in the same transaction (IngestAnswer)
}

// Observer is told the outcome of each ingest (metrics).
type Observer interface {
	Ingested(channel, result string)
}

// Ingester is the shared way in for every channel.
type Ingester struct {
	pool     *pgxpool.Pool // the workers' pool: IngestAnswer's step is work
	acks     *pgxpool.Pool // what a provider waits on (WithAckPool); pool by default
	vault    *vault.Vault
	enqueue  Enqueuer
	observer Observer
	notifier *store.Notifier // nil: NOTIFY in the storing transaction

	after   chan struct{} // a slot for each AfterIngest call running
	afterWG sync.WaitGroup
}

// NewIngester wires an ingester; observer may be nil.
func NewIngester(pool *pgxpool.Pool, v *vault.Vault, enqueue Enqueuer, observer Observer) *Ingester {
	return &Ingester{pool: pool, acks: pool, vault: v, enqueue: enqueue, observer: observer, after: make(chan struct{}, maxAfter)}
}

// WithAckPool stores what providers wait on (Ingest, UpdateStatus) through
// a pool of its own, so that the workers, which hold connections while they
// process and send, never make an acknowledgement wait for one: Telegram
// delivers a burst of updates at once, and each waits for its commit.
func (ing *Ingester) WithAckPool(acks *pgxpool.Pool) *Ingester {
	ing.acks = acks
	return ing
}

// WithNotifier has the web chat's readers told of a stored message after
// its commit, outside the transaction (see store.Notifier), rather than by
// a NOTIFY inside it, which serialises commits.
func (ing *Ingester) WithNotifier(n *store.Notifier) *Ingester {
	ing.notifier = n
	return ing
}

// notify tells the web chat's readers of a committed change, when there is
// a notifier (otherwise the transaction did).
func (ing *Ingester) notify(in Inbound, conversationID int64) {
	if ing.notifier != nil && in.Channel == WebChat {
		ing.notifier.Notify(conversationID)
	}
}

// ErrInvalid is returned for an inbound message that cannot be stored
// (no channel, provider id or address); the channel answers 400.
var ErrInvalid = errors.New("bot: invalid inbound message")

// Ingest stores in, in one transaction, then hands its conversation over to
// be processed. When it returns nil the message is durable and the channel
// may acknowledge; on error nothing was stored and the provider should
// retry.
func (ing *Ingester) Ingest(ctx context.Context, in Inbound) (Receipt, error) {
	return ing.ingest(ctx, in, true)
}

// ingest is Ingest; known tries the known contact's two round trips first
// (IngestAnswer has tried them already when it falls back here).
func (ing *Ingester) ingest(ctx context.Context, in Inbound, known bool) (Receipt, error) {
	if in.Channel == "" || in.ProviderID == "" || in.Address == "" {
		return Receipt{}, ErrInvalid
	}
	in.Text = safeText(in.Text)
	var rc Receipt
	var err error
	stored := false
	if known && len(in.Media) == 0 {
		// The common case, a known contact's words, in two round trips
		// (known.go); on any error the general path below decides.
		if got, kerr := ing.storeKnown(ctx, ing.acks, ing.known(in, false), nil); kerr == nil {
			rc = Receipt{MessageID: got.MessageID, ConversationID: got.ConversationID, ContactID: got.ContactID}
			stored = true
		}
	}
	// A contact erased between finding it and locking its conversation is
	// gone: the second try finds no contact by the address and starts anew.
	for i := 0; i < 2 && !stored; i++ {
		err = pgx.BeginFunc(ctx, ing.acks, func(tx pgx.Tx) error {
			var err error
			rc, err = ing.store(ctx, tx, in)
			return err
		})
		if !errors.Is(err, errContactErased) {
			break
		}
	}
	if errors.Is(err, errDuplicate) {
		var m store.Message
		if m, err = store.FindByProviderID(ctx, ing.acks, in.Channel, in.ProviderID); err == nil {
			rc = Receipt{MessageID: m.ID, ConversationID: m.ConversationID, Duplicate: true}
		}
	}
	if err == nil && !rc.Duplicate {
		ing.notify(in, rc.ConversationID)
		ing.enqueue.Process(ctx, rc.ConversationID)
	}
	result := "stored"
	switch {
	case err != nil:
		result = "error"
		err = fmt.Errorf("bot: ingest: %w", err)
	case rc.Duplicate:
		result = "duplicate"
	}
	if ing.observer != nil {
		ing.observer.Ingested(in.Channel, result)
	}
	return rc, err
}

// safeText makes text storable: Postgres text holds neither invalid UTF-8
// nor NUL; channels bound the size.
func safeText(text string) string {
	return strings.ReplaceAll(strings.ToValidUTF8(text, "\uFFFD"), "\x00", "")
}

// store stores in. A redelivery is found by the insert, whose conflict
// rolls everything back (no sequence number is spent) and is answered by
// Ingest with the stored message.
func (ing *Ingester) store(ctx context.Context, tx pgx.Tx, in Inbound) (Receipt, error) {
	hash := ing.vault.Hash(in.Channel, in.Address)
	var name []byte
	if in.Name != "" {
		name = ing.vault.Seal(in.Name, in.Channel+"/name")
	}
	contactID, nameless, err := store.EnsureNamedContact(ctx, tx, in.Channel, hash, ing.vault.Seal(in.Address, in.Channel), name)
	if err != nil {
		return Receipt{}, err
	}

	// Locks the conversation row until commit: messages of one contact are
	// numbered in commit order. Rows are locked conversation first, then
	// contact, here and in the workers, so they cannot deadlock.
	convID, id, inserted, err := store.InsertArrival(ctx, tx, store.NewArrival{
		ContactID: contactID, Channel: in.Channel, ProviderID: in.ProviderID,
		Kind: in.Kind(), Body: in.Text, Choice: in.Choice,
	})
	if err != nil {
		return Receipt{}, err
	}
	if !inserted {
		// Stored already (a redelivery, or a concurrent delivery won the
		// race): roll back so no sequence number is spent.
		return Receipt{}, errDuplicate
	}
	if status, err := store.ReactivateContact(ctx, tx, contactID); err != nil {
		return Receipt{}, err
	} else if status == store.ContactErased {
		return Receipt{}, errContactErased
	}
	if in.Source != "" {
		if err := store.SetConversationSource(ctx, tx, convID, in.Source); err != nil {
			return Receipt{}, err
		}
	}
	if name != nil && nameless {
		if err := store.SetContactName(ctx, tx, contactID, name); err != nil {
			return Receipt{}, err
		}
	}
	for _, m := range in.Media {
		nm := store.NewMedia{MessageID: id, Kind: m.Kind, ContentType: m.ContentType, Data: m.Data,
			ProviderRef: m.ProviderRef, Latitude: m.Latitude, Longitude: m.Longitude, Error: m.Error,
			Text: m.Text, Duration: m.Duration}
		if m.Text != "" {
			nm.TextSource = store.TextContact
		}
		if m.Data != nil {
			sum := sha256.Sum256(m.Data)
			nm.SHA256 = sum[:]
		}
		mediaID, err := store.InsertMedia(ctx, tx, nm)
		if err != nil {
			return Receipt{}, err
		}
		switch {
		case m.Kind == KindSticker:
			// Acknowledged, never evidence of an offer: not downloaded.
		case m.Data == nil && m.ProviderRef != "" && m.Error == "":
			if err := ing.enqueue.EnqueueFetchTx(ctx, tx, mediaID); err != nil {
				return Receipt{}, err
			}
		case m.Data != nil && m.Text == "":
			if err := ing.enqueue.EnqueueReadTx(ctx, tx, mediaID, m.Kind, m.ContentType); err != nil {
				return Receipt{}, err
			}
		}
	}
	// Only the web chat follows a conversation as it happens (its long
	// poll); a provider's channel has nobody listening.
	if in.Channel == WebChat && ing.notifier == nil {
		if err := store.NotifyConversation(ctx, tx, convID); err != nil {
			return Receipt{}, err
		}
	}
	return Receipt{MessageID: id, ConversationID: convID, ContactID: contactID}, nil
}

var (
	errDuplicate     = errors.New("bot: stored already")
	errContactErased = errors.New("bot: contact erased meanwhile")
)

// UpdateStatus records a provider's delivery report on a reply, and what
// it says of the recipient (opted out), and, when the report asks for it,
// queues the reply again as a template, once.
//
// A report can overtake the commit of the send's outcome (the provider
// called back before its API's answer was stored): one on a reply not
// stored under that id yet is kept, and ApplyPendingStatuses applies it
// once the id is known.
func (ing *Ingester) UpdateStatus(ctx context.Context, u StatusUpdate) error {
	return pgx.BeginFunc(ctx, ing.acks, func(tx pgx.Tx) error {
		return applyStatus(ctx, tx, u, ing.enqueue, true)
	})
}

// SendEnqueuer schedules sending a queued reply.
type SendEnqueuer interface {
	EnqueueSendTx(ctx context.Context, tx pgx.Tx, messageID int64) error
}

func applyStatus(ctx context.Context, tx pgx.Tx, u StatusUpdate, sends SendEnqueuer, keep bool) error {
	changed, err := store.UpdateDeliveryStatus(ctx, tx, u.Channel, u.ProviderID, u.Status, u.ErrorCode)
	if err != nil {
		return err
	}
	if !changed && keep && store.Reportable(u.Status) {
		known, err := store.KnownReply(ctx, tx, u.Channel, u.ProviderID)
		if err != nil || !known {
			return errors.Join(err, store.SavePendingStatus(ctx, tx, store.PendingStatus{Channel: u.Channel, ProviderID: u.ProviderID,
				Status: u.Status, ErrorCode: u.ErrorCode, Contact: u.Contact, ResendTemplate: u.ResendAsTemplate}))
		}
	}
	if u.Contact != "" {
		if err := store.SetContactStatusByReply(ctx, tx, u.Channel, u.ProviderID, u.Contact); err != nil {
			return err
		}
	}
	if !changed || !u.ResendAsTemplate {
		return nil
	}
	id, queued, err := store.QueueTemplateFor(ctx, tx, u.Channel, u.ProviderID)
	if err != nil || !queued {
		return err
	}
	return sends.EnqueueSendTx(ctx, tx, id)
}

// pendingStatusAge is how long a report waits for its reply's id: the
// send's outcome is stored within seconds of the provider's answer, or the
// claim expires and the reply is settled as unknown.
const pendingStatusAge = 10 * time.Minute

// ApplyPendingStatuses applies the delivery reports that came before their
// reply's provider id was stored, now that it is (the sweeper calls it
// every second), and drops those older than pendingStatusAge. It returns
// how many it applied.
func ApplyPendingStatuses(ctx context.Context, pool *pgxpool.Pool, now time.Time, sends SendEnqueuer) (int, error) {
	n := 0
	err := pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		ps, err := store.TakePendingStatuses(ctx, tx, now.Add(-pendingStatusAge))
		if err != nil {
			return err
		}
		for _, p := range ps {
			u := StatusUpdate{Channel: p.Channel, ProviderID: p.ProviderID, Status: p.Status, ErrorCode: p.ErrorCode,
				Contact: p.Contact, ResendAsTemplate: p.ResendTemplate}
			if err := applyStatus(ctx, tx, u, sends, false); err != nil {
				return err
			}
		}
		n = len(ps)
		return nil
	})
	return n, err
}
