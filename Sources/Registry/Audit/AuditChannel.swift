import GRDB

/// The channel a change came through when it was not the command line: a request to
/// `puhui serve` with an officer's token. A `RegistryDatabase` carrying one records, in the same
/// write transaction, a row of `audit_channel` for every audit entry it appends (migration 007);
/// the hash-chained entry itself is unchanged.
public struct AuditChannel: Sendable, Equatable {
    /// `api`.
    public var channel: String
    /// The officer token the request carried.
    public var tokenID: String

    public static func api(tokenID: String) -> AuditChannel {
        AuditChannel(channel: "api", tokenID: tokenID)
    }

    /// Records this channel for the entries `seqs`.
    func record(_ db: Database, seqs: ClosedRange<Int64>) throws {
        for seq in seqs {
            try AuditChannelRecord(seq: seq, channel: channel, tokenID: tokenID).insert(db)
        }
    }
}
