/// The plan's figures for one area: the city or one county-level district.
public struct AreaStatistics: Sendable, Encodable {
    /// Outlets certified on the day, of one kind.
    public struct KindCount: Sendable, Equatable, Encodable {
        public var kind: OutletKind
        public var certified: Int
    }

    /// Division code (`320600` for the city).
    public var code: String
    public var name: String
    public var nameEN: String
    public var level: DivisionLevel
    /// Census residents (the denominator of slots per 1,000), nil when the reference has none.
    public var population: Int?
    public var figures: [TargetFigure]
    /// Every kind, in the kinds' fixed order, zero included.
    public var certifiedByKind: [KindCount]
    /// 街道 without an operating community elder-care centre recorded in them.
    public var streetsWithoutElderCentre: [String]
    /// 街道/镇 without a community childcare outlet within the coverage distance of the centre.
    public var subdistrictsNotCovered: [String]

    /// The figure of a measure.
    public func figure(_ measure: TargetMeasure) -> TargetFigure? {
        figures.first { $0.measure == measure }
    }
}
