package bot_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/internal/dbtest"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/vault"
)

// enqueuer records what Ingest enqueued, or fails on demand.
type enqueuer struct {
	conversations []int64
	fetches       []int64
	reads         []int64
	sends         []int64
	err           error
}

func (e *enqueuer) EnqueueSendTx(_ context.Context, _ pgx.Tx, id int64) error {
	e.sends = append(e.sends, id)
	return nil
}

func (e *enqueuer) EnqueueFetchTx(_ context.Context, _ pgx.Tx, id int64) error {
	if e.err != nil {
		return e.err
	}
	e.fetches = append(e.fetches, id)
	return nil
}

func (e *enqueuer) EnqueueReadTx(_ context.Context, _ pgx.Tx, id int64, _, _ string) error {
	e.reads = append(e.reads, id)
	return nil
}

func (e *enqueuer) Process(_ context.Context, id int64) {
	e.conversations = append(e.conversations, id)
}

type observer map[string]int

func (o observer) Ingested(channel, result string) { o[channel+"/"+result]++ }

func newIngester(t testing.TB, enq bot.Enqueuer, obs bot.Observer) (*bot.Ingester, *dbtest.DB) {
	t.Helper()
	db := dbtest.New(t)
	v, err := vault.New([]byte(strings.Repeat("i", 32)))
	require.NoError(t, err)
	return bot.NewIngester(db.Pool, v, enq, obs), db
}

func TestIngestStoresAndEnqueues(t *testing.T) {
	t.Parallel()
	enq := &enqueuer{}
	obs := observer{}
	ing, db := newIngester(t, enq, obs)
	ctx := context.Background()
	lat, lon := 24.86, 67.01
	rc, err := ing.Ingest(ctx, bot.Inbound{
		Channel: bot.Telegram, ProviderID: "1001", Address: "555", Text: "nul\x00 and bad \xff utf-8", Source: "campaign-fb-1", Name: "Ayesha",
		Media: []bot.Media{{Kind: "image", ContentType: "image/jpeg", Data: []byte("jpeg")}, {Kind: "location", Latitude: &lat, Longitude: &lon},
			{Kind: "voice", ContentType: "audio/ogg", ProviderRef: "file-123"}},
	})
	require.NoError(t, err)
	require.False(t, rc.Duplicate)
	require.Equal(t, []int64{rc.ConversationID}, enq.conversations)
	require.Equal(t, 1, obs["telegram/stored"])

	m, err := store.GetMessage(ctx, db.Pool, rc.MessageID)
	require.NoError(t, err)
	require.Equal(t, "nul and bad \uFFFD utf-8", m.Body, "Postgres-safe text")
	require.Equal(t, "image", m.Kind)
	var source string
	var name []byte
	require.NoError(t, db.Pool.QueryRow(ctx, `SELECT v.source, c.name_sealed FROM conversations v JOIN contacts c ON c.id = v.contact_id`).Scan(&source, &name))
	require.Equal(t, "campaign-fb-1", source, "the deep-link source is kept")
	require.NotContains(t, string(name), "Ayesha", "the profile name is sealed")
	require.NotEmpty(t, name)
	var n int
	var sum []byte
	require.NoError(t, db.Pool.QueryRow(ctx, `SELECT count(*), (array_agg(sha256) FILTER (WHERE sha256 IS NOT NULL))[1] FROM media WHERE message_id = $1`, rc.MessageID).Scan(&n, &sum))
	require.Equal(t, 3, n)
	require.Len(t, sum, 32)
	require.Len(t, enq.fetches, 1, "only media received by reference is fetched")
	require.Len(t, enq.reads, 1, "bytes received inline are read at once")
}

