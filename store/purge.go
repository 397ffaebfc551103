package store

import (
	"context"
	"fmt"
	"time"
)

// The retention purge (HOSHYAR_TRANSCRIPT_RETENTION, jobs.Runner.Purge):
// what people typed, sent and were sent is not kept longer than the
// operator allows, except what a report keeps as evidence, which follows
// the report (PRIVACY.md "How long"). Each function works in batches of
// limit and returns how many rows it changed; the caller repeats until a
// batch is short.

const purgeTranscripts = `
WITH old AS (
  SELECT m.id FROM messages m
   WHERE m.created_at < $1
     AND (m.body <> '' OR m.buttons IS NOT NULL OR m.choice IS NOT NULL
          OR EXISTS (SELECT 1 FROM media d WHERE d.message_id = m.id))
     AND NOT EXISTS (SELECT 1 FROM report_evidence e WHERE e.message_id = m.id)
   LIMIT $2
), gone AS (
  DELETE FROM media d USING old WHERE d.message_id = old.id
), parts AS (
  UPDATE message_parts p SET body = '', buttons = NULL FROM old WHERE p.message_id = old.id
)
UPDATE messages m SET body = '', buttons = NULL, choice = NULL, updated_at = now()
  FROM old WHERE m.id = old.id`

// PurgeTranscripts blanks up to limit messages older than before, whoever
// wrote them, with their parts and attachments (bytes, the text read from
// them, shared locations), except those a report keeps as evidence. A
// message that was only an attachment (a photo without a caption) counts.
func PurgeTranscripts(ctx context.Context, db DBTX, before time.Time, limit int) (int64, error) {
	tag, err := db.Exec(ctx, purgeTranscripts, before, limit)
	if err != nil {
		return 0, fmt.Errorf("store: purge transcripts: %w", err)
	}
	return tag.RowsAffected(), nil
}

const purgeParts = `
UPDATE message_parts p SET body = '', buttons = NULL
 WHERE (p.message_id, p.part) IN (
       SELECT q.message_id, q.part FROM message_parts q JOIN messages m ON m.id = q.message_id
        WHERE m.created_at < $1 AND (q.body <> '' OR q.buttons IS NOT NULL)
        LIMIT $2)`

// PurgeParts blanks the parts of replies older than before whose message
// was blanked without them (by an older purge).
func PurgeParts(ctx context.Context, db DBTX, before time.Time, limit int) (int64, error) {
	tag, err := db.Exec(ctx, purgeParts, before, limit)
	if err != nil {
		return 0, fmt.Errorf("store: purge parts: %w", err)
	}
	return tag.RowsAffected(), nil
}

const purgeStates = `
UPDATE conversations c SET state = jsonb_build_object('locale', c.locale)
 WHERE c.id IN (
       SELECT id FROM conversations
        WHERE updated_at < $1 AND state <> jsonb_build_object('locale', locale)
        LIMIT $2 FOR UPDATE SKIP LOCKED)`

// PurgeStates forgets the flow state of conversations nobody wrote in (nor
// to) since before: a draft holds what the person typed, and the answers
// they gave, for a report never sent. Only the language stays. A
// conversation being worked on is locked and skipped: it is not idle. The
// conversation's updated_at is left as it was, so the purge does not make
// it look active. What it leaves (a language code) is written in clear, so
// that SQL can tell it is done; a key rotation seals it, and the next purge
// writes it in clear again, once.
func PurgeStates(ctx context.Context, db DBTX, before time.Time, limit int) (int64, error) {
	tag, err := db.Exec(ctx, purgeStates, before, limit)
	if err != nil {
		return 0, fmt.Errorf("store: purge states: %w", err)
	}
	return tag.RowsAffected(), nil
}

// PurgedMark is set in the detail of a history entry whose copy of a
// message to the reporter was purged.
const PurgedMark = "purged"

const oldMessageEvents = `
SELECT e.id, e.detail FROM referral_events e
 WHERE e.kind IN ('message', 'verification') AND e.at < $1
   AND NOT (jsonb_typeof(e.detail) = 'object' AND e.detail ? '` + PurgedMark + `')
 ORDER BY e.id LIMIT $2 FOR UPDATE SKIP LOCKED`

// PurgeEventTexts takes out of the history, once older than before, the
// copies of what officers sent to reporters (a message's text, a
// verdict's note): they are transcript, purged with the message itself.
// The entry stays (who, when, the verdict), marked purged and in clear:
// nothing in it names anyone any more. Internal notes
// and reasons are the agency's case file and follow the report.
func PurgeEventTexts(ctx context.Context, db DBTX, before time.Time, limit int) (int64, error) {
	n, err := redactEvents(ctx, db, PurgedMark, []string{"text", "note"}, true, oldMessageEvents, before, limit)
	if err != nil {
		return n, fmt.Errorf("store: purge event texts: %w", err)
	}
	return n, nil
}
