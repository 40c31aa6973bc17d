/// A record whose state in the registry is not the state its last audit entry gives it: it
/// was changed, added or deleted behind puhui's back (directly in the database file).
public struct RecordMismatch: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable {
        /// The record differs from the `after` of its last audit entry.
        case changed
        /// The record has no audit entry at all.
        case added
        /// The log says the record exists; the table does not have it.
        case deleted
    }

    /// The audit log's entity type: `operator`, `outlet`, `price`, `officer`.
    public var entityType: String
    /// The record's key as the audit log names it.
    public var entityID: String
    public var kind: Kind
    /// The last audit entry about the record (nil for `added`).
    public var lastSeq: Int64?

    public init(entityType: String, entityID: String, kind: Kind, lastSeq: Int64?) {
        self.entityType = entityType
        self.entityID = entityID
        self.kind = kind
        self.lastSeq = lastSeq
    }

    /// One line naming the record and what happened, in both languages.
    public var text: LocalizedText {
        let name = "\(entityType):\(entityID)"
        switch kind {
        case .changed:
            return LocalizedText(
                zh: "\(name) 被绕过 puhui 改动：现状与其最后一条审计记录（第 \(lastSeq ?? 0) 条）不符",
                en: "\(name) was changed behind puhui's back: it differs from its last audit entry (\(lastSeq ?? 0))")
        case .added:
            return LocalizedText(
                zh: "\(name) 被绕过 puhui 加入：审计日志中没有它的记录",
                en: "\(name) was added behind puhui's back: the audit log has no entry for it")
        case .deleted:
            return LocalizedText(
                zh: "\(name) 被绕过 puhui 删除：其最后一条审计记录（第 \(lastSeq ?? 0) 条）表明它应当存在",
                en: "\(name) was deleted behind puhui's back: its last audit entry (\(lastSeq ?? 0)) says it exists")
        }
    }
}
