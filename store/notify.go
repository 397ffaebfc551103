package store

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// ConversationChannel is the NOTIFY channel that says a conversation has
// something new to show (a message stored or a reply sent).
const ConversationChannel = "hoshyar_conversation"

const notifyConversation = `SELECT pg_notify($1, $2)`

// NotifyConversation tells listeners, when the transaction commits, that the
// conversation changed.
func NotifyConversation(ctx context.Context, db DBTX, conversationID int64) error {
	if _, err := db.Exec(ctx, notifyConversation, ConversationChannel, strconv.FormatInt(conversationID, 10)); err != nil {
		return fmt.Errorf("store: notify conversation: %w", err)
	}
	return nil
}

// Listener fans NOTIFYs about conversations out to waiting readers over one
// dedicated connection. A reader must still re-check the database after a
// wake-up or a timeout: notifications are hints, and are lost while the
// connection is being re-established.
type Listener struct {
	pool *pgxpool.Pool
	log  *slog.Logger

	mu      sync.Mutex
	waiters map[int64]map[chan struct{}]struct{}
}

// NewListener returns a listener; Run must be started for it to hear anything.
func NewListener(pool *pgxpool.Pool, log *slog.Logger) *Listener {
	return &Listener{pool: pool, log: log, waiters: map[int64]map[chan struct{}]struct{}{}}
}

// Subscribe returns a channel that receives a value whenever the
// conversation changes, and a function to stop.
func (l *Listener) Subscribe(conversationID int64) (<-chan struct{}, func()) {
	ch := make(chan struct{}, 1)
	l.mu.Lock()
	if l.waiters[conversationID] == nil {
		l.waiters[conversationID] = map[chan struct{}]struct{}{}
	}
	l.waiters[conversationID][ch] = struct{}{}
	l.mu.Unlock()
	return ch, func() {
		l.mu.Lock()
		delete(l.waiters[conversationID], ch)
		if len(l.waiters[conversationID]) == 0 {
			delete(l.waiters, conversationID)
		}
		l.mu.Unlock()
	}
}

func (l *Listener) wake(conversationID int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for ch := range l.waiters[conversationID] {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

func (l *Listener) wakeAll() {
	l.mu.Lock()
	ids := make([]int64, 0, len(l.waiters))
	for id := range l.waiters {
		ids = append(ids, id)
	}
	l.mu.Unlock()
	for _, id := range ids {
		l.wake(id)
	}
}

// Run listens until ctx ends, reconnecting with backoff.
func (l *Listener) Run(ctx context.Context) {
	backoff := 100 * time.Millisecond
	for ctx.Err() == nil {
		err := l.listen(ctx)
		if ctx.Err() != nil {
			return
		}
		l.log.Warn("listener_reconnect", "error", err, "backoff", backoff)
		l.wakeAll() // readers re-check what they may have missed
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		backoff = min(backoff*2, 5*time.Second)
	}
}

func (l *Listener) listen(ctx context.Context) error {
	pooled, err := l.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	// The connection carries a LISTEN: take it out of the pool for good.
	conn := pooled.Hijack()
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+ConversationChannel); err != nil {
		return err
	}
	l.wakeAll()
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		if id, err := strconv.ParseInt(n.Payload, 10, 64); err == nil {
			l.wake(id)
		}
	}
}
