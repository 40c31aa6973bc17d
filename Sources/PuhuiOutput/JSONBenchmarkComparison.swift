import Registry

/// One inclusive price against its benchmark in `show --format json`.
package struct JSONBenchmarkComparison: Encodable {
    package var price: Price
    package var comparison: BenchmarkComparison?

    package func encode(to encoder: any Encoder) throws {
        enum Keys: String, CodingKey {
            case item, care_level, age_class, unit, amount_fen, benchmark_run, ratio_to_p50_permille, p25_fen, p50_fen,
                p75_fen, percentile_rank, pooled, district_code, n_outlets
        }
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(price.item, forKey: .item)
        try container.encode(price.careLevel?.rawValue, forKey: .care_level)
        try container.encode(price.ageClass?.rawValue, forKey: .age_class)
        try container.encode(price.unit.rawValue, forKey: .unit)
        try container.encode(price.amount.value, forKey: .amount_fen)
        try container.encode(comparison?.runID, forKey: .benchmark_run)
        try container.encode(comparison?.ratioToP50Permille, forKey: .ratio_to_p50_permille)
        try container.encode(comparison?.cell.p25Fen, forKey: .p25_fen)
        try container.encode(comparison?.cell.p50Fen, forKey: .p50_fen)
        try container.encode(comparison?.cell.p75Fen, forKey: .p75_fen)
        try container.encode(comparison?.percentileRank, forKey: .percentile_rank)
        try container.encode(comparison?.pooled, forKey: .pooled)
        try container.encode(comparison?.cell.districtCode, forKey: .district_code)
        try container.encode(comparison?.cell.outlets, forKey: .n_outlets)
    }

    package init(price: Price, comparison: BenchmarkComparison?) {
        self.price = price
        self.comparison = comparison
    }
}
