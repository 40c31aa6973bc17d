import Registry

/// One inclusive price against its benchmark in `show --format json`.
package struct JSONBenchmarkComparison: Encodable {
    package var price: Price
    package var comparison: BenchmarkComparison?

    package func encode(to encoder: any Encoder) throws {
        enum Keys: String, CodingKey {
            case item
            case careLevel = "care_level"
            case ageClass = "age_class"
            case unit
            case amountFen = "amount_fen"
            case benchmarkRun = "benchmark_run"
            case ratioToP50Permille = "ratio_to_p50_permille"
            case p25Fen = "p25_fen"
            case p50Fen = "p50_fen"
            case p75Fen = "p75_fen"
            case percentileRank = "percentile_rank"
            case pooled
            case districtCode = "district_code"
            case nOutlets = "n_outlets"
        }
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(price.item, forKey: .item)
        try container.encode(price.careLevel?.rawValue, forKey: .careLevel)
        try container.encode(price.ageClass?.rawValue, forKey: .ageClass)
        try container.encode(price.unit.rawValue, forKey: .unit)
        try container.encode(price.amount.value, forKey: .amountFen)
        try container.encode(comparison?.runID, forKey: .benchmarkRun)
        try container.encode(comparison?.ratioToP50Permille, forKey: .ratioToP50Permille)
        try container.encode(comparison?.cell.p25Fen, forKey: .p25Fen)
        try container.encode(comparison?.cell.p50Fen, forKey: .p50Fen)
        try container.encode(comparison?.cell.p75Fen, forKey: .p75Fen)
        try container.encode(comparison?.percentileRank, forKey: .percentileRank)
        try container.encode(comparison?.pooled, forKey: .pooled)
        try container.encode(comparison?.cell.districtCode, forKey: .districtCode)
        try container.encode(comparison?.cell.outlets, forKey: .nOutlets)
    }

    package init(price: Price, comparison: BenchmarkComparison?) {
        self.price = price
        self.comparison = comparison
    }
}
