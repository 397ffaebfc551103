package bot

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/hoshyar/hoshyar/store"
)

// IngestAnswer stores a message of a channel whose delivery is a database
// change (the web chat; AnswerTx checks it) and, when its conversation is
// free (nothing of it waiting to be processed or sent), processes it and
// delivers the replies in the same transaction: one commit instead of two,
// three round trips instead of thirteen, and the visitor's next read of
// the feed finds the answer. Nothing else changes: when it returns nil the
// message is durable (and answered when rc.Answered); a message whose
// conversation is busy is stored for the workers, in order, as Ingest does;
// and anything else (a new visitor, a redelivery, a step that fails) rolls
// back and takes Ingest's path, so a failing step never costs the message.
func (ing *Ingester) IngestAnswer(ctx context.Context, in Inbound) (Receipt, error) {
	a, ok := ing.enqueue.(Answerer)
	kind := in.Kind()
	if !ok || in.Channel == "" || in.ProviderID == "" || in.Address == "" || len(in.Media) > 0 || (kind != "text" && kind != "choice") {
		return ing.Ingest(ctx, in)
	}
	in.Text = safeText(in.Text)
	got, err := ing.storeKnown(ctx, ing.pool, ing.known(in, true), func(tx pgx.Tx, got store.Arrived) error {
		if !got.Free {
			return nil // stored for the workers, behind what waits
		}
		if err := a.AnswerTx(ctx, tx, got.Input); err != nil {
			return fmt.Errorf("answer: %w", err)
		}
		return nil
	})
	if err != nil {
		// A new visitor, a redelivery, a contact erased meanwhile, a step
		// that failed: the general path stores (or finds) the message.
		return ing.ingest(ctx, in, false)
	}
	rc := Receipt{MessageID: got.MessageID, ConversationID: got.ConversationID, ContactID: got.ContactID, Answered: got.Free}
	ing.notify(in, rc.ConversationID) // the message and its answer, committed together
	if !rc.Answered {
		ing.enqueue.Process(ctx, rc.ConversationID)
	}
	if ing.observer != nil {
		ing.observer.Ingested(in.Channel, "stored")
	}
	return rc, nil
}
