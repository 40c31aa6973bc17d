import Foundation
import GRDB

/// Appends entries to the audit log inside a write transaction: every write to the registry goes
/// through one of these, so the record and its audit entry commit (or roll back) together.
/// Keeps the chain's tail in memory, so a batch of a million entries costs one insert each.
/// Every entry of one transaction carries the transaction's time (read once from the clock).
struct AuditLog {
    let officer: String
    let reason: String
    /// The channel every entry of this transaction came through, when not the command line.
    let channel: AuditChannel?
    /// The transaction's time, `YYYY-MM-DDTHH:MM:SSZ`.
    let at: String
    private(set) var lastSeq: Int64
    private(set) var lastHash: String

    /// Reads the chain's tail. Throws `officerRequired` if `officer` is empty after trimming.
    init(_ db: Database, officer: String, reason: String, channel: AuditChannel? = nil, clock: RegistryClock) throws {
        let officer = officer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !officer.isEmpty else { throw RegistryError.officerRequired }
        self.officer = officer
        self.reason = reason
        self.channel = channel
        self.at = clock.timestamp()
        typealias Columns = AuditEntryRecord.Columns
        if let row = try Row.fetchOne(db, AuditEntryRecord.head().select(Columns.seq, Columns.hash)) {
            lastSeq = row[Columns.seq]
            lastHash = row[Columns.hash]
        } else {
            lastSeq = 0
            lastHash = AuditEntry.genesisHash
        }
    }

    /// Appends one entry; returns its seq.
    @discardableResult
    mutating func append(
        _ db: Database, action: String, entityType: String, entityID: String, before: String?, after: String?
    ) throws -> Int64 {
        let seq = lastSeq + 1
        let hash = AuditEntry.computeHash(
            prevHash: lastHash, seq: seq, at: at, officer: officer, action: action, entityType: entityType,
            entityID: entityID, beforeJSON: before, afterJSON: after, reason: reason, channel: channel)
        try AuditEntryRecord(
            AuditEntry(
                seq: seq, at: at, officer: officer, action: action, entityType: entityType, entityID: entityID,
                beforeJSON: before, afterJSON: after, reason: reason, prevHash: lastHash, hash: hash)
        ).insertPrepared(db)
        if let channel {
            try AuditChannelRecord(seq: seq, channel: channel.channel, tokenID: channel.tokenID).insert(db)
        }
        lastSeq = seq
        lastHash = hash
        return seq
    }

    /// Recomputes the chain from the first entry, each entry with its channel row if it has one,
    /// and names the first one that does not match (`AuditChainVerifier`).
    static func verify(_ db: Database, progress: ProgressHandler? = nil) throws -> AuditVerification {
        let total = progress == nil ? nil : try AuditEntryRecord.fetchCount(db)
        let cursor = try AuditEntryRecord.withChannels().fetchCursor(db)
        var verifier = AuditChainVerifier()
        while let entry = try cursor.next()?.entry {
            if let broken = verifier.check(entry) { return broken }
            if let progress, verifier.count % WorkProgress.interval == 0 {
                progress(WorkProgress(phase: .auditing, done: verifier.count, total: total))
            }
        }
        return verifier.result
    }
}
