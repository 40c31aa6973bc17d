import CEL
import GRDB

/// The `benchmark` fact (docs/RULES.md): the market benchmark of an outlet's monthly fee
/// (`price.monthly_fen`), from the latest benchmark run whose cut-off day is on or before the
/// verification's day. The run's cells are loaded once, in one query, for a whole batch.
///
/// The fee's parts follow `MonthlyFee`: childcare — the cheapest inclusive monthly item; elder
/// care — every inclusive monthly item without a care level (床位费) plus the cheapest one with a
/// level (护理费·自理…). Among equally cheap items the first by item name, then by level in the
/// order self_care, partly_disabled, disabled, infant, toddler, preschool, mixed (what the
/// data says, not the order the rows were imported in). Each part is benchmarked by its
/// own cell (district × kind × item × level × unit, or the city cell when pooled), and the
/// fee's benchmark is the sum of the parts' P25, P50 and P75, so a fee is compared with the
/// market price of the same bill. Absent when there is no run, no inclusive monthly price, or
/// any part has no usable cell (insufficient data): PR-01 is then not applicable.
struct BenchmarkFact {
    let index: BenchmarkIndex?

    init(_ db: Database, asOf: LocalDate) throws {
        if let run = try SQLiteBenchmarkStore.latestBenchmarkRun(db, onOrBefore: asOf) {
            index = BenchmarkIndex(run: run, cells: try SQLiteBenchmarkStore.benchmarkCells(db, runID: run.id))
        } else {
            index = nil
        }
    }

    /// The fact for an outlet's facts and its prices in force, or nil (absent).
    func fact(outlet: [String: CELValue], prices: [PriceFact]) -> CELValue? {
        guard let kind = outlet["kind"]?.stringValue.flatMap(OutletKind.init(rawValue:)),
            let district = outlet["district_code"]?.stringValue,
            let fee = feeBenchmark(kind: kind, district: district, prices: prices)
        else { return nil }
        let cells: [CELValue] = fee.parts.map { part in
            var pairs: [String: CELValue] = [
                "item": .string(part.item), "unit": .string(PriceUnit.month.rawValue),
                "amount_fen": .int(part.amountFen),
                "p25_fen": .int(part.cell.p25Fen ?? 0), "p50_fen": .int(part.cell.p50Fen ?? 0),
                "p75_fen": .int(part.cell.p75Fen ?? 0), "n": .int(Int64(part.cell.outlets)),
                "pooled": .bool(part.pooled),
            ]
            if let level = part.level { pairs["level"] = .string(level) }
            return .map(CELMap(pairs))
        }
        return .map(
            CELMap([
                "run_id": .int(fee.runID), "run_as_of": .string(fee.runAsOf.description),
                "p25_fen": .int(fee.p25Fen), "p50_fen": .int(fee.p50Fen), "p75_fen": .int(fee.p75Fen),
                "n": .int(Int64(fee.outlets)), "pooled": .bool(fee.pooled), "cells": .list(cells),
            ]))
    }

    /// The monthly fee of an outlet of `kind` in `district` against the run, from its prices in
    /// force; nil when there is no run, no inclusive monthly price, or a part without a usable
    /// cell.
    func feeBenchmark(kind: OutletKind, district: String, prices: [PriceFact]) -> FeeBenchmark? {
        guard let index else { return nil }
        let monthly = prices.filter { $0.inclusive && $0.unit == PriceUnit.month.rawValue }
        var parts: [PriceFact] = []
        var cheapestLevelled: PriceFact?
        for price in monthly {
            switch kind.family {
            case .childcare:
                if parts.isEmpty || Self.cheaper(price, parts[0]) { parts = [price] }
            case .elder:
                if !price.levelled {
                    parts.append(price)
                } else if cheapestLevelled.map({ Self.cheaper(price, $0) }) ?? true {
                    cheapestLevelled = price
                }
            }
        }
        if let cheapestLevelled { parts.append(cheapestLevelled) }
        guard !parts.isEmpty else { return nil }
        var benchmarked: [FeeBenchmark.Part] = []
        var sums: [Int64] = [0, 0, 0]
        var n = Int.max
        var pooledAny = false
        for part in parts {
            let item = Self.text(part, "item") ?? ""
            let level = Self.text(part, "care_level") ?? Self.text(part, "age_class")
            let key = BenchmarkCellKey(kind: kind, level: level, item: item, unit: .month)
            guard let (cell, pooled) = index.resolve(district: district, key: key),
                let p25 = cell.p25Fen, let p50 = cell.p50Fen, let p75 = cell.p75Fen
            else { return nil }
            sums[0] += p25
            sums[1] += p50
            sums[2] += p75
            n = min(n, cell.outlets)
            pooledAny = pooledAny || pooled
            benchmarked.append(
                FeeBenchmark.Part(item: item, level: level, amountFen: part.amountFen, cell: cell, pooled: pooled))
        }
        return FeeBenchmark(
            runID: index.run.id, runAsOf: index.run.asOf, parts: benchmarked,
            feeFen: benchmarked.reduce(0) { $0 + $1.amountFen }, p25Fen: sums[0], p50Fen: sums[1], p75Fen: sums[2],
            outlets: n, pooled: pooledAny, percentileRank: nil)
    }

    /// Levels in the tie-break order.
    static let levelOrder = ["self_care", "partly_disabled", "disabled", "infant", "toddler", "preschool", "mixed"]

    /// Cheaper, or as cheap and first by item, then level.
    static func cheaper(_ a: PriceFact, _ b: PriceFact) -> Bool {
        func rank(_ price: PriceFact) -> Int {
            let level = text(price, "care_level") ?? text(price, "age_class")
            return level.flatMap { levelOrder.firstIndex(of: $0) } ?? -1
        }
        return (a.amountFen, text(a, "item") ?? "", rank(a)) < (b.amountFen, text(b, "item") ?? "", rank(b))
    }

    static func text(_ price: PriceFact, _ key: String) -> String? {
        price.value.mapValue?[.string(key)]?.stringValue
    }
}
