/// The monthly fees of the certified inclusive outlets of one kind in one district (or the
/// city) against the market: how many could be compared and their ratios to the market P50
/// (`FeeBenchmark.ratioToP50Permille`), in thousandths.
public struct PriceRatioGroup: Sendable, Equatable, Encodable {
    /// Nil for the city.
    public var districtCode: String?
    public var kind: OutletKind
    /// Certified inclusive outlets of the group.
    public var outlets: Int
    /// Those whose fee has a comparison.
    public var compared: Int
    /// Lower median (the ⌈n/2⌉-th smallest), lowest and highest ratio; nil when none compared.
    public var medianRatioPermille: Int64?
    public var minRatioPermille: Int64?
    public var maxRatioPermille: Int64?

    init(districtCode: String?, kind: OutletKind, outlets: Int, ratios: [Int64]) {
        self.districtCode = districtCode
        self.kind = kind
        self.outlets = outlets
        let sorted = ratios.sorted()
        compared = sorted.count
        medianRatioPermille = sorted.isEmpty ? nil : sorted[(sorted.count - 1) / 2]
        minRatioPermille = sorted.first
        maxRatioPermille = sorted.last
    }
}
