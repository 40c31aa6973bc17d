import GRDB

/// A row of `price` as stored: levels, unit and days as text, money in integer fen;
/// `price(outletID:)` turns it into a `Price` (its outlet named by public id) through `StoredValue`.
struct PriceRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord, PreparedInsertRecord {
    static let databaseTableName = "price"

    var id: Int64?
    var outletRID: Int64
    var item: String
    var careLevel: String?
    var ageClass: String?
    var unit: String
    var amountFen: Int64
    var effectiveFrom: String
    var effectiveTo: String?
    var isInclusive: Bool

    enum CodingKeys: String, CodingKey {
        case id
        case outletRID = "outlet_rid"
        case item
        case careLevel = "care_level"
        case ageClass = "age_class"
        case unit
        case amountFen = "amount_fen"
        case effectiveFrom = "effective_from"
        case effectiveTo = "effective_to"
        case isInclusive = "is_inclusive"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let outletRID = Column(CodingKeys.outletRID)
        static let item = Column(CodingKeys.item)
        static let careLevel = Column(CodingKeys.careLevel)
        static let ageClass = Column(CodingKeys.ageClass)
        static let unit = Column(CodingKeys.unit)
        static let amountFen = Column(CodingKeys.amountFen)
        static let effectiveFrom = Column(CodingKeys.effectiveFrom)
        static let effectiveTo = Column(CodingKeys.effectiveTo)
        static let isInclusive = Column(CodingKeys.isInclusive)
    }

    init(id: Int64? = nil, outletRID: Int64, _ price: Price) {
        self.id = id
        self.outletRID = outletRID
        item = price.item
        careLevel = price.careLevel?.rawValue
        ageClass = price.ageClass?.rawValue
        unit = price.unit.rawValue
        amountFen = price.amount.value
        effectiveFrom = price.effectiveFrom.description
        effectiveTo = price.effectiveTo?.description
        isInclusive = price.isInclusive
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Every column but `id` (the rowid SQLite assigns).
    static let insertedColumns = [
        Columns.outletRID, Columns.item, Columns.careLevel, Columns.ageClass, Columns.unit, Columns.amountFen,
        Columns.effectiveFrom, Columns.effectiveTo, Columns.isInclusive,
    ]
    static let insertSQL = makeInsertSQL()

    var insertedValues: [(any DatabaseValueConvertible)?] {
        [outletRID, item, careLevel, ageClass, unit, amountFen, effectiveFrom, effectiveTo, isInclusive]
    }

    /// The price as callers see it.
    func price(outletID: String) throws -> Price {
        Price(
            outletID: outletID, item: item, careLevel: try StoredValue.optionalEnum(careLevel, "care_level"),
            ageClass: try StoredValue.optionalEnum(ageClass, "age_class"),
            unit: try StoredValue.enumValue(unit, "unit"),
            amount: Fen(amountFen), effectiveFrom: try StoredValue.date(effectiveFrom, "effective_from"),
            effectiveTo: try StoredValue.optionalDate(effectiveTo, "effective_to"), isInclusive: isInclusive)
    }

    /// Prices with their outlet's public id as `outlet_id`, the price aliased `p` and the outlet
    /// `o`, filtered by `condition` and ordered by `ordering` (both on those aliases).
    static func withOutletID(where condition: SQL = "1", orderedBy ordering: SQL) -> SQLRequest<PriceWithOutletID> {
        SQLRequest(
            literal: """
                SELECT p.*, o.id AS outlet_id FROM price p JOIN outlet o ON o.rid = p.outlet_rid
                WHERE \(condition) ORDER BY \(ordering)
                """)
    }
}

/// A `price` row with its outlet's public id (`outlet_id`), decoded by name.
struct PriceWithOutletID: FetchableRecord {
    var record: PriceRecord
    var outletID: String

    init(row: Row) throws {
        record = try PriceRecord(row: row)
        outletID = row["outlet_id"]
    }

    func price() throws -> Price {
        try record.price(outletID: outletID)
    }
}
