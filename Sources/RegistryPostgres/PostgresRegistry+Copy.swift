import PostgresNIO
import PuhuiCore
import Registry

/// What a copy moved: rows per table.
package struct RegistryCopySummary: Sendable, Equatable {
    package var rows: [String: Int]
    package var auditEntries: Int { rows["audit_log"] ?? 0 }
}

extension PostgresRegistry {
    /// The tables a copy fills, in an order their foreign keys allow (runs before their run row,
    /// whose keys are deferred and whose triggers refuse late rows). Every table of the schema
    /// but the migration record and the chain's lock.
    static let copyOrder = [
        "registry_meta", "division", "division_alias", "subdistrict", "operator", "outlet", "childcare_class",
        "price", "certification", "officer", "officer_token", "audit_log", "audit_channel",
        "verification_outcome", "verification_verdict", "verification_run",
        "benchmark_cell", "benchmark_observation", "benchmark_rank", "benchmark_run", "certification_event", "badge",
        "credit_pledge", "credit_breach", "credit_blacklisting", "review", "inspection",
    ]

    /// SQLite tables with no counterpart here: the R*Tree's kind numbers (fixed by migration 001).
    static let sqliteOnlyTables: Set<String> = ["outlet_kind_number"]

    /// Columns that name a row of their own table (a division's parent, a badge's replacement):
    /// copied as NULL first, then set once every row is in.
    static let selfReferences = ["division": "parent_code", "badge": "replaced_by"]

    /// Rows read from the source per round trip.
    static let copyPage = 2_000

    /// Copies the whole SQLite registry `source` — its records and its audit chain as they are,
    /// hashes included — into this registry, which must be empty (opened with no reference
    /// data: `open(url:reference: nil)`), in one transaction under the chain's lock. The chain
    /// then verifies here as it did there.
    package func copy(from source: RegistryDatabase, progress: ProgressHandler? = nil) async throws
        -> RegistryCopySummary
    {
        let sourceColumns = try source.tableColumns()
        // A table this store does not have (a newer SQLite migration) would be left behind: refuse.
        if let unknown = sourceColumns.keys.sorted().first(where: {
            !Self.copyOrder.contains($0) && !Self.sqliteOnlyTables.contains($0)
        }) {
            throw PostgresStoreError.copySchemaMismatch(table: unknown, column: nil)
        }
        let described = location.description
        do {
            return try await client.withTransaction(logger: Self.logger) { connection in
                try await connection.run("SELECT id FROM audit_chain_lock WHERE id = 1 FOR UPDATE")
                for table in ["audit_log", "division", "operator", "officer", "registry_meta"] {
                    if try await connection.value(
                        PostgresQuery(unsafeSQL: "SELECT EXISTS (SELECT 1 FROM \(table))"), as: Bool.self) == true
                    {
                        throw PostgresStoreError.copyTargetNotEmpty(location: described, table: table)
                    }
                }
                let targetColumns = try await Self.columnTypes(connection)
                var summary = RegistryCopySummary(rows: [:])
                var done = 0
                for table in Self.copyOrder {
                    guard let target = targetColumns[table] else {
                        throw PostgresStoreError.copySchemaMismatch(table: table, column: nil)
                    }
                    guard let available = sourceColumns[table] else {
                        // A table the source's schema does not have yet holds nothing to copy.
                        summary.rows[table] = 0
                        continue
                    }
                    if let missing = target.map(\.name).first(where: { !available.contains($0) }) {
                        throw PostgresStoreError.copySchemaMismatch(table: table, column: missing)
                    }
                    let names = target.map(\.name)
                    let selfReference = Self.selfReferences[table]
                    let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
                    let placeholders = (1...names.count).map { "$\($0)" }.joined(separator: ", ")
                    // Identifiers from the schema's own catalogue; every value is bound.
                    let insert = "INSERT INTO \(table) (\(list)) VALUES (\(placeholders))"
                    var copied = 0
                    var later: [(key: [StoredCell], value: StoredCell)] = []
                    while true {
                        let rows = try source.tableRows(table, columns: names, limit: Self.copyPage, offset: copied)
                        for row in rows {
                            var bindings = PostgresBindings(capacity: names.count)
                            for (index, column) in target.enumerated() {
                                var cell = row[index]
                                if column.name == selfReference, cell != .null {
                                    later.append((Self.primaryKeyCells(table, row, names), cell))
                                    cell = .null
                                }
                                try Self.bind(cell, as: column, table: table, into: &bindings)
                            }
                            try await connection.run(PostgresQuery(unsafeSQL: insert, binds: bindings))
                        }
                        copied += rows.count
                        done += rows.count
                        progress?(WorkProgress(phase: .writing, done: done))
                        if rows.count < Self.copyPage { break }
                    }
                    if let selfReference {
                        for (key, value) in later {
                            var bindings = PostgresBindings()
                            try Self.bind(
                                value, as: ColumnType(name: selfReference, type: "text"), table: table, into: &bindings)
                            try Self.bind(
                                key[0], as: ColumnType(name: "key", type: "text"), table: table, into: &bindings)
                            let keyColumn = table == "division" ? "code" : "number"
                            try await connection.run(
                                PostgresQuery(
                                    unsafeSQL: "UPDATE \(table) SET \(selfReference) = $1 WHERE \(keyColumn) = $2",
                                    binds: bindings))
                        }
                    }
                    summary.rows[table] = copied
                }
                // Identity columns go on from the largest key copied.
                for (table, columns) in targetColumns {
                    for column in columns where column.isIdentity {
                        try await connection.run(
                            PostgresQuery(
                                unsafeSQL: """
                                    SELECT setval(pg_get_serial_sequence('\(table)', '\(column.name)'),
                                                  coalesce((SELECT max(\(column.name)) FROM \(table)), 0) + 1, false)
                                    """))
                    }
                }
                return summary
            }
        } catch {
            throw PostgresStoreError.mapped(error, location: described)
        }
    }

