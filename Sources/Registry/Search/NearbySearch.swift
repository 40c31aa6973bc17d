import Foundation
import GRDB

/// 附近查询: the resident search (ARCHITECTURE.md, "Resident search").
///
/// With a centre, in three steps, so that the costly part (reading `outlet` rows, which are wide)
/// happens only for the outlets the page shows:
/// 1. the R*Tree `outlet_geo` gives the candidates in the radius's bounding box and kind range
///    (its third dimension), with their float32 coordinates; the filters that need other tables
///    (certification, price, classes) run on the same statement through their `outlet_rid`
///    indexes, keyed on the R*Tree's rid, so `outlet` itself is not read;
/// 2. each candidate's distance is computed in Swift from its float32 box, with a rigorous error
///    bound (≈ 1–3 m): a candidate surely inside the radius is counted, surely outside dropped;
/// 3. exact distances (from the REAL columns `outlet.lat/lon`) are fetched only for candidates
///    that straddle the radius or may fall on the requested page, which fixes the count, the
///    `distance <= radius` test and the order (distance, then id) exactly; then the page's rows.
/// A keyword needs `outlet.name/address` anyway, so with one the first step joins `outlet` and
/// uses the exact coordinates directly.
///
/// Measured on a synthetic registry of 1,000,000 outlets over 100 km × 100 km (≈ 310 within
/// 1 km of a point), release build, CPU time per search, p50: 1 km 0.77 ms (certified-only
/// 0.95 ms), 3 km 2.5 ms (4.5 ms). The bare R*Tree loop alone takes 0.38 / 1.4 ms; reading
/// `outlet` for every candidate alone takes 0.57 / 2.8 ms, so step 3 is what keeps 3 km cheap.
/// Computing the distance in a registered SQL function was slower than in Swift (0.75 vs
/// 0.57 ms at 1 km).
///
/// Without a centre the search runs city-wide (e.g. `--keyword` alone), sorted by id, with
/// `distanceMetres` nil. It counts every match, so a keyword common across the city costs a
/// full pass (≈ 150 ms for a 3+ character keyword with 13k matches at 1M outlets; a 1–2
/// character keyword scans the table, ≈ 0.7 s).
///
/// Every statement is cached (`cached: true`), so repeated searches on one connection skip
/// SQL compilation.
public enum NearbySearch {
    /// Runs a validated query on one database connection.
    public static func run(_ query: NearbyQuery, in db: Database) throws -> SearchResult {
        try query.validate()
        if let centre = query.centre {
            return try nearby(query, centre: centre, db: db)
        }
        return try cityWide(query, db: db)
    }

    /// Runs a validated query in a read transaction of `reader`.
    public static func run(_ query: NearbyQuery, reader: any DatabaseReader) throws -> SearchResult {
        try reader.read { db in try run(query, in: db) }
    }
}

// MARK: - Searching around a centre

extension NearbySearch {
    /// Metres per degree of arc on the search sphere (an upper bound for both latitude and, times
    /// cos φ ≤ 1, longitude).
    static let metresPerDegree = Geodesy.earthRadius * .pi / 180

    /// A candidate from the index: its distance from the centre, either exact or approximate
    /// with an error bound.
    struct Candidate {
        var rid: Int64
        /// Distance computed from the coordinates at hand (exact when `error` is 0).
        var approximate: Double
        /// |exact − approximate| is at most this, in metres.
        var error: Double
        /// The exact distance, once known.
        var exact: Double?

        var lowerBound: Double { approximate - error }
        var upperBound: Double { approximate + error }
    }

