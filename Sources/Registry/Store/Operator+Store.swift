import GRDB

extension Operator {
    /// Columns of `operator` read by `init(row:)`.
    static let selection = "uscc, name, legal_form, legal_representative, contact_phone, address, uscc_override_reason"

    init(row: Row) throws {
        self.init(
            uscc: row[0], name: row[1], legalForm: try StoredValue.enumValue(row[2], "legal_form"),
            legalRepresentative: row[3], contactPhone: row[4], address: row[5], usccOverrideReason: row[6])
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
        try Row.fetchOne(db, sql: "SELECT \(selection) FROM operator WHERE uscc = ?", arguments: [uscc]).map(Operator.init(row:))
    }
}
