import GRDB

/// One cell of a stored row as SQLite holds it, for copying a registry to another store.
package enum StoredCell: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}

extension RegistryDatabase {
    /// The registry's own tables' columns, by table (SQLite's virtual tables and GRDB's migration
    /// record left out).
    package func tableColumns() throws -> [String: [String]] {
        try read { db in
            let tables = try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                    AND name <> 'grdb_migrations' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
                    """)
            var columns: [String: [String]] = [:]
            for table in tables where !table.hasPrefix("outlet_geo") && !table.hasPrefix("outlet_text") {
                columns[table] = try db.columns(in: table).map(\.name)
            }
            return columns
        }
    }

    /// A page of `table`'s rows, `columns` in that order, in primary-key order. `table` and
    /// `columns` must be names `tableColumns()` returned (they are identifiers, checked against
    /// it here, not values); `limit` and `offset` are bound.
    package func tableRows(_ table: String, columns: [String], limit: Int, offset: Int) throws -> [[StoredCell]] {
        let known = try tableColumns()
        guard let existing = known[table], Set(columns).isSubset(of: existing) else {
            throw RegistryError.database("no table \(table) with columns \(columns.joined(separator: ", "))")
        }
        return try read { db in
            let primaryKey = try db.primaryKey(table).columns
            let order = primaryKey.map { "\"\($0)\"" }.joined(separator: ", ")
            let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
            let rows = try Row.fetchAll(
                db, sql: "SELECT \(list) FROM \"\(table)\" ORDER BY \(order) LIMIT ? OFFSET ?",
                arguments: [limit, offset])
            return rows.map { row in
                (0..<columns.count).map { index -> StoredCell in
                    switch (row[index] as DatabaseValue).storage {
                    case .null: .null
                    case .int64(let number): .integer(number)
                    case .double(let number): .real(number)
                    case .string(let text): .text(text)
                    case .blob(let data): .blob(Array(data))
                    }
                }
            }
        }
    }
}