    static func nearby(_ query: NearbyQuery, centre: GeoPoint, db: Database) throws -> SearchResult {
        let radius = query.radius
        var candidates = try fetchCandidates(query, centre: centre, db: db)
        let (sum, overflow) = query.offset.addingReportingOverflow(query.limit)
        // Ordering by price or filtering by the market ratio needs every match's distance.
        let end = overflow || query.arrangesByMarket ? Int.max : sum
        try resolveExactDistances(&candidates, centre: centre, radius: radius, pageEnd: end, db: db)
        // Every candidate without an exact distance is surely inside and ranks after the page.
        var surelyInsideUnresolved = 0
        var matches: [(rid: Int64, distance: Double)] = []
        for candidate in candidates {
            if let exact = candidate.exact {
                if exact <= radius { matches.append((candidate.rid, exact)) }
            } else if candidate.upperBound <= radius {
                surelyInsideUnresolved += 1
            }
        }
        matches.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.rid < $1.rid }
        try orderTiesByID(&matches, db: db)
        let comparer = try marketComparer(for: query, db: db)
        let leftOut = try arrange(&matches, query: query, comparer: comparer, db: db)

        let page = pageRange(count: matches.count, limit: query.limit, offset: query.offset)
        var hits: [SearchHit] = []
        hits.reserveCapacity(page.count)
        let hitStatement = try hitByRIDStatement(db)
        for match in matches[page] {
            guard var hit = try fetchHit(rid: match.rid, asOf: query.asOf, hitStatement) else { continue }
            hit.distanceMetres = match.distance
            if query.compareWithMarket, let comparer { hit.setMarket(try comparer.compare(rid: match.rid, db: db)) }
            hits.append(hit)
        }
        return SearchResult(
            total: matches.count + surelyInsideUnresolved, results: hits, benchmarkRun: comparer?.run?.id,
            leftOutWithoutComparison: leftOut)
    }

    /// Step 1: the candidates in the box and kind range that pass the SQL filters.
    static func fetchCandidates(_ query: NearbyQuery, centre: GeoPoint, db: Database) throws -> [Candidate] {
        let box = GeoBox(around: centre, radius: query.radius)
        let keyword = query.normalizedKeyword
        let rid: SQL = keyword == nil ? "g.rid" : "o.rid"
        var conditions: [SQL] = [
            "g.max_lat >= \(box.minLat)", "g.min_lat <= \(box.maxLat)",
            "g.max_lon >= \(box.minLon)", "g.min_lon <= \(box.maxLon)",
        ]
        conditions += kindIndexConditions(query.kindNumbers)
        conditions += filterConditions(
            for: query, rid: rid, isChildcare: keyword == nil ? MonthlyFee.geoIsChildcare : MonthlyFee.outletIsChildcare
        )
        if let since = query.modifiedSince {
            conditions.append(modifiedCondition(rid: rid, since: since))
        }
        let statement: Statement
        if let keyword {
            // Around a centre the keyword is tested on each candidate's row (a substring test, as
            // trigram MATCH is): `o.rid IN (… MATCH …)` would first collect every outlet in the
            // city containing the text (300 ms for a common word at 1M outlets).
            conditions.append(substringCondition(keyword))
            // CROSS JOIN keeps the R*Tree as the outer loop: the planner must never scan `outlet`.
            statement = try db.cachedStatement(
                literal: """
                    SELECT o.rid AS rid, o.lat AS min_lat, o.lat AS max_lat, o.lon AS min_lon, o.lon AS max_lon
                    FROM outlet_geo g CROSS JOIN outlet o ON o.rid = g.rid
                    WHERE \(conditions.joined(operator: .and))
                    """)
        } else {
            statement = try db.cachedStatement(
                literal: """
                    SELECT g.rid AS rid, g.min_lat AS min_lat, g.max_lat AS max_lat, g.min_lon AS min_lon, g.max_lon AS max_lon
                    FROM outlet_geo g
                    WHERE \(conditions.joined(operator: .and))
                    """)
        }
        var candidates: [Candidate] = []
        candidates.reserveCapacity(1_024)
        // Thousands of rows a search: the columns' indexes are found by name once for the
        // statement, not looked up by name for every value.
        let column = ColumnIndexes(statement)
        let (ridAt, minLatAt, maxLatAt, minLonAt, maxLonAt) = (
            try column("rid"), try column("min_lat"), try column("max_lat"), try column("min_lon"),
            try column("max_lon")
        )
        let rows = try Row.fetchCursor(statement)
        while let row = try rows.next() {
            let rid: Int64 = row[ridAt]
            let minLat: Double = row[minLatAt]
            let maxLat: Double = row[maxLatAt]
            let minLon: Double = row[minLonAt]
            let maxLon: Double = row[maxLonAt]
            let approximate = Geodesy.distance(
                lat1: centre.lat, lon1: centre.lon, lat2: (minLat + maxLat) / 2, lon2: (minLon + maxLon) / 2)
            if keyword != nil {
                candidates.append(Candidate(rid: rid, approximate: approximate, error: 0, exact: approximate))
            } else {
                candidates.append(
                    Candidate(
                        rid: rid, approximate: approximate,
                        error: float32Error(minLat: minLat, maxLat: maxLat, minLon: minLon, maxLon: maxLon)))
            }
        }
        return candidates
    }

    /// A bound on how far the true point can be from the centre of its float32 box, in metres.
    ///
    /// SQLite's R*Tree rounds a stored minimum down and maximum up, so the true point lies in the
    /// box and is at most half its diagonal from the box's centre. The bound adds one float32
    /// spacing per axis in case a value was rounded to nearest instead, and a millimetre for the
    /// arithmetic; moving along a meridian then a parallel is never shorter than the great circle.
    static func float32Error(minLat: Double, maxLat: Double, minLon: Double, maxLon: Double) -> Double {
        let spreadLat = (maxLat - minLat) / 2 + Double(Float(maxLat).ulp)
        let spreadLon = (maxLon - minLon) / 2 + Double(Float(maxLon).ulp)
        return metresPerDegree * (spreadLat + spreadLon) + 0.001
    }

    /// Step 3: exact distances for the candidates whose place in the answer depends on them.
    ///
    /// Exact distances are needed (a) for every candidate within its error of the radius, to
    /// decide `distance <= radius`; (b) for every candidate that may rank before `pageEnd`: with
    /// H the `pageEnd`-th smallest upper bound, at least `pageEnd` candidates are surely no
    /// farther than H, so a candidate whose lower bound exceeds H cannot be on the page —
    /// provided those nearer candidates are inside the radius. When some are not (the page
    /// reaches the circle's edge) every candidate is resolved. Surely-outside candidates are
    /// never resolved. No full sort is needed: the matches resolved are few.
    static func resolveExactDistances(
        _ candidates: inout [Candidate], centre: GeoPoint, radius: Double, pageEnd: Int, db: Database
    ) throws {
        var horizon = -Double.infinity
        if pageEnd > 0 {
            if pageEnd >= candidates.count {
                horizon = .infinity
            } else {
                horizon = kthSmallest(candidates.lazy.map(\.upperBound), k: pageEnd)
            }
        }
        let needed = candidates.indices.filter {
            let candidate = candidates[$0]
            guard candidate.lowerBound <= radius else { return false }
            return candidate.upperBound > radius || candidate.lowerBound <= horizon
        }
        try resolve(needed, in: &candidates, centre: centre, db: db)
        if pageEnd > 0, horizon.isFinite {
            let nearInside = candidates.lazy.filter { ($0.exact ?? .infinity) <= min(radius, horizon) }.count
            if nearInside < pageEnd {
                let rest = candidates.indices.filter { candidates[$0].lowerBound <= radius }
                try resolve(rest, in: &candidates, centre: centre, db: db)
            }
        }
    }

    /// The `k`-th smallest value (1-based; `k` ≤ count). A page is small, so keep the `k` smallest
    /// seen so far in a sorted buffer: most values are rejected by one comparison, which beats
    /// sorting thousands of candidates. Large `k` (deep pages) sorts.
    static func kthSmallest<Values: Collection<Double>>(_ values: Values, k: Int) -> Double {
        guard k <= 256 else { return values.sorted()[k - 1] }
        var smallest: [Double] = []
        smallest.reserveCapacity(k + 1)
        for value in values {
            if smallest.count == k {
                guard let largest = smallest.last, value < largest else { continue }
                smallest.removeLast()
            }
            var index = smallest.count
            while index > 0 && smallest[index - 1] > value { index -= 1 }
            smallest.insert(value, at: index)
        }
        return smallest[k - 1]
    }

    static func resolve(_ indices: [Int], in candidates: inout [Candidate], centre: GeoPoint, db: Database) throws {
        // One prepared statement for every candidate, its rid bound per row.
        let statement = try db.cachedStatement(literal: "SELECT lat, lon FROM outlet WHERE rid = ?")
        for index in indices where candidates[index].exact == nil {
            guard let row = try Row.fetchOne(statement, arguments: [candidates[index].rid]) else {
                // The R*Tree and the table disagree (never, with the schema's triggers): treat as
                // not matching rather than fail the whole search.
                candidates[index].exact = .infinity
                continue
            }
            candidates[index].exact = Geodesy.distance(
                lat1: centre.lat, lon1: centre.lon, lat2: row["lat"], lon2: row["lon"])
        }
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
    static func orderTiesByID(_ matches: inout [(rid: Int64, distance: Double)], db: Database) throws {
        var start = 0
        while start < matches.count {
            var end = start + 1
            while end < matches.count && matches[end].distance == matches[start].distance { end += 1 }
            if end - start > 1 {
                let statement = try db.cachedStatement(literal: "SELECT id FROM outlet WHERE rid = ?")
                var keyed: [(id: String, match: (rid: Int64, distance: Double))] = []
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
    static func cityWide(_ query: NearbyQuery, db: Database) throws -> SearchResult {
        var conditions = filterConditions(for: query, rid: "o.rid", isChildcare: MonthlyFee.outletIsChildcare)
        if let since = query.modifiedSince {
            conditions.append(changedSinceCondition(rid: "o.rid", since: since))
        }
        if let keyword = query.normalizedKeyword {
            conditions.append(keywordCondition(keyword))
        }
        if !query.kindNumbers.isEmpty {
            conditions.append(
                "o.kind IN (SELECT kind FROM outlet_kind_number WHERE n IN \(query.kindNumbers.sorted()))")
        }
        let whereClause: SQL = conditions.isEmpty ? "1" : "\(conditions.joined(operator: .and))"
        let comparer = try marketComparer(for: query, db: db)
        if query.arrangesByMarket {
            // Every match is needed to order by price or filter by ratio: rids by id, then as
            // around a centre (without distances).
            var matches = try Int64.fetchAll(
                db,
                SQLRequest<Int64>(
                    literal: "SELECT o.rid FROM outlet o WHERE \(whereClause) ORDER BY o.id", cached: true)
            ).map { (rid: $0, distance: 0.0) }
            let leftOut = try arrange(&matches, query: query, comparer: comparer, db: db)
            var hits: [SearchHit] = []
            let hitStatement = try hitByRIDStatement(db)
            for match in matches[pageRange(count: matches.count, limit: query.limit, offset: query.offset)] {
                guard var hit = try fetchHit(rid: match.rid, asOf: query.asOf, hitStatement) else { continue }
                if query.compareWithMarket, let comparer { hit.setMarket(try comparer.compare(rid: match.rid, db: db)) }
                hits.append(hit)
            }
            return SearchResult(
                total: matches.count, results: hits, benchmarkRun: comparer?.run?.id, leftOutWithoutComparison: leftOut)
        }
        let count =
            try Int.fetchOne(
                db, SQLRequest<Int>(literal: "SELECT count(*) FROM outlet o WHERE \(whereClause)", cached: true)) ?? 0
        guard query.limit > 0, query.offset < count else {
            return SearchResult(total: count, results: [], benchmarkRun: comparer?.run?.id)
        }
        let request = SQLRequest<HitRow>(
            literal: """
                SELECT \(hitColumns(asOf: "\(query.asOf)")) \(hitSource)
                WHERE \(whereClause) ORDER BY o.id LIMIT \(query.limit) OFFSET \(query.offset)
                """,
            cached: true)
        let hits = try HitRow.fetchAll(db, request).map { row in
            var hit = row.hit
            if query.compareWithMarket, let comparer { hit.setMarket(try comparer.compare(rid: row.rid, db: db)) }
            return hit
        }
        return SearchResult(total: count, results: hits, benchmarkRun: comparer?.run?.id)
    }
}

// MARK: - Filters

extension NearbySearch {
    /// The SQL conditions for the recognition, price and class filters, on the candidate whose
    /// outlet rid is the expression `rid` (`g.rid` from the R*Tree, or `o.rid`) and whose
    /// childcare test is `isChildcare` (`MonthlyFee.geoIsChildcare` or `.outletIsChildcare`). Each is a
    /// correlated lookup through an `outlet_rid` index, so its cost grows with the candidates,
    /// never with the registry.
    static func filterConditions(for query: NearbyQuery, rid: SQL, isChildcare: SQL) -> [SQL] {
        var conditions: [SQL] = []
        if !query.allStatuses {
            // The current recognition is the latest row by id; it must be certified and valid
            // on the day (valid_to is the last valid day, inclusive).
            conditions.append(
                """
                (SELECT c.status = 'certified' AND c.valid_from <= \(query.asOf) AND c.valid_to >= \(query.asOf)
                 FROM certification c WHERE c.outlet_rid = \(rid) ORDER BY c.id DESC LIMIT 1)
                """)
            // A resident is never sent to a closed or suspended site, whatever its certificate says.
            conditions.append("(SELECT s.status = 'operating' FROM outlet s WHERE s.rid = \(rid))")
        }
        if let maxPrice = query.maxMonthlyPriceFen {
            conditions.append(
                "\(MonthlyFee.sql(rid: rid, asOf: "\(query.asOf)", isChildcare: isChildcare)) <= \(maxPrice)")
        }
        if query.ageClass != nil || query.vacancyOnly {
            var classConditions: [SQL] = ["cc.outlet_rid = \(rid)"]
            if let ageClass = query.ageClass { classConditions.append("cc.class_type = \(ageClass)") }
            if query.vacancyOnly { classConditions.append("cc.enrolled < cc.capacity") }
            conditions.append(
                "EXISTS (SELECT 1 FROM childcare_class cc WHERE \(classConditions.joined(operator: .and)))")
        }
        return conditions
    }

    /// The outlet `rid` has an audit entry at or after `since` for itself, its recognition
    /// (`certification`, keyed by the outlet's id) or one of its prices (keyed
    /// `outlet_id|item|…`, so the range `id|` … `id}` holds exactly that outlet's): probes of
    /// `audit_log_entity`.
    /// Around a centre the candidates are few, so each is probed; city-wide the outlets changed
    /// since the instant are read once through `audit_log_at` (`changedSinceCondition`).
    static func modifiedCondition(rid: SQL, since: String) -> SQL {
        """
        EXISTS (SELECT 1 FROM outlet m JOIN audit_log a ON
            ((a.entity_type IN ('outlet', 'certification') AND a.entity_id = m.id)
             OR (a.entity_type = 'price' AND a.entity_id > m.id || '|' AND a.entity_id < m.id || '}'))
          WHERE m.rid = \(rid) AND a.at >= \(since))
        """
    }

    /// City-wide: the outlet `rid` is among those with an audit entry at or after `since` for
    /// itself, its recognition or one of its prices (the outlet's id is the price key's part before
    /// the first `|`), read once through the `audit_log_at` index: the cost follows the changes
    /// since the instant, not the size of the registry or of its log.
    static func changedSinceCondition(rid: SQL, since: String) -> SQL {
        """
        \(rid) IN (SELECT m.rid FROM audit_log a JOIN outlet m ON m.id =
            (CASE a.entity_type WHEN 'price' THEN substr(a.entity_id, 1, instr(a.entity_id, '|') - 1) ELSE a.entity_id END)
          WHERE a.at >= \(since) AND a.entity_type IN ('outlet', 'certification', 'price'))
        """
    }

    /// City-wide: name or address contains `keyword`. Three or more characters: FTS5 trigram
    /// `MATCH` with the keyword as one quoted phrase (a `"` doubled), a case-folded substring
    /// test through the index. One or two characters: trigram cannot match them, and on SQLite
    /// 3.40 `LIKE` on the FTS5 table silently returns nothing (TECH-NOTES), so the substring test
    /// on the base table (a scan).
    static func keywordCondition(_ keyword: String) -> SQL {
        if keyword.unicodeScalars.count >= 3 {
            let phrase = "\"" + keyword.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            return "o.rid IN (SELECT rowid FROM outlet_text WHERE outlet_text MATCH \(phrase))"
        }
        return substringCondition(keyword)
    }

    /// Name or address of `o` contains `keyword`, with `lower()` on both sides to fold ASCII case
    /// as the trigram tokenizer does (Chinese has no case).
    static func substringCondition(_ keyword: String) -> SQL {
        "(instr(lower(o.name), lower(\(keyword))) > 0 OR instr(lower(o.address), lower(\(keyword))) > 0)"
    }

}

// MARK: - Rows of a page

extension NearbySearch {
    /// The columns `HitRow` reads (by name), the fee on day `asOf` (an SQL expression: a bound
    /// day, or a placeholder of a prepared statement).
    static func hitColumns(asOf: SQL) -> SQL {
        """
        o.rid, o.id, o.name, o.kind, o.district_code, o.subdistrict, o.address, o.lat, o.lon, o.pricing,
        o.operator_uscc, c.status AS cert_status, c.level AS cert_level, c.badge_no AS cert_badge_no,
        c.valid_to AS cert_valid_to,
        \(MonthlyFee.sql(rid: "o.rid", asOf: asOf, isChildcare: MonthlyFee.outletIsChildcare)) AS monthly_price_fen
        """
    }

    /// An outlet with its current (latest) certification row, if any.
    static let hitSource: SQL = """
        FROM outlet o
        LEFT JOIN certification c ON c.id = (SELECT max(c2.id) FROM certification c2 WHERE c2.outlet_rid = o.rid)
        """

    /// One page row by rid: the day is `?1` and the rid `?2`, bound per row, so one prepared
    /// statement serves every row of the page.
    static let hitByRID: SQL = "SELECT \(hitColumns(asOf: "?1")) \(hitSource) WHERE o.rid = ?2"

    /// The (cached) statement of `hitByRID`, got once per search: building the literal per row
    /// would cost more than the row.
    static func hitByRIDStatement(_ db: Database) throws -> Statement {
        try db.cachedStatement(literal: hitByRID)
    }

    static func fetchHit(rid: Int64, asOf: String, _ statement: Statement) throws -> SearchHit? {
        try HitRow.fetchOne(statement, arguments: [asOf, rid])?.hit
    }
}

/// A page row of a search (`NearbySearch.hitColumns`), read by column name.
struct HitRow: FetchableRecord {
    var rid: Int64
    var hit: SearchHit

    init(row: Row) {
        rid = row["rid"]
        var certification: SearchHit.Certification?
        if let status: String = row["cert_status"], let level: String = row["cert_level"] {
            certification = SearchHit.Certification(
                status: status, level: level, badgeNo: row["cert_badge_no"], validTo: row["cert_valid_to"])
        }
        hit = SearchHit(
            id: row["id"], name: row["name"], kind: row["kind"], districtCode: row["district_code"],
            subdistrict: row["subdistrict"], address: row["address"], lat: row["lat"], lon: row["lon"],
            distanceMetres: nil, certification: certification, monthlyPriceFen: row["monthly_price_fen"],
            pricing: row["pricing"], operatorUSCC: row["operator_uscc"])
    }
}
