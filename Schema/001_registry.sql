-- 001: the registry foundation: reference data, operators, outlets, childcare classes, prices,
-- recognition as it stands, and the append-only, hash-chained audit log.
-- Released migrations are never edited: change the schema with a new numbered file.
--
-- Conventions: STRICT tables; money in integer fen; legal dates as 'YYYY-MM-DD', checked with
-- date(x, '+0 days') IS x (the modifier normalises 2024-02-30 to 2024-03-01, so impossible days
-- are refused); timestamps as UTC 'YYYY-MM-DDTHH:MM:SSZ'; coordinates WGS-84 degrees in REAL
-- columns (exact), mirrored as float32 in an R*Tree.

-- Facts about the registry file itself (e.g. whether it holds the synthetic sample registry).
CREATE TABLE registry_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- County-level divisions (GB/T 2260) and the city itself, with census populations.
CREATE TABLE division (
    code              TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 6 AND code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'),
    name              TEXT NOT NULL CHECK (name <> ''),
    name_en           TEXT NOT NULL CHECK (name_en <> ''),
    level             TEXT NOT NULL CHECK (level IN ('city', 'county')),
    parent_code       TEXT REFERENCES division(code),
    population        INTEGER CHECK (population IS NULL OR population >= 0),
    population_source TEXT,
    centre_lat        REAL CHECK (centre_lat IS NULL OR centre_lat BETWEEN -90 AND 90),
    centre_lon        REAL CHECK (centre_lon IS NULL OR centre_lon BETWEEN -180 AND 180)
) STRICT;

-- Division codes retired in 2020 that still appear inside old credit codes.
CREATE TABLE division_alias (
    old_code TEXT PRIMARY KEY NOT NULL CHECK (length(old_code) = 6),
    new_code TEXT NOT NULL REFERENCES division(code),
    note     TEXT NOT NULL DEFAULT ''
) STRICT;

-- 街道 (street) and 镇 (town) within a county-level division, with an approximate centre.
CREATE TABLE subdistrict (
    id            INTEGER PRIMARY KEY,
    district_code TEXT NOT NULL REFERENCES division(code),
    name          TEXT NOT NULL CHECK (name <> ''),
    kind          TEXT NOT NULL CHECK (kind IN ('street', 'town')),
    centre_lat    REAL NOT NULL CHECK (centre_lat BETWEEN -90 AND 90),
    centre_lon    REAL NOT NULL CHECK (centre_lon BETWEEN -180 AND 180),
    UNIQUE (district_code, name)
) STRICT;

-- 运营主体: an operator is a legal person keyed by its 统一社会信用代码 (USCC, GB 32100-2015).
CREATE TABLE operator (
    uscc                 TEXT PRIMARY KEY NOT NULL CHECK (length(uscc) = 18),
    name                 TEXT NOT NULL CHECK (name <> ''),
    legal_form           TEXT NOT NULL CHECK (legal_form IN
                             ('private_non_enterprise', 'enterprise', 'public_institution', 'social_organisation', 'other')),
    legal_representative TEXT NOT NULL CHECK (legal_representative <> ''),
    contact_phone        TEXT,
    address              TEXT,
    -- An early pilot code whose check character fails is accepted only with a recorded reason.
    uscc_override_reason TEXT CHECK (uscc_override_reason IS NULL OR uscc_override_reason <> ''),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
) STRICT;

