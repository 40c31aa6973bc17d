import Foundation
import GRDB

/// The benchmark store on SQLite: `BenchmarkStore` over the registry's connection.
public struct SQLiteBenchmarkStore: BenchmarkStore {
    /// The connection, with its write transaction (officer check, audit log).
    let database: RegistryDatabase

    /// Computes the market benchmarks as of `asOf` and stores them as a new, immutable run, in
    /// one transaction with its audit entry (docs/BENCHMARK-METHOD.md). Observations: prices in
    /// force on `asOf` of market outlets (`pricing = 'market'`, `is_inclusive = 0`) that are
    /// operating and opened by then. Throws `invalidValue` for `minOutlets` < 1.
    @discardableResult
    public func computeBenchmarks(
        asOf: LocalDate, minOutlets: Int = BenchmarkRun.defaultMinOutlets, officer: String, reason: String,
        progress: ProgressHandler? = nil
    ) throws -> BenchmarkRun {
        guard minOutlets >= 1 else {
            throw RegistryError.invalidValue(
                what: LocalizedText(zh: "--min-outlets", en: "--min-outlets"), value: String(minOutlets),
                reason: LocalizedText(zh: "至少为 1", en: "must be at least 1"))
        }
        let officerName = officer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !officerName.isEmpty else { throw RegistryError.officerRequired }
        let computedAt = database.clock.timestamp()
        return try database.write(officer: officerName, reason: reason) { db, log in
            // A benchmark run is about the whole city's market: a city-level officer's act.
            if let district = try OfficerAuthority.check(db, officer: log.officer).district {
                throw OfficerError.cityWideTask(officer: log.officer, district: district, task: .computeBenchmarks)
            }
            let observations = try Self.marketObservations(db, asOf: asOf)
            let cells = MarketBenchmark.cells(observations.byKey, minOutlets: minOutlets)
            let runID = (try Int64.fetchOne(db, SQLRequest(literal: "SELECT max(id) FROM benchmark_run")) ?? 0) + 1
            // Prepared once for the run, the values bound per row (`?`).
            let cellStatement = try db.cachedStatement(
                literal: """
                    INSERT INTO benchmark_cell (run_id, district_code, family, kind, level, item, unit, n_outlets,
                        total_weight, p25_fen, p50_fen, p75_fen, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let observationStatement = try db.cachedStatement(
                literal: """
                    INSERT INTO benchmark_observation (cell_id, outlet_rid, district_code, price_id, amount_fen, weight)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """)
            let rankStatement = try db.cachedStatement(
                literal: "INSERT INTO benchmark_rank (cell_id, amount_fen, weight_below) VALUES (?, ?, ?)")
            var stored = 0
            for (index, cell) in cells.enumerated() {
                if let progress, (index + 1) % 100 == 0 {
                    progress(WorkProgress(phase: .computing, done: index + 1, total: cells.count))
                }
                let p = cell.percentiles
                try cellStatement.execute(arguments: [
                    runID, cell.districtCode, cell.key.family.rawValue, cell.key.kind.rawValue, cell.key.level,
                    cell.key.item, cell.key.unit.rawValue, cell.outlets, cell.totalWeight, p?[0], p?[1], p?[2],
                    cell.status.rawValue,
                ])
                let cellID = db.lastInsertedRowID
                for step in cell.ladder?.steps ?? [] {
                    try rankStatement.execute(arguments: [cellID, step.amountFen, step.weightBelow])
                }
                guard cell.districtCode == nil else { continue }
                for observation in observations.rows[cell.key] ?? [] {
                    try observationStatement.execute(arguments: [
                        cellID, observation.rid, observation.observation.districtCode, observation.priceID,
                        observation.observation.amountFen, observation.observation.weight,
                    ])
                    stored += 1
                }
            }
            let run = BenchmarkRun(
                id: runID, computedAt: computedAt, asOf: asOf, minOutlets: minOutlets, method: BenchmarkRun.methodName,
                officer: officerName, reason: reason, cells: cells.count, observations: stored)
            try db.execute(
                literal: """
                    INSERT INTO benchmark_run (id, computed_at, as_of, min_outlets, method, officer, reason, n_cells, n_observations)
                    VALUES (\(run.id), \(run.computedAt), \(run.asOf.description), \(run.minOutlets), \(run.method),
                        \(run.officer), \(run.reason), \(run.cells), \(run.observations))
                    """)
            try log.append(
                db, action: "benchmark.compute", entityType: "benchmark_run", entityID: String(runID), before: nil,
                after: JSONValue.object([
                    "id": .int(runID), "as_of": .string(asOf.description), "min_outlets": .int(Int64(minOutlets)),
                    "method": .string(run.method), "cells": .int(Int64(run.cells)),
                    "observations": .int(Int64(run.observations)),
                ]).canonicalText)
            return run
        }
    }

    /// Every stored run, oldest first.
    public func benchmarkRuns() throws -> [BenchmarkRun] {
        try database.read { db in
            try SQLRequest<Row>(literal: "SELECT * FROM benchmark_run ORDER BY id").fetchAll(db).compactMap(Self.run)
        }
    }

    /// The run with `id`, or nil.
    public func benchmarkRun(id: Int64) throws -> BenchmarkRun? {
        try database.read { db in try Self.benchmarkRun(db, id: id) }
    }

    /// The latest run whose cut-off day is on or before `asOf` (the one a verification or a
    /// comparison as of that day uses), or nil.
    public func latestBenchmarkRun(onOrBefore asOf: LocalDate) throws -> BenchmarkRun? {
        try database.read { db in try Self.latestBenchmarkRun(db, onOrBefore: asOf) }
    }

    /// The cells of a run: city cells first, then district cells, each in key order.
    public func benchmarkCells(runID: Int64) throws -> [BenchmarkCell] {
        try database.read { db in try Self.benchmarkCells(db, runID: runID) }
    }

    /// The benchmark comparison of each inclusive price in force on `asOf` of the outlet, by
    /// the latest run on or before `asOf` (the prices' order kept; nil where the price has no
    /// benchmark). Empty when the outlet is unknown or there is no run.
    public func benchmarkComparisons(outletID: String, asOf: LocalDate) throws -> [(
        price: Price, comparison: BenchmarkComparison?
    )] {
        guard let record = try database.outlets.outletRecord(id: outletID) else { return [] }
        let inclusive = record.prices.filter { $0.isInclusive && $0.isInForce(on: asOf) }
        guard !inclusive.isEmpty else { return [] }
        return try database.read { db in
            guard let run = try Self.latestBenchmarkRun(db, onOrBefore: asOf) else {
                return inclusive.map { ($0, nil) }
            }
            let index = BenchmarkIndex(run: run, cells: try Self.benchmarkCells(db, runID: run.id))
            return try inclusive.map { price in
                let key = BenchmarkCellKey(
                    kind: record.outlet.kind, level: price.careLevel?.rawValue ?? price.ageClass?.rawValue,
                    item: price.item, unit: price.unit)
                guard let (cell, pooled) = index.resolve(district: record.outlet.districtCode, key: key) else {
                    return (price, nil)
                }
                return (
                    price,
                    BenchmarkComparison(
                        runID: run.id, runAsOf: run.asOf, cell: cell, pooled: pooled, amountFen: price.amount.value,
                        percentileRank: try Self.percentileRank(db, of: price.amount.value, in: cell))
                )
            }
        }
    }

    // MARK: - Reading

    static func benchmarkRun(_ db: Database, id: Int64) throws -> BenchmarkRun? {
        try SQLRequest<Row>(literal: "SELECT * FROM benchmark_run WHERE id = \(id)").fetchOne(db).flatMap(run)
    }

    static func latestBenchmarkRun(_ db: Database, onOrBefore asOf: LocalDate) throws -> BenchmarkRun? {
        try SQLRequest<Row>(
            literal: """
                SELECT * FROM benchmark_run WHERE as_of <= \(asOf.description) ORDER BY as_of DESC, id DESC LIMIT 1
                """
        ).fetchOne(db).flatMap(run)
    }

    static func benchmarkCells(_ db: Database, runID: Int64) throws -> [BenchmarkCell] {
        let rows = try SQLRequest<Row>(
            literal: """
                SELECT * FROM benchmark_cell WHERE run_id = \(runID) ORDER BY district_code IS NOT NULL, id
                """
        ).fetchAll(db)
        return rows.compactMap { row in
            guard let kind = OutletKind(rawValue: row["kind"]), let unit = PriceUnit(rawValue: row["unit"]),
                let status = BenchmarkStatus(rawValue: row["status"])
            else { return nil }
            return BenchmarkCell(
                id: row["id"], runID: row["run_id"], districtCode: row["district_code"],
                key: BenchmarkCellKey(kind: kind, level: row["level"], item: row["item"], unit: unit),
                outlets: row["n_outlets"], totalWeight: row["total_weight"], p25Fen: row["p25_fen"],
                p50Fen: row["p50_fen"], p75Fen: row["p75_fen"], status: status)
        }
    }

    /// The rank of `amountFen` in an `ok` cell (`RankLadder`), from the run's stored ladder: the
    /// first step at or above the amount, one indexed row whatever the cell's size. Nil for a
    /// cell without observations.
    static func percentileRank(_ db: Database, of amountFen: Int64, in cell: BenchmarkCell) throws -> Int64? {
        let below = try Int64.fetchOne(db.cachedStatement(sql: rankSQL), arguments: [cell.id, amountFen])
        return RankLadder.rank(weightBelow: below ?? cell.totalWeight, totalWeight: cell.totalWeight)
    }

    /// The weight below the first step at or above `?2` of cell `?1`'s ladder: constant text,
    /// bound per page row (`sql:`, not `literal:`, which would render the SQL on every call).
    static let rankSQL = """
        SELECT weight_below FROM benchmark_rank WHERE cell_id = ?1 AND amount_fen >= ?2 ORDER BY amount_fen LIMIT 1
        """

    static func run(_ row: Row) -> BenchmarkRun? {
        guard let asOf = try? LocalDate(parsing: row["as_of"]) else { return nil }
        return BenchmarkRun(
            id: row["id"], computedAt: row["computed_at"], asOf: asOf, minOutlets: row["min_outlets"],
            method: row["method"], officer: row["officer"], reason: row["reason"], cells: row["n_cells"],
            observations: row["n_observations"])
    }

    // MARK: - Observations

    struct MarketRow {
        var rid: Int64
        var priceID: Int64
        var observation: BenchmarkObservation
    }

    /// The market observations on `asOf`, by cell key: one per outlet and key (when two prices
    /// of an outlet in one cell are in force, the later `effective_from`, then the higher id).
    static func marketObservations(
        _ db: Database, asOf: LocalDate
    ) throws -> (byKey: [BenchmarkCellKey: [BenchmarkObservation]], rows: [BenchmarkCellKey: [MarketRow]]) {
        let day = asOf.description
        let market: SQL =
            "o.pricing = 'market' AND o.status = 'operating' AND (o.opened_on IS NULL OR o.opened_on <= \(day))"
        var places: [Int64: [String: Int64]] = [:]
        let classRows = try SQLRequest<Row>(
            literal: """
                SELECT c.outlet_rid, c.class_type, sum(c.capacity) AS places
                FROM childcare_class c JOIN outlet o ON o.rid = c.outlet_rid
                WHERE \(market) GROUP BY c.outlet_rid, c.class_type
                """
        ).fetchCursor(db)
        while let row = try classRows.next() {
            places[row["outlet_rid"], default: [:]][row["class_type"]] = row["places"]
        }
        let rows = try SQLRequest<Row>(
            literal: """
                SELECT o.rid, o.id AS outlet_id, o.district_code, o.kind, o.beds, p.id AS price_id, p.item,
                       coalesce(p.care_level, p.age_class) AS level, p.unit, p.amount_fen
                FROM price p JOIN outlet o ON o.rid = p.outlet_rid
                WHERE \(market) AND p.is_inclusive = 0
                  AND p.effective_from <= \(day) AND (p.effective_to IS NULL OR p.effective_to >= \(day))
                ORDER BY o.rid, p.effective_from DESC, p.id DESC
                """
        ).fetchCursor(db)
        var byKey: [BenchmarkCellKey: [MarketRow]] = [:]
        var seen: Set<BenchmarkCellKey> = []
        var currentRID: Int64 = -1
        while let row = try rows.next() {
            let rid: Int64 = row["rid"]
            if rid != currentRID {
                currentRID = rid
                seen.removeAll(keepingCapacity: true)
            }
            guard let kind = OutletKind(rawValue: row["kind"]), let unit = PriceUnit(rawValue: row["unit"]) else {
                continue
            }
            let level: String? = row["level"]
            let key = BenchmarkCellKey(kind: kind, level: level, item: row["item"], unit: unit)
            guard seen.insert(key).inserted else { continue }
            let weight: Int64
            switch kind.family {
            case .elder:
                let beds: Int64? = row["beds"]
                weight = beds ?? 0
            case .childcare:
                let outletPlaces = places[rid] ?? [:]
                weight = level.map { outletPlaces[$0] ?? 0 } ?? outletPlaces.values.reduce(0, +)
            }
            byKey[key, default: []].append(
                MarketRow(
                    rid: rid, priceID: row["price_id"],
                    observation: BenchmarkObservation(
                        outletID: row["outlet_id"], districtCode: row["district_code"], amountFen: row["amount_fen"],
                        weight: max(weight, 1))))
        }
        return (byKey.mapValues { $0.map(\.observation) }, byKey)
    }
}
