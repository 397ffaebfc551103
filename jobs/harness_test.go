package jobs_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/jobs"
	"github.com/hoshyar/hoshyar/locales"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/triage"
	"github.com/hoshyar/hoshyar/vault"
)

// Test channels: "provider" behaves like Telegram or Twilio (a send cannot be
// repeated safely); "local" like the web chat (delivery is a database change);
// "paced" is a provider whose sender keeps a pace; "split" one that takes a
// reply as parts cut at "|".
const (
	provider = "provider"
	local    = "local"
	paced    = "paced"
	split    = "split"
)

var texts = locales.MustLoad()

// fakeSender records every delivery, per channel, in order.
type fakeSender struct {
	channel    string
	repeatable bool

	mu            sync.Mutex
	sent          []bot.Outbound
	fail          func(bot.Outbound) error
	id            string // the provider id of every message, when set
	fetchFailures int
}

func (f *fakeSender) Channels() []string { return []string{f.channel} }
func (f *fakeSender) Repeatable() bool   { return f.repeatable }

func (f *fakeSender) Send(_ context.Context, out bot.Outbound) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		if err := f.fail(out); err != nil {
			return "", err
		}
	}
	f.sent = append(f.sent, out)
	if f.id != "" {
		return f.id, nil
	}
	return fmt.Sprintf("P%d", out.MessageID), nil
}

// FetchMedia serves "ok:<content>" refs, refuses "gone" for good, and
// fails anything else once before serving it.
func (f *fakeSender) FetchMedia(_ context.Context, _ string, ref string) ([]byte, string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch {
	case strings.HasPrefix(ref, "ok:"):
		return []byte(strings.TrimPrefix(ref, "ok:")), "image/jpeg", nil
	case strings.HasPrefix(ref, "vcard:"):
		return []byte(strings.TrimPrefix(ref, "vcard:")), "text/x-vcard", nil
	case ref == "gone":
		return nil, "", &bot.PermanentError{Code: "404", Err: errors.New("not found")}
	}
	f.fetchFailures++
	if f.fetchFailures == 1 {
		return nil, "", errors.New("cdn timeout")
	}
	return []byte("late"), "audio/ogg", nil
}

// pacedSender calls pace, if set, as its Pace.
type pacedSender struct {
	*fakeSender
	pace func(context.Context, bot.Outbound) error
}

func (p *pacedSender) Pace(ctx context.Context, out bot.Outbound) error {
	if p.pace == nil {
		return nil
	}
	return p.pace(ctx, out)
}

// splitSender splits a reply at "|".
type splitSender struct{ *fakeSender }

func (splitSender) Split(out bot.Outbound) []bot.Part {
	texts := strings.Split(out.Text, "|")
	if len(texts) < 2 {
		return nil
	}
	parts := make([]bot.Part, len(texts))
	for i, t := range texts {
		parts[i].Text = t
	}
	parts[len(parts)-1].Buttons = out.Buttons
	return parts
}

func (f *fakeSender) deliveries() []bot.Outbound {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]bot.Outbound(nil), f.sent...)
}

// recordingEngine runs the real engine and records the order of inputs it saw.
type recordingEngine struct {
	*flows.Engine
	mu        sync.Mutex
	seen      []string
	mediaText map[int64]string // by message id
	media     map[int64]string // in.Media, by message id
}

func (e *recordingEngine) Step(s flows.State, in flows.Input, now time.Time) flows.Result {
	e.mu.Lock()
	e.seen = append(e.seen, in.Text)
	if e.mediaText == nil {
		e.mediaText = map[int64]string{}
	}
	e.mediaText[in.MessageID] = in.MediaText
	if e.media == nil {
		e.media = map[int64]string{}
	}
	e.media[in.MessageID] = in.Media
	e.mu.Unlock()
	return e.Engine.Step(s, in, now)
}

// mediaOf returns the Media the step of a message saw, and whether it ran.
func (e *recordingEngine) mediaOf(messageID int64) (string, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	m, ok := e.media[messageID]
	return m, ok
}

// mediaTextOf returns the MediaText the step of a message saw, and whether
// it ran.
func (e *recordingEngine) mediaTextOf(messageID int64) (string, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	t, ok := e.mediaText[messageID]
	return t, ok
}

func (e *recordingEngine) inputs() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]string(nil), e.seen...)
}

type env struct {
	seq      int
	db       *dbtest.DB
	vault    *vault.Vault
	engine   *recordingEngine
	provider *fakeSender
	local    *fakeSender
	paced    *pacedSender
	split    splitSender
	senders  *bot.Registry
	ingest   *bot.Ingester
}

