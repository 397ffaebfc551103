-- Console sign-in is limited per account and address, so that an attacker
-- elsewhere cannot lock an officer out: each attempt records the keyed hash
-- of the address it came from (an IPv4 address, or an IPv6 /64; never the
-- address itself), and an officer's successful sign-ins remember the
-- addresses they came from, which the account-wide limit spares.
ALTER TABLE login_failures ADD COLUMN addr_hash bytea;
CREATE INDEX login_failures_addr ON login_failures (addr_hash, at);
CREATE INDEX login_failures_email_addr ON login_failures (email, addr_hash, at);

CREATE TABLE console_login_addresses (
    user_id    bigint NOT NULL REFERENCES console_users (id) ON DELETE CASCADE,
    addr_hash  bytea NOT NULL,
    last_at    timestamptz NOT NULL,
    PRIMARY KEY (user_id, addr_hash)
);
