/// Weighted nearest-rank percentiles in integer arithmetic (docs/BENCHMARK-METHOD.md): sort the
/// observations by price, ties by outlet id; P_q is the first price whose cumulative weight
/// reaches q% of the total weight (cumulative × 100 ≥ q × total). No floating point.
public enum WeightedPercentiles {
    /// The observations in the method's order: price, then outlet id.
    public static func sorted(_ observations: [BenchmarkObservation]) -> [BenchmarkObservation] {
        observations.sorted { ($0.amountFen, $0.outletID) < ($1.amountFen, $1.outletID) }
    }

    /// P_q for each q in `percents` (each 1…100), or nil when there are no observations.
    public static func percentiles(_ observations: [BenchmarkObservation], _ percents: [Int64]) -> [Int64]? {
        let ordered = sorted(observations)
        let total = ordered.reduce(Int64(0)) { $0 + $1.weight }
        guard total > 0 else { return nil }
        return percents.map { q in
            var cumulative: Int64 = 0
            for observation in ordered {
                cumulative += observation.weight
                if cumulative * 100 >= q * total { return observation.amountFen }
            }
            return ordered[ordered.count - 1].amountFen
        }
    }
}