func newEnv(t testing.TB) *env {
	t.Helper()
	v, err := vault.New([]byte(strings.Repeat("s", 32)))
	require.NoError(t, err)
	e := &env{
		db:       dbtest.New(t),
		vault:    v,
		engine:   &recordingEngine{Engine: flows.New(texts, flows.Options{Helplines: casework.DefaultHelplines(), TTL: time.Hour, Triage: casework.Signals, CountryName: triage.CountryName})},
		provider: &fakeSender{channel: provider},
		local:    &fakeSender{channel: local, repeatable: true},
		paced:    &pacedSender{fakeSender: &fakeSender{channel: paced}},
		split:    splitSender{&fakeSender{channel: split}},
		senders:  bot.NewRegistry(),
	}
	e.senders.Register(e.provider, e.local, e.paced, e.split)
	// Ingest through an insert-only runner: webhooks run in the same
	// process as workers in production, but need none of them.
	e.ingest = bot.NewIngester(e.db.Pool, v, e.runner(t, nil, false), nil)
	return e
}

// runner builds a runner on the env's database; started ones stop at cleanup.
func (e *env) runner(t testing.TB, fault func(string) error, start bool, edit ...func(*jobs.Options)) *jobs.Runner {
	t.Helper()
	return e.runnerWith(t, func(o *jobs.Options) {
		o.Fault = fault
		for _, f := range edit {
			f(o)
		}
	}, start)
}

// runnerWith is runner with options changed by set.
func (e *env) runnerWith(t testing.TB, set func(*jobs.Options), start bool) *jobs.Runner {
	t.Helper()
	opts := jobs.Options{
		Schema: e.db.Schema, Engine: e.engine, Senders: e.senders, Vault: e.vault,
		Casework: casework.New(routing.DefaultMatrix(), nil), Matrix: routing.DefaultMatrix(), EscalateEvery: time.Hour,
		Logger: slog.New(slog.DiscardHandler), ConversationTTL: time.Hour,
		SweepInterval: 200 * time.Millisecond, SweepAge: 500 * time.Millisecond,
		JobTimeout: time.Second, Lease: 300 * time.Millisecond, EraseDelay: time.Millisecond,
	}
	set(&opts)
	r, err := jobs.New(e.db.Pool, opts)
	require.NoError(t, err)
	if start {
		require.NoError(t, r.Start(context.Background()))
		t.Cleanup(func() {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			require.NoError(t, r.Stop(ctx))
		})
	}
	return r
}

func (e *env) send(t *testing.T, channel, address, providerID, text string) bot.Receipt {
	t.Helper()
	rc, err := e.ingest.Ingest(context.Background(), bot.Inbound{Channel: channel, ProviderID: providerID, Address: address, Text: text})
	require.NoError(t, err)
	return rc
}

// waitSettled waits until no inbound message is unprocessed and no reply is
// still queued or being sent.
func (e *env) waitSettled(t *testing.T) {
	t.Helper()
	require.Eventually(t, func() bool {
		var pending int
		err := e.db.Pool.QueryRow(context.Background(), `
			SELECT count(*) FROM messages
			 WHERE (direction = 'in' AND status = 'received') OR (direction = 'out' AND status IN ('queued', 'sending'))`).Scan(&pending)
		require.NoError(t, err)
		return pending == 0
	}, 30*time.Second, 20*time.Millisecond, "pipeline did not settle")
}

type row struct {
	ID        int64
	Direction string
	Status    string
	InReplyTo *int64
	Body      string
}

func (e *env) messages(t *testing.T, conversationID int64) []row {
	t.Helper()
	rows, err := e.db.Pool.Query(context.Background(),
		`SELECT id, direction, status, in_reply_to, body FROM messages WHERE conversation_id = $1 ORDER BY id`, conversationID)
	require.NoError(t, err)
	defer rows.Close()
	var out []row
	for rows.Next() {
		var r row
		require.NoError(t, rows.Scan(&r.ID, &r.Direction, &r.Status, &r.InReplyTo, &r.Body))
		var err error
		r.Body, err = store.OpenText(r.Body, "messages.body") // sealed at rest
		require.NoError(t, err)
		out = append(out, r)
	}
	require.NoError(t, rows.Err())
	return out
}

// repliesTo counts the replies stored for each inbound message id.
func repliesTo(rows []row) map[int64]int {
	n := map[int64]int{}
	for _, r := range rows {
		if r.Direction == store.Out && r.InReplyTo != nil {
			n[*r.InReplyTo]++
		}
	}
	return n
}
