import GRDB

/// One table's importer: parses and validates a CSV record into a row, says whether its key
/// exists, and writes it (with its audit entry). `RegistryDatabase.importCSV` drives it: a
/// validation pass over the whole file, then — only if no problem was found — a write pass in
/// the same transaction.
protocol RowImporter {
    associatedtype Record

    static var table: RegistryTable { get }
    /// Columns in export order.
    static var columns: [String] { get }
    static var required: Set<String> { get }
    /// The column the record's key is reported under (`uscc`, `id`, `outlet_id`).
    static var keyColumn: String { get }
    /// The audit log's entity type.
    static var entityType: String { get }

    /// Loads what validation needs (reference data, known operators, …).
    init(_ db: Database, options: ImportOptions, timestamp: String) throws

    /// Parses and validates one record; nil when the reader collected problems.
    func parse(_ reader: inout FieldReader, _ db: Database) throws -> Record?

    /// The record's key (the audit entry's entity id, the value of an `already in the registry` problem).
    func key(of row: Record) -> String

    /// The key as the record's raw (normalised) text, before validation: what duplicates within
    /// a file are found by, so a duplicate is named even when either row has other problems.
    /// Equal to `key(of:)` for a valid row; nil when the key's fields are empty.
    func rawKey(_ reader: FieldReader) -> String?

    /// Other values that must be unique within the file, with their column (e.g. `badge_no`),
    /// as the record's raw text.
    func uniqueValues(_ reader: FieldReader) -> [(column: String, value: String)]

    /// Values that name another record of this table by its key (an outlet's `predecessor_id`),
    /// with their column, as the record's raw text: each must be in the registry or in the file.
    func keyReferences(_ reader: FieldReader) -> [(column: String, value: String)]

    /// Whether a record with this key (as text) is in the registry.
    func keyExists(_ key: String, _ db: Database) throws -> Bool

    /// Whether a record with this key is already in the registry.
    func exists(_ row: Record, _ db: Database) throws -> Bool

    /// Inserts the row, or replaces the existing record, and appends its audit entry.
    func write(_ row: Record, replacing: Bool, _ db: Database, _ log: inout AuditLog) throws
}

extension RowImporter {
    func uniqueValues(_ reader: FieldReader) -> [(column: String, value: String)] { [] }
    func keyReferences(_ reader: FieldReader) -> [(column: String, value: String)] { [] }
    func keyExists(_ key: String, _ db: Database) throws -> Bool { false }
}
