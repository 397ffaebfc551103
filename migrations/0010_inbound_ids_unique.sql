-- Only an inbound message's provider id is unique: it is how a redelivery
-- is recognised. Telegram numbers the messages of each chat apart, so the
-- replies to two people can carry the same message id; recording the second
-- failed on the unique index, and the reply was left "sending".
DROP INDEX messages_provider;
CREATE UNIQUE INDEX messages_provider ON messages (channel, provider_id)
    WHERE provider_id IS NOT NULL AND direction = 'in';
CREATE INDEX messages_provider_out ON messages (channel, provider_id)
    WHERE provider_id IS NOT NULL AND direction = 'out';
