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

    public init(officer: String, reason: String = "", update: Bool = false, dryRun: Bool = false) {
        self.officer = officer
        self.reason = reason
        self.update = update
        self.dryRun = dryRun
    }
}
