-- What agencies do with referrals: their history, internal notes, messages
-- to reporters, push webhooks.

CREATE TABLE referral_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id bigint NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    at          timestamptz NOT NULL DEFAULT now(),
    actor       text NOT NULL,          -- "token:<id>", "user:<id>", "system"
    kind        text NOT NULL,          -- created, claimed, status, note, message, reply, verification, transfer
    detail      jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX referral_events_referral ON referral_events (referral_id, id);

ALTER TABLE referrals ADD COLUMN outcome text;
ALTER TABLE referrals ADD CONSTRAINT referrals_status CHECK (status IN ('new', 'claimed', 'in_progress', 'closed'));

-- Which referral an outbound message speaks for (an officer's message or a
-- verdict), so the reporter's status view can show it.
ALTER TABLE messages ADD COLUMN referral_id bigint REFERENCES referrals (id) ON DELETE SET NULL;

CREATE TABLE agency_webhooks (
    agency_code text PRIMARY KEY REFERENCES agencies (code),
    url         text NOT NULL,
    secret      bytea NOT NULL,          -- sealed with the vault
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE webhook_deliveries (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_code text NOT NULL REFERENCES agencies (code),
    referral_id bigint REFERENCES referrals (id) ON DELETE SET NULL,
    event       text NOT NULL,
    status      text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts    int NOT NULL DEFAULT 0,
    last_status int,
    last_error  text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_deliveries_agency ON webhook_deliveries (agency_code, id DESC);
