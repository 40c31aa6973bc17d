-- 006: credit pledges (社会信用承诺), breaches, blacklistings (黑名单) and their repair (信用修复),
-- resident reviews (好差评) and on-site inspections. See docs/CREDIT.md.
-- Released migrations are never edited: change the schema with a new numbered file.
--
-- Records are append-only: the triggers below refuse DELETE everywhere and UPDATE except the
-- few columns an audited command changes (a pledge's withdrawal, a blacklisting's end, a
-- review's follow-up). Every write goes through RegistryDatabase.write with its audit entries.
-- Dates are legal dates 'YYYY-MM-DD' checked like schema 001; recorded_at is UTC.

-- A signed pledge: the outlet's credit pledge (kind 'pledge') or an operator's repair pledge
-- (kind 'repair', no outlet). The text signed is a versioned template in Seed/pledges/,
-- identified by template id and version, and fixed by the SHA-256 of its bytes.
CREATE TABLE credit_pledge (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('pledge', 'repair')),
    operator_uscc    TEXT NOT NULL REFERENCES operator(uscc) ON UPDATE CASCADE,
    outlet_rid       INTEGER REFERENCES outlet(rid),
    template_id      TEXT NOT NULL CHECK (template_id <> ''),
    template_version INTEGER NOT NULL CHECK (template_version >= 1),
    text_sha256      TEXT NOT NULL CHECK (length(text_sha256) = 64 AND text_sha256 NOT GLOB '*[^0-9a-f]*'),
    signatory        TEXT NOT NULL CHECK (signatory <> ''),
    signatory_role   TEXT NOT NULL CHECK (signatory_role IN ('legal_representative', 'authorised_agent')),
    signed_on        TEXT NOT NULL CHECK (date(signed_on, '+0 days') IS signed_on),
    withdrawn_on     TEXT CHECK (withdrawn_on IS NULL OR (date(withdrawn_on, '+0 days') IS withdrawn_on AND withdrawn_on >= signed_on)),
    recorded_by      TEXT NOT NULL CHECK (recorded_by <> ''),
    recorded_at      TEXT NOT NULL,
    CHECK ((kind = 'pledge') = (outlet_rid IS NOT NULL))
) STRICT;

CREATE INDEX credit_pledge_outlet ON credit_pledge(outlet_rid, signed_on);
CREATE INDEX credit_pledge_operator ON credit_pledge(operator_uscc);

-- A breach of a pledge or of the rules, found at one outlet of an operator, with its category
-- (the grounds of 民发〔2019〕103号, or a pledge term) and evidence. `pledge_id` is the outlet's
-- pledge current on the breach day, when there was one.
CREATE TABLE credit_breach (
    id            INTEGER PRIMARY KEY,
    operator_uscc TEXT NOT NULL REFERENCES operator(uscc) ON UPDATE CASCADE,
    outlet_rid    INTEGER NOT NULL REFERENCES outlet(rid),
    pledge_id     INTEGER REFERENCES credit_pledge(id),
    category      TEXT NOT NULL CHECK (category IN (
                      'harming_rights', 'fraud_fundraising', 'fire_hazard', 'safety_accident', 'subsidy_fraud',
                      'obstructing_inspection', 'no_annual_report', 'court_defaulter',
                      'price_overcharge', 'service_standard', 'false_information', 'other')),
    evidence      TEXT NOT NULL CHECK (evidence <> ''),
    occurred_on   TEXT NOT NULL CHECK (date(occurred_on, '+0 days') IS occurred_on),
    recorded_by   TEXT NOT NULL CHECK (recorded_by <> ''),
    recorded_at   TEXT NOT NULL
) STRICT;

CREATE INDEX credit_breach_operator ON credit_breach(operator_uscc, occurred_on);

-- The operator on the public blacklist because of one breach: listed on the breach day, public
-- at least until minimum_end and at most until maximum_end (it lapses by itself after that);
-- ended earlier only by repair (信用修复) on or after minimum_end, with a repair pledge.
CREATE TABLE credit_blacklisting (
    id               INTEGER PRIMARY KEY,
    operator_uscc    TEXT NOT NULL REFERENCES operator(uscc) ON UPDATE CASCADE,
    breach_id        INTEGER NOT NULL UNIQUE REFERENCES credit_breach(id),
    listed_on        TEXT NOT NULL CHECK (date(listed_on, '+0 days') IS listed_on),
    minimum_end      TEXT NOT NULL CHECK (date(minimum_end, '+0 days') IS minimum_end),
    maximum_end      TEXT NOT NULL CHECK (date(maximum_end, '+0 days') IS maximum_end),
    basis            TEXT NOT NULL CHECK (basis <> ''),
    ended_on         TEXT CHECK (ended_on IS NULL OR date(ended_on, '+0 days') IS ended_on),
    ended_how        TEXT CHECK (ended_how IS NULL OR ended_how IN ('repaired')),
    repair_pledge_id INTEGER REFERENCES credit_pledge(id),
    CHECK (listed_on < minimum_end AND minimum_end <= maximum_end),
    CHECK ((ended_on IS NULL) = (ended_how IS NULL)),
    CHECK (ended_on IS NULL OR (ended_on >= minimum_end AND ended_on <= maximum_end)),
    CHECK ((ended_how = 'repaired') = (repair_pledge_id IS NOT NULL))
) STRICT;

