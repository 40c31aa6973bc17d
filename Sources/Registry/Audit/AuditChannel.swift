/// The channel a change came through when it was not the command line: a request to
/// `puhui serve` with an officer's token. A `RegistryDatabase` carrying one records it with every
/// audit entry it appends, in the same write transaction: a row of `audit_channel` (migration 007)
/// beside the entry, and the channel inside the entry's hash (`AuditEntry.computeHash`), so a
/// channel row deleted, added or edited behind puhui's back breaks the chain at that entry.
public struct AuditChannel: Codable, Sendable, Equatable {
    /// `api`.
    public var channel: String
    /// The officer token the request carried.
    public var tokenID: String

    package init(channel: String, tokenID: String) {
        self.channel = channel
        self.tokenID = tokenID
    }

    public static func api(tokenID: String) -> AuditChannel {
        AuditChannel(channel: "api", tokenID: tokenID)
    }
}
