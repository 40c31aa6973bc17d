import GRDB

/// Compares single outlets' monthly fees with the latest benchmark run on or before a day —
/// search's page rows, the report's inclusive outlets — through `BenchmarkFact` (the comparison
/// the `benchmark` fact makes), loading the run's cells once and each outlet's prices in force
/// by one cached statement. A one-part fee is also ranked in its cell's market observations by
/// the run's stored rank ladder (`RankLadder`): one indexed row, whatever the cell's size. A
/// class for its prepared statements; used inside one read, never shared.
final class FeeComparer {
    let asOf: LocalDate
    let fact: BenchmarkFact
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
        let statements =
            try self.statements
            ?? (try db.cachedStatement(literal: Self.outletSQL), try db.cachedStatement(literal: Self.pricesSQL))
        self.statements = statements
        guard let outlet = try Row.fetchOne(statements.outlet, arguments: [rid]),
            let kind = OutletKind(rawValue: outlet["kind"])
        else { return nil }
        let prices = try Row.fetchAll(statements.prices, arguments: [rid, asOf.description]).map(PriceFact.init)
        guard var fee = fact.feeBenchmark(kind: kind, district: outlet["district_code"], prices: prices) else {
            return nil
        }
        if ranked, fee.parts.count == 1, let part = fee.parts.first {
            fee.percentileRank = try SQLiteBenchmarkStore.percentileRank(db, of: part.amountFen, in: part.cell)
        }
        return fee
    }
}
