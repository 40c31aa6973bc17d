/// The market part of `puhui report`: the benchmark run in force on the day (the latest on or
/// before it), its city-level cells, and the certified inclusive outlets' fee ratios per
/// district and kind.
public struct MarketReport: Sendable {
    /// Nil when no run exists on or before the day.
    public var run: BenchmarkRun?
    /// The run's city cells (the pooled benchmarks), in `benchmark show` order.
    public var cityCells: [BenchmarkCell]
    /// Per district and kind with at least one certified inclusive outlet, then the city's
    /// (district nil) per kind.
    public var ratios: [PriceRatioGroup]
}
