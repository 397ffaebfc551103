-- A provider's delivery report can overtake the commit of the send's
-- outcome: Twilio may call back before Hoshyar has stored the SID its API
-- returned. Such a report waits here (minutes at most) and the sweeper
-- applies it once a reply with that id exists (bot.ApplyPendingStatuses).
-- Provider ids and status codes only: nothing of a person.
CREATE TABLE pending_statuses (
    id              bigserial PRIMARY KEY,
    channel         text NOT NULL,
    provider_id     text NOT NULL,
    status          text NOT NULL,
    error_code      text NOT NULL DEFAULT '',
    contact         text NOT NULL DEFAULT '',
    resend_template boolean NOT NULL DEFAULT false,
    received_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pending_statuses_provider ON pending_statuses (channel, provider_id);
