import Foundation
import GRDB

/// 附近查询: the resident search (ARCHITECTURE.md, "Resident search").
///
/// With a centre: the R*Tree `outlet_geo` gives the candidates in the radius's bounding box (and
/// kind range, its third dimension); each candidate's exact distance is computed in Swift from
/// the REAL columns `outlet.lat/lon` (the R*Tree's float32 copy is off by up to ≈ 0.7 m); the
/// filters that need other tables run in SQL on the same statement, per candidate, through
/// their `outlet_rid` indexes; the matches are sorted by distance then id and counted; only the
/// page's rows are then fetched in full. Measured at 1,000,000 outlets this keeps a 1 km query
/// under a millisecond (see the search engineer's report / BENCHMARKS.md).
///
/// Without a centre the search runs city-wide (e.g. `--keyword` alone), sorted by id, with
/// `distanceMetres` nil.
///
/// Every statement is cached (`cached: true`), so repeated searches on one connection skip
/// SQL compilation.
public enum NearbySearch {
    /// Runs a validated query on one database connection.
    public static func run(_ query: NearbyQuery, in db: Database) throws -> SearchResult {
        try query.validate()
        let filters = filterConditions(for: query)
        if let centre = query.centre {
            return try nearby(query, centre: centre, filters: filters, db: db)
        }
        return try cityWide(query, filters: filters, db: db)
    }

    /// Runs a validated query in a read transaction of `reader`.
    public static func run(_ query: NearbyQuery, reader: any DatabaseReader) throws -> SearchResult {
        try reader.read { db in try run(query, in: db) }
    }
}

// MARK: - Searching around a centre

extension NearbySearch {
    /// A match before its row is fetched.
    struct Match {
        var rid: Int64
        var distance: Double
    }

    static func nearby(_ query: NearbyQuery, centre: GeoPoint, filters: [SQL], db: Database) throws -> SearchResult {
        let box = GeoBox(around: centre, radius: query.radius)
        var conditions: [SQL] = [
            "g.max_lat >= \(box.minLat)", "g.min_lat <= \(box.maxLat)",
            "g.max_lon >= \(box.minLon)", "g.min_lon <= \(box.maxLon)",
        ]
        conditions += kindIndexConditions(query.kindNumbers)
        conditions += filters
        // CROSS JOIN keeps the R*Tree as the outer loop: the planner must never scan `outlet`.
        let request = SQLRequest<Row>(
            literal: """
                SELECT o.rid, o.lat, o.lon FROM outlet_geo g CROSS JOIN outlet o ON o.rid = g.rid
                WHERE \(conditions.joined(separator: " AND "))
                """,
            cached: true)

        var matches: [Match] = []
        let radius = query.radius
        let rows = try Row.fetchCursor(db, request)
        while let row = try rows.next() {
            let distance = Geodesy.distance(lat1: centre.lat, lon1: centre.lon, lat2: row[1], lon2: row[2])
            if distance <= radius {
                matches.append(Match(rid: row[0], distance: distance))
            }
        }
        matches.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.rid < $1.rid }
        try orderTiesByID(&matches, db: db)

        let page = pageRange(count: matches.count, limit: query.limit, offset: query.offset)
        var hits: [SearchHit] = []
        hits.reserveCapacity(page.count)
        for match in matches[page] {
            guard var hit = try fetchHit(rid: match.rid, asOf: query.asOf, db: db) else { continue }
            hit.distanceMetres = match.distance
            hits.append(hit)
        }
        return SearchResult(total: matches.count, results: hits)
    }

    /// R*Tree conditions for a kind set: its covering range goes to the index's third dimension;
    /// a set with gaps (e.g. 1 and 5) also needs an exact test on the candidate's kind number.
    static func kindIndexConditions(_ kinds: Set<Int>) -> [SQL] {
        guard let low = kinds.min(), let high = kinds.max() else { return [] }
        var conditions: [SQL] = ["g.max_kind >= \(low)", "g.min_kind <= \(high)"]
        if high - low + 1 != kinds.count {
            conditions.append("g.min_kind IN \(kinds.sorted())")
        }
        return conditions
    }

    /// Outlets at exactly the same distance are ordered by public id (as SQLite's BINARY
    /// collation orders it). Ties are rare, so ids are fetched only for them rather than for
    /// every candidate.
    static func orderTiesByID(_ matches: inout [Match], db: Database) throws {
        var start = 0
        while start < matches.count {
            var end = start + 1
            while end < matches.count && matches[end].distance == matches[start].distance { end += 1 }
            if end - start > 1 {
                let statement = try db.cachedStatement(sql: "SELECT id FROM outlet WHERE rid = ?")
                var keyed: [(id: String, match: Match)] = []
                for match in matches[start..<end] {
                    let id = try String.fetchOne(statement, arguments: [match.rid]) ?? ""
                    keyed.append((id, match))
                }
                keyed.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
                for (offset, entry) in keyed.enumerated() { matches[start + offset] = entry.match }
            }
            start = end
        }
    }

    /// The slice of `count` sorted matches that a page covers (possibly empty).
    static func pageRange(count: Int, limit: Int, offset: Int) -> Range<Int> {
        let lower = min(offset, count)
        let upper = min(count, lower + min(limit, count - lower))
        return lower..<upper
    }
}

// MARK: - City-wide search

