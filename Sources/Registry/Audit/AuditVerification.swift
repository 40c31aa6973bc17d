/// The result of recomputing the audit chain.
public struct AuditVerification: Sendable, Equatable {
    /// Entries checked.
    public var entries: Int
    /// The first entry that does not match (nil when the chain is intact).
    public var firstBrokenSeq: Int64?
    /// Why it does not match.
    public var reason: String?

    public var isIntact: Bool { firstBrokenSeq == nil }
}
