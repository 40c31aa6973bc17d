/// The store boundary for the registry written out as CSV, JSON, GeoJSON or a workbook.
///
/// The command line and the service call these operations and nothing else; `RegistryDatabase`
/// implements them on SQLite, and a second store implements the same protocol to run the same
/// contract tests. Errors are `UserFacingError`s.
public protocol ExportStore: Sendable {
    /// Streams a table in `format` to `sink`, in chunks, ordered by key (operators by `uscc`,
    /// outlets by `id`, prices by outlet id, item, care level, age class, unit, effective from).
    /// GeoJSON is for outlets only; a workbook is written to a file (`exportWorkbook`).
    /// `progress`, when given, hears how many rows are written.
    func export(
        _ table: RegistryTable, format: ExportFormat, progress: ProgressHandler?, to sink: (String) throws -> Void
    ) async throws

    /// Writes a table as an `.xlsx` workbook at `path`: the CSV's columns and values, the header
    /// frozen, codes stored as text; it imports back unchanged.
    func exportWorkbook(_ table: RegistryTable, to path: String, progress: ProgressHandler?) async throws

    /// The whole export as one string (small registries, tests).
    func exportText(_ table: RegistryTable, format: ExportFormat) async throws -> String
}
