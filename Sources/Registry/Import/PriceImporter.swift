import GRDB

/// Imports `prices.csv` (docs/CSV.md). A price is keyed by (outlet_id, item, care_level,
/// age_class, unit, effective_from); replacing one (`update`) sets its amount, end date and
/// inclusive flag.
struct PriceImporter: RowImporter {
    static let table = RegistryTable.prices
    static let columns = [
        "outlet_id", "item", "care_level", "age_class", "unit", "amount_yuan", "effective_from", "effective_to",
        "inclusive",
    ]
    static let required: Set<String> = ["outlet_id", "item", "unit", "amount_yuan", "effective_from", "inclusive"]
    static let keyColumn = "outlet_id"
    static let entityType = "price"

    init(_ db: Database, options: ImportOptions, timestamp: String) throws {}

    func parse(_ reader: inout FieldReader, _ db: Database) throws -> Price? {
        let before = reader.problems.count
        let outletID = reader.outletID("outlet_id", required: true)
        if let outletID, try rid(of: outletID, db) == nil {
            reader.problem(
                "outlet_id", outletID, zh: "未知的网点（请先在 outlets.csv 中导入）",
                en: "unknown outlet (import it in outlets.csv first)")
        }
        let item = reader.required("item")
        let careLevel = reader.enumValue("care_level", CareLevel.self)
        let ageClass = reader.enumValue("age_class", ClassType.self)
        let unit = reader.enumValue("unit", PriceUnit.self, required: true)
        let amount = reader.money("amount_yuan", required: true)
        let from = reader.date("effective_from", required: true)
        let to = reader.date("effective_to")
        if let from, let to, to < from {
            reader.problem(
                "effective_to", to.description, zh: "早于\(FieldReader.columnZH("effective_from"))（\(from)）",
                en: "before effective_from (\(from))")
        }
        let inclusive = reader.bool("inclusive", required: true)
        guard reader.problems.count == before, let outletID, let item, let unit, let amount, let from, let inclusive
        else { return nil }
        return Price(
            outletID: outletID, item: item, careLevel: careLevel, ageClass: ageClass, unit: unit, amount: amount,
            effectiveFrom: from, effectiveTo: to, isInclusive: inclusive)
    }

    func key(of row: Price) -> String { row.key }

    /// `Price.key`'s fields as written: outlet_id, item, care_level, age_class, unit, effective_from.
    func rawKey(_ reader: FieldReader) -> String? {
        guard let outletID = reader.text("outlet_id"), let item = reader.text("item"), let unit = reader.text("unit"),
            let from = reader.numeric("effective_from")
        else { return nil }
        return [outletID, item, reader.text("care_level") ?? "", reader.text("age_class") ?? "", unit, from]
            .joined(separator: "|")
    }

    func rid(of id: String, _ db: Database) throws -> Int64? {
        try ImportLookup.outletRID(id, db)
    }

    /// Constant SQL, bound per row (`ImportLookup`).
    static let findSQL = """
        SELECT p.id FROM price p JOIN outlet o ON o.rid = p.outlet_rid
        WHERE o.id = ? AND p.item = ? AND p.care_level IS ? AND p.age_class IS ? AND p.unit = ? AND p.effective_from = ?
        """

    /// The stored price with the row's key (`IS` matches an absent level or class).
    func priceID(of row: Price, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(
            db.cachedStatement(sql: Self.findSQL),
            arguments: [
                row.outletID, row.item, row.careLevel?.rawValue, row.ageClass?.rawValue, row.unit.rawValue,
                row.effectiveFrom.description,
            ])
    }

    func exists(_ row: Price, _ db: Database) throws -> Bool {
        try priceID(of: row, db) != nil
    }

    func write(_ row: Price, replacing: Bool, _ db: Database, _ log: inout AuditLog) throws {
        let after = JSONValue.members(row.jsonMembers).canonicalText
        if replacing, let id = try priceID(of: row, db) {
            let before = try PriceRecord.withOutletID(where: "p.id = \(id)", orderedBy: "p.id").fetchOne(db)
                .map { JSONValue.members(try $0.price().jsonMembers).canonicalText }
            try db.cachedStatement(
                sql: "UPDATE price SET amount_fen = ?, effective_to = ?, is_inclusive = ? WHERE id = ?"
            )
            .execute(arguments: [row.amount.value, row.effectiveTo?.description, row.isInclusive, id])
            try log.append(
                db, action: "import.update", entityType: Self.entityType, entityID: row.key, before: before,
                after: after)
        } else {
            guard let rid = try rid(of: row.outletID, db) else {
                throw RegistryError.outletNotFound(row.outletID)
            }
            try PriceRecord(outletRID: rid, row).insertPrepared(db)
            try log.append(
                db, action: "import.insert", entityType: Self.entityType, entityID: row.key, before: nil, after: after)
        }
    }
}
