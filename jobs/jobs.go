// Package jobs runs Hoshyar's background work: processing a conversation's
// inbound messages through the flow engine, sending replies, fetching media,
// erasing data (and withdrawing the person's words from their reports),
// purging transcripts past their retention, pushing to agency webhooks. Everything a worker does starts
// from the database, so a crash at any point loses nothing and, on restart,
// sends nothing twice.
//
// The hot path needs no job per message: the channel that stored a message
// hands its conversation to this process's workers (Process), and the
// worker that made replies hands them to the senders. River carries what
// must wait (a retry after a provider error or a 429), media, erasure and
// pushes, the overdue watch, and any hand-off this process cannot take. A
// hand-off lives only in memory; a sweeper in every replica finds work a
// dead process left (a message unprocessed, a reply queued, a claim whose
// lease ran out) and takes it on within seconds.
//
// Processing: the worker locks the conversation row (so across any number
// of replicas one worker at a time works on one contact), takes the oldest
// unprocessed message, runs the flow, and in one transaction stores the
// replies and the webhook pushes casework caused, marks the message
// processed and saves the new state. A reply on a channel whose delivery is
// a database change (the web chat) is stored as sent in that same
// transaction when no earlier reply of the conversation waits. An agency's
// message or verdict (stored by package agency as an inbound of kind
// agency_*) is processed the same way, in order: the flow renders it, and
// its reply is the agency's message on the referral. A web chat message
// whose conversation has nothing waiting is processed by the request that
// stores it, in its transaction (AnswerTx, for bot.Ingester.IngestAnswer):
// the same step, done as a worker would do it next.
//
// Sending: a reply is sent only after every earlier reply of its
// conversation, so they arrive in order. For a provider, the reply waits
// for the provider's pace first, is then claimed (marked "sending", held
// by a lease the worker renews while the provider has it) in a committed
// transaction, and only then handed over; so a crash leaves unknown only
// what the provider may have taken. A claim whose lease runs out is settled
// by whichever replica notices first: the part in flight becomes unknown,
// never sent twice, and the conversation goes on. A reply too long for one
// provider message is recorded as parts, each claimed and settled on its
// own, so a retry resumes after the parts the provider accepted.
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
	"github.com/hoshyar/hoshyar/routing"
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
	// Matrix gives the overdue watch its second periods; nil: no watch.
	Matrix  *routing.Matrix
	Senders *bot.Registry
	Vault   *vault.Vault
	Metrics *metrics.Metrics // may be nil
	// Reader reads images and PDFs (OCR); nil when OCR is off: vCards are
	// still read, and nobody waits for an image.
	Reader Reader
	// Listener wakes a conversation step waiting for a reading; nil: the
	// wait polls the database.
	Listener *store.Listener
	// Notifier, when set, tells the web chat's readers of replies a step
	// delivered after its commit rather than by a NOTIFY inside it, which
	// serialises commits (see store.Notifier).
	Notifier        *store.Notifier
	Logger          *slog.Logger
	ConversationTTL time.Duration
	Now             func() time.Time // the clock; time.Now when nil

	// InboundWorkers process conversations (default 8): the work is the
	// database's, and more at once than it has cores only queues there,
	// holding connections the webhooks need to acknowledge.
	InboundWorkers int
	// OutboundWorkers send replies (default 100): a sender mostly waits,
	// on the provider's pace or answer, and holds a connection only to
	// claim and to record.
	OutboundWorkers int
	SweepInterval   time.Duration // default 1s
	EscalateEvery   time.Duration // the overdue watch (escalate.go); default 1m
	SweepAge        time.Duration // default 5s: work older than this that no job waits for is taken on
	ReadWorkers     int           // readings at once (OCR); default 1, so a core stays for conversations
	ReadWait        time.Duration // how long a step waits for its message's reading; default 2s, <0 never
	ReadTimeout     time.Duration // one reading job; default 45s (keep the OCR timeout below it)
	JobTimeout      time.Duration // default 30s
	// Lease is how long a claim on a reply holds unrenewed (default 5s):
	// after a crash, the reply's conversation waits at most about this long.
	Lease      time.Duration
	EraseDelay time.Duration // default 2m: time for "your data is deleted" to reach the person first
	// TranscriptRetention is how long transcripts are kept: messages and
	// their attachments, idle conversations' drafts, copies of officers'
	// messages in referral histories (evidence of a report excepted; see
	// Purge); 0 keeps them.
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
	FaultAfterPace      = "send.after_pace"
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
	procs  *pool // conversations to process, handed over in this process
	sends  *pool // conversations with replies to send
}

