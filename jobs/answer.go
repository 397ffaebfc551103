package jobs

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/store"
)

// AnswerTx implements bot.Answerer: the step of a web chat message, in the
// transaction that stores it, done as a worker would do it next. The
// message was stored processed because its conversation had nothing
// waiting (store.ArriveKnown), and the conversation stays locked until the
// commit, so no other step can come between. The replies are delivered in
// the transaction (the channel's delivery is a database change). An error,
// a fault included, rolls everything back; the caller then stores the
// message alone, for the workers.
func (r *Runner) AnswerTx(ctx context.Context, tx pgx.Tx, input store.Input) error {
	if input.Pending == nil || input.Pending.Status != store.StatusProcessed || input.Conversation.PendingOut {
		return errNotFree
	}
	if inline, _ := r.opts.Senders.Sender(input.Pending.Channel).(bot.Repeatable); inline == nil || !inline.Repeatable() {
		return errNotFree
	}
	queued, err := r.step(ctx, tx, input)
	switch {
	case err != nil:
		return err
	case queued:
		// Not with no reply waiting; were it so, the replies would need a
		// sender after the commit: roll back and leave it to the workers.
		return errNotFree
	}
	if err := r.fault(FaultBeforeCommit); err != nil {
		return err
	}
	if r.opts.Metrics != nil {
		r.opts.Metrics.Processed(r.opts.Now().Sub(input.Pending.CreatedAt))
	}
	return nil
}

var errNotFree = errors.New("jobs: answer: not a message to answer in its own transaction")
