-- Recruiter networks and early warnings.
--
-- Reports are joined into networks by more than phones, links and licences:
-- wallet numbers (JazzCash, Easypaisa), IBANs and bank accounts, social
-- handles and company names too.
ALTER TABLE report_keys DROP CONSTRAINT report_keys_kind_check;
ALTER TABLE report_keys ADD CONSTRAINT report_keys_kind_check
    CHECK (kind IN ('phone', 'url', 'licence', 'wallet', 'iban', 'account', 'handle', 'company'));

-- What a report says was asked and paid, in rupees, for a network's totals.
ALTER TABLE reports ADD COLUMN amount_asked_pkr bigint CHECK (amount_asked_pkr >= 0);
ALTER TABLE reports ADD COLUMN amount_paid_pkr bigint CHECK (amount_paid_pkr >= 0);

-- An early warning: a number, link or wallet named by enough reports in a
-- short time becomes a request, drafted for staff to review, to the agency
-- that can act on it (PTA blocks a number, PK-CERT takes a link down, NCCIA
-- freezes a wallet). The request as approved is kept in draft.
CREATE TABLE alerts (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          text NOT NULL CHECK (kind IN ('block_number', 'takedown_link', 'freeze_wallet')),
    agency_code   text NOT NULL REFERENCES agencies (code),
    key_kind      text NOT NULL,
    key_value     text NOT NULL,
    window_days   int NOT NULL CHECK (window_days > 0),
    status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    draft         jsonb,
    note          text,
    decided_by    text,
    decided_agency text REFERENCES agencies (code),
    decided_at    timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
-- One request waits per thing and kind.
CREATE UNIQUE INDEX alerts_pending ON alerts (kind, key_kind, key_value) WHERE status = 'pending';
CREATE INDEX alerts_key ON alerts (key_kind, key_value);

-- The reports behind a request: who may review it (the agencies holding
-- them) and what it quotes.
CREATE TABLE alert_reports (
    alert_id  bigint NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    PRIMARY KEY (alert_id, report_id)
);
CREATE INDEX alert_reports_report ON alert_reports (report_id);

-- A push may be about a request rather than a referral.
ALTER TABLE webhook_deliveries ADD COLUMN alert_id bigint REFERENCES alerts (id) ON DELETE SET NULL;
