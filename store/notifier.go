package store

import (
	"context"
	"log/slog"
	"strconv"
	"sync"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Notifier tells listeners that conversations changed, after the change
// is committed and outside any transaction. A NOTIFY inside a transaction
// takes a lock that PostgreSQL holds until the commit record is flushed,
// one lock for the whole cluster: every notifying commit then waits for
// the flush of the one before it, and group commit is lost (pgbench, 32
// clients, one-row insert: about 4,600 transactions a second, and 850 when
// each also notifies). A NOTIFY sent on its own writes no WAL and holds
// the lock for microseconds; the Notifier sends those of many commits in
// one statement. Readers on this process are woken at once. Notifications
// stay hints: one lost in a crash after the commit costs a reader its
// next periodic look (the web chat's feed looks every few seconds).
type Notifier struct {
	pool  *pgxpool.Pool
	local *Listener // may be nil
	log   *slog.Logger

	mu      sync.Mutex
	pending map[int64]struct{}
	kick    chan struct{}
}

// NewNotifier returns a notifier; Run must be started for other processes
// to hear anything. local, when not nil, is woken directly.
func NewNotifier(pool *pgxpool.Pool, local *Listener, log *slog.Logger) *Notifier {
	return &Notifier{pool: pool, local: local, log: log, pending: map[int64]struct{}{}, kick: make(chan struct{}, 1)}
}

// Notify says that the conversation changed; call it after the commit.
// It never blocks.
func (n *Notifier) Notify(conversationID int64) {
	if n.local != nil {
		n.local.wake(conversationID)
	}
	n.mu.Lock()
	n.pending[conversationID] = struct{}{}
	n.mu.Unlock()
	select {
	case n.kick <- struct{}{}:
	default:
	}
}

const notifyMany = `SELECT pg_notify($1, id) FROM unnest($2::text[]) AS id`

// Run sends what Notify was told until ctx ends: one statement for all
// the conversations told since the last one was sent.
func (n *Notifier) Run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-n.kick:
		}
		n.mu.Lock()
		ids := make([]string, 0, len(n.pending))
		for id := range n.pending {
			ids = append(ids, strconv.FormatInt(id, 10))
		}
		clear(n.pending)
		n.mu.Unlock()
		if len(ids) == 0 {
			continue
		}
		if _, err := n.pool.Exec(ctx, notifyMany, ConversationChannel, ids); err != nil && ctx.Err() == nil {
			n.log.Warn("notify_failed", "conversations", len(ids), "error", err) // hints: readers look again anyway
		}
	}
}
