package store_test

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/store"
)

// A notifier wakes this process's readers at once and, through PostgreSQL,
// another process's (here another listener on the same database).
func TestNotifierWakesLocalAndRemoteReaders(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	log := slog.New(slog.DiscardHandler)
	local, remote := store.NewListener(db.Pool, log), store.NewListener(db.Pool, log)
	here, stopHere := local.Subscribe(41)
	defer stopHere()
	there, stopThere := remote.Subscribe(41)
	defer stopThere()
	other, stopOther := remote.Subscribe(42)
	defer stopOther()
	// local does not listen: only the notifier can wake it. The remote
	// listener wakes every reader once it listens: wait for that.
	go remote.Run(ctx)
	for _, ch := range []<-chan struct{}{there, other} {
		select {
		case <-ch:
		case <-time.After(30 * time.Second):
			require.FailNow(t, "the remote listener did not start")
		}
	}
	notifier := store.NewNotifier(db.Pool, local, log)
	go notifier.Run(ctx)

	notifier.Notify(41)
	select {
	case <-here:
	default:
		t.Fatal("a reader of this process is woken by Notify itself")
	}
	select {
	case <-there:
	case <-time.After(30 * time.Second):
		t.Fatal("the other process's reader was not woken")
	}
	select {
	case <-other:
		t.Fatal("another conversation's reader was woken")
	default:
	}
}
