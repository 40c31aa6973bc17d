import Foundation
import PostgresNIO
import Registry

/// Appends entries to the audit chain inside a PostgreSQL write transaction, as the SQLite
/// store's `AuditLog` does: the same fields, the same hash (`AuditEntry.computeHash`), one
/// transaction time. `begin` takes the chain's lock (the one row of `audit_chain_lock`, FOR
/// UPDATE) before reading the tail, so writers in any number of processes queue there and each
/// appends after the last committed entry: the chain never forks.
struct PostgresAuditLog: Sendable {
    let officer: String
    let reason: String
    let channel: AuditChannel?
    /// The transaction's time, `YYYY-MM-DDTHH:MM:SSZ`.
    let at: String
    private(set) var lastSeq: Int64
    private(set) var lastHash: String

    /// Locks the chain and reads its tail. Throws `officerRequired` if `officer` is empty after trimming.
    static func begin(
        _ connection: PostgresConnection, officer: String, reason: String, channel: AuditChannel?, clock: RegistryClock
    ) async throws -> PostgresAuditLog {
        let officer = officer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !officer.isEmpty else { throw RegistryError.officerRequired }
        // READ COMMITTED: each statement after the lock sees what the previous holder committed.
        try await connection.run("SELECT id FROM audit_chain_lock WHERE id = 1 FOR UPDATE")
        let tail = try await connection.rows(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", as: (Int64, String).self
        ).first
        return PostgresAuditLog(
            officer: officer, reason: reason, channel: channel, at: clock.timestamp(), lastSeq: tail?.0 ?? 0,
            lastHash: tail?.1 ?? AuditEntry.genesisHash)
    }

    /// Appends one entry (and its channel row); returns its seq.
    @discardableResult
    mutating func append(
        _ connection: PostgresConnection, action: String, entityType: String, entityID: String, before: String?,
        after: String?
    ) async throws -> Int64 {
        let seq = lastSeq + 1
        let hash = AuditEntry.computeHash(
            prevHash: lastHash, seq: seq, at: at, officer: officer, action: action, entityType: entityType,
            entityID: entityID, beforeJSON: before, afterJSON: after, reason: reason, channel: channel)
        try await connection.run(
            """
            INSERT INTO audit_log (seq, at, officer, action, entity_type, entity_id, before_json, after_json, reason, prev_hash, hash)
            VALUES (\(seq), \(at), \(officer), \(action), \(entityType), \(entityID), \(before), \(after), \(reason),
                    \(lastHash), \(hash))
            """)
        if let channel {
            try await connection.run(
                "INSERT INTO audit_channel (seq, channel, token_id) VALUES (\(seq), \(channel.channel), \(channel.tokenID))"
            )
        }
        lastSeq = seq
        lastHash = hash
        return seq
    }
}