// New builds a runner; Start starts working. A Runner without workers
// (InboundWorkers and OutboundWorkers < 0) only inserts jobs.
func New(pool *pgxpool.Pool, opts Options) (*Runner, error) {
	opts.InboundWorkers = defaultInt(opts.InboundWorkers, 8)
	opts.OutboundWorkers = defaultInt(opts.OutboundWorkers, 100)
	opts.SweepInterval = defaultDuration(opts.SweepInterval, time.Second)
	opts.EscalateEvery = defaultDuration(opts.EscalateEvery, time.Minute)
	opts.SweepAge = defaultDuration(opts.SweepAge, 5*time.Second)
	opts.ReadWorkers = defaultInt(opts.ReadWorkers, 1)
	opts.ReadWait = defaultDuration(opts.ReadWait, 2*time.Second)
	opts.ReadTimeout = defaultDuration(opts.ReadTimeout, 45*time.Second)
	opts.JobTimeout = defaultDuration(opts.JobTimeout, 30*time.Second)
	opts.Lease = defaultDuration(opts.Lease, 5*time.Second)
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
	r.procs = newPool(r.processLocal)
	r.sends = newPool(r.sendLocal)

	workers := river.NewWorkers()
	river.AddWorker(workers, &processWorker{r: r})
	river.AddWorker(workers, &sendWorker{r: r})
	river.AddWorker(workers, &fetchWorker{r: r})
	river.AddWorker(workers, &readWorker{r: r})
	river.AddWorker(workers, &eraseWorker{r: r})
	river.AddWorker(workers, &pushWorker{r: r})
	river.AddWorker(workers, &escalateWorker{r: r})
	var periodic []*river.PeriodicJob
	if opts.Matrix != nil {
		periodic = append(periodic, river.NewPeriodicJob(river.PeriodicInterval(opts.EscalateEvery),
			func() (river.JobArgs, *river.InsertOpts) { return EscalateArgs{}, nil },
			&river.PeriodicJobOpts{ID: "escalate_overdue", RunOnStart: true}))
	}
	cfg := &river.Config{
		Schema:               opts.Schema,
		Logger:               slog.New(riverLogs{opts.Logger.Handler()}).With("component", "river"),
		JobTimeout:           opts.JobTimeout,
		RescueStuckJobsAfter: 2 * max(opts.JobTimeout, opts.ReadTimeout),
		RetryPolicy:          retryPolicy{},
		// River's insert notifications wake the fetcher; the poll only
		// backs them up. The hot path does not go through River.
		FetchCooldown:     20 * time.Millisecond,
		FetchPollInterval: time.Second,
		Workers:           workers,
		PeriodicJobs:      periodic,
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
	r.procs.start(max(r.opts.InboundWorkers, 1))
	r.sends.start(max(r.opts.OutboundWorkers, 1))
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
	r.procs.stop(ctx)
	r.sends.stop(ctx)
	err := r.client.Stop(ctx)
	if ctx.Err() != nil {
		err = r.client.StopAndCancel(context.WithoutCancel(ctx))
	}
	if err != nil {
		return fmt.Errorf("jobs: stop: %w", err)
	}
	return nil
}

// Process hands a conversation whose message was just committed to this
// process's workers (implements bot.Enqueuer). When they cannot take it
// (stopped, or too busy) a job is queued instead; should that fail too,
// the sweeper finds the message.
func (r *Runner) Process(ctx context.Context, conversationID int64) {
	if r.procs.add(conversationID) {
		return
	}
	r.later(ctx, ProcessArgs{ConversationID: conversationID}, 0)
}

// EnqueueProcessTx queues the conversation's processing as a River job when
// tx commits (implements agency.Enqueuer): an agency's input is stored by a
// transaction that may yet roll back, so it is not handed over in memory.
// River's insert notification wakes a worker at once; the sweeper backs it.
func (r *Runner) EnqueueProcessTx(ctx context.Context, tx pgx.Tx, conversationID int64) error {
	if _, err := r.client.InsertTx(ctx, tx, ProcessArgs{ConversationID: conversationID}, nil); err != nil {
		return fmt.Errorf("jobs: enqueue process: %w", err)
	}
	return nil
}

// later queues work as a River job to run after wait; an error is logged:
// the work is in the database and the sweeper will find it.
func (r *Runner) later(ctx context.Context, args river.JobArgs, wait time.Duration) {
	var opts *river.InsertOpts
	if wait > 0 {
		opts = &river.InsertOpts{ScheduledAt: time.Now().Add(wait)}
	}
	if _, err := r.client.Insert(context.WithoutCancel(ctx), args, opts); err != nil {
		r.log.Warn("job_insert_failed", "kind", args.Kind(), "error", err)
	}
}

func (r *Runner) fault(point string) error {
	if r.opts.Fault == nil {
		return nil
	}
	return r.opts.Fault(point)
}
