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
// waiting (store.BeginArriveKnown), and the conversation stays locked until the
// commit, so no other step can come between. The replies are delivered in
// the transaction (the channel's delivery is a database change), whose
// COMMIT goes with the step's last statements: tx is ended when AnswerTx
// returns nil. An error before that, a fault included, rolls everything
// back; the caller then stores the message alone, for the workers.
func (r *Runner) AnswerTx(ctx context.Context, tx pgx.Tx, input store.Input) error {
	if p := input.Pending; p == nil || p.Status != store.StatusProcessed || input.Conversation.PendingOut ||
		(p.Kind != "text" && p.Kind != "choice") {
		return errNotFree
	}
	if inline, _ := r.opts.Senders.Sender(input.Pending.Channel).(bot.Repeatable); inline == nil || !inline.Repeatable() {
		return errNotFree
	}
	// The step's last round trip commits: no other statement may follow.
	queued, err := r.step(ctx, tx, input, true)
	if err != nil {
		return err
	}
	if queued { // not with no reply waiting, since the conversation is free
		r.Send(ctx, input.Conversation.ID)
	}
	if r.opts.Metrics != nil {
		r.opts.Metrics.Processed(r.opts.Now().Sub(input.Pending.CreatedAt))
	}
	return nil
}

var errNotFree = errors.New("jobs: answer: not a message to answer in its own transaction")
