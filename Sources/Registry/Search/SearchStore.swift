/// The store boundary for nearby search with filters, and place lookup by 街道/镇 or district name.
///
/// The command line and the service call these operations and nothing else; `RegistryDatabase`
/// implements them on SQLite, and a second store implements the same protocol to run the same
/// contract tests. Errors are `UserFacingError`s.
public protocol SearchStore: Sendable {
    /// Runs a nearby (or city-wide) search. Throws `SearchError` for a bad query, `RegistryError`
    /// for a database problem.
    func search(_ query: NearbyQuery) async throws -> SearchResult

    /// Resolves a 街道/镇 or district name to its centre (`--place`). Throws `SearchError` for an
    /// unknown or ambiguous name.
    func place(named name: String) async throws -> Place
}
