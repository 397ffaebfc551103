-- Hoshyar's first schema. Forward-only: later changes are new files.

CREATE TABLE agencies (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Z]{2,10}$'),
    name        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO agencies (code, name) VALUES
    ('FIA',    'Federal Investigation Agency'),
    ('NCCIA',  'National Cyber Crime Investigation Agency'),
    ('PTA',    'Pakistan Telecommunication Authority'),
    ('PKCERT', 'Pakistan Computer Emergency Response Team'),
    ('BEOE',   'Bureau of Emigration & Overseas Employment'),
    ('OEC',    'Overseas Employment Corporation'),
    ('OPF',    'Overseas Pakistanis Foundation'),
    ('MOFA',   'Ministry of Foreign Affairs');

-- A reporter as one channel knows them. The address (phone number, chat id,
-- visitor id) is sealed; address_hash is its keyed hash for look-up.
CREATE TABLE contacts (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel         text NOT NULL,
    address_hash    bytea NOT NULL,
    address_sealed  bytea,
    name_sealed     bytea,
    locale          text,
    status          text NOT NULL DEFAULT 'active'
                    CHECK (status IN ('active', 'unreachable', 'opted_out', 'erased')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (channel, address_hash)
);

-- One open conversation per contact. Its row is the lock that keeps the
-- contact's messages in order: ingest and processing both take it.
CREATE TABLE conversations (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contact_id      bigint NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    channel         text NOT NULL,
    locale          text NOT NULL DEFAULT 'en',
    state           jsonb NOT NULL DEFAULT '{}',
    last_seq        bigint NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    last_inbound_at timestamptz,
    expires_at      timestamptz,
    closed_at       timestamptz
);
CREATE UNIQUE INDEX conversations_open_contact ON conversations (contact_id) WHERE closed_at IS NULL;

-- Messages in and out. Inbound ones are unique per (channel, provider_id) and
-- numbered by seq within their conversation in arrival order.
CREATE TABLE messages (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id bigint NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    direction       text NOT NULL CHECK (direction IN ('in', 'out')),
    channel         text NOT NULL,
    provider_id     text,
    seq             bigint,
    kind            text NOT NULL DEFAULT 'text',
    body            text NOT NULL DEFAULT '',
    choice          text,
    buttons         jsonb,
    in_reply_to     bigint REFERENCES messages (id) ON DELETE SET NULL,
    status          text NOT NULL CHECK (status IN (
                        'received', 'processed',                               -- in
                        'queued', 'sending', 'sent', 'delivered', 'read',     -- out
                        'failed', 'undelivered', 'unknown')),
    error_code      text,
    attempts        int NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    processed_at    timestamptz,
    sending_at      timestamptz,
    sent_at         timestamptz,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (direction = 'out' OR (provider_id IS NOT NULL AND seq IS NOT NULL))
);
CREATE UNIQUE INDEX messages_provider ON messages (channel, provider_id) WHERE provider_id IS NOT NULL;
CREATE INDEX messages_conversation ON messages (conversation_id, id);
CREATE INDEX messages_pending_in ON messages (conversation_id, seq) WHERE direction = 'in' AND status = 'received';
CREATE INDEX messages_pending_out ON messages (conversation_id, id) WHERE direction = 'out' AND status IN ('queued', 'sending');

-- Attachments and shared locations of a message. Bytes live here until they
-- outgrow Postgres (storage_url then points to an object store).
CREATE TABLE media (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id      bigint NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    kind            text NOT NULL CHECK (kind IN ('image', 'audio', 'voice', 'video', 'document', 'sticker', 'location', 'contact')),
    content_type    text,
    size_bytes      bigint,
    sha256          bytea,
    data            bytea,
    storage_url     text,
    provider_ref    text,
    latitude        double precision,
    longitude       double precision,
    error           text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (kind <> 'location' OR (latitude IS NOT NULL AND longitude IS NOT NULL))
);
CREATE INDEX media_message ON media (message_id);

-- A completed report, the facts agencies act on.
CREATE TABLE reports (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference       text NOT NULL UNIQUE CHECK (reference ~ '^HSY-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{6}$'),
    conversation_id bigint REFERENCES conversations (id) ON DELETE SET NULL,
    contact_id      bigint REFERENCES contacts (id) ON DELETE SET NULL,
    case_type       text NOT NULL,
    urgency         text NOT NULL CHECK (urgency IN ('emergency', 'urgent', 'routine')),
    language        text NOT NULL,
    channel         text NOT NULL,
    source          text,
    facts           jsonb NOT NULL DEFAULT '{}',
    red_flags       jsonb NOT NULL DEFAULT '[]',
    consent_contact boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

-- One referral per responsible agency of a report.
CREATE TABLE referrals (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id       bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    agency_code     text NOT NULL REFERENCES agencies (code),
    role            text NOT NULL CHECK (role IN ('lead', 'supporting')),
    status          text NOT NULL DEFAULT 'new',
    urgency         text NOT NULL CHECK (urgency IN ('emergency', 'urgent', 'routine')),
    claimed_by      text,
    due_at          timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (report_id, agency_code)
);
CREATE INDEX referrals_queue ON referrals (agency_code, status, created_at);

-- Agency API tokens, kept only as keyed hashes.
CREATE TABLE api_tokens (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_code     text NOT NULL REFERENCES agencies (code),
    token_hash      bytea NOT NULL UNIQUE,
    label           text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_used_at    timestamptz,
    revoked_at      timestamptz
);

-- Who saw or changed what. Append-only.
CREATE TABLE audit_log (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              timestamptz NOT NULL DEFAULT now(),
    actor           text NOT NULL,
    action          text NOT NULL,
    subject_type    text NOT NULL,
    subject_id      bigint,
    detail          jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_subject ON audit_log (subject_type, subject_id, at);
