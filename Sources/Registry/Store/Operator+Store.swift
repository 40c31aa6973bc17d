import GRDB

extension Operator {
    /// Columns of `operator` that `init(row:)` reads (by name). Kept for the audit log's data
    /// check (`SQLiteAuditStore+Data`, not yet on `OperatorRecord`); new code fetches
    /// `OperatorRecord`.
    static let selection = "uscc, name, legal_form, legal_representative, contact_phone, address, uscc_override_reason"

    /// An operator from a row holding `operator`'s columns, read by name.
    init(row: Row) throws {
        self = try OperatorRecord(row: row).operator()
    }

    /// The record as JSON members in key order (keys are the CSV columns).
    var jsonMembers: [JSONMember] {
        [
            JSONMember("address", .optional(address)), JSONMember("contact_phone", .optional(contactPhone)),
            JSONMember("legal_form", .string(legalForm.rawValue)),
            JSONMember("legal_representative", .string(legalRepresentative)), JSONMember("name", .string(name)),
            JSONMember("uscc", .string(uscc)), JSONMember("uscc_override_reason", .optional(usccOverrideReason)),
        ]
    }

    /// The CSV fields in `OperatorImporter.columns` order.
    var csvFields: [String] {
        [
            uscc, name, legalForm.rawValue, legalRepresentative, CSVField.text(contactPhone), CSVField.text(address),
            CSVField.text(usccOverrideReason),
        ]
    }

    static func fetch(_ db: Database, uscc: String) throws -> Operator? {
        try OperatorRecord.fetchOne(db, key: uscc)?.operator()
    }
}
