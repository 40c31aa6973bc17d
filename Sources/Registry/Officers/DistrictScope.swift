/// Who may act on what, as a pure rule: a city-level officer (no district) acts everywhere, a
/// district officer only on records of their own district. Every write that concerns an outlet
/// (recognition steps, credit, reviews, inspections, imports) asks this inside its transaction.
public enum DistrictScope {
    /// Whether an officer of `officerDistrict` (nil: city-level) may act on a record of `recordDistrict`.
    public static func permits(officerDistrict: String?, recordDistrict: String) -> Bool {
        guard let officerDistrict else { return true }
        return officerDistrict == recordDistrict
    }
}
