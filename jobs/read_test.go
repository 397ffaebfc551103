package jobs_test

import (
	"context"
	"encoding/json"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/casework"
	"github.com/hoshyar/hoshyar/flows"
	"github.com/hoshyar/hoshyar/jobs"
	"github.com/hoshyar/hoshyar/ocr"
	"github.com/hoshyar/hoshyar/routing"
	"github.com/hoshyar/hoshyar/store"
)

// fakeReader stands in for Tesseract (an outside program, not our code):
// it answers text, once release is closed when it is set.
type fakeReader struct {
	text    string
	err     error
	release chan struct{}
	calls   atomic.Int32
}

func (f *fakeReader) Read(ctx context.Context, _ []byte) (ocr.Result, error) {
	f.calls.Add(1)
	if f.release != nil {
		select {
		case <-f.release:
		case <-ctx.Done():
			return ocr.Result{}, ctx.Err()
		}
	}
	return ocr.Result{Text: f.text, Source: ocr.SourceOCR}, f.err
}

func (f *fakeReader) PDFs() bool { return true }

const advertText = "دبئی میں نوکریاں\nویزا فیس 1,50,000 روپے\n0300-1234567"

func withReader(r jobs.Reader, wait time.Duration) func(*jobs.Options) {
	return func(o *jobs.Options) {
		o.Reader, o.ReadWait, o.ReadWorkers = r, wait, 1
	}
}

func (e *env) sendImage(t *testing.T, address, providerID string) bot.Receipt {
	t.Helper()
	rc, err := e.ingest.Ingest(context.Background(), bot.Inbound{Channel: local, ProviderID: providerID, Address: address,
		Media: []bot.Media{{Kind: bot.KindImage, ContentType: "image/jpeg", Data: []byte("\xff\xd8\xff jpeg")}}})
	require.NoError(t, err)
	return rc
}

func mediaRow(t *testing.T, e *env, messageID int64) (text, source string, readErr *string) {
	t.Helper()
	var tx, src *string
	require.NoError(t, e.db.Pool.QueryRow(context.Background(),
		`SELECT text, text_source, read_error FROM media WHERE message_id = $1`, messageID).Scan(&tx, &src, &readErr))
	if tx != nil {
		var err error
		text, err = store.OpenText(*tx, "media.text") // sealed at rest
		require.NoError(t, err)
	}
	if src != nil {
		source = *src
	}
	return text, source, readErr
}

// These tests do not run in parallel: they run first, on their own, so
// their runners do not crowd the timing of the pipeline's parallel tests
// (whose jobs time out after a second).

// An image's text is read on its own queue and reaches the step that
// answers it: the step waits for it, briefly.
func TestReadingReachesTheStep(t *testing.T) {
	e := newEnv(t)
	reader := &fakeReader{text: advertText}
	r := e.runner(t, nil, true, withReader(reader, 5*time.Second))
	e.ingest = bot.NewIngester(e.db.Pool, e.vault, r, nil)

	rc := e.sendImage(t, "visitor-1", "img-1")
	e.waitSettled(t)
	got, ran := e.engine.mediaTextOf(rc.MessageID)
	require.True(t, ran)
	require.Equal(t, advertText, got)
	text, source, readErr := mediaRow(t, e, rc.MessageID)
	require.Equal(t, advertText, text)
	require.Equal(t, store.TextOCR, source)
	require.Nil(t, readErr)
	require.EqualValues(t, 1, reader.calls.Load())
}

// A reading that fails is recorded, and the conversation goes on.
func TestReadingFailureIsRecorded(t *testing.T) {
	e := newEnv(t)
	r := e.runner(t, nil, true, withReader(&fakeReader{err: ocr.ErrUnreadable}, 5*time.Second))
	e.ingest = bot.NewIngester(e.db.Pool, e.vault, r, nil)
	rc := e.sendImage(t, "visitor-2", "img-2")
	e.waitSettled(t)
	got, ran := e.engine.mediaTextOf(rc.MessageID)
	require.True(t, ran)
	require.Empty(t, got)
	require.Eventually(t, func() bool {
		_, _, readErr := mediaRow(t, e, rc.MessageID)
		return readErr != nil && *readErr == jobs.CodeReadUnreadable
	}, 10*time.Second, 20*time.Millisecond)
}

// With OCR off nobody waits for an image, and nothing is queued to read it.
func TestNoReaderNoWait(t *testing.T) {
	e := newEnv(t)
	r := e.runner(t, nil, true, withReader(nil, time.Hour))
	e.ingest = bot.NewIngester(e.db.Pool, e.vault, r, nil)
	rc := e.sendImage(t, "visitor-3", "img-3")
	e.waitSettled(t) // within its 30 s, far less than the hour a wait would take
	_, ran := e.engine.mediaTextOf(rc.MessageID)
	require.True(t, ran)
	var jobsQueued int
	require.NoError(t, e.db.Pool.QueryRow(context.Background(),
		`SELECT count(*) FROM `+e.db.Schema+`.river_job WHERE kind = 'read_media'`).Scan(&jobsQueued))
	require.Zero(t, jobsQueued)
}

