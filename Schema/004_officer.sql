-- 004: registered officers (经办人) and their scope. An officer acts for one county-level
-- district (district_code) or, with district_code NULL, for the whole city. Once a registry has
-- officers, every change to it must be made by an active one (checked by the program, which
-- also checks that district_code is a county-level division); changes to this table are in
-- the audit log like every other write. Officers are deactivated, never deleted: the audit
-- log keeps naming them.
CREATE TABLE officer (
    id             TEXT PRIMARY KEY NOT NULL
                   CHECK (length(id) BETWEEN 1 AND 32 AND id NOT GLOB '*[^a-z0-9._-]*'),
    name           TEXT NOT NULL CHECK (name <> ''),
    district_code  TEXT REFERENCES division(code),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL CHECK (created_by <> ''),
    deactivated_at TEXT,
    deactivated_by TEXT,
    CHECK ((active = 1) = (deactivated_at IS NULL))
) STRICT;

CREATE INDEX officer_district ON officer(district_code);
