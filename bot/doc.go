// Package bot is the channel-neutral edge of Hoshyar.
//
// A channel (bot/webchat, bot/telegram, bot/twilio) verifies and decodes what
// its provider sends into Inbound values, and sends Outbound ones. It never
// touches SQL. Ingester.Ingest is the one way in: it seals the sender's
// address and stores the message in one transaction, then hands its
// conversation over to be processed (Enqueuer.Process; the message is in
// the database, so a hand-off lost in a crash is found by the sweeper), and
// only then may the channel acknowledge (persist, then acknowledge). What a
// channel does after a message is stored (AfterIngester) runs once the
// answer has gone, never delaying it. A redelivered provider message is
// recognised by (channel, provider id) and acknowledged without being
// stored again.
//
// Ingest also takes the conversation's row lock while it numbers the message,
// so a contact's messages are numbered in the order they were committed and
// processed strictly in that order (see package jobs).
//
// A known contact's words are stored in two round trips (BEGIN goes with
// the statements that store them), through a pool of their own
// (WithAckPool), so that workers holding connections never delay an
// acknowledgement. The web chat, whose answer is the reply itself, uses
// IngestAnswer: when the conversation has nothing waiting, the message is
// stored processed and its step runs in the same transaction (Answerer,
// implemented by package jobs), replies included, committed with the step's
// last statements; otherwise it is stored for the workers as by Ingest.
// The web chat's readers are told after the commit (WithNotifier; a NOTIFY
// inside a transaction would serialise every commit in the cluster).
//
// Sending reports its outcome through typed errors: RetryAfterError (the
// provider asked us to wait), PermanentError (never retry; may mark the
// contact unreachable or opted out); any other error is retried with backoff.
// A sender may keep the provider's pace (Pacer), which the caller waits for
// before it claims a reply, and split a long reply into parts (Splitter),
// which the caller records and sends one by one.
package bot
