-- Reports as conversations create them, their evidence, the keys that link
-- reports of one recruiter, and the registry of licensed promoters.

ALTER TABLE reports ADD COLUMN kind text NOT NULL DEFAULT 'report' CHECK (kind IN ('report', 'help', 'verify', 'human'));
ALTER TABLE reports ADD COLUMN answers jsonb NOT NULL DEFAULT '{}';
ALTER TABLE reports ADD COLUMN entities jsonb NOT NULL DEFAULT '{}';
ALTER TABLE reports ADD COLUMN danger jsonb NOT NULL DEFAULT '[]';
ALTER TABLE reports ADD COLUMN discreet boolean NOT NULL DEFAULT false;
ALTER TABLE reports ADD COLUMN summary text NOT NULL DEFAULT '';
CREATE INDEX reports_contact ON reports (contact_id, created_at DESC);

-- The messages that carry a report's account (the advert, screenshots, what
-- the person told an officer).
CREATE TABLE report_evidence (
    report_id  bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    message_id bigint NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    PRIMARY KEY (report_id, message_id)
);

-- Recruiter phones, links and licences a report names; reports sharing one
-- are linked.
CREATE TABLE report_keys (
    report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    kind      text NOT NULL CHECK (kind IN ('phone', 'url', 'licence')),
    value     text NOT NULL,
    PRIMARY KEY (report_id, kind, value)
);
CREATE INDEX report_keys_value ON report_keys (kind, value);

ALTER TABLE referrals ADD COLUMN reason text NOT NULL DEFAULT '';
ALTER TABLE referrals ADD COLUMN linked_reports int NOT NULL DEFAULT 0;
ALTER TABLE referrals ADD COLUMN priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal', 'high'));

-- Licensed Overseas Employment Promoters, imported from BE&OE's list.
CREATE TABLE oep_promoters (
    licence     text PRIMARY KEY,
    name        text NOT NULL,
    city        text NOT NULL DEFAULT '',
    address     text NOT NULL DEFAULT '',
    phone       text NOT NULL DEFAULT '',
    status      text NOT NULL CHECK (status IN ('active', 'suspended', 'cancelled', 'expired')),
    valid_until date,
    imported_at timestamptz NOT NULL DEFAULT now()
);