// A sticker is kept but never downloaded nor read; a contact the channel
// decoded keeps its text, read already.
func TestIngestStickerAndContact(t *testing.T) {
	t.Parallel()
	enq := &enqueuer{}
	ing, db := newIngester(t, enq, nil)
	ctx := context.Background()
	rc, err := ing.Ingest(ctx, bot.Inbound{Channel: bot.Telegram, ProviderID: "2001", Address: "555",
		Media: []bot.Media{{Kind: bot.KindSticker, ContentType: "image/webp", ProviderRef: "sticker-1"}}})
	require.NoError(t, err)
	require.Empty(t, enq.fetches)
	require.Empty(t, enq.reads)
	m, err := store.GetMessage(ctx, db.Pool, rc.MessageID)
	require.NoError(t, err)
	require.Equal(t, bot.KindSticker, m.Kind)

	rc, err = ing.Ingest(ctx, bot.Inbound{Channel: bot.Telegram, ProviderID: "2002", Address: "555",
		Media: []bot.Media{{Kind: bot.KindContact, Text: "+923001234567 Imran Agent"}}})
	require.NoError(t, err)
	require.Empty(t, enq.reads)
	text, err := store.MessageMediaText(ctx, db.Pool, rc.MessageID)
	require.NoError(t, err)
	require.Equal(t, "+923001234567 Imran Agent", text)
	states, err := store.MediaStates(ctx, db.Pool, rc.MessageID)
	require.NoError(t, err)
	require.Len(t, states, 1)
	require.NotNil(t, states[0].ReadAt, "read at once")
}

func TestIngestRejectsIncompleteMessages(t *testing.T) {
	t.Parallel()
	ing, _ := newIngester(t, &enqueuer{}, nil)
	for _, in := range []bot.Inbound{
		{ProviderID: "1", Address: "a", Text: "x"},
		{Channel: bot.SMS, Address: "a", Text: "x"},
		{Channel: bot.SMS, ProviderID: "1", Text: "x"},
	} {
		_, err := ing.Ingest(context.Background(), in)
		require.ErrorIs(t, err, bot.ErrInvalid)
	}
}

// When enqueueing fails nothing is stored, so the provider's retry stores
// the message afresh rather than being taken for a duplicate; and nothing
// is handed over to be processed.
func TestIngestIsAllOrNothing(t *testing.T) {
	t.Parallel()
	enq := &enqueuer{err: errors.New("queue down")}
	obs := observer{}
	ing, db := newIngester(t, enq, obs)
	in := bot.Inbound{Channel: bot.SMS, ProviderID: "SM1", Address: "+923001234567", Text: "hi",
		Media: []bot.Media{{Kind: "image", ProviderRef: "https://api.twilio.com/media/ME1"}}}
	_, err := ing.Ingest(context.Background(), in)
	require.Error(t, err)
	require.Equal(t, 1, obs["sms/error"])
	var n int
	require.NoError(t, db.Pool.QueryRow(context.Background(), `SELECT count(*) FROM messages`).Scan(&n))
	require.Zero(t, n)
	require.Empty(t, enq.conversations)

	enq.err = nil
	rc, err := ing.Ingest(context.Background(), in)
	require.NoError(t, err)
	require.False(t, rc.Duplicate)
	require.Equal(t, []int64{rc.ConversationID}, enq.conversations, "handed over once committed")
	again, err := ing.Ingest(context.Background(), in)
	require.NoError(t, err)
	require.True(t, again.Duplicate)
	require.Len(t, enq.conversations, 1, "a redelivery is not handed over again")
}

// A WhatsApp reply refused later as outside the 24-hour window is queued
// once more as the template, once.
func TestStatusUpdateQueuesTemplateOnce(t *testing.T) {
	t.Parallel()
	enq := &enqueuer{}
	ing, db := newIngester(t, enq, nil)
	ctx := context.Background()
	rc, err := ing.Ingest(ctx, bot.Inbound{Channel: bot.WhatsApp, ProviderID: "SMin", Address: "whatsapp:+923001234567", Text: "hi"})
	require.NoError(t, err)
	id, err := store.InsertOutbound(ctx, db.Pool, store.NewOutbound{ConversationID: rc.ConversationID, Channel: bot.WhatsApp, InReplyTo: rc.MessageID, Body: "reply"})
	require.NoError(t, err)
	require.NoError(t, store.MarkSent(ctx, db.Pool, id, "SMout"))

	u := bot.StatusUpdate{Channel: bot.WhatsApp, ProviderID: "SMout", Status: "undelivered", ErrorCode: "63016", ResendAsTemplate: true}
	require.NoError(t, ing.UpdateStatus(ctx, u))
	require.NoError(t, ing.UpdateStatus(ctx, u), "a repeated report changes nothing")
	require.Len(t, enq.sends, 1)
	tpl, err := store.GetMessage(ctx, db.Pool, enq.sends[0])
	require.NoError(t, err)
	require.Equal(t, "template", tpl.Kind)
	require.Equal(t, store.StatusQueued, tpl.Status)

	// The template itself failing the same way is not replaced again.
	require.NoError(t, store.MarkSent(ctx, db.Pool, tpl.ID, "SMtpl"))
	require.NoError(t, ing.UpdateStatus(ctx, bot.StatusUpdate{Channel: bot.WhatsApp, ProviderID: "SMtpl", Status: "failed", ErrorCode: "63016", ResendAsTemplate: true}))
	require.Len(t, enq.sends, 1)
}

