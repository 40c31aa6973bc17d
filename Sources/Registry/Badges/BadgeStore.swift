/// The store boundary for unified badges (统一标识): live lookup by number, re-issue, the signing key's fingerprint.
///
/// The command line and the service call these operations and nothing else; `RegistryDatabase`
/// implements them on SQLite, and a second store implements the same protocol to run the same
/// contract tests. Errors are `UserFacingError`s.
public protocol BadgeStore: Sendable {
    /// Looks a badge number up as of a day: the badge with its live status, or why there is none
    /// (malformed, mistyped — with the one existing badge a single-character change gives, if
    /// exactly one does — or not found). Read-only.
    func lookUpBadge(_ text: String, asOf: LocalDate) async throws -> BadgeLookup

    /// 换发: voids a lost badge's number and issues a new one for the same recognition and
    /// validity (certified or suspended recognitions; the badge must be the current one).
    /// Audited as `certification.reissue`.
    func reissueBadge(
        number text: String, on day: LocalDate, officer: String, reason: String
    ) async throws -> RecognitionStepResult

    /// The badge-signing key's fingerprint this registry recorded (nil: none yet).
    func badgeKeyFingerprint() async throws -> String?

    /// Records the badge-signing key's fingerprint (audited as `badge.key`), so a print with
    /// another key is refused. A registry keeps one key: a different fingerprint is refused.
    func recordBadgeKey(fingerprint: String, officer: String, reason: String) async throws

    /// Checks a signing key is the one this registry recorded (any key while none is recorded).
    func checkBadgeKey(_ key: BadgeSigningKey, path: String) async throws
}
