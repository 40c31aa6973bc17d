import GRDB

/// A row of `inspection` (append-only), the day and result as the stored text;
/// `inspection(outletID:)` turns it into the public `Inspection` through `StoredValue`.
struct InspectionRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "inspection"

    var id: Int64?
    var outletRID: Int64
    var inspectedOn: String
    var result: String
    var notes: String?
    var recordedBy: String
    var recordedAt: String

    enum CodingKeys: String, CodingKey {
        case id
        case outletRID = "outlet_rid"
        case inspectedOn = "inspected_on"
        case result, notes
        case recordedBy = "recorded_by"
        case recordedAt = "recorded_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let outletRID = Column(CodingKeys.outletRID)
        static let inspectedOn = Column(CodingKeys.inspectedOn)
        static let result = Column(CodingKeys.result)
    }

    init(outletRID: Int64, _ inspection: Inspection) {
        id = nil
        self.outletRID = outletRID
        inspectedOn = inspection.inspectedOn.description
        result = inspection.result.rawValue
        notes = inspection.notes
        recordedBy = inspection.recordedBy
        recordedAt = inspection.recordedAt
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The inspection as callers see it (the outlet named by its public id).
    func inspection(outletID: String) throws -> Inspection {
        Inspection(
            id: id ?? 0, outletID: outletID, inspectedOn: try StoredValue.date(inspectedOn, "inspected_on"),
            result: try StoredValue.enumValue(result, "result"), notes: notes, recordedBy: recordedBy,
            recordedAt: recordedAt)
    }
}

/// An inspection read with its outlet's public id: `inspection`'s columns and `outlet_id`
/// (`select`), decoded by name.
struct InspectionRow: FetchableRecord {
    let inspection: Inspection

    /// The inspection's columns, then its outlet's public id under a name no inspection column has.
    static let select: SQL = "SELECT i.*, o.id AS outlet_id FROM inspection i JOIN outlet o ON o.rid = i.outlet_rid"

    init(row: Row) throws {
        inspection = try InspectionRecord(row: row).inspection(outletID: row["outlet_id"])
    }
}
