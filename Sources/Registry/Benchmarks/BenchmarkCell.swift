/// One cell of a benchmark run (table `benchmark_cell`).
public struct BenchmarkCell: Sendable, Equatable {
    public var id: Int64
    public var runID: Int64
    /// The district, or nil for the city-level cell (all districts pooled).
    public var districtCode: String?
    public var key: BenchmarkCellKey
    /// Market outlets observed in the cell.
    public var outlets: Int
    public var totalWeight: Int64
    /// P25/P50/P75 in fen: present exactly when `status` is `ok`.
    public var p25Fen: Int64?
    public var p50Fen: Int64?
    public var p75Fen: Int64?
    public var status: BenchmarkStatus

    public init(
        id: Int64, runID: Int64, districtCode: String?, key: BenchmarkCellKey, outlets: Int, totalWeight: Int64,
        p25Fen: Int64?, p50Fen: Int64?, p75Fen: Int64?, status: BenchmarkStatus
    ) {
        self.id = id
        self.runID = runID
        self.districtCode = districtCode
        self.key = key
        self.outlets = outlets
        self.totalWeight = totalWeight
        self.p25Fen = p25Fen
        self.p50Fen = p50Fen
        self.p75Fen = p75Fen
        self.status = status
    }
}
