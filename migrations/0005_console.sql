-- The agency console's people and their sign-ins: staff accounts of one
-- agency each, sessions kept only as a SHA-256 of their token, and failed
-- sign-ins, counted per e-mail across every replica to slow password guessing.

CREATE TABLE console_users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_code   text NOT NULL REFERENCES agencies (code),
    email         text NOT NULL UNIQUE CHECK (email = lower(email) AND email <> ''),
    name          text NOT NULL,
    role          text NOT NULL DEFAULT 'agent' CHECK (role IN ('agent', 'supervisor', 'admin')),
    password_hash text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    disabled_at   timestamptz
);

CREATE TABLE console_sessions (
    token_hash bytea PRIMARY KEY,          -- SHA-256 of the cookie's token
    user_id    bigint NOT NULL REFERENCES console_users (id) ON DELETE CASCADE,
    csrf       text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
CREATE INDEX console_sessions_user ON console_sessions (user_id);
CREATE INDEX console_sessions_expires ON console_sessions (expires_at);

-- A sign-in attempt is written here before the password is checked and
-- removed when it succeeds, so concurrent guesses count too.
CREATE TABLE login_failures (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_email ON login_failures (email, at);
