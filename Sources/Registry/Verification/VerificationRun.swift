/// A stored verification run: which rule set (by content hash), as of which day, when, by whom,
/// over which outlets, and how many were eligible. A recognition decision cites its `id`.
public struct VerificationRun: Sendable, Equatable, Codable {
    /// How many outlets a run builds facts for and evaluates at a time.
    public static let defaultBatchSize = 8192

    public let id: Int64
    public let rulesetID: String
    public let rulesetVersion: String
    public let rulesetHash: String
    public let asOf: String
    public let startedAt: String
    public let finishedAt: String
    public let officer: String?
    public let scope: String
    public let storage: String
    public let outlets: Int
    public let eligible: Int
    public let rules: Int

    enum CodingKeys: String, CodingKey {
        case id, scope, storage, outlets, eligible, rules, officer
        case rulesetID = "ruleset_id"
        case rulesetVersion = "ruleset_version"
        case rulesetHash = "ruleset_hash"
        case asOf = "as_of"
        case startedAt = "started_at"
        case finishedAt = "finished_at"
    }
}
