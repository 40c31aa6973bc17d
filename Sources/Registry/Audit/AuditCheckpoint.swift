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

    /// Whether a checkpoint `length:head` still holds, given the hash of entry `length` now (nil
    /// when there is none) and, when it is gone, the log's length now: nil when it holds, else why not.
    package static func mismatch(
        length: Int64, head: String, hashAtLength hash: String?, count: () throws -> Int64
    ) rethrows -> LocalizedText? {
        if length == 0 { return nil }
        guard let hash else {
            let count = try count()
            return LocalizedText(
                zh: "检查点记录了 \(length) 条，但第 \(length) 条已不存在（现有 \(count) 条）：日志末尾的记录被删除",
                en:
                    "the checkpoint covers \(length) entries but entry \(length) is gone (the log has \(count)): entries were removed from its end"
            )
        }
        guard hash == head.lowercased() else {
            return LocalizedText(
                zh: "第 \(length) 条的哈希 \(hash) 与检查点的 \(head) 不符：检查点之前的记录被改写",
                en:
                    "entry \(length) has hash \(hash), not the checkpoint's \(head): the entries up to it were rewritten"
            )
        }
        return nil
    }
}
