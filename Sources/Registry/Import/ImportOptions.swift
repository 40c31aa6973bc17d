/// How to import a file.
public struct ImportOptions: Sendable, Equatable {
    /// The officer (经办人) responsible: required, recorded in the audit log.
    public var officer: String
    /// Why (recorded in the audit log; may be empty).
    public var reason: String
    /// Replace records whose key already exists instead of refusing them.
    public var update: Bool
    /// Validate everything, write nothing.
    public var dryRun: Bool
    /// The latest day a past fact (opened, filed, applied, decided) may carry; nil: today in
    /// Nantong by the registry's clock. The sample registry sets its own as-of day.
    public var pastFactsUntil: LocalDate? = nil
    /// A CSV file's encoding (`--encoding`); detected by default.
    public var encoding: CSVEncoding = .automatic
    /// The sheet of a workbook to read (`--sheet`); nil: the first.
    public var sheet: String? = nil

    public init(officer: String, reason: String = "", update: Bool = false, dryRun: Bool = false) {
        self.officer = officer
        self.reason = reason
        self.update = update
        self.dryRun = dryRun
    }
}
