/// One page of a search and how many outlets matched in all.
///
/// Encodes as the CLI's JSON: `{"total": N, "results": [...]}`.
public struct SearchResult: Sendable, Equatable, Codable {
    /// Every match before paging, so a client can show "21–40 of 57".
    public var total: Int
    /// The page, nearest first (ties by id); by id in a city-wide search.
    public var results: [SearchHit]
    /// The benchmark run the hits were compared with (`NearbyQuery.compareWithMarket` or
    /// `maxRatioPermille`); nil when not compared or when no run exists on or before the day.
    public var benchmarkRun: Int64?
    /// With `maxRatioPermille`: matches left out because their fee has no comparison.
    public var leftOutWithoutComparison: Int?

    public init(total: Int, results: [SearchHit], benchmarkRun: Int64? = nil, leftOutWithoutComparison: Int? = nil) {
        self.total = total
        self.results = results
        self.benchmarkRun = benchmarkRun
        self.leftOutWithoutComparison = leftOutWithoutComparison
    }

    enum CodingKeys: String, CodingKey {
        case total, results
        case benchmarkRun = "benchmark_run"
        case leftOutWithoutComparison = "left_out_without_comparison"
    }
}
