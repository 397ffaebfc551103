-- A reply being sent is held by a lease: the process that claimed it renews
-- lease_until while the provider call runs. A claim whose lease has run out
-- belongs to a process that died; any replica settles it within seconds
-- (what the provider may have taken is recorded as unknown) and the
-- conversation goes on. Claims made before this migration get the minute
-- the old rule gave them.
ALTER TABLE messages ADD COLUMN lease_until timestamptz;
UPDATE messages SET lease_until = COALESCE(sending_at, now()) + interval '1 minute' WHERE status = 'sending';
CREATE INDEX messages_sending ON messages (lease_until) WHERE direction = 'out' AND status = 'sending';

-- A reply the provider takes as several messages (past Telegram's 4,096
-- characters, Twilio's 1,600 or five SMS segments) is sent part by part,
-- each claimed and recorded on its own, so a retry resumes after the parts
-- the provider accepted and a crash makes unknown only the part in flight.
-- The texts are blanked once the reply is settled.
CREATE TABLE message_parts (
    message_id  bigint NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    part        int NOT NULL CHECK (part >= 1),
    body        text NOT NULL,
    buttons     jsonb,
    status      text NOT NULL DEFAULT 'queued'
                CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'unknown')),
    provider_id text,
    error_code  text,
    sent_at     timestamptz,
    PRIMARY KEY (message_id, part)
);
