/// The store boundary for all-or-nothing imports (CSV or workbook) of operators, outlets and prices.
///
/// The command line and the service call these operations and nothing else; `RegistryDatabase`
/// implements them on SQLite, and a second store implements the same protocol to run the same
/// contract tests. Errors are `UserFacingError`s.
public protocol ImportStore: Sendable {
    /// Imports a CSV file (docs/CSV.md) all or nothing: every record is validated first; if any
    /// problem is found nothing is written and `RegistryError.importRejected` lists them all.
    /// Otherwise every record is written in one transaction, each with an audit entry
    /// (`import.insert` / `import.update`, with the record before and after), plus one
    /// `import.file` entry naming the file, its SHA-256 and row count. A dry run validates only.
    ///
    /// Once the registry has officers, `options.officer` must be an active registered one, and a
    /// district officer's file may hold only outlets (and prices of outlets) of their district:
    /// any other row is an import problem.
    func importCSV(
        _ table: RegistryTable, bytes: [UInt8], fileName: String, options: ImportOptions
    ) async throws -> ImportSummary

    /// Imports the CSV file or `.xlsx` workbook at `path` the same way (problems name the file
    /// by its last path component; in a workbook, the sheet and cell): a workbook is known by
    /// its content, and its sheet is `options.sheet` or the first; a CSV file is read in
    /// `options.encoding` (detected: UTF-8, else GB18030, said in the summary's `readAs`).
    /// `progress`, when given, hears how far validation and writing have come.
    func importFile(
        _ table: RegistryTable, path: String, options: ImportOptions, progress: ProgressHandler?
    ) async throws -> ImportSummary
}
