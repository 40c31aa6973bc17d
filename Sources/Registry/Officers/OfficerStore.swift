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

    /// Issues a token for officer `officerID` for `days` days (`OfficerToken`): the returned text
    /// is the only copy; the store keeps its SHA-256. `by` is that officer or a city-level one.
    func issueOfficerToken(officerID: String, days: Int, by: String, reason: String) async throws
        -> (token: OfficerToken, secret: String)

    /// Every token (never a secret or a hash), oldest first; only `officerID`'s when given.
    func officerTokens(officerID: String?) async throws -> [OfficerToken]

    /// Revokes a token from now on; `by` is its officer or a city-level one.
    func revokeOfficerToken(id: String, by: String, reason: String) async throws -> OfficerToken

    /// The active officer a bearer token stands for, and the token; `OfficerTokenError.invalidToken`
    /// if it is unknown, revoked, expired or its officer deactivated. Reads only.
    func authenticateOfficerToken(_ secret: String) async throws -> (officer: Officer, token: OfficerToken)
}
