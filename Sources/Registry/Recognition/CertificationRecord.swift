import GRDB

/// A row of `certification` as stored: enums and dates as the text the schema holds, turned
/// into a `Certification` by `certification()` so a hand-edited value is reported by
/// `StoredValue` (column named) rather than as a decoding error.
struct CertificationRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord, PreparedInsertRecord {
    static let databaseTableName = "certification"

    var id: Int64?
    var outletRID: Int64
    var level: String
    var status: String
    var badgeNo: String?
    var appliedOn: String?
    var decidedOn: String?
    var validFrom: String?
    var validTo: String?
    var statusOn: String?

    enum CodingKeys: String, CodingKey {
        case id
        case outletRID = "outlet_rid"
        case level, status
        case badgeNo = "badge_no"
        case appliedOn = "applied_on"
        case decidedOn = "decided_on"
        case validFrom = "valid_from"
        case validTo = "valid_to"
        case statusOn = "status_on"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let outletRID = Column(CodingKeys.outletRID)
        static let level = Column(CodingKeys.level)
        static let status = Column(CodingKeys.status)
        static let badgeNo = Column(CodingKeys.badgeNo)
        static let appliedOn = Column(CodingKeys.appliedOn)
        static let decidedOn = Column(CodingKeys.decidedOn)
        static let validFrom = Column(CodingKeys.validFrom)
        static let validTo = Column(CodingKeys.validTo)
        static let statusOn = Column(CodingKeys.statusOn)
    }

    init(id: Int64? = nil, outletRID: Int64, _ certification: Certification) {
        self.id = id
        self.outletRID = outletRID
        level = certification.level.rawValue
        status = certification.status.rawValue
        badgeNo = certification.badgeNo
        appliedOn = certification.appliedOn?.description
        decidedOn = certification.decidedOn?.description
        validFrom = certification.validFrom?.description
        validTo = certification.validTo?.description
        statusOn = certification.statusOn?.description
    }

    /// Every column but `id` (the rowid SQLite assigns).
    static let insertedColumns = [
        Columns.outletRID, Columns.level, Columns.status, Columns.badgeNo, Columns.appliedOn, Columns.decidedOn,
        Columns.validFrom, Columns.validTo, Columns.statusOn,
    ]
    static let insertSQL = makeInsertSQL()

    var insertedValues: [(any DatabaseValueConvertible)?] {
        [outletRID, level, status, badgeNo, appliedOn, decidedOn, validFrom, validTo, statusOn]
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The recognition the row holds.
    func certification() throws -> Certification {
        Certification(
            level: try StoredValue.enumValue(level, "level"), status: try StoredValue.enumValue(status, "status"),
            badgeNo: badgeNo, appliedOn: try StoredValue.optionalDate(appliedOn, "applied_on"),
            decidedOn: try StoredValue.optionalDate(decidedOn, "decided_on"),
            validFrom: try StoredValue.optionalDate(validFrom, "valid_from"),
            validTo: try StoredValue.optionalDate(validTo, "valid_to"),
            statusOn: try StoredValue.optionalDate(statusOn, "status_on"))
    }

    /// The outlet's latest recognition row (its current recognition).
    static func current(outletRID: Int64) -> QueryInterfaceRequest<CertificationRecord> {
        filter(Columns.outletRID == outletRID).order(Columns.id.desc).limit(1)
    }
}
