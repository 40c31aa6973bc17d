import PostgresNIO

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
