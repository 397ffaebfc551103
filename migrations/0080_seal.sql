-- Sealing at rest (package vault, store/seal.go). Text and jsonb columns keep
-- their types (sealed values are text: "hsv1:" and base64), but a shared
-- location is two numbers: it moves to place_sealed, and new rows leave
-- latitude and longitude NULL. Rows from before stay as they are until
-- `hoshyar key rotate` seals them.
ALTER TABLE media ADD COLUMN place_sealed bytea;
ALTER TABLE media DROP CONSTRAINT IF EXISTS media_check;
ALTER TABLE media ADD CONSTRAINT media_location_given
    CHECK (kind <> 'location' OR (latitude IS NOT NULL AND longitude IS NOT NULL) OR place_sealed IS NOT NULL);
