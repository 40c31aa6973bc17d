import GRDB

// MARK: - Prices against the market

extension NearbyQuery {
    /// Whether every match must be looked at before paging (price order, ratio filter).
    var arrangesByMarket: Bool { sort == .price || maxRatioPermille != nil }
}

extension NearbySearch {
    /// The comparer of fees with the latest benchmark run on or before the query's day, when
    /// the query compares or filters by the market; nil otherwise (no cost for a plain search).
    static func marketComparer(for query: NearbyQuery, db: Database) throws -> FeeComparer? {
        guard query.compareWithMarket || query.maxRatioPermille != nil else { return nil }
        return try FeeComparer(db, asOf: try LocalDate(parsing: query.asOf))
    }

    /// Filters the matches (in distance-then-id order, or id order city-wide) by the market ratio
    /// and orders them by price, as the query asks. Returns how many were left out for want of
    /// a comparison (nil without a ratio filter).
    static func arrange(
        _ matches: inout [(rid: Int64, distance: Double)], query: NearbyQuery, comparer: FeeComparer?, db: Database
    ) throws -> Int? {
        var leftOut: Int?
        if let maxRatio = query.maxRatioPermille {
            var without = 0
            var kept: [(rid: Int64, distance: Double)] = []
            for match in matches {
                guard let fee = try comparer?.compare(rid: match.rid, ranked: false, db: db) else {
                    without += 1
                    continue
                }
                if fee.ratioToP50Permille <= Int64(maxRatio) { kept.append(match) }
            }
            matches = kept
            leftOut = without
        }
        if query.sort == .price {
            let statement = try db.cachedStatement(literal: monthlyFeeByRID)
            var keyed: [(fee: Int64, position: Int, match: (rid: Int64, distance: Double))] = []
            keyed.reserveCapacity(matches.count)
            for (position, match) in matches.enumerated() {
                let fee = try Int64?.fetchOne(statement, arguments: [match.rid, query.asOf]) ?? nil
                keyed.append((fee ?? Int64.max, position, match))
            }
            // The position keeps the default order (distance, then id) among equal fees.
            keyed.sort { ($0.fee, $0.position) < ($1.fee, $1.position) }
            matches = keyed.map(\.match)
        }
        return leftOut
    }

    /// The monthly fee (`MonthlyFee`) of the outlet whose rid is `?1`, on day `?2` (bound per
    /// match, one prepared statement for them all).
    static let monthlyFeeByRID: SQL = """
        SELECT \(MonthlyFee.sql(
            rid: "?1", asOf: "?2", isChildcare: "(SELECT f.kind LIKE 'childcare%' FROM outlet f WHERE f.rid = ?1)"))
        """
}
