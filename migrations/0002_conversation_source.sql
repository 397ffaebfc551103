-- Where a person came from (a Telegram /start deep-link payload naming a
-- campaign or a partner's page), kept with their conversation so the report
-- it leads to can name its source.
ALTER TABLE conversations ADD COLUMN source text;
