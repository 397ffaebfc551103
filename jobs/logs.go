package jobs

import (
	"context"
	"log/slog"
	"strings"
)

// riverLogs hands River's log records to the process's handler, except its
// routine reports, which it lowers to debug: the producers' job counts
// (every 5 s while busy), the maintenance services' runs, and the client's
// start and stop. At the default level the log then says what happened to
// the work, not that River is alive; LOG_LEVEL=debug brings them back.
type riverLogs struct{ slog.Handler }

// routineRiver are River's routine messages (all at info), as its log
// calls spell them in v0.51.
var routineRiver = []string{": Producer job counts", ": Ran successfully", "River client started", "River client stopped"}

func (h riverLogs) Handle(ctx context.Context, r slog.Record) error {
	if r.Level == slog.LevelInfo && routine(r.Message) {
		if !h.Handler.Enabled(ctx, slog.LevelDebug) {
			return nil
		}
		r.Level = slog.LevelDebug
	}
	return h.Handler.Handle(ctx, r)
}

func (h riverLogs) WithAttrs(attrs []slog.Attr) slog.Handler {
	return riverLogs{h.Handler.WithAttrs(attrs)}
}

func (h riverLogs) WithGroup(name string) slog.Handler {
	return riverLogs{h.Handler.WithGroup(name)}
}

func routine(msg string) bool {
	for _, s := range routineRiver {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
