import GRDB

/// A row of `credit_pledge` (inserted, then at most withdrawn), kind, role and days as the
/// stored text; `pledge(outletID:)` turns it into the public `CreditPledge` through `StoredValue`.
struct CreditPledgeRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "credit_pledge"

    var id: Int64?
    var kind: String
    var operatorUSCC: String
    var outletRID: Int64?
    var templateID: String
    var templateVersion: Int
    var textSHA256: String
    var signatory: String
    var signatoryRole: String
    var signedOn: String
    var withdrawnOn: String?
    var recordedBy: String
    var recordedAt: String

    enum CodingKeys: String, CodingKey {
        case id, kind
        case operatorUSCC = "operator_uscc"
        case outletRID = "outlet_rid"
        case templateID = "template_id"
        case templateVersion = "template_version"
        case textSHA256 = "text_sha256"
        case signatory
        case signatoryRole = "signatory_role"
        case signedOn = "signed_on"
        case withdrawnOn = "withdrawn_on"
        case recordedBy = "recorded_by"
        case recordedAt = "recorded_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let kind = Column(CodingKeys.kind)
        static let operatorUSCC = Column(CodingKeys.operatorUSCC)
        static let outletRID = Column(CodingKeys.outletRID)
        static let signedOn = Column(CodingKeys.signedOn)
        static let withdrawnOn = Column(CodingKeys.withdrawnOn)
    }

    init(outletRID: Int64?, _ pledge: CreditPledge) {
        id = nil
        kind = pledge.kind.rawValue
        operatorUSCC = pledge.operatorUSCC
        self.outletRID = outletRID
        templateID = pledge.templateID
        templateVersion = pledge.templateVersion
        textSHA256 = pledge.textSHA256
        signatory = pledge.signatory
        signatoryRole = pledge.signatoryRole.rawValue
        signedOn = pledge.signedOn.description
        withdrawnOn = pledge.withdrawnOn?.description
        recordedBy = pledge.recordedBy
        recordedAt = pledge.recordedAt
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The pledge as callers see it (its outlet named by public id; nil for a repair pledge).
    func pledge(outletID: String?) throws -> CreditPledge {
        CreditPledge(
            id: id ?? 0, kind: try StoredValue.enumValue(kind, "kind"), operatorUSCC: operatorUSCC, outletID: outletID,
            templateID: templateID, templateVersion: templateVersion, textSHA256: textSHA256, signatory: signatory,
            signatoryRole: try StoredValue.enumValue(signatoryRole, "signatory_role"),
            signedOn: try StoredValue.date(signedOn, "signed_on"),
            withdrawnOn: try StoredValue.optionalDate(withdrawnOn, "withdrawn_on"), recordedBy: recordedBy,
            recordedAt: recordedAt)
    }
}

/// A pledge read with its outlet's public id: `credit_pledge`'s columns and `outlet_id` (NULL
/// for a repair pledge), decoded by name.
struct CreditPledgeRow: FetchableRecord {
    let pledge: CreditPledge

    /// The pledge's columns, then its outlet's public id under a name no pledge column has.
    static let select: SQL =
        "SELECT p.*, o.id AS outlet_id FROM credit_pledge p LEFT JOIN outlet o ON o.rid = p.outlet_rid"

    init(row: Row) throws {
        pledge = try CreditPledgeRecord(row: row).pledge(outletID: row["outlet_id"])
    }
}
