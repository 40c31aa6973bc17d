import GRDB

/// A row of `operator` (运营主体) as stored, the legal form as text; `operator()` turns it
/// into an `Operator` through `StoredValue`.
struct OperatorRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "operator"

    var uscc: String
    var name: String
    var legalForm: String
    var legalRepresentative: String
    var contactPhone: String?
    var address: String?
    var usccOverrideReason: String?
    var createdAt: String
    var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case uscc, name
        case legalForm = "legal_form"
        case legalRepresentative = "legal_representative"
        case contactPhone = "contact_phone"
        case address
        case usccOverrideReason = "uscc_override_reason"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    enum Columns {
        static let uscc = Column(CodingKeys.uscc)
        static let name = Column(CodingKeys.name)
        static let legalForm = Column(CodingKeys.legalForm)
        static let legalRepresentative = Column(CodingKeys.legalRepresentative)
        static let contactPhone = Column(CodingKeys.contactPhone)
        static let address = Column(CodingKeys.address)
        static let usccOverrideReason = Column(CodingKeys.usccOverrideReason)
        static let createdAt = Column(CodingKeys.createdAt)
        static let updatedAt = Column(CodingKeys.updatedAt)
    }

    /// The columns an import's update rewrites (never the key or `created_at`).
    static let updatedColumns: [Column] = [
        Columns.name, Columns.legalForm, Columns.legalRepresentative, Columns.contactPhone, Columns.address,
        Columns.usccOverrideReason, Columns.updatedAt,
    ]

    init(_ record: Operator, createdAt: String, updatedAt: String) {
        uscc = record.uscc
        name = record.name
        legalForm = record.legalForm.rawValue
        legalRepresentative = record.legalRepresentative
        contactPhone = record.contactPhone
        address = record.address
        usccOverrideReason = record.usccOverrideReason
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Reads the columns by name; `created_at` and `updated_at` may be left out of the selection.
    init(row: Row) {
        uscc = row[Columns.uscc]
        name = row[Columns.name]
        legalForm = row[Columns.legalForm]
        legalRepresentative = row[Columns.legalRepresentative]
        contactPhone = row[Columns.contactPhone]
        address = row[Columns.address]
        usccOverrideReason = row[Columns.usccOverrideReason]
        createdAt = row[Columns.createdAt] ?? ""
        updatedAt = row[Columns.updatedAt] ?? ""
    }

    /// The operator the row holds.
    func `operator`() throws -> Operator {
        Operator(
            uscc: uscc, name: name, legalForm: try StoredValue.enumValue(legalForm, "legal_form"),
            legalRepresentative: legalRepresentative, contactPhone: contactPhone, address: address,
            usccOverrideReason: usccOverrideReason)
    }
}
