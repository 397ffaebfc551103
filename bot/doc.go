// Package bot is the channel-neutral edge of Hoshyar.
//
// A channel (bot/webchat, bot/telegram, bot/twilio) verifies and decodes what
// its provider sends into Inbound values, and sends Outbound ones. It never
// touches SQL. Ingester.Ingest is the one way in: it seals the sender's
// address, stores the message and enqueues its processing in one
// transaction, and only then may the channel acknowledge (persist, then
// acknowledge). A redelivered provider message is recognised by (channel,
// provider id) and acknowledged without being stored again.
//
// Ingest also takes the conversation's row lock while it numbers the message,
// so a contact's messages are numbered in the order they were committed and
// processed strictly in that order (see package jobs).
//
// Sending reports its outcome through typed errors: RetryAfterError (the
// provider asked us to wait), PermanentError (never retry; may mark the
// contact unreachable or opted out); any other error is retried with backoff.
package bot
