import GRDB

/// The search store on SQLite: `SearchStore` over the registry's connection.
public struct SQLiteSearchStore: SearchStore {
    /// The connection, with its write transaction (officer check, audit log).
    let database: RegistryDatabase

    /// Runs a nearby (or city-wide) search. Throws `SearchError` for a bad query, `RegistryError`
    /// for a database problem.
    public func search(_ query: NearbyQuery) throws -> SearchResult {
        try query.validate()
        return try database.read { db in try NearbySearch.run(query, in: db) }
    }

    /// Resolves a 街道/镇 or district name to its centre (`--place`). Throws `SearchError` for an
    /// unknown or ambiguous name.
    public func place(named name: String) throws -> Place {
        do {
            return try database.writer.read { db in try PlaceLookup.resolve(name, in: db) }
        } catch let error as SearchError {
            throw error
        } catch {
            throw RegistryDatabase.mapped(error, path: database.path)
        }
    }
}
