-- 009: each benchmark cell's rank ladder (Registry/Benchmarks/RankLadder.swift), so that a fee's
-- percentile rank in its cell is one indexed row instead of the cell's every observation (a city
-- cell of a 1,000,000-outlet registry holds tens of thousands). For every `ok` cell — a city cell
-- (every district's observations) or a district cell (its district's) — one row per distinct
-- observed amount with the total weight of the observations priced strictly below it. A run
-- writes its ladders with its cells; this migration derives those of the runs already stored
-- from their observations. Immutable like the rest of a run.

CREATE TABLE benchmark_rank (
    cell_id      INTEGER NOT NULL REFERENCES benchmark_cell(id),
    amount_fen   INTEGER NOT NULL CHECK (amount_fen >= 0),
    weight_below INTEGER NOT NULL CHECK (weight_below >= 0),
    PRIMARY KEY (cell_id, amount_fen)
) STRICT, WITHOUT ROWID;

WITH amounts(cell_id, amount_fen, weight) AS (
    SELECT c.id, b.amount_fen, sum(b.weight)
    FROM benchmark_cell c JOIN benchmark_observation b ON b.cell_id = c.id
    WHERE c.district_code IS NULL AND c.status = 'ok'
    GROUP BY c.id, b.amount_fen
    UNION ALL
    SELECT d.id, b.amount_fen, sum(b.weight)
    FROM benchmark_cell d
    JOIN benchmark_cell c ON c.run_id = d.run_id AND c.district_code IS NULL AND c.kind = d.kind
        AND c.level IS d.level AND c.item = d.item AND c.unit = d.unit
    JOIN benchmark_observation b ON b.cell_id = c.id AND b.district_code = d.district_code
    WHERE d.district_code IS NOT NULL AND d.status = 'ok'
    GROUP BY d.id, b.amount_fen
)
INSERT INTO benchmark_rank (cell_id, amount_fen, weight_below)
SELECT cell_id, amount_fen,
       sum(weight) OVER (PARTITION BY cell_id ORDER BY amount_fen ROWS UNBOUNDED PRECEDING) - weight AS weight_below
FROM amounts;

CREATE TRIGGER benchmark_rank_no_update BEFORE UPDATE ON benchmark_rank BEGIN
    SELECT RAISE(ABORT, 'benchmark runs are immutable');
END;
CREATE TRIGGER benchmark_rank_no_delete BEFORE DELETE ON benchmark_rank BEGIN
    SELECT RAISE(ABORT, 'benchmark runs are immutable');
END;
CREATE TRIGGER benchmark_rank_no_late_insert BEFORE INSERT ON benchmark_rank
WHEN EXISTS (SELECT 1 FROM benchmark_run r JOIN benchmark_cell c ON c.run_id = r.id WHERE c.id = new.cell_id) BEGIN
    SELECT RAISE(ABORT, 'benchmark runs are immutable');
END;
