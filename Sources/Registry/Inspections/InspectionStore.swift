/// The store boundary for on-site inspections (现场检查).
///
/// The command line and the service call these operations and nothing else; `RegistryDatabase`
/// implements them on SQLite, and a second store implements the same protocol to run the same
/// contract tests. Errors are `UserFacingError`s.
public protocol InspectionStore: Sendable {
    func addInspection(
        outletID: String, on date: LocalDate, result: InspectionResult, notes: String?, officer: String,
        reason: String
    ) async throws -> Inspection

    /// Inspections, all or one outlet's, by day then id.
    func inspections(outletID: String?) async throws -> [Inspection]
}
