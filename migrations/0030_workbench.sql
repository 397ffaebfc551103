-- The agency workbench: when an agency took, finished and last read a
-- referral (the queue's clock, its "reporter wrote" mark and the dashboard's
-- times), when an overdue referral was flagged to the agency's supervisors
-- and escalated to the case's other agencies, and who asked an agency to
-- assist on a case.
ALTER TABLE referrals ADD COLUMN claimed_at timestamptz;
ALTER TABLE referrals ADD COLUMN closed_at timestamptz;
ALTER TABLE referrals ADD COLUMN read_at timestamptz;
ALTER TABLE referrals ADD COLUMN overdue_at timestamptz;
ALTER TABLE referrals ADD COLUMN escalated_at timestamptz;
ALTER TABLE referrals ADD COLUMN asked_by text REFERENCES agencies (code);

UPDATE referrals f SET claimed_at = COALESCE(
       (SELECT min(e.at) FROM referral_events e WHERE e.referral_id = f.id AND e.kind = 'claimed'), f.updated_at)
 WHERE f.status <> 'new';
UPDATE referrals f SET closed_at = COALESCE(
       (SELECT max(e.at) FROM referral_events e WHERE e.referral_id = f.id AND e.kind = 'status' AND e.detail->>'to' = 'closed'), f.updated_at)
 WHERE f.status = 'closed';

-- The overdue watch looks at open referrals by due time.
CREATE INDEX referrals_open_due ON referrals (due_at) WHERE status <> 'closed';
-- An agency's queue in the work order (store/queue.go): open first, by
-- urgency, the earliest due first (the overdue are the earliest due).
CREATE INDEX referrals_work ON referrals (agency_code, (status = 'closed'),
    (CASE urgency WHEN 'emergency' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END), due_at, id);
CREATE INDEX referral_events_kind ON referral_events (kind, at);

-- API tokens act in a role, as console users do. Tokens made before roles
-- existed could do everything an agency can; they keep a supervisor's
-- rights so no integration breaks. New tokens are agents unless told.
ALTER TABLE api_tokens ADD COLUMN role text NOT NULL DEFAULT 'agent' CHECK (role IN ('agent', 'supervisor', 'admin'));
UPDATE api_tokens SET role = 'supervisor';

-- An agency's message or verdict to a reporter is an input to the
-- conversation, stored as an inbound message of kind agency_message,
-- agency_verdict or agency_notice and processed in order with the person's
-- own; meta says who and about what (no personal data: the officer's text is
-- the body, sealed at rest with every other body).
ALTER TABLE messages ADD COLUMN meta jsonb;
