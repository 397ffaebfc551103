// Package jobs runs Hoshyar's background work on River: processing a
// conversation's inbound messages through the flow engine, and sending
// replies. Everything a job does starts from the database, so a crash at any
// point loses nothing and, on restart, sends nothing twice.
//
// Processing: one job per stored message names the conversation. The worker
// locks the conversation row (so across any number of replicas one worker at
// a time works on one contact), takes the oldest unprocessed message, runs
// the flow, and in one transaction stores the replies, enqueues their send
// jobs, marks the message processed and saves the new state. Redundant jobs
// find nothing to do.
//
// Sending: a reply is sent only after every earlier reply of its
// conversation, so they arrive in order. For a provider, the reply is first
// marked "sending" in a committed transaction; if a process dies while the
// provider has it, the next attempt marks it "unknown" instead of sending it
// a second time. Web chat delivery is a database change, done in the
// transaction that completes the job.
//
// A sweeper in every replica re-enqueues work whose job is not waiting to
// run (its process died while running it), so recovery after a crash takes
// seconds rather than River's rescue hour.
package jobs

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/metrics"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/vault"
)

// Queue names.
const (
	QueueInbound  = "inbound"
	QueueOutbound = "outbound"
	QueueMedia    = "media"
	QueueRead     = "read"
	QueuePush     = "push"
)

// Stepper runs one conversation step; *flows.Engine is the one Hoshyar uses.
type Stepper interface {
	Step(state flows.State, in flows.Input, now time.Time) flows.Result
}

// Options configure a Runner.
type Options struct {
	Schema   string // River's schema; "" for the search_path
	Engine   Stepper
	Casework *casework.Service // nil: no reports (tests of the bare pipeline)
	Senders  *bot.Registry
	Vault    *vault.Vault
	Metrics  *metrics.Metrics // may be nil
	// Reader reads images and PDFs (OCR); nil when OCR is off: vCards are
	// still read, and nobody waits for an image.
	Reader Reader
	// Listener wakes a conversation step waiting for a reading; nil: the
	// wait polls the database.
	Listener        *store.Listener
	Logger          *slog.Logger
	ConversationTTL time.Duration
	Now             func() time.Time // the clock; time.Now when nil

	InboundWorkers  int           // default 20
	OutboundWorkers int           // default 20
	ReadWorkers     int           // readings at once (OCR); default 1, so a core stays for conversations
	ReadWait        time.Duration // how long a step waits for its message's reading; default 2s, <0 never
	ReadTimeout     time.Duration // one reading job; default 45s (keep the OCR timeout below it)
	SweepInterval   time.Duration // default 10s
	SweepAge        time.Duration // default 10s: work older than this with no waiting job is revived
	JobTimeout      time.Duration // default 30s
	EraseDelay      time.Duration // default 2m: time for "your data is deleted" to reach the person first
	// TranscriptRetention is how long message texts are kept (evidence of a
	// report excepted); 0 keeps them.
	TranscriptRetention time.Duration

	// Fault, when set (tests only), is called at named points between steps;
	// an error it returns acts as a crash at that point.
	Fault func(point string) error
}

// Fault points.
const (
	FaultAfterFlow      = "process.after_flow"
	FaultBeforeCommit   = "process.before_commit"
	FaultAfterCommit    = "process.after_commit"
	FaultBeforeProvider = "send.before_provider"
	FaultAfterProvider  = "send.after_provider"
)

// Runner owns the River client and the workers.
type Runner struct {
	pool   *pgxpool.Pool
	client *river.Client[pgx.Tx]
	opts   Options
	log    *slog.Logger
	stop   context.CancelFunc
	swept  chan struct{}
}

