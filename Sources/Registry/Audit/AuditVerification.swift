/// The result of recomputing the audit chain.
public struct AuditVerification: Sendable, Equatable {
    /// How an entry fails to match the chain.
    public enum Break: String, Sendable, Equatable, Codable {
        /// The entry's fields do not hash to its `hash`: it was edited after it was written.
        case contentEdited = "content_edited"
        /// The entry's `prev_hash` is not the previous entry's hash: the link was rewritten, or
        /// the previous entry was edited and re-hashed.
        case linkBroken = "link_broken"
        /// One or more entries before it are gone: `seq` jumps.
        case entryMissing = "entry_missing"
    }

    /// Entries checked.
    public var entries: Int
    /// The first entry that does not match (nil when the chain is intact). For a missing entry,
    /// the entry found where it should have been.
    public var firstBrokenSeq: Int64?
    /// Why it does not match (English).
    public var reason: String?
    /// What kind of break it is (nil when the chain is intact).
    public var kind: Break? = nil
    /// For `entryMissing`: the first seq that is gone.
    public var missingSeq: Int64? = nil
    /// The hash of the last entry that verified (nil for an empty log, or a break at entry 1).
    public var head: String? = nil
    /// The seq of the last entry that verified (0 when none).
    public var headSeq: Int64 = 0

    public var isIntact: Bool { firstBrokenSeq == nil }

    /// Why it does not match, in `language` (nil when intact).
    public func reason(in language: Language) -> String? {
        guard let kind, let seq = firstBrokenSeq else { return nil }
        switch (kind, language) {
        case (.contentEdited, .en):
            return "entry \(seq): content edited — its fields do not match its hash (changed after it was written)"
        case (.contentEdited, .zh):
            return "第 \(seq) 条：内容被改动——记录内容与其哈希不符（写入后被修改）"
        case (.linkBroken, .en):
            return "entry \(seq): link broken — its prev_hash is not the hash of entry \(seq - 1)"
        case (.linkBroken, .zh):
            return "第 \(seq) 条：链接断开——其 prev_hash 与第 \(seq - 1) 条的哈希不符"
        case (.entryMissing, .en):
            let missing = missingSeq ?? seq
            let range = missing == seq - 1 ? "entry \(missing) is" : "entries \(missing)–\(seq - 1) are"
            return "\(range) missing — the log jumps from \(missing - 1) to \(seq)"
        case (.entryMissing, .zh):
            let missing = missingSeq ?? seq
            let range = missing == seq - 1 ? "第 \(missing) 条" : "第 \(missing)–\(seq - 1) 条"
            return "\(range)缺失——日志从第 \(missing - 1) 条跳到第 \(seq) 条"
        }
    }

    /// The seq a reader should look at: the missing one for `entryMissing`, else the broken one.
    public var namedSeq: Int64? {
        kind == .entryMissing ? (missingSeq ?? firstBrokenSeq) : firstBrokenSeq
    }
}
