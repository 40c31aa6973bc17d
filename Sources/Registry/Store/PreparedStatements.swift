import GRDB

/// A record inserted, on the bulk paths (imports and the audit chain), through one prepared
/// statement cached on the connection, its values bound in `insertedColumns` order.
///
/// Why: GRDB's record `insert` builds its INSERT (a DAO, the SQL text, the persistence
/// container) on every call, and `SQLRequest(literal:)` renders its SQL on every call. On a
/// 100,000-outlet import that made the outlets 34% and the prices 57% slower than the bound
/// statements they replaced (BENCHMARKS.md, "Registry core"). The SQL is constant text built
/// once from the record's own column names; no value is ever spliced into it.
protocol PreparedInsertRecord: TableRecord {
    /// The columns written, in the order of `insertedValues`.
    static var insertedColumns: [Column] { get }
    /// `makeInsertSQL()`, kept in a `static let` by each record.
    static var insertSQL: String { get }
    /// The values for `insertedColumns`, in that order.
    var insertedValues: [(any DatabaseValueConvertible)?] { get }
}

extension PreparedInsertRecord {
    /// `INSERT INTO table (columns…) VALUES (?, …)`.
    static func makeInsertSQL() -> String {
        let names = insertedColumns.map(\.name.quotedDatabaseIdentifier).joined(separator: ", ")
        let marks = Array(repeating: "?", count: insertedColumns.count).joined(separator: ", ")
        return "INSERT INTO \(databaseTableName.quotedDatabaseIdentifier) (\(names)) VALUES (\(marks))"
    }

    /// Inserts the row; returns its rowid.
    @discardableResult
    func insertPrepared(_ db: Database) throws -> Int64 {
        try db.cachedStatement(sql: Self.insertSQL).execute(arguments: StatementArguments(insertedValues))
        return db.lastInsertedRowID
    }
}

/// Lookups an import makes for every row, as constant SQL with bound arguments on a cached
/// statement (see `PreparedInsertRecord` for why not `SQLRequest(literal:)` here).
enum ImportLookup {
    /// The `rid` of the outlet with public id `id`.
    static func outletRID(_ id: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT rid FROM outlet WHERE id = ?"), arguments: [id])
    }

    /// The outlet other than `outletID` whose recognition carries badge `badge`.
    static func badgeHolder(_ badge: String, otherThan outletID: String?, _ db: Database) throws -> String? {
        try String.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT o.id FROM certification c JOIN outlet o ON o.rid = c.outlet_rid
                    WHERE c.badge_no = ? AND o.id IS NOT ?
                    """),
            arguments: [badge, outletID])
    }
}
