package jobs

import "context"

// ProcessConversation and SendConversation run one turn of the hot path's
// workers, for benchmarks.
func (r *Runner) ProcessConversation(ctx context.Context, id int64) (more bool, err error) {
	return r.processConversation(ctx, id)
}

func (r *Runner) SendConversation(ctx context.Context, id int64) error {
	for {
		if err := r.sendNext(ctx, id); err != nil {
			if err == errDrained {
				return nil
			}
			return err
		}
	}
}

// MayRead exposes mayRead: whether a step of a message of this kind may
// wait for a reading.
func (r *Runner) MayRead(kind string) bool { return r.mayRead(kind) }
