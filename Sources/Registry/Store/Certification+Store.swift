import GRDB

extension Certification {
    /// The outlets CSV's recognition columns, in order.
    static let csvColumns = [
        "cert_level", "cert_status", "badge_no", "cert_applied_on", "cert_decided_on", "cert_valid_from",
        "cert_valid_to", "cert_status_on",
    ]

    /// Columns of `certification` read by `init(row:offset:)`.
    static let selection = "level, status, badge_no, applied_on, decided_on, valid_from, valid_to, status_on"

    init(row: Row, offset: Int = 0) throws {
        func optionalAt(_ index: Int) -> String? { row[offset + index] }
        self.init(
            level: try StoredValue.enumValue(row[offset], "level"), status: try StoredValue.enumValue(row[offset + 1], "status"),
            badgeNo: optionalAt(2), appliedOn: try StoredValue.optionalDate(optionalAt(3), "applied_on"),
            decidedOn: try StoredValue.optionalDate(optionalAt(4), "decided_on"),
            validFrom: try StoredValue.optionalDate(optionalAt(5), "valid_from"),
            validTo: try StoredValue.optionalDate(optionalAt(6), "valid_to"),
            statusOn: try StoredValue.optionalDate(optionalAt(7), "status_on"))
    }

    /// The CSV fields of `csvColumns` (all empty when there is no recognition).
    static func csvFields(_ certification: Certification?) -> [String] {
        guard let c = certification else { return Array(repeating: "", count: csvColumns.count) }
        return [
            c.level.rawValue, c.status.rawValue, CSVField.text(c.badgeNo), CSVField.date(c.appliedOn),
            CSVField.date(c.decidedOn), CSVField.date(c.validFrom), CSVField.date(c.validTo), CSVField.date(c.statusOn),
        ]
    }

    var jsonValue: JSONValue {
        .object([
            "level": .string(level.rawValue), "status": .string(status.rawValue), "badge_no": .optional(badgeNo),
            "applied_on": .optional(appliedOn), "decided_on": .optional(decidedOn), "valid_from": .optional(validFrom),
            "valid_to": .optional(validTo), "status_on": .optional(statusOn),
        ])
    }

    var databaseValues: [(any DatabaseValueConvertible)?] {
        [
            level.rawValue, status.rawValue, badgeNo, appliedOn?.description, decidedOn?.description,
            validFrom?.description, validTo?.description, statusOn?.description,
        ]
    }

    /// The outlet's current recognition: its latest certification row.
    static func fetchCurrent(_ db: Database, outletRID: Int64) throws -> Certification? {
        try CertificationRecord.current(outletRID: outletRID).fetchOne(db)?.certification()
    }
}
