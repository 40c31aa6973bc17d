-- 007: officers' API tokens, and which audit entries came through the API.
--
-- A token stands for one registered officer (with that officer's district scope) at the HTTP
-- service. Only its SHA-256 is stored: the token itself is printed once, when issued. A token
-- is revoked, never deleted, so the audit entries that name it stay explained.
CREATE TABLE officer_token (
    id          TEXT PRIMARY KEY NOT NULL CHECK (id GLOB 'tok_[0-9a-f]*' AND length(id) = 20),
    officer_id  TEXT NOT NULL REFERENCES officer(id),
    sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    issued_at   TEXT NOT NULL,
    issued_by   TEXT NOT NULL CHECK (issued_by <> ''),
    expires_at  TEXT NOT NULL,
    revoked_at  TEXT,
    revoked_by  TEXT,
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
) STRICT;

CREATE INDEX officer_token_officer ON officer_token(officer_id);

-- The channel an audit entry's change came through, when it was not the command line: one row
-- per entry written by a request to `puhui serve` (channel 'api', with the token used). Kept
-- beside the hash-chained log (whose entry format is unchanged) and written in the same
-- transaction as the entry; append-only like the log.
CREATE TABLE audit_channel (
    seq       INTEGER PRIMARY KEY NOT NULL REFERENCES audit_log(seq),
    channel   TEXT NOT NULL CHECK (channel IN ('api')),
    token_id  TEXT NOT NULL REFERENCES officer_token(id)
) STRICT;

CREATE TRIGGER audit_channel_no_update BEFORE UPDATE ON audit_channel
BEGIN SELECT RAISE(ABORT, 'audit_channel is append-only'); END;
CREATE TRIGGER audit_channel_no_delete BEFORE DELETE ON audit_channel
BEGIN SELECT RAISE(ABORT, 'audit_channel is append-only'); END;
