import Registry

/// `show --format json`: the record with snake_case keys, plus the as-of monthly price.
package struct OutletDetailJSON: Encodable, Sendable {
    package let record: OutletRecord
    package let asOf: LocalDate
    /// Each inclusive price in force against its market benchmark.
    package var comparisons: [(price: Price, comparison: BenchmarkComparison?)] = []
    /// Residents' reviews as of the day.
    package var reviews: ReviewSummary? = nil

    enum CodingKeys: String, CodingKey {
        case outlet, `operator`, classes, prices, certification, asOf, monthlyPriceFen, benchmarkRun, benchmarks,
            reviews
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(record.outlet, forKey: .outlet)
        try container.encode(record.operator, forKey: .operator)
        try container.encode(record.classes, forKey: .classes)
        try container.encode(record.prices, forKey: .prices)
        try container.encode(record.certification, forKey: .certification)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(record.monthlyPrice(on: asOf), forKey: .monthlyPriceFen)
        try container.encode(comparisons.lazy.compactMap(\.comparison).first?.runID, forKey: .benchmarkRun)
        try container.encode(
            comparisons.map { JSONBenchmarkComparison(price: $0.price, comparison: $0.comparison) }, forKey: .benchmarks
        )
        try container.encodeIfPresent(reviews, forKey: .reviews)
    }

    package func encoded() throws -> String {
        try JSONOutput.encode(self, snakeCase: true)
    }
    package init(
        record: OutletRecord, asOf: LocalDate, comparisons: [(price: Price, comparison: BenchmarkComparison?)] = [],
        reviews: ReviewSummary? = nil
    ) {
        self.record = record
        self.asOf = asOf
        self.comparisons = comparisons
        self.reviews = reviews
    }
}