// New builds a runner; Start starts working. A Runner without workers
// (InboundWorkers and OutboundWorkers < 0) only inserts jobs.
func New(pool *pgxpool.Pool, opts Options) (*Runner, error) {
	opts.InboundWorkers = defaultInt(opts.InboundWorkers, 20)
	opts.OutboundWorkers = defaultInt(opts.OutboundWorkers, 20)
	opts.ReadWorkers = defaultInt(opts.ReadWorkers, 1)
	opts.ReadWait = defaultDuration(opts.ReadWait, 2*time.Second)
	opts.ReadTimeout = defaultDuration(opts.ReadTimeout, 45*time.Second)
	opts.SweepInterval = defaultDuration(opts.SweepInterval, 10*time.Second)
	opts.SweepAge = defaultDuration(opts.SweepAge, 10*time.Second)
	opts.JobTimeout = defaultDuration(opts.JobTimeout, 30*time.Second)
	if opts.EraseDelay == 0 {
		opts.EraseDelay = 2 * time.Minute
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	r := &Runner{pool: pool, opts: opts, log: opts.Logger}

	workers := river.NewWorkers()
	river.AddWorker(workers, &processWorker{r: r})
	river.AddWorker(workers, &sendWorker{r: r})
	river.AddWorker(workers, &fetchWorker{r: r})
	river.AddWorker(workers, &readWorker{r: r})
	river.AddWorker(workers, &eraseWorker{r: r})
	river.AddWorker(workers, &pushWorker{r: r})
	cfg := &river.Config{
		Schema:               opts.Schema,
		Logger:               slog.New(riverLogs{opts.Logger.Handler()}).With("component", "river"),
		JobTimeout:           opts.JobTimeout,
		RescueStuckJobsAfter: 2 * max(opts.JobTimeout, opts.ReadTimeout),
		RetryPolicy:          retryPolicy{},
		FetchCooldown:        20 * time.Millisecond,
		FetchPollInterval:    250 * time.Millisecond,
		Workers:              workers,
		Queues: map[string]river.QueueConfig{
			QueueInbound:  {MaxWorkers: max(opts.InboundWorkers, 1)},
			QueueOutbound: {MaxWorkers: max(opts.OutboundWorkers, 1)},
			QueueMedia:    {MaxWorkers: 4},
			QueueRead:     {MaxWorkers: max(opts.ReadWorkers, 1)},
			QueuePush:     {MaxWorkers: 4},
		},
	}
	client, err := river.NewClient(riverpgxv5.New(pool), cfg)
	if err != nil {
		return nil, fmt.Errorf("jobs: river client: %w", err)
	}
	r.client = client
	return r, nil
}

func defaultInt(v, d int) int {
	if v == 0 {
		return d
	}
	return v
}

func defaultDuration(v, d time.Duration) time.Duration {
	if v == 0 {
		return d
	}
	return v
}

// Start starts the workers and the sweeper.
func (r *Runner) Start(ctx context.Context) error {
	if err := r.client.Start(ctx); err != nil {
		return fmt.Errorf("jobs: start: %w", err)
	}
	sweepCtx, stop := context.WithCancel(context.WithoutCancel(ctx))
	r.stop = stop
	r.swept = make(chan struct{})
	go func() {
		defer close(r.swept)
		r.sweepLoop(sweepCtx)
	}()
	return nil
}

// Stop stops fetching new jobs and waits for running ones to finish, or for
// ctx to end (then running jobs are cancelled; they are retried later).
func (r *Runner) Stop(ctx context.Context) error {
	if r.stop != nil {
		r.stop()
		<-r.swept
	}
	err := r.client.Stop(ctx)
	if ctx.Err() != nil {
		err = r.client.StopAndCancel(context.WithoutCancel(ctx))
	}
	if err != nil {
		return fmt.Errorf("jobs: stop: %w", err)
	}
	return nil
}

// EnqueueProcessTx schedules processing of a conversation when tx commits
// (implements bot.Enqueuer).
func (r *Runner) EnqueueProcessTx(ctx context.Context, tx pgx.Tx, conversationID int64) error {
	if _, err := r.client.InsertTx(ctx, tx, ProcessArgs{ConversationID: conversationID}, nil); err != nil {
		return fmt.Errorf("jobs: enqueue process: %w", err)
	}
	return nil
}

func (r *Runner) fault(point string) error {
	if r.opts.Fault == nil {
		return nil
	}
	return r.opts.Fault(point)
}
