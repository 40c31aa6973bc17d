import Registry

/// A command's `--format csv`: a header line, then one line per row (RFC 4180 quoting, the same
/// as the registry's exports).
enum CSVText {
    static func render(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map(line).joined(separator: "\n")
    }

    /// One CSV line.
    static func line(_ fields: [String]) -> String {
        fields.map(CSVWriter.escape).joined(separator: ",")
    }
}
