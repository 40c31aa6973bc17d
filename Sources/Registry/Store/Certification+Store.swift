import GRDB

extension Certification {
    /// The outlets CSV's recognition columns, in order.
    static let csvColumns = [
        "cert_level", "cert_status", "badge_no", "cert_applied_on", "cert_decided_on", "cert_valid_from",
        "cert_valid_to", "cert_status_on",
    ]

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

    /// The outlet's current recognition: its latest certification row.
    static func fetchCurrent(_ db: Database, outletRID: Int64) throws -> Certification? {
        try CertificationRecord.current(outletRID: outletRID).fetchOne(db)?.certification()
    }
}
