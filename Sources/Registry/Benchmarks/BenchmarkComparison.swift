/// An inclusive price against its market benchmark, in integer arithmetic.
public struct BenchmarkComparison: Sendable, Equatable {
    public var runID: Int64
    public var runAsOf: LocalDate
    public var cell: BenchmarkCell
    /// The city-level cell stands in for a district cell with too few outlets.
    public var pooled: Bool
    public var amountFen: Int64
    /// amount × 1000 / P50, rounded down.
    public var ratioToP50Permille: Int64
    /// The weighted share (whole percent) of the cell's market observations priced below it.
    public var percentileRank: Int64?

    public init(
        runID: Int64, runAsOf: LocalDate, cell: BenchmarkCell, pooled: Bool, amountFen: Int64,
        percentileRank: Int64?
    ) {
        self.runID = runID
        self.runAsOf = runAsOf
        self.cell = cell
        self.pooled = pooled
        self.amountFen = amountFen
        let p50 = cell.p50Fen ?? 0
        self.ratioToP50Permille = p50 > 0 ? amountFen * 1000 / p50 : 0
        self.percentileRank = percentileRank
    }

    /// Whole percent below the median (negative: above), rounded toward zero.
    public var percentBelowMedian: Int64 {
        guard let p50 = cell.p50Fen, p50 > 0 else { return 0 }
        return (p50 - amountFen) * 100 / p50
    }
}
