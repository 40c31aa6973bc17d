/// One stored benchmark run (table `benchmark_run`): immutable once written.
public struct BenchmarkRun: Sendable, Equatable, Encodable {
    public var id: Int64
    /// UTC timestamp of the computation.
    public var computedAt: String
    /// The cut-off day: prices in force on it.
    public var asOf: LocalDate
    public var minOutlets: Int
    public var method: String
    public var officer: String
    public var reason: String
    public var cells: Int
    public var observations: Int

    public init(
        id: Int64, computedAt: String, asOf: LocalDate, minOutlets: Int, method: String, officer: String,
        reason: String,
        cells: Int, observations: Int
    ) {
        self.id = id
        self.computedAt = computedAt
        self.asOf = asOf
        self.minOutlets = minOutlets
        self.method = method
        self.officer = officer
        self.reason = reason
        self.cells = cells
        self.observations = observations
    }

    /// The method's name, as recorded in each run.
    public static let methodName =
        "weighted-nearest-rank-p25-p50-p75/v1 (district×kind×item×level×unit; weight beds|class places, min 1; pool to city)"
    /// The default pooling threshold (DOMAIN.md: fewer than 5 outlets).
    public static let defaultMinOutlets = 5
}