// A shared WhatsApp contact arrives as a vCard by reference: fetched, read
// (no OCR needed) and given to the step as the number and name.
func TestContactCardIsRead(t *testing.T) {
	e := newEnv(t)
	r := e.runner(t, nil, true, withReader(nil, 5*time.Second))
	e.ingest = bot.NewIngester(e.db.Pool, e.vault, r, nil)
	rc, err := e.ingest.Ingest(context.Background(), bot.Inbound{Channel: provider, ProviderID: "vc-1", Address: "+923330000001",
		Media: []bot.Media{{Kind: bot.KindContact, ContentType: "text/x-vcard",
			ProviderRef: "vcard:BEGIN:VCARD\nVERSION:3.0\nFN:Imran Agent\nTEL;type=CELL:+92 300 1234567\nEND:VCARD\n"}}})
	require.NoError(t, err)
	e.waitSettled(t)
	got, ran := e.engine.mediaTextOf(rc.MessageID)
	require.True(t, ran)
	require.Equal(t, "+92 300 1234567 Imran Agent", got)
	_, source, _ := mediaRow(t, e, rc.MessageID)
	require.Equal(t, store.TextContact, source)
}

// OCR finishing after the reply went out (and after the report was made)
// still reaches the report: its facts gain the phone and fee read from the
// image, marked as such, and it is linked to an earlier report of the same
// number.
func TestLateReadingReachesTheReport(t *testing.T) {
	e := newEnv(t)
	reader := &fakeReader{text: advertText, release: make(chan struct{})}
	r := e.runner(t, nil, true, withReader(reader, 100*time.Millisecond))
	e.ingest = bot.NewIngester(e.db.Pool, e.vault, r, nil)
	cw := casework.New(routing.DefaultMatrix(), nil)
	ctx := context.Background()

	report := func(rc bot.Receipt, text string) string {
		conv, err := store.GetConversation(ctx, e.db.Pool, rc.ConversationID)
		require.NoError(t, err)
		ref := store.NewReference()
		_, err = cw.Create(ctx, e.db.Pool, casework.Conversation{ID: conv.ID, ContactID: conv.ContactID, Channel: local, Locale: "en"},
			&flows.ReportSpec{Reference: ref, Kind: flows.KindReport, Text: text, Evidence: []int64{rc.MessageID}})
		require.NoError(t, err)
		return ref
	}

	// Someone reported the number in words earlier.
	first := e.send(t, local, "visitor-a", "a-1", "agent 0300-1234567 asked 2 lakh for a Dubai visa")
	e.waitSettled(t)
	firstRef := report(first, "agent 0300-1234567 asked 2 lakh for a Dubai visa")

	// Someone else sends the advert; the step does not wait for the OCR.
	img := e.sendImage(t, "visitor-b", "b-1")
	e.waitSettled(t)
	got, ran := e.engine.mediaTextOf(img.MessageID)
	require.True(t, ran)
	require.Empty(t, got, "the step went on without the text")
	ref := report(img, "")
	rep, err := store.ReportByReference(ctx, e.db.Pool, ref)
	require.NoError(t, err)
	require.NotContains(t, string(rep.Entities), "+923001234567")

	close(reader.release)
	var ents casework.Entities
	require.Eventually(t, func() bool {
		rep, err = store.ReportByReference(ctx, e.db.Pool, ref)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(rep.Entities, &ents))
		return ents.FromImage != nil
	}, 10*time.Second, 20*time.Millisecond, "the report is assessed again")
	require.Contains(t, ents.Phones, "+923001234567")
	require.Contains(t, ents.FromImage.Phones, "+923001234567")
	require.Len(t, ents.FromImage.Amounts, 1)
	require.Equal(t, 150000.0, ents.FromImage.Amounts[0].Value)
	require.Equal(t, "PKR", ents.FromImage.Amounts[0].Currency)

	earlier, err := store.ReportByReference(ctx, e.db.Pool, firstRef)
	require.NoError(t, err)
	linked, err := store.LinkedReports(ctx, e.db.Pool, rep.ID)
	require.NoError(t, err)
	require.Equal(t, []int64{earlier.ID}, linked)
	refs, err := store.ReferralsOf(ctx, e.db.Pool, rep.ID)
	require.NoError(t, err)
	linkedOnes := 0
	for _, f := range refs {
		if f.LinkedReports == 1 {
			linkedOnes++
		}
	}
	require.Positive(t, linkedOnes, "the referrals routed now count the earlier report")
}
