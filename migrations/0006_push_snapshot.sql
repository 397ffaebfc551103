-- A push says what the referral was when the event happened, not when the
-- push is finally sent (it may have been transferred to another agency
-- meanwhile, and the first agency must not learn of its new state).
ALTER TABLE webhook_deliveries ADD COLUMN payload jsonb;
