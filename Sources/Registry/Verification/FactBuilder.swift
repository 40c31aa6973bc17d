import CEL
import Foundation
import GRDB
import Rules

/// Builds the facts a rule set reads (docs/RULES.md, "Facts") from the registry as of a day,
/// **in bulk**: five cursors — outlets with their operator, childcare classes, prices in force,
/// certifications and their steps (`CertificationFact`) — each ordered by outlet and merged in
/// one pass, plus one query for the operators and one per credit table (`CreditFacts`). No query
/// per outlet, and memory bounded by the batch size, so a batch over a
/// million outlets streams.
struct FactBuilder {
    let asOf: LocalDate
    let scope: VerificationScope

    /// Columns of `outlet` kept out of the facts (the internal row id).
    static let hiddenOutletColumns: Set<String> = ["rid"]

    /// Streams the facts of every outlet in scope, in `rid` order, in batches of `batchSize`.
    func forEachBatch(_ db: Database, batchSize: Int, _ body: ([Int64], [Facts]) throws -> Void) throws {
        let condition = scope.condition
        let day = asOf.description
        // Over the whole registry the per-row join to `outlet` (a lookup per class, price and
        // certification row) is skipped.
        let whole = scope == .all
        let operators = try loadOperators(db)
        let benchmarks = try BenchmarkFact(db, asOf: asOf)
        let credit = try CreditFacts(db, asOf: asOf, scope: scope)
        let outlets = try Row.fetchCursor(
            db, SQLRequest<Row>(literal: "SELECT o.* FROM outlet o WHERE \(condition) ORDER BY o.rid"))
        var classes = Peeking(
            try Row.fetchCursor(
                db,
                whole
                    ? SQLRequest<Row>(
                        literal: """
                            SELECT c.outlet_rid, c.seq, c.class_type, c.capacity, c.enrolled, c.carers
                            FROM childcare_class c ORDER BY c.outlet_rid, c.seq
                            """)
                    : SQLRequest<Row>(
                        literal: """
                            SELECT c.outlet_rid, c.seq, c.class_type, c.capacity, c.enrolled, c.carers
                            FROM childcare_class c JOIN outlet o ON o.rid = c.outlet_rid
                            WHERE \(condition) ORDER BY c.outlet_rid, c.seq
                            """)))
        var prices = Peeking(
            try Row.fetchCursor(
                db,
                SQLRequest<Row>(
                    literal: """
                        SELECT p.outlet_rid, p.item, p.care_level, p.age_class, p.unit, p.amount_fen, p.effective_from,
                               p.effective_to, p.is_inclusive
                        FROM price p \(whole ? "" : SQL("JOIN outlet o ON o.rid = p.outlet_rid AND \(condition)"))
                        WHERE p.effective_from <= \(day) AND (p.effective_to IS NULL OR p.effective_to >= \(day))
                        ORDER BY p.outlet_rid, p.id
                        """)))
        var certifications = Peeking(
            try Row.fetchCursor(
                db,
                SQLRequest<Row>(
                    literal: """
                        SELECT c.* FROM certification c \(whole ? "" : SQL("JOIN outlet o ON o.rid = c.outlet_rid AND \(condition)"))
                        ORDER BY c.outlet_rid, c.id
                        """)))
        var steps = Peeking(try CertificationFact.cursor(db, whole: whole, condition: condition))
        var rids: [Int64] = []
        var batch: [Facts] = []
        rids.reserveCapacity(batchSize)
        batch.reserveCapacity(batchSize)
        while let row = try outlets.next() {
            let rid: Int64 = row["rid"]
            var outlet = FactValues.pairs(row, skipping: Self.hiddenOutletColumns)
            let classRows = try classes.take(rid) { row in
                CELValue.map(CELMap(FactValues.pairs(row, skipping: ["outlet_rid"])))
            }
            addDerived(&outlet, classes: classRows)
            let priceRows = try prices.take(rid) { row in PriceFact(row) }
            let certificationRows = try certifications.take(rid) { row in
                FactValues.pairs(row, skipping: ["outlet_rid"])
            }
            let certification = CertificationFact.fact(
                rows: certificationRows, steps: try steps.take(rid) { CertificationFact.Step($0) }, asOf: asOf)
            let uscc = outlet["operator_uscc"]?.stringValue ?? ""
            var roots: [String: CELValue] = [
                "outlet": .map(CELMap(outlet)),
                "price": PriceFact.facts(priceRows, family: family(of: outlet)),
                "certification": certification,
            ]
            if let op = operators[uscc] { roots["operator"] = op }
            roots.merge(credit.roots(rid: rid, operatorUSCC: uscc)) { $1 }
            if let benchmark = benchmarks.fact(outlet: outlet, prices: priceRows) { roots["benchmark"] = benchmark }
            rids.append(rid)
            batch.append(Facts(subject: outlet["id"]?.stringValue ?? String(rid), roots: roots))
            if batch.count >= batchSize {
                try body(rids, batch)
                rids.removeAll(keepingCapacity: true)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try body(rids, batch) }
    }

    /// The outlet's family from its `kind` fact (elder care when the kind is unreadable, which
    /// the schema's CHECK rules out).
    func family(of outlet: [String: CELValue]) -> CareFamily {
        outlet["kind"]?.stringValue.flatMap(OutletKind.init(rawValue:))?.family ?? .elder
    }

    /// Derived outlet facts: `family`, `classes` (list), `children` (enrolled) and `places`
    /// (capacity) over the classes, `lease_years` and `lease_months` when both lease dates are
    /// recorded.
    func addDerived(_ outlet: inout [String: CELValue], classes: [CELValue]) {
        if let kind = outlet["kind"]?.stringValue, let family = OutletKind(rawValue: kind)?.family {
            outlet["family"] = .string(family.rawValue)
        }
        outlet["classes"] = .list(classes)
        var children: Int64 = 0
        var places: Int64 = 0
        for item in classes {
            children += item.mapValue?[.string("enrolled")]?.intValue ?? 0
            places += item.mapValue?[.string("capacity")]?.intValue ?? 0
        }
        outlet["children"] = .int(children)
        outlet["places"] = .int(places)
        if let fromText = outlet["lease_from"]?.stringValue, let toText = outlet["lease_to"]?.stringValue,
            let from = try? LocalDate(parsing: fromText), let to = try? LocalDate(parsing: toText)
        {
            let (years, months) = FactValues.completed(from: from, to: to)
            outlet["lease_years"] = .int(Int64(years))
            outlet["lease_months"] = .int(Int64(months))
        }
    }

    /// Operators of the outlets in scope, by USCC, with `uscc_valid` (GB 32100-2015 check
    /// character), `uscc_problem` when invalid, and `uscc_org_code_valid` (GB 11714).
    func loadOperators(_ db: Database) throws -> [String: CELValue] {
        let rows = try Row.fetchCursor(
            db,
            SQLRequest<Row>(
                literal: """
                    SELECT * FROM operator WHERE uscc IN (SELECT o.operator_uscc FROM outlet o WHERE \(scope.condition))
                    """))
        var out: [String: CELValue] = [:]
        while let row = try rows.next() {
            var pairs = FactValues.pairs(row)
            let uscc = pairs["uscc"]?.stringValue ?? ""
            let validation = USCC.validate(uscc)
            pairs["uscc_valid"] = .bool(validation.isValid)
            pairs["uscc_org_code_valid"] = .bool(validation.organisationCodeValid)
            if let problem = validation.problem { pairs["uscc_problem"] = .string(problem.description) }
            out[uscc] = .map(CELMap(pairs))
        }
        return out
    }
}

/// A cursor over rows ordered by `outlet_rid` from which the rows of one outlet are taken in
/// turn (the merge step of the bulk load). Values are converted as they are read: GRDB reuses
/// the row a cursor returns.
///
/// The `outlet_rid` column is found by name once, on the cursor's first row (`ColumnIndexes`),
/// not looked up by name on each of the million rows.
struct Peeking {
    let cursor: RowCursor
    var ridIndex: Int?
    var pending: (rid: Int64, row: Row)?
    var exhausted = false

    init(_ cursor: RowCursor) {
        self.cursor = cursor
    }

    mutating func take<T>(_ rid: Int64, _ convert: (Row) -> T) throws -> [T] {
        var out: [T] = []
        while true {
            if pending == nil, !exhausted {
                if let row = try cursor.next() {
                    let index = try ridIndex ?? ColumnIndexes(row)("outlet_rid")
                    ridIndex = index
                    pending = (row[index], row.copy())
                } else {
                    exhausted = true
                }
            }
            guard let current = pending else { return out }
            if current.rid < rid {
                pending = nil
                continue
            }
            if current.rid > rid { return out }
            out.append(convert(current.row))
            pending = nil
        }
    }
}
