/// The store boundary for registered officers (经办人) and their district scope.
///
/// The command line and the service call these operations and nothing else; `RegistryDatabase`
/// implements them on SQLite, and a second store implements the same protocol to run the same
/// contract tests. Errors are `UserFacingError`s.
public protocol OfficerStore: Sendable {
    /// Every officer, active or not, by id.
    func officers() async throws -> [Officer]

    /// The officer with this id, if registered.
    func officer(id: String) async throws -> Officer?

    /// Whether any officer is registered (after which every change needs an active one).
    func hasOfficers() async throws -> Bool

    /// Checks that `officer` may change the registry now (see `OfficerAuthority`), without
    /// changing anything: lets a command refuse before it starts printing.
    func checkWriter(_ officer: String?) async throws

    func addOfficer(
        id: String, name: String, districtCode: String?, by: String?, reason: String
    ) async throws -> Officer

    func deactivateOfficer(id: String, by: String, reason: String) async throws -> Officer
}
