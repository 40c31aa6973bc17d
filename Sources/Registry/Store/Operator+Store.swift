import GRDB

extension Operator {
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
