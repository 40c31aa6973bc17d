-- 005: the recognition (认定) workflow and the unified badge (统一标识). docs/RECOGNITION.md.
--
-- `certification` stays the current state of each recognition (an outlet's latest row is its
-- current one). Every transition appends one `certification_event`: which recognition, the
-- action, the status before and after, the day it takes effect, the officer, reason and basis,
-- the verification run attached and an override of failing block rules, and details as JSON
-- (an objection's who and what, the notice's last day, a badge issued). Events are append-only:
-- triggers refuse UPDATE and DELETE. Existing recognitions (imported from outlets.csv) get one
-- `imported` event each here; the import path adds it for recognitions imported later.
CREATE TABLE certification_event (
    id                  INTEGER PRIMARY KEY,
    certification_id    INTEGER NOT NULL REFERENCES certification(id),
    outlet_rid          INTEGER NOT NULL REFERENCES outlet(rid),
    action              TEXT NOT NULL CHECK (action IN
                            ('imported', 'apply', 'review', 'notice', 'object', 'approve', 'reject', 'suspend',
                             'reinstate', 'revoke', 'renew', 'expire', 'reissue')),
    from_status         TEXT CHECK (from_status IS NULL OR from_status IN
                            ('applied', 'under_review', 'in_notice', 'certified', 'rejected', 'suspended', 'revoked', 'expired')),
    to_status           TEXT NOT NULL CHECK (to_status IN
                            ('applied', 'under_review', 'in_notice', 'certified', 'rejected', 'suspended', 'revoked', 'expired')),
    -- The day the step takes effect; only an imported recognition may lack one.
    on_date             TEXT CHECK (on_date IS NULL OR date(on_date, '+0 days') IS on_date),
    officer             TEXT NOT NULL CHECK (officer <> ''),
    reason              TEXT NOT NULL DEFAULT '',
    basis               TEXT NOT NULL DEFAULT '',
    verification_run_id INTEGER REFERENCES verification_run(id),
    override_reason     TEXT CHECK (override_reason IS NULL OR override_reason <> ''),
    details_json        TEXT CHECK (details_json IS NULL OR json_valid(details_json)),
    recorded_at         TEXT NOT NULL,
    CHECK (on_date IS NOT NULL OR action = 'imported')
) STRICT;

CREATE INDEX certification_event_certification ON certification_event(certification_id, id);
CREATE INDEX certification_event_outlet ON certification_event(outlet_rid, id);

CREATE TRIGGER certification_event_no_update BEFORE UPDATE ON certification_event BEGIN
    SELECT RAISE(ABORT, 'certification_event is append-only');
END;
CREATE TRIGGER certification_event_no_delete BEFORE DELETE ON certification_event BEGIN
    SELECT RAISE(ABORT, 'certification_event is append-only');
END;

-- Unified badges (统一标识): one row per number ever issued. A re-issue voids the old number
-- (voided_on, void_reason, replaced_by) and issues a new one for the same recognition and
-- validity; a renewal extends valid_to. The badge's live status is computed from its
-- recognition (docs/RECOGNITION.md), never stored.
CREATE TABLE badge (
    number           TEXT PRIMARY KEY NOT NULL
                     CHECK (number GLOB 'NT[EC]-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9]-[0-9A-Z]'),
    certification_id INTEGER NOT NULL REFERENCES certification(id),
    outlet_rid       INTEGER NOT NULL REFERENCES outlet(rid),
    level            TEXT NOT NULL CHECK (level IN ('municipal', 'provincial', 'provincial_demonstration')),
    valid_from       TEXT NOT NULL CHECK (date(valid_from, '+0 days') IS valid_from),
    valid_to         TEXT NOT NULL CHECK (date(valid_to, '+0 days') IS valid_to),
    issued_on        TEXT CHECK (issued_on IS NULL OR date(issued_on, '+0 days') IS issued_on),
    voided_on        TEXT CHECK (voided_on IS NULL OR date(voided_on, '+0 days') IS voided_on),
    void_reason      TEXT,
    replaced_by      TEXT REFERENCES badge(number),
    CHECK (valid_from <= valid_to),
    CHECK ((voided_on IS NULL) = (void_reason IS NULL))
) STRICT;

CREATE INDEX badge_certification ON badge(certification_id);
CREATE INDEX badge_outlet ON badge(outlet_rid);

-- History for the recognitions already in the registry: one `imported` event each, and a
-- badge row for each well-formed badge number.
INSERT INTO certification_event
    (certification_id, outlet_rid, action, from_status, to_status, on_date, officer, reason, basis, recorded_at)
SELECT id, outlet_rid, 'imported', NULL, status, status_on, 'puhui-init',
       'recognition as it stood before the workflow (schema 005)', 'outlets.csv cert_* columns',
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM certification ORDER BY id;

INSERT INTO badge (number, certification_id, outlet_rid, level, valid_from, valid_to, issued_on)
SELECT badge_no, id, outlet_rid, level, valid_from, valid_to, decided_on
FROM certification
WHERE badge_no GLOB 'NT[EC]-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9]-[0-9A-Z]'
  AND valid_from IS NOT NULL AND valid_to IS NOT NULL AND valid_from <= valid_to
ORDER BY id;