    /// A column of the target schema: its name, type and whether it is an identity column.
    struct ColumnType: Sendable {
        var name: String
        var type: String
        var isIdentity = false
    }

    /// The schema's tables and their columns in order.
    static func columnTypes(_ connection: PostgresConnection) async throws -> [String: [ColumnType]] {
        var tables: [String: [ColumnType]] = [:]
        for (table, column, type, identity) in try await connection.rows(
            """
            SELECT table_name::text, column_name::text, data_type::text, is_identity::text
            FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name NOT IN ('puhui_migrations', 'audit_chain_lock')
            ORDER BY table_name, ordinal_position
            """, as: (String, String, String, String).self)
        {
            tables[table, default: []].append(ColumnType(name: column, type: type, isIdentity: identity == "YES"))
        }
        return tables
    }

    /// The key of a self-referencing table's row (`division.code`, `badge.number`).
    static func primaryKeyCells(_ table: String, _ row: [StoredCell], _ names: [String]) -> [StoredCell] {
        let key = table == "division" ? "code" : "number"
        return names.firstIndex(of: key).map { [row[$0]] } ?? [.null]
    }

    /// Binds a SQLite cell as the target column's type (SQLite's 0/1 as a boolean, an integer
    /// in a REAL column as a double); anything else is a schema mismatch, named.
    static func bind(_ cell: StoredCell, as column: ColumnType, table: String, into bindings: inout PostgresBindings)
        throws
    {
        switch (cell, column.type) {
        case (.null, _): bindings.appendNull()
        case (.text(let text), "text"): bindings.append(text)
        case (.integer(let number), "bigint"), (.integer(let number), "integer"): bindings.append(number)
        case (.integer(let number), "boolean") where number == 0 || number == 1: bindings.append(number == 1)
        case (.real(let number), "double precision"): bindings.append(number)
        case (.integer(let number), "double precision"): bindings.append(Double(number))
        default: throw PostgresStoreError.copySchemaMismatch(table: table, column: column.name)
        }
    }
}
