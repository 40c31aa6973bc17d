/// An outlet's monthly fee (`MonthlyFee`) against the market: each part of the fee benchmarked
/// by its cell (district × kind × item × level × unit, or the pooled city cell), and the fee's
/// benchmark the sum of the parts' P25/P50/P75, so a bill is compared with the market price of
/// the same bill. Built by `BenchmarkFact` — the one comparison behind the `benchmark` fact,
/// search's ratio and the report's price ratios. Integer arithmetic only.
public struct FeeBenchmark: Sendable, Equatable {
    /// One part of the fee and the cell that benchmarks it.
    public struct Part: Sendable, Equatable {
        public var item: String
        public var level: String?
        public var amountFen: Int64
        public var cell: BenchmarkCell
        public var pooled: Bool
    }

    public var runID: Int64
    public var runAsOf: LocalDate
    public var parts: [Part]
    /// The fee: the sum of its parts.
    public var feeFen: Int64
    public var p25Fen: Int64
    public var p50Fen: Int64
    public var p75Fen: Int64
    /// The fewest market outlets among the parts' cells.
    public var outlets: Int
    /// Some part is benchmarked by the city cell.
    public var pooled: Bool
    /// For a fee of one part (every childcare fee, an elder-care fee of one item): the weighted
    /// share (whole percent) of its cell's market observations priced below it. Nil for a fee
    /// of several parts (the market publishes parts, not bills, so a bill has no rank) and
    /// until `FeeComparer` ranks it.
    public var percentileRank: Int64?

    /// fee × 1000 / P50, rounded down (0 when P50 is 0, which a cell with status ok never has).
    public var ratioToP50Permille: Int64 {
        p50Fen > 0 ? feeFen * 1000 / p50Fen : 0
    }

    /// Whole percent below the median (negative: above), rounded toward zero.
    public var percentBelowMedian: Int64 {
        p50Fen > 0 ? (p50Fen - feeFen) * 100 / p50Fen : 0
    }
}
