import GRDB

/// Imports `operators.csv` (docs/CSV.md): the USCC's check character is verified; a code whose
/// check character fails is accepted only with `uscc_override_reason` (audited), and a code
/// that passes must leave it empty. A failing inner organisation-code check is a warning.
struct OperatorImporter: RowImporter {
    static let table = RegistryTable.operators
    static let columns = [
        "uscc", "name", "legal_form", "legal_representative", "contact_phone", "address", "uscc_override_reason",
    ]
    static let required: Set<String> = ["uscc", "name", "legal_form", "legal_representative"]
    static let keyColumn = "uscc"
    static let entityType = "operator"

    let timestamp: String

    init(_ db: Database, options: ImportOptions, timestamp: String) throws {
        self.timestamp = timestamp
    }

    func parse(_ reader: inout FieldReader, _ db: Database) throws -> Operator? {
        let before = reader.problems.count
        let uscc = reader.required("uscc")
        let name = reader.required("name")
        let legalForm = reader.enumValue("legal_form", LegalForm.self, required: true)
        let representative = reader.required("legal_representative")
        let override = reader.text("uscc_override_reason")
        if let uscc {
            let validation = USCC.validate(uscc)
            switch validation.problem {
            case nil:
                if override != nil {
                    reader.problem(
                        "uscc_override_reason", override,
                        zh: "该统一社会信用代码校验通过，uscc_override_reason 应留空",
                        en: "the credit code passes its check: leave uscc_override_reason empty")
                }
                if !validation.organisationCodeValid, let expected = validation.organisationCodeExpected {
                    reader.warning(
                        "uscc", uscc,
                        zh: "组织机构代码校验码（第 17 位）应为 \(expected)（GB 11714），已接受",
                        en:
                            "the organisation code's check character (character 17) should be \(expected) (GB 11714); accepted"
                    )
                }
            case .wrongCheckCharacter(let expected, let found)?:
                if override == nil {
                    reader.problem(
                        "uscc", uscc,
                        zh: "统一社会信用代码校验码应为 \(expected)，不是 \(found)（早期试点代码须在 uscc_override_reason 中说明原因）",
                        en:
                            "check character should be \(expected), not \(found) (an early pilot code needs uscc_override_reason)"
                    )
                }
            case let problem?:
                reader.problem("uscc", uscc, problem.message)
            }
        }
        guard reader.problems.count == before, let uscc, let name, let legalForm, let representative else { return nil }
        return Operator(
            uscc: uscc, name: name, legalForm: legalForm, legalRepresentative: representative,
            contactPhone: reader.text("contact_phone"), address: reader.text("address"), usccOverrideReason: override)
    }

    func key(of row: Operator) -> String { row.uscc }

    func rawKey(_ reader: FieldReader) -> String? { reader.text("uscc") }

    func exists(_ row: Operator, _ db: Database) throws -> Bool {
        try Int.fetchOne(db, SQLRequest(literal: "SELECT 1 FROM operator WHERE uscc = \(row.uscc)", cached: true))
            != nil
    }

    func write(_ row: Operator, replacing: Bool, _ db: Database, _ log: inout AuditLog) throws {
        let after = JSONValue.members(row.jsonMembers).canonicalText
        if replacing {
            let before = try Operator.fetch(db, uscc: row.uscc).map { JSONValue.members($0.jsonMembers).canonicalText }
            // The data columns and `updated_at`; `created_at` stays.
            try OperatorRecord(row, createdAt: timestamp, updatedAt: timestamp)
                .update(db, columns: OperatorRecord.updatedColumns)
            try log.append(
                db, action: "import.update", entityType: Self.entityType, entityID: row.uscc, before: before,
                after: after)
        } else {
            try OperatorRecord(row, createdAt: timestamp, updatedAt: timestamp).insert(db)
            try log.append(
                db, action: "import.insert", entityType: Self.entityType, entityID: row.uscc, before: nil, after: after)
        }
    }
}
