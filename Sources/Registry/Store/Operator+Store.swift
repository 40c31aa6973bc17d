import GRDB

extension Operator {
    /// Columns of `operator` read by `init(row:)`.
    static let selection = "uscc, name, legal_form, legal_representative, contact_phone, address, uscc_override_reason"

    init(row: Row) throws {
        self.init(
            uscc: row[0], name: row[1], legalForm: try StoredValue.enumValue(row[2], "legal_form"),
            legalRepresentative: row[3], contactPhone: row[4], address: row[5], usccOverrideReason: row[6])
    }

    /// The record as canonical JSON members (keys are the CSV columns).
    var jsonObject: [String: JSONValue] {
        [
            "uscc": .string(uscc), "name": .string(name), "legal_form": .string(legalForm.rawValue),
            "legal_representative": .string(legalRepresentative), "contact_phone": .optional(contactPhone),
            "address": .optional(address), "uscc_override_reason": .optional(usccOverrideReason),
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