extension NearbySearch {
    static func cityWide(_ query: NearbyQuery, filters: [SQL], db: Database) throws -> SearchResult {
        var conditions = filters
        if !query.kindNumbers.isEmpty {
            conditions.append(
                "o.kind IN (SELECT kind FROM outlet_kind_number WHERE n IN \(query.kindNumbers.sorted()))")
        }
        let whereClause: SQL = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
        let count = try Int.fetchOne(
            db, SQLRequest<Int>(literal: "SELECT count(*) FROM outlet o WHERE \(whereClause)", cached: true)) ?? 0
        guard query.limit > 0, query.offset < count else { return SearchResult(total: count, results: []) }
        let request = SQLRequest<Row>(
            literal: """
                SELECT \(hitColumns(asOf: query.asOf)) \(hitSource)
                WHERE \(whereClause) ORDER BY o.id LIMIT \(query.limit) OFFSET \(query.offset)
                """,
            cached: true)
        let hits = try Row.fetchAll(db, request).map(makeHit)
        return SearchResult(total: count, results: hits)
    }
}

// MARK: - Filters

extension NearbySearch {
    /// The SQL conditions on candidate `o` (an `outlet` row) for every filter except kind and
    /// place. Each is a correlated lookup through an `outlet_rid` index, so its cost grows with
    /// the candidates, never with the registry.
    static func filterConditions(for query: NearbyQuery) -> [SQL] {
        var conditions: [SQL] = []
        if !query.allStatuses {
            // The current recognition is the latest row by id; it must be certified and valid
            // on the day (valid_to is the last valid day, inclusive).
            conditions.append("""
                (SELECT c.status = 'certified' AND c.valid_from <= \(query.asOf) AND c.valid_to >= \(query.asOf)
                 FROM certification c WHERE c.outlet_rid = o.rid ORDER BY c.id DESC LIMIT 1)
                """)
        }
        if let maxPrice = query.maxMonthlyPriceFen {
            conditions.append("(\(monthlyPriceSQL(asOf: query.asOf))) <= \(maxPrice)")
        }
        if query.ageClass != nil || query.vacancyOnly {
            var classConditions: [SQL] = ["cc.outlet_rid = o.rid"]
            if let ageClass = query.ageClass { classConditions.append("cc.class_type = \(ageClass)") }
            if query.vacancyOnly { classConditions.append("cc.enrolled < cc.capacity") }
            conditions.append(
                "EXISTS (SELECT 1 FROM childcare_class cc WHERE \(classConditions.joined(separator: " AND ")))")
        }
        if let keyword = query.normalizedKeyword {
            conditions.append(keywordCondition(keyword))
        }
        return conditions
    }

    /// Name or address contains `keyword`. Three or more characters: FTS5 trigram `MATCH` with
    /// the keyword as one quoted phrase (a `"` doubled), which is a case-folded substring test.
    /// One or two characters: trigram cannot match them, and on SQLite 3.40 `LIKE` on the FTS5
    /// table silently returns nothing (TECH-NOTES), so `instr()` on the base table, with
    /// `lower()` on both sides to fold case as trigram does.
    static func keywordCondition(_ keyword: String) -> SQL {
        if keyword.unicodeScalars.count >= 3 {
            let phrase = "\"" + keyword.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            return "o.rid IN (SELECT rowid FROM outlet_text WHERE outlet_text MATCH \(phrase))"
        }
        return "(instr(lower(o.name), lower(\(keyword))) > 0 OR instr(lower(o.address), lower(\(keyword))) > 0)"
    }

    /// An outlet's monthly price (起价): the lowest inclusive price with unit `month` in force on
    /// `asOf`, or NULL. Correlated on `o.rid`; served by index `price_outlet`.
    static func monthlyPriceSQL(asOf: String) -> SQL {
        """
        SELECT min(p.amount_fen) FROM price p
        WHERE p.outlet_rid = o.rid AND p.unit = 'month' AND p.is_inclusive = 1
          AND p.effective_from <= \(asOf) AND (p.effective_to IS NULL OR p.effective_to >= \(asOf))
        """
    }
}

// MARK: - Rows of a page

extension NearbySearch {
    /// The columns `makeHit` reads, in order.
    static func hitColumns(asOf: String) -> SQL {
        """
        o.id, o.name, o.kind, o.district_code, o.subdistrict, o.address, o.lat, o.lon, o.pricing, o.operator_uscc,
        c.status, c.level, c.badge_no, c.valid_to, (\(monthlyPriceSQL(asOf: asOf)))
        """
    }

    /// An outlet with its current (latest) certification row, if any.
    static let hitSource: SQL = """
        FROM outlet o
        LEFT JOIN certification c ON c.id = (SELECT max(c2.id) FROM certification c2 WHERE c2.outlet_rid = o.rid)
        """

    static func fetchHit(rid: Int64, asOf: String, db: Database) throws -> SearchHit? {
        let request = SQLRequest<Row>(
            literal: "SELECT \(hitColumns(asOf: asOf)) \(hitSource) WHERE o.rid = \(rid)", cached: true)
        return try Row.fetchOne(db, request).map(makeHit)
    }

    static func makeHit(_ row: Row) -> SearchHit {
        var certification: SearchHit.Certification?
        if let status: String = row[10], let level: String = row[11] {
            certification = SearchHit.Certification(status: status, level: level, badgeNo: row[12], validTo: row[13])
        }
        return SearchHit(
            id: row[0], name: row[1], kind: row[2], districtCode: row[3], subdistrict: row[4], address: row[5],
            lat: row[6], lon: row[7], distanceMetres: nil, certification: certification,
            monthlyPriceFen: row[14], pricing: row[8], operatorUSCC: row[9])
    }
}
