/// A cell's market observations as a rank ladder: each distinct amount, ascending, with the
/// total weight of the observations priced strictly below it. A fee's percentile rank in the
/// cell — the weighted share (whole percent, rounded down) of the observations priced below it
/// (docs/BENCHMARK-METHOD.md) — is then one step lookup, whatever the cell's size. A benchmark
/// run stores the ladder of each `ok` cell beside its observations (`benchmark_rank`), so a
/// comparison reads one row instead of the whole cell.
public struct RankLadder: Sendable, Equatable {
    /// One distinct amount and the weight of the observations priced below it.
    public struct Step: Sendable, Equatable {
        public var amountFen: Int64
        public var weightBelow: Int64

        public init(amountFen: Int64, weightBelow: Int64) {
            self.amountFen = amountFen
            self.weightBelow = weightBelow
        }
    }

    /// Ascending by amount, one step per distinct amount.
    public let steps: [Step]
    /// The weight of every observation.
    public let totalWeight: Int64

    /// The ladder of `observations` (any order).
    public init(_ observations: [BenchmarkObservation]) {
        var steps: [Step] = []
        var total: Int64 = 0
        for observation in observations.sorted(by: { $0.amountFen < $1.amountFen }) {
            if steps.last?.amountFen != observation.amountFen {
                steps.append(Step(amountFen: observation.amountFen, weightBelow: total))
            }
            total += observation.weight
        }
        self.steps = steps
        self.totalWeight = total
    }

    /// The rank of `amountFen`: nil without observations.
    public func rank(of amountFen: Int64) -> Int64? {
        var low = 0
        var high = steps.count
        while low < high {
            let middle = (low + high) / 2
            if steps[middle].amountFen < amountFen { low = middle + 1 } else { high = middle }
        }
        return Self.rank(
            weightBelow: low < steps.count ? steps[low].weightBelow : totalWeight, totalWeight: totalWeight)
    }

    /// The rank given the weight priced below an amount — the first step at or above it, or the
    /// total when every observation is below — as a stored ladder answers it.
    public static func rank(weightBelow: Int64, totalWeight: Int64) -> Int64? {
        totalWeight > 0 ? weightBelow * 100 / totalWeight : nil
    }
}
