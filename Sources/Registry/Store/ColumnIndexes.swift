import GRDB

/// Where a statement's result columns are, found once **by name** from `Statement.columnNames`,
/// for loops over many rows (search candidates, the verifier's bulk cursors) where looking
/// every value up by name — a string hash per value — costs measurably. An index always comes
/// from a column name here, never from a number written in the code.
struct ColumnIndexes {
    private let indexes: [String: Int]

    init(_ statement: Statement) {
        self.init(names: statement.columnNames)
    }

    /// From a row's column names (the first row of a cursor: every row has the same columns).
    init(_ row: Row) {
        self.init(names: row.columnNames)
    }

    private init(names: some Sequence<String>) {
        var indexes: [String: Int] = [:]
        for (index, name) in names.enumerated() where indexes[name] == nil {
            indexes[name] = index  // the leftmost column of a name, as GRDB's row[name]
        }
        self.indexes = indexes
    }

    /// The index of column `name` (a query without it is a programming error, reported).
    func callAsFunction(_ name: String) throws -> Int {
        guard let index = indexes[name] else {
            throw RegistryError.database("query result has no column \(name)")
        }
        return index
    }
}
