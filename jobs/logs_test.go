package jobs

import (
	"bytes"
	"context"
	"log/slog"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRiverLogsLowerRoutineReports(t *testing.T) {
	t.Parallel()
	tests := []struct {
		level slog.Level
		msg   string
		want  string // the level written, or "" for nothing
	}{
		{slog.LevelInfo, "producer: Producer job counts", ""},
		{slog.LevelInfo, "JobCleaner: Ran successfully", ""},
		{slog.LevelInfo, "River client started", ""},
		{slog.LevelInfo, "JobExecutor: Job errored; retrying", "INFO"},
		{slog.LevelWarn, "producer: Producer job counts", "WARN"},
		{slog.LevelError, "Notifier: something failed", "ERROR"},
	}
	for _, tt := range tests {
		for _, min := range []slog.Level{slog.LevelInfo, slog.LevelDebug} {
			var buf bytes.Buffer
			log := slog.New(riverLogs{slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: min})}).With("component", "river")
			log.Log(context.Background(), tt.level, tt.msg, "queue", "inbound")
			want := tt.want
			if want == "" && min == slog.LevelDebug {
				want = "DEBUG"
			}
			if want == "" {
				require.Empty(t, buf.String(), "%s at %s", tt.msg, min)
				continue
			}
			require.Contains(t, buf.String(), "level="+want, "%s at %s", tt.msg, min)
			require.Contains(t, buf.String(), "component=river queue=inbound")
		}
	}
}
