import PostgresNIO
import Registry

extension PostgresConnection {
    /// Runs a statement, its rows (if any) discarded.
    func run(_ query: PostgresQuery) async throws {
        _ = try await self.query(query, logger: PostgresRegistry.logger)
    }

    /// The first column of every row.
    func values<Value: PostgresDecodable>(_ query: PostgresQuery, as _: Value.Type) async throws -> [Value] {
        let rows = try await self.query(query, logger: PostgresRegistry.logger)
        var values: [Value] = []
        for try await row in rows {
            values.append(try row.decode(Value.self))
        }
        return values
    }

    /// The first column of the first row, if there is one.
    func value<Value: PostgresDecodable>(_ query: PostgresQuery, as type: Value.Type) async throws -> Value? {
        try await values(query, as: type).first
    }

    /// Every row as a tuple of two or more columns.
    func rows<each Column: PostgresDecodable>(
        _ query: PostgresQuery, as _: (repeat each Column).Type
    ) async throws -> [(repeat each Column)] {
        let rows = try await self.query(query, logger: PostgresRegistry.logger)
        var tuples: [(repeat each Column)] = []
        for try await row in rows {
            tuples.append(try row.decode((repeat each Column).self))
        }
        return tuples
    }
}

extension PostgresConnection {
    /// Every row by column name (`StoredRow`), for the records the SQLite store decodes the same way.
    func storedRows(_ query: PostgresQuery) async throws -> [StoredRow] {
        let rows = try await self.query(query, logger: PostgresRegistry.logger)
        var stored: [StoredRow] = []
        for try await row in rows {
            var cells: [String: StoredCell] = [:]
            for cell in row {
                cells[cell.columnName] = try Self.storedCell(cell)
            }
            stored.append(StoredRow(cells))
        }
        return stored
    }

    /// One cell as SQLite would hold it: booleans as 0/1, every integer width as Int64.
    static func storedCell(_ cell: PostgresCell) throws -> StoredCell {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
        case .float4, .float8: return .real(try cell.decode(Double.self))
        case .bytea: return .blob(try cell.decode([UInt8].self))
        default: return .text(try cell.decode(String.self))
        }
    }
}
