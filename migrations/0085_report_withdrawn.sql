-- A reporter who asks to delete their data withdraws their words from the
-- reports agencies hold: the report keeps the facts about the offer and
-- the recruiter and says when its words were withdrawn.
ALTER TABLE reports ADD COLUMN withdrawn_at timestamptz;
