/// What an import did (or, for a dry run, would do).
public struct ImportSummary: Sendable, Equatable {
    public var table: RegistryTable
    /// The file's name as given.
    public var file: String
    /// Lowercase hex SHA-256 of the file's bytes.
    public var sha256: String
    /// Data rows read.
    public var rows: Int
    /// New records.
    public var inserted: Int
    /// Replaced records (`update`).
    public var updated: Int
    /// Whether nothing was written.
    public var dryRun: Bool
    /// Accepted but worth a look (e.g. a USCC whose inner organisation-code check fails).
    public var warnings: [ImportProblem]
    /// The sheet read, when the file is a workbook.
    public var sheet: String? = nil
    /// The encoding a CSV file was read in when it was detected rather than given (GB18030
    /// for a file that is not UTF-8): worth saying to whoever imports it.
    public var readAs: CSVEncoding? = nil
}