// A report that a reply failed because the recipient unsubscribed
// (Twilio's 21610) marks them opted out, once, and never undoes an erase.
func TestStatusUpdateMarksOptedOut(t *testing.T) {
	t.Parallel()
	ing, db := newIngester(t, &enqueuer{}, nil)
	ctx := context.Background()
	status := func(contactID int64) string {
		c, err := store.GetContact(ctx, db.Pool, contactID)
		require.NoError(t, err)
		return c.Status
	}
	reply := func(address, in, out string) int64 {
		rc, err := ing.Ingest(ctx, bot.Inbound{Channel: bot.SMS, ProviderID: in, Address: address, Text: "hi"})
		require.NoError(t, err)
		id, err := store.InsertOutbound(ctx, db.Pool, store.NewOutbound{ConversationID: rc.ConversationID, Channel: bot.SMS, InReplyTo: rc.MessageID, Body: "reply"})
		require.NoError(t, err)
		require.NoError(t, store.MarkSent(ctx, db.Pool, id, out))
		conv, err := store.GetConversation(ctx, db.Pool, rc.ConversationID)
		require.NoError(t, err)
		return conv.ContactID
	}
	a := reply("+923001110001", "SMa", "SMouta")
	b := reply("+923001110002", "SMb", "SMoutb")

	require.NoError(t, ing.UpdateStatus(ctx, bot.StatusUpdate{Channel: bot.SMS, ProviderID: "SMoutb", Status: "failed", ErrorCode: "30003"}))
	require.Equal(t, store.ContactActive, status(b), "another failure says nothing of the recipient")

	u := bot.StatusUpdate{Channel: bot.SMS, ProviderID: "SMouta", Status: "failed", ErrorCode: "21610", Contact: bot.ContactOptedOut}
	require.NoError(t, ing.UpdateStatus(ctx, u))
	require.Equal(t, store.ContactOptedOut, status(a))
	require.Equal(t, store.ContactActive, status(b), "only the recipient of that reply")
	require.NoError(t, ing.UpdateStatus(ctx, u), "a repeated report is harmless")
	require.Equal(t, store.ContactOptedOut, status(a))

	require.NoError(t, store.EraseContact(ctx, db.Pool, a))
	require.NoError(t, ing.UpdateStatus(ctx, u))
	require.Equal(t, store.ContactErased, status(a), "an erased contact stays erased")
}

// What a provider waits on is stored through the ack pool: with every
// connection of the workers' pool held (processing, sending), a message is
// still stored, a new person's and a known one's, and a status recorded.
func TestIngestUsesTheAckPool(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	acks, err := store.OpenAcks(ctx, db.URL)
	require.NoError(t, err)
	defer acks.Close()
	v, err := vault.New([]byte(strings.Repeat("i", 32)))
	require.NoError(t, err)
	enq := &enqueuer{}
	ing := bot.NewIngester(db.Pool, v, enq, nil).WithAckPool(acks)

	for range db.Pool.Config().MaxConns {
		c, err := db.Pool.Acquire(ctx)
		require.NoError(t, err)
		defer c.Release()
	}
	first, err := ing.Ingest(ctx, bot.Inbound{Channel: bot.Telegram, ProviderID: "a1", Address: "555", Name: "Ayesha", Text: "salam"})
	require.NoError(t, err)
	second, err := ing.Ingest(ctx, bot.Inbound{Channel: bot.Telegram, ProviderID: "a2", Address: "555", Name: "Ayesha", Text: "menu"})
	require.NoError(t, err)
	require.Equal(t, first.ConversationID, second.ConversationID)
	require.NoError(t, ing.UpdateStatus(ctx, bot.StatusUpdate{Channel: bot.Telegram, ProviderID: "none", Status: "delivered"}))
	require.Equal(t, []int64{first.ConversationID, first.ConversationID}, enq.conversations)

	m, err := store.GetMessage(ctx, acks, second.MessageID)
	require.NoError(t, err)
	require.Equal(t, "menu", m.Body)
	require.Equal(t, store.StatusReceived, m.Status)
}