CREATE INDEX credit_blacklisting_operator ON credit_blacklisting(operator_uscc, listed_on);

-- 好差评: a resident's review of an outlet, recorded by an officer. Scores 1–2 are bad reviews
-- (差评) and carry the follow-up deadline counted in working days from the review day.
CREATE TABLE review (
    id             INTEGER PRIMARY KEY,
    outlet_rid     INTEGER NOT NULL REFERENCES outlet(rid),
    score          INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    reviewed_on    TEXT NOT NULL CHECK (date(reviewed_on, '+0 days') IS reviewed_on),
    text           TEXT,
    follow_up_due  TEXT CHECK (follow_up_due IS NULL OR (date(follow_up_due, '+0 days') IS follow_up_due AND follow_up_due > reviewed_on)),
    follow_up_on   TEXT CHECK (follow_up_on IS NULL OR (date(follow_up_on, '+0 days') IS follow_up_on AND follow_up_on >= reviewed_on)),
    follow_up_text TEXT,
    rectified_on   TEXT CHECK (rectified_on IS NULL OR (date(rectified_on, '+0 days') IS rectified_on AND rectified_on >= reviewed_on)),
    recorded_by    TEXT NOT NULL CHECK (recorded_by <> ''),
    recorded_at    TEXT NOT NULL,
    CHECK ((score <= 2) = (follow_up_due IS NOT NULL)),
    CHECK ((follow_up_on IS NULL) = (follow_up_text IS NULL)),
    CHECK (rectified_on IS NULL OR follow_up_on IS NOT NULL)
) STRICT;

CREATE INDEX review_outlet ON review(outlet_rid, reviewed_on);

-- An on-site inspection (现场检查) of an outlet and its result.
CREATE TABLE inspection (
    id           INTEGER PRIMARY KEY,
    outlet_rid   INTEGER NOT NULL REFERENCES outlet(rid),
    inspected_on TEXT NOT NULL CHECK (date(inspected_on, '+0 days') IS inspected_on),
    result       TEXT NOT NULL CHECK (result IN ('pass', 'rectify', 'fail')),
    notes        TEXT,
    recorded_by  TEXT NOT NULL CHECK (recorded_by <> ''),
    recorded_at  TEXT NOT NULL
) STRICT;

CREATE INDEX inspection_outlet ON inspection(outlet_rid, inspected_on);

-- Append-only, except the columns the audited commands change (operator_uscc may follow a
-- corrected credit code through ON UPDATE CASCADE).
CREATE TRIGGER credit_pledge_no_delete BEFORE DELETE ON credit_pledge BEGIN
    SELECT RAISE(ABORT, 'credit_pledge is append-only');
END;
CREATE TRIGGER credit_pledge_update_withdrawal_only BEFORE UPDATE ON credit_pledge
WHEN old.withdrawn_on IS NOT NULL OR new.id IS NOT old.id OR new.kind IS NOT old.kind
    OR new.outlet_rid IS NOT old.outlet_rid
    OR new.template_id IS NOT old.template_id OR new.template_version IS NOT old.template_version
    OR new.text_sha256 IS NOT old.text_sha256 OR new.signatory IS NOT old.signatory
    OR new.signatory_role IS NOT old.signatory_role OR new.signed_on IS NOT old.signed_on
BEGIN
    SELECT RAISE(ABORT, 'a signed pledge is only ever withdrawn, once');
END;
CREATE TRIGGER credit_breach_no_update BEFORE UPDATE OF id, outlet_rid, pledge_id, category, evidence, occurred_on, recorded_by, recorded_at ON credit_breach BEGIN
    SELECT RAISE(ABORT, 'credit_breach is append-only');
END;
CREATE TRIGGER credit_breach_no_delete BEFORE DELETE ON credit_breach BEGIN
    SELECT RAISE(ABORT, 'credit_breach is append-only');
END;
CREATE TRIGGER credit_blacklisting_no_delete BEFORE DELETE ON credit_blacklisting BEGIN
    SELECT RAISE(ABORT, 'credit_blacklisting is append-only');
END;
CREATE TRIGGER credit_blacklisting_end_only BEFORE UPDATE ON credit_blacklisting
WHEN old.ended_on IS NOT NULL OR new.id IS NOT old.id OR new.breach_id IS NOT old.breach_id
    OR new.listed_on IS NOT old.listed_on OR new.minimum_end IS NOT old.minimum_end
    OR new.maximum_end IS NOT old.maximum_end OR new.basis IS NOT old.basis
BEGIN
    SELECT RAISE(ABORT, 'a blacklisting is only ever ended, once');
END;
CREATE TRIGGER review_no_delete BEFORE DELETE ON review BEGIN
    SELECT RAISE(ABORT, 'review is append-only');
END;
CREATE TRIGGER review_follow_up_only BEFORE UPDATE OF id, outlet_rid, score, reviewed_on, text, follow_up_due, recorded_by, recorded_at ON review BEGIN
    SELECT RAISE(ABORT, 'a review is only ever followed up');
END;
CREATE TRIGGER inspection_no_update BEFORE UPDATE ON inspection BEGIN
    SELECT RAISE(ABORT, 'inspection is append-only');
END;
CREATE TRIGGER inspection_no_delete BEFORE DELETE ON inspection BEGIN
    SELECT RAISE(ABORT, 'inspection is append-only');
END;
