/// Which audit entries to read: filters by record and officer, a starting seq and a limit.
/// Without `fromSeq`, the newest `limit` entries; with it, the first `limit` from there. Either
/// way the entries come oldest first (newest last).
public struct AuditQuery: Sendable, Equatable {
    /// The record's type (`outlet`, `operator`, `price`, `officer`, `file`, …).
    public var entityType: String?
    /// The record's key (with or without `entityType`).
    public var entityID: String?
    /// The officer responsible.
    public var officer: String?
    /// The first seq to show.
    public var fromSeq: Int64?
    /// At most this many entries.
    public var limit: Int

    public init(
        entityType: String? = nil, entityID: String? = nil, officer: String? = nil, fromSeq: Int64? = nil,
        limit: Int = 50
    ) {
        self.entityType = entityType
        self.entityID = entityID
        self.officer = officer
        self.fromSeq = fromSeq
        self.limit = limit
    }
}
