package bot

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/hoshyar/hoshyar/store"
)

// A message of a contact already known, without attachments, is stored in
// two round trips: BEGIN travels with the statements that store it
// (store.BeginArriveKnown), then COMMIT. That is what a webhook waits on
// before it answers, so it is kept short; anything else (a new contact, a
// redelivery, attachments, a contact erased meanwhile) takes the general
// path, whose answers are the same.

// known is what stores in as a known contact's message.
func (ing *Ingester) known(in Inbound, answer bool) store.KnownArrival {
	a := store.KnownArrival{Channel: in.Channel, Hash: ing.vault.Hash(in.Channel, in.Address),
		ProviderID: in.ProviderID, Kind: in.Kind(), Body: in.Text, Choice: in.Choice, Source: in.Source,
		// Only the web chat follows a conversation as it happens (its long
		// poll); a provider's channel has nobody listening. A notifier
		// tells after the commit instead.
		Notify: in.Channel == WebChat && ing.notifier == nil, Answer: answer}
	if in.Name != "" {
		a.NameSealed = ing.vault.Seal(in.Name, in.Channel+"/name")
	}
	return a
}

// storeKnown stores a as a known contact's message, through pool, and runs then, if not
// nil, in the same transaction before the commit. On an error nothing is
// stored (store.ErrNotFound: the contact is not known, or the message is
// stored already).
func (ing *Ingester) storeKnown(ctx context.Context, pool *pgxpool.Pool, a store.KnownArrival, then func(pgx.Tx, store.Arrived) error) (store.Arrived, error) {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return store.Arrived{}, err
	}
	defer conn.Release() // one left in a transaction (a failed rollback) is closed by the pool
	tx := store.BegunTx(conn.Conn())
	got, err := store.BeginArriveKnown(ctx, conn.Conn(), a)
	if err == nil && got.ContactStatus == store.ContactErased {
		err = errContactErased
	}
	if err == nil && then != nil {
		err = then(tx, got)
	}
	if err != nil {
		_ = tx.Rollback(ctx)
		return got, err
	}
	return got, tx.Commit(ctx)
}
