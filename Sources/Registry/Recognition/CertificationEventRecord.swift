import GRDB

/// A row of `certification_event` (append-only: inserted, never updated), with enums and dates
/// as the stored text; `event(outletID:)` turns it into the public `RecognitionEvent`.
struct CertificationEventRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "certification_event"

    var id: Int64?
    var certificationID: Int64
    var outletRID: Int64
    var action: String
    var fromStatus: String?
    var toStatus: String
    var onDate: String?
    var officer: String
    var reason: String
    var basis: String
    var verificationRunID: Int64?
    var overrideReason: String?
    var detailsJSON: String?
    var recordedAt: String

    enum CodingKeys: String, CodingKey {
        case id
        case certificationID = "certification_id"
        case outletRID = "outlet_rid"
        case action
        case fromStatus = "from_status"
        case toStatus = "to_status"
        case onDate = "on_date"
        case officer, reason, basis
        case verificationRunID = "verification_run_id"
        case overrideReason = "override_reason"
        case detailsJSON = "details_json"
        case recordedAt = "recorded_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let certificationID = Column(CodingKeys.certificationID)
        static let outletRID = Column(CodingKeys.outletRID)
        static let action = Column(CodingKeys.action)
        static let toStatus = Column(CodingKeys.toStatus)
        static let onDate = Column(CodingKeys.onDate)
        static let verificationRunID = Column(CodingKeys.verificationRunID)
        static let detailsJSON = Column(CodingKeys.detailsJSON)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The step as callers see it (the outlet named by its public id).
    func event(outletID: String) throws -> RecognitionEvent {
        RecognitionEvent(
            id: id ?? 0, certificationID: certificationID, outletID: outletID,
            action: try StoredValue.enumValue(action, "action"),
            fromStatus: try StoredValue.optionalEnum(fromStatus, "from_status"),
            toStatus: try StoredValue.enumValue(toStatus, "to_status"),
            on: try StoredValue.optionalDate(onDate, "on_date"), officer: officer, reason: reason, basis: basis,
            verificationRunID: verificationRunID, overrideReason: overrideReason, details: detailsJSON,
            recordedAt: recordedAt)
    }
}
