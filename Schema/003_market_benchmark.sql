-- 003: market price benchmarks (docs/BENCHMARK-METHOD.md). A benchmark run computes, as of a
-- cut-off day, the weighted nearest-rank P25/P50/P75 of the prices of market (non-inclusive)
-- outlets per cell: district × kind × item × care level or age class × unit. Runs are
-- immutable: triggers refuse UPDATE and DELETE on every table here, and refuse new cells or
-- observations for a run already written (the run row is written last, in the same
-- transaction as its cells, observations and audit entry; the foreign keys to it are deferred).

CREATE TABLE benchmark_run (
    id             INTEGER PRIMARY KEY,
    computed_at    TEXT NOT NULL CHECK (computed_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
    -- The cut-off day: prices in force on it, of outlets operating on it.
    as_of          TEXT NOT NULL CHECK (date(as_of, '+0 days') IS as_of),
    -- A district cell with fewer market outlets than this is pooled to the city.
    min_outlets    INTEGER NOT NULL CHECK (min_outlets >= 1),
    method         TEXT NOT NULL CHECK (method <> ''),
    officer        TEXT NOT NULL CHECK (officer <> ''),
    reason         TEXT NOT NULL DEFAULT '',
    n_cells        INTEGER NOT NULL CHECK (n_cells >= 0),
    n_observations INTEGER NOT NULL CHECK (n_observations >= 0)
) STRICT;

CREATE INDEX benchmark_run_as_of ON benchmark_run(as_of, id);

-- One cell of a run. district_code NULL: the city-level cell (all districts pooled), status
-- 'ok' or 'insufficient'. A district cell is 'ok' (its own percentiles), 'pooled' (fewer than
-- min_outlets outlets: comparisons use the city cell, which is 'ok') or 'insufficient' (the
-- city cell is short too). Percentiles are present exactly when the status is 'ok'.
CREATE TABLE benchmark_cell (
    id            INTEGER PRIMARY KEY,
    run_id        INTEGER NOT NULL REFERENCES benchmark_run(id) DEFERRABLE INITIALLY DEFERRED,
    district_code TEXT REFERENCES division(code),
    family        TEXT NOT NULL CHECK (family IN ('elder', 'childcare')),
    kind          TEXT NOT NULL CHECK (kind IN (
                      'elder_institution', 'elder_community_center', 'elder_day_care', 'elder_home_care_station',
                      'childcare_institution', 'childcare_community', 'childcare_kindergarten_class', 'childcare_family')),
    -- The care level (elder care) or class type (childcare) the prices are for, or NULL.
    level         TEXT CHECK (level IS NULL OR level IN
                      ('self_care', 'partly_disabled', 'disabled', 'infant', 'toddler', 'preschool', 'mixed')),
    item          TEXT NOT NULL CHECK (item <> ''),
    unit          TEXT NOT NULL CHECK (unit IN ('month', 'day', 'hour', 'meal')),
    n_outlets     INTEGER NOT NULL CHECK (n_outlets >= 1),
    total_weight  INTEGER NOT NULL CHECK (total_weight >= n_outlets),
    p25_fen       INTEGER CHECK (p25_fen IS NULL OR p25_fen >= 0),
    p50_fen       INTEGER CHECK (p50_fen IS NULL OR p50_fen >= p25_fen),
    p75_fen       INTEGER CHECK (p75_fen IS NULL OR p75_fen >= p50_fen),
    status        TEXT NOT NULL CHECK (status IN ('ok', 'pooled', 'insufficient')),
    CHECK ((status = 'ok') = (p25_fen IS NOT NULL AND p50_fen IS NOT NULL AND p75_fen IS NOT NULL)),
    CHECK ((status = 'ok') OR (p25_fen IS NULL AND p50_fen IS NULL AND p75_fen IS NULL)),
    CHECK (district_code IS NOT NULL OR status <> 'pooled'),
    UNIQUE (run_id, district_code, kind, level, item, unit)
) STRICT;

CREATE INDEX benchmark_cell_run ON benchmark_cell(run_id, kind, item, unit);

-- The observations behind each city-level cell (every district's), so that a percentile rank
-- can be computed and an officer can see which outlets' prices went in.
CREATE TABLE benchmark_observation (
    cell_id       INTEGER NOT NULL REFERENCES benchmark_cell(id),
    outlet_rid    INTEGER NOT NULL REFERENCES outlet(rid),
    district_code TEXT NOT NULL REFERENCES division(code),
    price_id      INTEGER NOT NULL,
    amount_fen    INTEGER NOT NULL CHECK (amount_fen >= 0),
    weight        INTEGER NOT NULL CHECK (weight >= 1),
    PRIMARY KEY (cell_id, outlet_rid)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER benchmark_run_no_update BEFORE UPDATE ON benchmark_run BEGIN
    SELECT RAISE(ABORT, 'benchmark runs are immutable');
END;
CREATE TRIGGER benchmark_run_no_delete BEFORE DELETE ON benchmark_run BEGIN
    SELECT RAISE(ABORT, 'benchmark runs are immutable');
END;
CREATE TRIGGER benchmark_cell_no_update BEFORE UPDATE ON benchmark_cell BEGIN
    SELECT RAISE(ABORT, 'benchmark runs are immutable');
END;
CREATE TRIGGER benchmark_cell_no_delete BEFORE DELETE ON benchmark_cell BEGIN
    SELECT RAISE(ABORT, 'benchmark runs are immutable');
END;
CREATE TRIGGER benchmark_cell_no_late_insert BEFORE INSERT ON benchmark_cell
WHEN EXISTS (SELECT 1 FROM benchmark_run WHERE id = new.run_id) BEGIN
    SELECT RAISE(ABORT, 'benchmark runs are immutable');
END;
CREATE TRIGGER benchmark_observation_no_update BEFORE UPDATE ON benchmark_observation BEGIN
    SELECT RAISE(ABORT, 'benchmark runs are immutable');
END;
CREATE TRIGGER benchmark_observation_no_delete BEFORE DELETE ON benchmark_observation BEGIN
    SELECT RAISE(ABORT, 'benchmark runs are immutable');
END;
CREATE TRIGGER benchmark_observation_no_late_insert BEFORE INSERT ON benchmark_observation
WHEN EXISTS (SELECT 1 FROM benchmark_run r JOIN benchmark_cell c ON c.run_id = r.id WHERE c.id = new.cell_id) BEGIN
    SELECT RAISE(ABORT, 'benchmark runs are immutable');
END;
