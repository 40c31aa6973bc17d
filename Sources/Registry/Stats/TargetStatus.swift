/// Where a figure stands against its target.
public enum TargetStatus: String, Sendable, Codable {
    case met
    case notMet = "not_met"
    /// The denominator is zero (no beds, no residents recorded, no 街道 in the reference data).
    case noData = "no_data"
    /// A district's value of a city-wide target: shown, not judged.
    case cityTarget = "city_target"
}