-- 网点: one physical site where services are delivered. `rid` is the internal integer key that
-- the R*Tree and FTS5 index use; `id` is the public, stable identifier.
CREATE TABLE outlet (
    rid                       INTEGER PRIMARY KEY,
    id                        TEXT NOT NULL UNIQUE CHECK (length(id) BETWEEN 1 AND 32 AND id NOT GLOB '*[^A-Za-z0-9_-]*'),
    operator_uscc             TEXT NOT NULL REFERENCES operator(uscc) ON UPDATE CASCADE,
    name                      TEXT NOT NULL CHECK (name <> ''),
    kind                      TEXT NOT NULL CHECK (kind IN (
                                  'elder_institution', 'elder_community_center', 'elder_day_care', 'elder_home_care_station',
                                  'childcare_institution', 'childcare_community', 'childcare_kindergarten_class', 'childcare_family')),
    -- 'inclusive' outlets offer (or seek recognition for) inclusive prices; 'market' outlets are
    -- market-rate and are the only ones whose prices feed market benchmarks.
    pricing                   TEXT NOT NULL DEFAULT 'market' CHECK (pricing IN ('inclusive', 'market')),
    district_code             TEXT NOT NULL REFERENCES division(code),
    subdistrict               TEXT,
    address                   TEXT NOT NULL CHECK (address <> ''),
    lat                       REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon                       REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    phone                     TEXT,
    opened_on                 TEXT CHECK (opened_on IS NULL OR date(opened_on, '+0 days') IS opened_on),
    status                    TEXT NOT NULL DEFAULT 'operating' CHECK (status IN ('operating', 'suspended', 'closed')),
    -- Elder care capacity: beds and 护理型床位 (nursing-type beds) among them.
    beds                      INTEGER CHECK (beds IS NULL OR beds >= 0),
    nursing_beds              INTEGER CHECK (nursing_beds IS NULL OR (nursing_beds >= 0 AND (beds IS NULL OR nursing_beds <= beds))),
    -- Staff counts.
    staff_total               INTEGER CHECK (staff_total IS NULL OR staff_total >= 0),
    staff_carers              INTEGER CHECK (staff_carers IS NULL OR staff_carers >= 0),
    staff_health_fulltime     INTEGER CHECK (staff_health_fulltime IS NULL OR staff_health_fulltime >= 0),
    -- Floor areas in whole square metres.
    floor_area_m2             INTEGER CHECK (floor_area_m2 IS NULL OR floor_area_m2 >= 0),
    outdoor_area_m2           INTEGER CHECK (outdoor_area_m2 IS NULL OR outdoor_area_m2 >= 0),
    -- Premises: owned, or leased over a recorded period (托育: owned or leased >= 3 years).
    premises_tenure           TEXT CHECK (premises_tenure IS NULL OR premises_tenure IN ('owned', 'leased')),
    lease_from                TEXT CHECK (lease_from IS NULL OR date(lease_from, '+0 days') IS lease_from),
    lease_to                  TEXT CHECK (lease_to IS NULL OR date(lease_to, '+0 days') IS lease_to),
    -- 备案 (filing) and approvals.
    filing_no                 TEXT,
    filing_on                 TEXT CHECK (filing_on IS NULL OR date(filing_on, '+0 days') IS filing_on),
    filing_cancelled_on       TEXT CHECK (filing_cancelled_on IS NULL OR date(filing_cancelled_on, '+0 days') IS filing_cancelled_on),
    fire_approval_no          TEXT,
    fire_approved_on          TEXT CHECK (fire_approved_on IS NULL OR date(fire_approved_on, '+0 days') IS fire_approved_on),
    health_evaluation_on      TEXT CHECK (health_evaluation_on IS NULL OR date(health_evaluation_on, '+0 days') IS health_evaluation_on),
    cctv_retention_days       INTEGER CHECK (cctv_retention_days IS NULL OR cctv_retention_days >= 0),
    -- GB/T 37276-2018 star grade of an elder-care institution.
    star_rating               INTEGER CHECK (star_rating IS NULL OR star_rating BETWEEN 1 AND 5),
    -- A re-registered outlet links to the record it replaces.
    predecessor_id            TEXT,
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    CHECK (lease_from IS NULL OR lease_to IS NULL OR lease_from <= lease_to)
) STRICT;

CREATE INDEX outlet_operator ON outlet(operator_uscc);
CREATE INDEX outlet_district_kind ON outlet(district_code, kind);

-- The kinds' numbers for the R*Tree's third dimension. Fixed: never renumber.
CREATE TABLE outlet_kind_number (
    kind TEXT PRIMARY KEY NOT NULL,
    n    INTEGER NOT NULL UNIQUE
) STRICT;
INSERT INTO outlet_kind_number (kind, n) VALUES
    ('elder_institution', 1), ('elder_community_center', 2), ('elder_day_care', 3), ('elder_home_care_station', 4),
    ('childcare_institution', 5), ('childcare_community', 6), ('childcare_kindergarten_class', 7), ('childcare_family', 8);

-- Coordinates for the nearby search. The third dimension is the kind's number (1-4 elder,
-- 5-8 childcare: each family is a contiguous range) so a kind filter prunes inside the index.
-- R*Tree keeps float32: it only ever gives candidates; distances come from outlet.lat/lon.
CREATE VIRTUAL TABLE outlet_geo USING rtree(rid, min_lat, max_lat, min_lon, max_lon, min_kind, max_kind);

-- Names and addresses for keyword search (trigram: 3+ characters; shorter queries use instr()).
CREATE VIRTUAL TABLE outlet_text USING fts5(name, address, content='outlet', content_rowid='rid', tokenize='trigram');

CREATE TRIGGER outlet_after_insert AFTER INSERT ON outlet BEGIN
    INSERT INTO outlet_geo (rid, min_lat, max_lat, min_lon, max_lon, min_kind, max_kind)
    VALUES (new.rid, new.lat, new.lat, new.lon, new.lon,
            (SELECT n FROM outlet_kind_number WHERE kind = new.kind),
            (SELECT n FROM outlet_kind_number WHERE kind = new.kind));
    INSERT INTO outlet_text (rowid, name, address) VALUES (new.rid, new.name, new.address);
END;

CREATE TRIGGER outlet_after_update AFTER UPDATE OF lat, lon, kind, name, address ON outlet BEGIN
    UPDATE outlet_geo SET min_lat = new.lat, max_lat = new.lat, min_lon = new.lon, max_lon = new.lon,
        min_kind = (SELECT n FROM outlet_kind_number WHERE kind = new.kind),
        max_kind = (SELECT n FROM outlet_kind_number WHERE kind = new.kind)
    WHERE rid = new.rid;
    INSERT INTO outlet_text (outlet_text, rowid, name, address) VALUES ('delete', old.rid, old.name, old.address);
    INSERT INTO outlet_text (rowid, name, address) VALUES (new.rid, new.name, new.address);
