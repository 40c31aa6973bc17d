import GRDB

/// A row of `badge` (统一标识) as stored, dates as text.
struct BadgeRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "badge"

    var number: String
    var certificationID: Int64
    var outletRID: Int64
    var level: String
    var validFrom: String
    var validTo: String
    var issuedOn: String?
    var voidedOn: String?
    var voidReason: String?
    var replacedBy: String?

    enum CodingKeys: String, CodingKey {
        case number
        case certificationID = "certification_id"
        case outletRID = "outlet_rid"
        case level
        case validFrom = "valid_from"
        case validTo = "valid_to"
        case issuedOn = "issued_on"
        case voidedOn = "voided_on"
        case voidReason = "void_reason"
        case replacedBy = "replaced_by"
    }

    enum Columns {
        static let number = Column(CodingKeys.number)
        static let certificationID = Column(CodingKeys.certificationID)
        static let outletRID = Column(CodingKeys.outletRID)
        static let validTo = Column(CodingKeys.validTo)
        static let voidedOn = Column(CodingKeys.voidedOn)
        static let voidReason = Column(CodingKeys.voidReason)
        static let replacedBy = Column(CodingKeys.replacedBy)
    }
}
