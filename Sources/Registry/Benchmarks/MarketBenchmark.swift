/// The benchmark computation, apart from storage: from the market observations of each cell
/// key (every district's), the city-level cells and the district cells, pooled or not
/// (docs/BENCHMARK-METHOD.md).
public enum MarketBenchmark {
    /// A cell as computed, before it has an id.
    public struct ComputedCell: Sendable, Equatable {
        public var districtCode: String?
        public var key: BenchmarkCellKey
        public var outlets: Int
        public var totalWeight: Int64
        public var percentiles: [Int64]?
        public var status: BenchmarkStatus
        /// The rank ladder of the cell's observations when it is `ok` (a comparison's rank), else nil.
        public var ladder: RankLadder?
    }

    /// City cells (one per key, district nil) then district cells, in key and district order.
    public static func cells(
        _ observations: [BenchmarkCellKey: [BenchmarkObservation]], minOutlets: Int
    ) -> [ComputedCell] {
        var out: [ComputedCell] = []
        for key in observations.keys.sorted() {
            let all = observations[key] ?? []
            let cityEnough = all.count >= minOutlets
            out.append(
                ComputedCell(
                    districtCode: nil, key: key, outlets: all.count, totalWeight: all.reduce(0) { $0 + $1.weight },
                    percentiles: cityEnough ? WeightedPercentiles.percentiles(all, [25, 50, 75]) : nil,
                    status: cityEnough ? .ok : .insufficient, ladder: cityEnough ? RankLadder(all) : nil))
            let byDistrict = Dictionary(grouping: all, by: \.districtCode)
            for district in byDistrict.keys.sorted() {
                let here = byDistrict[district] ?? []
                let enough = here.count >= minOutlets
                out.append(
                    ComputedCell(
                        districtCode: district, key: key, outlets: here.count,
                        totalWeight: here.reduce(0) { $0 + $1.weight },
                        percentiles: enough ? WeightedPercentiles.percentiles(here, [25, 50, 75]) : nil,
                        status: enough ? .ok : (cityEnough ? .pooled : .insufficient),
                        ladder: enough ? RankLadder(here) : nil))
            }
        }
        return out
    }
}
