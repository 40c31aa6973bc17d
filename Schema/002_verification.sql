-- 002: verification runs. A run applies one rule set (named by the SHA-256 of its file) to the
-- registry as of a day and is kept so that a recognition decision can cite it. Runs are
-- immutable: triggers refuse UPDATE and DELETE, and the run row is written last, in the same
-- transaction as its verdicts and its audit entry (the foreign keys to it are deferred).
--
-- Storage: one outcome row per outlet (eligible, counts per result) and one verdict row per
-- failing or erring rule with its explanation (storage 'failures', the default: passes and
-- not-applicable verdicts are the bulk and say nothing an officer acts on), or one verdict row
-- per rule and outlet (storage 'all'). docs/RULES.md has the measurements behind the default.

CREATE TABLE verification_run (
    id              INTEGER PRIMARY KEY,
    ruleset_id      TEXT NOT NULL CHECK (ruleset_id <> ''),
    ruleset_version TEXT NOT NULL,
    ruleset_hash    TEXT NOT NULL CHECK (length(ruleset_hash) = 64 AND ruleset_hash NOT GLOB '*[^0-9a-f]*'),
    as_of           TEXT NOT NULL CHECK (date(as_of, '+0 days') IS as_of),
    started_at      TEXT NOT NULL CHECK (started_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
    finished_at     TEXT NOT NULL CHECK (finished_at >= started_at),
    officer         TEXT CHECK (officer IS NULL OR officer <> ''),
    -- The outlets the run covered, e.g. 'all' or 'kind=childcare district=320613'.
    scope           TEXT NOT NULL DEFAULT 'all',
    storage         TEXT NOT NULL CHECK (storage IN ('failures', 'all')),
    outlets         INTEGER NOT NULL CHECK (outlets >= 0),
    eligible        INTEGER NOT NULL CHECK (eligible >= 0 AND eligible <= outlets),
    rules           INTEGER NOT NULL CHECK (rules >= 0)
) STRICT;

CREATE INDEX verification_run_as_of ON verification_run(as_of, id);

-- Per outlet and run: the outcome (eligible only if no block rule failed or erred) and how
-- many rules gave each result.
CREATE TABLE verification_outcome (
    run_id          INTEGER NOT NULL REFERENCES verification_run(id) DEFERRABLE INITIALLY DEFERRED,
    outlet_rid      INTEGER NOT NULL REFERENCES outlet(rid),
    eligible        INTEGER NOT NULL CHECK (eligible IN (0, 1)),
    passed          INTEGER NOT NULL CHECK (passed >= 0),
    failed          INTEGER NOT NULL CHECK (failed >= 0),
    errors          INTEGER NOT NULL CHECK (errors >= 0),
    not_applicable  INTEGER NOT NULL CHECK (not_applicable >= 0),
    PRIMARY KEY (run_id, outlet_rid)
) STRICT, WITHOUT ROWID;

CREATE INDEX verification_outcome_outlet ON verification_outcome(outlet_rid, run_id);

-- Verdicts with their explanation (JSON: basis, reason, facts and parameters read, condition parts).
CREATE TABLE verification_verdict (
    run_id           INTEGER NOT NULL REFERENCES verification_run(id) DEFERRABLE INITIALLY DEFERRED,
    outlet_rid       INTEGER NOT NULL REFERENCES outlet(rid),
    rule_id          TEXT NOT NULL CHECK (rule_id <> ''),
    result           TEXT NOT NULL CHECK (result IN ('pass', 'fail', 'not_applicable', 'error')),
    severity         TEXT NOT NULL CHECK (severity IN ('block', 'warn', 'info')),
    message          TEXT NOT NULL,
    explanation_json TEXT NOT NULL CHECK (json_valid(explanation_json)),
    PRIMARY KEY (run_id, outlet_rid, rule_id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER verification_run_no_update BEFORE UPDATE ON verification_run BEGIN
    SELECT RAISE(ABORT, 'verification runs are immutable');
END;
CREATE TRIGGER verification_run_no_delete BEFORE DELETE ON verification_run BEGIN
    SELECT RAISE(ABORT, 'verification runs are immutable');
END;
CREATE TRIGGER verification_outcome_no_update BEFORE UPDATE ON verification_outcome BEGIN
    SELECT RAISE(ABORT, 'verification runs are immutable');
END;
CREATE TRIGGER verification_outcome_no_delete BEFORE DELETE ON verification_outcome BEGIN
    SELECT RAISE(ABORT, 'verification runs are immutable');
END;
CREATE TRIGGER verification_verdict_no_update BEFORE UPDATE ON verification_verdict BEGIN
    SELECT RAISE(ABORT, 'verification runs are immutable');
END;
CREATE TRIGGER verification_verdict_no_delete BEFORE DELETE ON verification_verdict BEGIN
    SELECT RAISE(ABORT, 'verification runs are immutable');
END;
