/// The audit chain's length and head hash at a moment, to publish outside the registry (a
/// notice, a letter to the supervising office): anyone holding it can later check that the
/// first `length` entries are still the ones that were there — which catches what the chain
/// alone cannot, the silent removal of its newest entries.
public struct AuditCheckpoint: Sendable, Equatable, Codable {
    /// How many entries the log holds.
    public var length: Int64
    /// The newest entry's hash (64 zeros for an empty log).
    public var head: String
    /// When the newest entry was written (nil for an empty log).
    public var headAt: String?
    /// When the checkpoint was taken (UTC `YYYY-MM-DDTHH:MM:SSZ`).
    public var takenAt: String
    /// Whether the chain verified when the checkpoint was taken.
    public var intact: Bool

    public init(length: Int64, head: String, headAt: String?, takenAt: String, intact: Bool) {
        self.length = length
        self.head = head
        self.headAt = headAt
        self.takenAt = takenAt
        self.intact = intact
    }

    private enum CodingKeys: String, CodingKey {
        case length, head, intact
        case headAt = "head_at"
        case takenAt = "taken_at"
    }

    /// `LENGTH:HASH`, the form `puhui audit verify --checkpoint` reads.
    public var token: String { "\(length):\(head)" }
}
