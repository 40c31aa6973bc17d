/// `puhui stats`: the plan's measurable targets for the city and each district on a day, with
/// the thresholds used and where the population comes from. Definitions: docs/STATS.md.
public struct PlanStatistics: Sendable, Encodable {
    /// The file the thresholds come from.
    public struct TargetSource: Sendable, Encodable {
        public var file: String
        public var id: String
        public var version: String
        public var sha256: String
    }

    public var asOf: String
    public var targetSource: TargetSource
    /// Each measure's threshold in force on the day, and the coverage distance.
    public var thresholds: [PlanTargets.Threshold]
    /// e.g. 第七次全国人口普查 (2020), as the reference data says.
    public var populationSource: String?
    public var coverageDistanceM: Int64
    /// Nil when one district was asked for.
    public var city: AreaStatistics?
    public var districts: [AreaStatistics]
}