END;

CREATE TRIGGER outlet_after_delete AFTER DELETE ON outlet BEGIN
    DELETE FROM outlet_geo WHERE rid = old.rid;
    INSERT INTO outlet_text (outlet_text, rowid, name, address) VALUES ('delete', old.rid, old.name, old.address);
END;

-- 托育 classes of a childcare outlet (国卫人口发〔2019〕58号): 乳儿班 infant, 托小班 toddler,
-- 托大班 preschool, 混合班 mixed. Limits and ratios are rules, not constraints.
CREATE TABLE childcare_class (
    outlet_rid INTEGER NOT NULL REFERENCES outlet(rid) ON DELETE CASCADE,
    seq        INTEGER NOT NULL CHECK (seq >= 1),
    class_type TEXT NOT NULL CHECK (class_type IN ('infant', 'toddler', 'preschool', 'mixed')),
    capacity   INTEGER NOT NULL CHECK (capacity >= 0),
    enrolled   INTEGER NOT NULL CHECK (enrolled >= 0),
    carers     INTEGER NOT NULL CHECK (carers >= 0),
    PRIMARY KEY (outlet_rid, seq)
) STRICT;

-- Published prices. `care_level` (elder care: self_care 自理, partly_disabled 半失能,
-- disabled 失能) or `age_class` (childcare class type) says which service level it prices.
CREATE TABLE price (
    id             INTEGER PRIMARY KEY,
    outlet_rid     INTEGER NOT NULL REFERENCES outlet(rid) ON DELETE CASCADE,
    item           TEXT NOT NULL CHECK (item <> ''),
    care_level     TEXT CHECK (care_level IS NULL OR care_level IN ('self_care', 'partly_disabled', 'disabled')),
    age_class      TEXT CHECK (age_class IS NULL OR age_class IN ('infant', 'toddler', 'preschool', 'mixed')),
    unit           TEXT NOT NULL CHECK (unit IN ('month', 'day', 'hour', 'meal')),
    amount_fen     INTEGER NOT NULL CHECK (amount_fen >= 0),
    effective_from TEXT NOT NULL CHECK (date(effective_from, '+0 days') IS effective_from),
    effective_to   TEXT CHECK (effective_to IS NULL OR date(effective_to, '+0 days') IS effective_to),
    is_inclusive   INTEGER NOT NULL CHECK (is_inclusive IN (0, 1)),
    CHECK (effective_to IS NULL OR effective_from <= effective_to),
    UNIQUE (outlet_rid, item, care_level, age_class, unit, effective_from)
) STRICT;

CREATE INDEX price_outlet ON price(outlet_rid, unit, is_inclusive);

-- 认定 (recognition) as it stands: one row per recognition of an outlet; the latest row is the
-- current one. The workflow's events arrive in a later migration.
CREATE TABLE certification (
    id         INTEGER PRIMARY KEY,
    outlet_rid INTEGER NOT NULL REFERENCES outlet(rid) ON DELETE CASCADE,
    level      TEXT NOT NULL CHECK (level IN ('municipal', 'provincial', 'provincial_demonstration')),
    status     TEXT NOT NULL CHECK (status IN
                   ('applied', 'under_review', 'in_notice', 'certified', 'rejected', 'suspended', 'revoked', 'expired')),
    badge_no   TEXT UNIQUE,
    applied_on TEXT CHECK (applied_on IS NULL OR date(applied_on, '+0 days') IS applied_on),
    decided_on TEXT CHECK (decided_on IS NULL OR date(decided_on, '+0 days') IS decided_on),
    valid_from TEXT CHECK (valid_from IS NULL OR date(valid_from, '+0 days') IS valid_from),
    valid_to   TEXT CHECK (valid_to IS NULL OR date(valid_to, '+0 days') IS valid_to),
    status_on  TEXT CHECK (status_on IS NULL OR date(status_on, '+0 days') IS status_on),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to),
    CHECK (status NOT IN ('certified', 'suspended', 'revoked', 'expired') OR (badge_no IS NOT NULL AND valid_from IS NOT NULL AND valid_to IS NOT NULL))
) STRICT;

CREATE INDEX certification_outlet ON certification(outlet_rid, id);

-- The audit log: every write appends one entry. Append-only (triggers refuse UPDATE and
-- DELETE) and hash-chained: hash = SHA-256(prev_hash || canonical entry), so any edit behind
-- the tool's back breaks the chain at that entry.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    officer     TEXT NOT NULL CHECK (officer <> ''),
    action      TEXT NOT NULL CHECK (action <> ''),
    entity_type TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    reason      TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE
) STRICT;

CREATE INDEX audit_log_entity ON audit_log(entity_type, entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
