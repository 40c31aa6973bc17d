/// The store boundary for the plan's targets per district and city, and what the HTML report reads.
///
/// The command line and the service call these operations and nothing else; `RegistryDatabase`
/// implements them on SQLite, and a second store implements the same protocol to run the same
/// contract tests. Errors are `UserFacingError`s.
public protocol StatisticsStore: Sendable {
    /// Every outlet with where it is and how it stands on `asOf` (operating, certified), by id:
    /// the report's map.
    func mapOutlets(asOf: LocalDate) async throws -> [StatsOutlet]

    /// The market part of the report on `asOf`: each certified inclusive outlet's monthly fee
    /// compared by `FeeComparer` (as search compares it), grouped by district and kind.
    func marketReport(asOf: LocalDate) async throws -> MarketReport

    /// The plan's targets on `asOf` for the city and every district, or for one district (by
    /// code) only. Thresholds from `targets`; outlets, classes, divisions and 街道/镇 read in one
    /// read transaction, the outlets in one pass. Definitions: docs/STATS.md.
    func planStatistics(asOf: LocalDate, district: String?, targets: PlanTargets) async throws -> PlanStatistics
}
