-- PostgreSQL 006: each benchmark cell's rank ladder, as SQLite's 009 (Registry/Benchmarks/RankLadder.swift):
-- for every `ok` cell, one row per distinct observed amount with the total weight of the
-- observations priced strictly below it, so a fee's percentile rank is one indexed row. Runs
-- stored before this migration get their ladders derived from their observations. Immutable
-- like the rest of a run.

CREATE TABLE benchmark_rank (
    cell_id      bigint NOT NULL REFERENCES benchmark_cell(id),
    amount_fen   bigint NOT NULL CHECK (amount_fen >= 0),
    weight_below bigint NOT NULL CHECK (weight_below >= 0),
    PRIMARY KEY (cell_id, amount_fen)
);

INSERT INTO benchmark_rank (cell_id, amount_fen, weight_below)
WITH amounts(cell_id, amount_fen, weight) AS (
    SELECT c.id, b.amount_fen, sum(b.weight)
    FROM benchmark_cell c JOIN benchmark_observation b ON b.cell_id = c.id
    WHERE c.district_code IS NULL AND c.status = 'ok'
    GROUP BY c.id, b.amount_fen
    UNION ALL
    SELECT d.id, b.amount_fen, sum(b.weight)
    FROM benchmark_cell d
    JOIN benchmark_cell c ON c.run_id = d.run_id AND c.district_code IS NULL AND c.kind = d.kind
        AND c.level IS NOT DISTINCT FROM d.level AND c.item = d.item AND c.unit = d.unit
    JOIN benchmark_observation b ON b.cell_id = c.id AND b.district_code = d.district_code
    WHERE d.district_code IS NOT NULL AND d.status = 'ok'
    GROUP BY d.id, b.amount_fen
)
SELECT cell_id, amount_fen,
       sum(weight) OVER (PARTITION BY cell_id ORDER BY amount_fen ROWS UNBOUNDED PRECEDING) - weight AS weight_below
FROM amounts;

CREATE TRIGGER benchmark_rank_immutable BEFORE UPDATE OR DELETE ON benchmark_rank
    FOR EACH ROW EXECUTE FUNCTION puhui_refuse_benchmark_change();
CREATE TRIGGER benchmark_rank_no_truncate BEFORE TRUNCATE ON benchmark_rank
    FOR EACH STATEMENT EXECUTE FUNCTION puhui_refuse_benchmark_change();
CREATE TRIGGER benchmark_rank_no_late_insert BEFORE INSERT ON benchmark_rank
    FOR EACH ROW EXECUTE FUNCTION puhui_refuse_late_benchmark_row();
