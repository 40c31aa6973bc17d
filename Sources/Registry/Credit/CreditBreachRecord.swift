import GRDB

/// A row of `credit_breach` (append-only: inserted, never updated), the category and day as
/// the stored text; `breach(outletID:)` turns it into the public `CreditBreach` through
/// `StoredValue`, so a hand-edited value is reported with its column's name.
struct CreditBreachRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "credit_breach"

    var id: Int64?
    var operatorUSCC: String
    var outletRID: Int64
    var pledgeID: Int64?
    var category: String
    var evidence: String
    var occurredOn: String
    var recordedBy: String
    var recordedAt: String

    enum CodingKeys: String, CodingKey {
        case id
        case operatorUSCC = "operator_uscc"
        case outletRID = "outlet_rid"
        case pledgeID = "pledge_id"
        case category, evidence
        case occurredOn = "occurred_on"
        case recordedBy = "recorded_by"
        case recordedAt = "recorded_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let operatorUSCC = Column(CodingKeys.operatorUSCC)
        static let outletRID = Column(CodingKeys.outletRID)
        static let occurredOn = Column(CodingKeys.occurredOn)
    }

    init(outletRID: Int64, _ breach: CreditBreach) {
        id = nil
        operatorUSCC = breach.operatorUSCC
        self.outletRID = outletRID
        pledgeID = breach.pledgeID
        category = breach.category.rawValue
        evidence = breach.evidence
        occurredOn = breach.occurredOn.description
        recordedBy = breach.recordedBy
        recordedAt = breach.recordedAt
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The breach as callers see it (the outlet named by its public id).
    func breach(outletID: String) throws -> CreditBreach {
        CreditBreach(
            id: id ?? 0, operatorUSCC: operatorUSCC, outletID: outletID, pledgeID: pledgeID,
            category: try StoredValue.enumValue(category, "category"), evidence: evidence,
            occurredOn: try StoredValue.date(occurredOn, "occurred_on"), recordedBy: recordedBy, recordedAt: recordedAt)
    }
}

/// A breach read with its outlet's public id: `credit_breach`'s columns and `outlet_id`
/// (`select`), decoded by name.
struct CreditBreachRow: FetchableRecord {
    let breach: CreditBreach

    /// The breach's columns, then its outlet's public id under a name no breach column has.
    static let select: SQL = "SELECT b.*, o.id AS outlet_id FROM credit_breach b JOIN outlet o ON o.rid = b.outlet_rid"

    init(row: Row) throws {
        breach = try CreditBreachRecord(row: row).breach(outletID: row["outlet_id"])
    }
}
