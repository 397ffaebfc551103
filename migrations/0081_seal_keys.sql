-- Recruiters' phones, links, licences and wallets are what links reports,
-- so they are compared in SQL: report_keys.value and alerts.key_value now
-- hold a keyed hash ("hk1:" and hex, package vault), the value itself is
-- sealed beside it. reports.entities keeps countries, payment channels and
-- amounts clear (dashboards count them) and seals phones, links, handles
-- and licences; entity_hashes holds their keyed hashes, to find who
-- checked a number. Rows from before stay clear, and link only with one
-- another, until `hoshyar key rotate` hashes and seals them (run it once
-- after upgrading).
ALTER TABLE report_keys ADD COLUMN value_sealed bytea;
ALTER TABLE alerts ADD COLUMN key_value_sealed bytea;
ALTER TABLE reports ADD COLUMN entity_hashes text[];
