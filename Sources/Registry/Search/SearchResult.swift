/// One page of a search and how many outlets matched in all.
///
/// Encodes as the CLI's JSON: `{"total": N, "results": [...]}`.
public struct SearchResult: Sendable, Equatable, Codable {
    /// Every match before paging, so a client can show "21–40 of 57".
    public var total: Int
    /// The page, nearest first (ties by id); by id in a city-wide search.
    public var results: [SearchHit]

    public init(total: Int, results: [SearchHit]) {
        self.total = total
        self.results = results
    }
}
