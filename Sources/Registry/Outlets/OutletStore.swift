/// The store boundary for outlets (网点) and operators (运营主体) as recorded, the reference data and the registry's own facts.
///
/// The command line and the service call these operations and nothing else; `RegistryDatabase`
/// implements them on SQLite, and a second store implements the same protocol to run the same
/// contract tests. Errors are `UserFacingError`s.
public protocol OutletStore: Sendable {
    /// The whole record of one outlet (outlet, operator, classes, prices, current recognition),
    /// or nil if no outlet has this id.
    func outletRecord(id: String) async throws -> OutletRecord?

    /// One operator, or nil.
    func operatorRecord(uscc: String) async throws -> Operator?

    /// The city's bounding box, if reference data is loaded.
    func cityBounds() async throws -> CityBounds?

    /// Every division, the city first, then counties by code.
    func divisions() async throws -> [Division]

    /// Every 街道/镇, by district code then name.
    func subdistricts() async throws -> [Subdistrict]

    /// Retired division codes and the codes that replaced them.
    func divisionAliases() async throws -> [String: String]

    /// A value of `registry_meta`.
    func meta(_ key: String) async throws -> String?

    /// Whether this registry holds the synthetic sample data (`registry_meta` `sample` = `synthetic`).
    func holdsSyntheticSample() async throws -> Bool

    /// How many rows each main table holds.
    func counts() async throws -> RegistryCounts

    /// Operators' names by credit code.
    func operatorNames() async throws -> [String: String]
}
