/// The store boundary for market price benchmarks (市场价格基准): immutable runs and their cells, an outlet's fees against a run.
///
/// The command line and the service call these operations and nothing else; `RegistryDatabase`
/// implements them on SQLite, and a second store implements the same protocol to run the same
/// contract tests. Errors are `UserFacingError`s.
public protocol BenchmarkStore: Sendable {
    /// `progress`, when given, hears how many of the run's cells are stored.
    func computeBenchmarks(
        asOf: LocalDate, minOutlets: Int, officer: String, reason: String, progress: ProgressHandler?
    ) async throws -> BenchmarkRun

    /// Every stored run, oldest first.
    func benchmarkRuns() async throws -> [BenchmarkRun]

    /// The run with `id`, or nil.
    func benchmarkRun(id: Int64) async throws -> BenchmarkRun?

    /// The latest run whose cut-off day is on or before `asOf` (the one a verification or a
    /// comparison as of that day uses), or nil.
    func latestBenchmarkRun(onOrBefore asOf: LocalDate) async throws -> BenchmarkRun?

    /// The cells of a run: city cells first, then district cells, each in key order.
    func benchmarkCells(runID: Int64) async throws -> [BenchmarkCell]

    /// The benchmark comparison of each inclusive price in force on `asOf` of the outlet, by
    /// the latest run on or before `asOf` (the prices' order kept; nil where the price has no
    /// benchmark). Empty when the outlet is unknown or there is no run.
    func benchmarkComparisons(
        outletID: String, asOf: LocalDate
    ) async throws -> [(price: Price, comparison: BenchmarkComparison?)]
}
