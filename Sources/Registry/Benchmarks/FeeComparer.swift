import GRDB

/// Compares single outlets' monthly fees with the latest benchmark run on or before a day —
/// search's page rows, the report's inclusive outlets — through `BenchmarkFact` (the comparison
/// the `benchmark` fact makes), loading the run's cells once and each outlet's prices in force
/// by one cached statement. A one-part fee is also ranked in its cell's market observations,
/// each cell's observations read once per comparer (a page's rows share a few cells) and
/// ranked by binary search. A class for that cache; used inside one read, never shared.
final class FeeComparer {
    let asOf: LocalDate
    let fact: BenchmarkFact
    /// Observed amounts of a cell (city cell id, and district unless pooled), ascending, with
    /// the total weight of the observations before each.
    struct Ladder {
        var amounts: [Int64] = []
        var weightBefore: [Int64] = [0]

        /// `WeightedPercentiles.rank`: the weighted share (whole percent, rounded down) of the
        /// observations priced strictly below `amount`; nil without observations.
        func rank(of amount: Int64) -> Int64? {
            guard let total = weightBefore.last, total > 0 else { return nil }
            var low = 0
            var high = amounts.count
            while low < high {
                let middle = (low + high) / 2
                if amounts[middle] < amount { low = middle + 1 } else { high = middle }
            }
            return weightBefore[low] * 100 / total
        }
    }
    struct LadderKey: Hashable {
        var cellID: Int64
        var district: String?
    }
    private var ladders: [LadderKey: Ladder] = [:]
    /// The statements of `outletSQL` and `pricesSQL`, prepared on first use (a comparer lives in
    /// one read): a ratio filter compares every match, and building the literals each time
    /// would cost more than the lookups.
    private var statements: (outlet: Statement, prices: Statement)?

    init(_ db: Database, asOf: LocalDate) throws {
        self.asOf = asOf
        fact = try BenchmarkFact(db, asOf: asOf)
    }

    /// The run comparisons come from, nil when there is none on or before the day.
    var run: BenchmarkRun? { fact.index?.run }

    /// Prepared statements, their values bound per outlet (`?`, `?1`, `?2`).
    static let outletSQL: SQL = "SELECT kind, district_code FROM outlet WHERE rid = ?"
    /// The columns `PriceFact` reads, as the fact builder selects them.
    static let pricesSQL: SQL = """
        SELECT p.outlet_rid, p.item, p.care_level, p.age_class, p.unit, p.amount_fen, p.effective_from,
               p.effective_to, p.is_inclusive
        FROM price p
        WHERE p.outlet_rid = ?1 AND p.unit = 'month' AND p.is_inclusive = 1
          AND p.effective_from <= ?2 AND (p.effective_to IS NULL OR p.effective_to >= ?2)
        ORDER BY p.id
        """

    /// The fee benchmark of the outlet with row id `rid`, or nil (no run, no inclusive monthly
    /// price, or no usable cell). With `ranked`, a one-part fee gets its percentile rank.
    func compare(rid: Int64, ranked: Bool = true, db: Database) throws -> FeeBenchmark? {
        guard run != nil else { return nil }
        let statements = try self.statements
            ?? (try db.cachedStatement(literal: Self.outletSQL), try db.cachedStatement(literal: Self.pricesSQL))
        self.statements = statements
        guard let outlet = try Row.fetchOne(statements.outlet, arguments: [rid]),
            let kind = OutletKind(rawValue: outlet["kind"])
        else { return nil }
        let prices = try Row.fetchAll(statements.prices, arguments: [rid, asOf.description]).map(PriceFact.init)
        guard var fee = fact.feeBenchmark(kind: kind, district: outlet["district_code"], prices: prices) else { return nil }
        if ranked, fee.parts.count == 1, let part = fee.parts.first,
            let cityCell = fact.index?.cells[BenchmarkIndex.Slot(district: nil, key: part.cell.key)]
        {
            let key = LadderKey(cellID: cityCell.id, district: part.pooled ? nil : part.cell.districtCode)
            if ladders[key] == nil { ladders[key] = try Self.ladder(key, db: db) }
            fee.percentileRank = ladders[key]?.rank(of: part.amountFen)
        }
        return fee
    }

    /// The observations behind a city cell (every district's, or one district's), as a ladder.
    static func ladder(_ key: LadderKey, db: Database) throws -> Ladder {
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                literal: """
                    SELECT amount_fen, weight FROM benchmark_observation
                    WHERE cell_id = ?1 AND (?2 IS NULL OR district_code = ?2) ORDER BY amount_fen
                    """),
            arguments: [key.cellID, key.district])
        var ladder = Ladder()
        while let row = try rows.next() {
            let weight: Int64 = row["weight"]
            ladder.amounts.append(row["amount_fen"])
            ladder.weightBefore.append((ladder.weightBefore.last ?? 0) + weight)
        }
        return ladder
    }
}
