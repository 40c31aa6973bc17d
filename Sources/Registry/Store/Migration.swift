import PuhuiResources

/// One schema migration: an embedded `Schema/NNN_name.sql` file, identified by its stem
/// (`001_registry`). Released migrations are never edited; new ones get the next number.
public struct Migration: Sendable, Equatable {
    /// The file's stem, e.g. `001_registry`: GRDB records it as applied.
    public let identifier: String
    /// The SQL script.
    public let sql: String

    public init(identifier: String, sql: String) {
        self.identifier = identifier
        self.sql = sql
    }

    /// Every `Schema/*.sql` file embedded in the binary, in file-name order (not those of
    /// another store's folder, `Schema/postgresql/`).
    public static var embedded: [Migration] {
        embedded(under: "Schema")
    }

    /// Every `.sql` file directly in the embedded folder `folder`, in file-name order.
    public static func embedded(under folder: String) -> [Migration] {
        sqlPaths(under: folder).compactMap { path in
            guard let sql = Resources.text(path) else { return nil }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return Migration(identifier: String(name.dropLast(4)), sql: sql)
        }
    }

    /// The schema version this build writes: the number of its last embedded migration
    /// (`006_credit` → 6). Read from the file names alone.
    public static var schemaVersion: Int {
        let last = sqlPaths(under: "Schema").last
        let stem = last?.split(separator: "/").last ?? ""
        return Int(stem.prefix { $0.isNumber }) ?? 0
    }

    /// The embedded `.sql` files directly in `folder` (none of its subfolders), sorted.
    static func sqlPaths(under folder: String) -> [String] {
        let depth = folder.split(separator: "/").count + 1
        return Resources.paths(under: folder)
            .filter { $0.hasSuffix(".sql") && $0.split(separator: "/").count == depth }
            .sorted()
    }
}
