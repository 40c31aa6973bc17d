import Crypto
import Foundation
import PostgresNIO
import PuhuiCore
import Registry

/// The audit chain on PostgreSQL: entries by filter or by sequence number (the change feed),
/// the head, checkpoints and the chain's verification (`AuditChainVerifier`, the rule the SQLite
/// store applies too). The hashes are the SQLite store's (`AuditEntry.computeHash`), so a chain
/// verifies the same on either store.
///
/// Not yet an `AuditStore`: the data checked against the log (`auditDataMismatches`) and the
/// signed head's check wait for the stores whose tables they read.
package struct PostgresAuditStore: Sendable {
    let registry: PostgresRegistry

    /// Audit entries matching `query`, oldest first (see `AuditQuery`).
    package func auditEntries(matching query: AuditQuery) async throws -> [AuditEntry] {
        let limit = max(0, query.limit)
        let type = query.entityType
        let id = query.entityID
        let officer = query.officer
        let from = query.fromSeq
        return try await registry.read { connection in
            let sql: PostgresQuery =
                from == nil
                ? """
                SELECT * FROM (
                    SELECT seq, at, officer, action, entity_type, entity_id, before_json, after_json, reason, prev_hash, hash,
                           NULL::text, NULL::text
                    FROM audit_log
                    WHERE (\(type)::text IS NULL OR entity_type = \(type)) AND (\(id)::text IS NULL OR entity_id = \(id))
                      AND (\(officer)::text IS NULL OR officer = \(officer))
                    ORDER BY seq DESC LIMIT \(limit)
                ) newest ORDER BY seq
                """
                : """
                SELECT seq, at, officer, action, entity_type, entity_id, before_json, after_json, reason, prev_hash, hash,
                       NULL::text, NULL::text
                FROM audit_log
                WHERE (\(type)::text IS NULL OR entity_type = \(type)) AND (\(id)::text IS NULL OR entity_id = \(id))
                  AND (\(officer)::text IS NULL OR officer = \(officer)) AND seq >= \(from ?? 1)
                ORDER BY seq LIMIT \(limit)
                """
            return try await Self.entries(connection, sql)
        }
    }

    /// Audit entries with `seq` ≥ `from`, in order, at most `limit`, each with its channel.
    package func auditEntries(from seq: Int64 = 1, limit: Int = 100) async throws -> [AuditEntry] {
        let limit = max(0, limit)
        return try await registry.read { connection in
            try await Self.entries(
                connection,
                """
                SELECT l.seq, l.at, l.officer, l.action, l.entity_type, l.entity_id, l.before_json, l.after_json, l.reason,
                       l.prev_hash, l.hash, c.channel, c.token_id
                FROM audit_log l LEFT JOIN audit_channel c ON c.seq = l.seq
                WHERE l.seq >= \(seq) ORDER BY l.seq LIMIT \(limit)
                """)
        }
    }

    /// The chain's last sequence number (0 when empty).
    package func auditHeadSeq() async throws -> Int64 {
        try await registry.read { connection in
            try await connection.value("SELECT coalesce(max(seq), 0)::bigint FROM audit_log", as: Int64.self) ?? 0
        }
    }

    /// Recomputes the chain from the first entry in one snapshot (writers may append meanwhile);
    /// `progress` hears how many entries are checked.
    package func verifyAuditLog(progress: ProgressHandler?) async throws -> AuditVerification {
        try await registry.readSnapshot { connection in
            let total: Int? =
                progress == nil
                ? nil
                : try await connection.values("SELECT count(*) FROM audit_log", as: Int.self).first
            let rows = try await connection.query(
                """
                SELECT l.seq, l.at, l.officer, l.action, l.entity_type, l.entity_id, l.before_json, l.after_json, l.reason,
                       l.prev_hash, l.hash, c.channel, c.token_id
                FROM audit_log l LEFT JOIN audit_channel c ON c.seq = l.seq ORDER BY l.seq
                """, logger: PostgresRegistry.logger)
            var verifier = AuditChainVerifier()
            for try await row in rows {
                if let broken = verifier.check(try Self.entry(row)) { return broken }
                if let progress, verifier.count % WorkProgress.interval == 0 {
                    progress(WorkProgress(phase: .auditing, done: verifier.count, total: total))
                }
            }
            return verifier.result
        }
    }

    /// The chain's length and head now, after verifying it.
    package func auditCheckpoint() async throws -> AuditCheckpoint {
        let verification = try await verifyAuditLog(progress: nil)
        let head = try await registry.read { connection in
            try await Self.entries(
                connection,
                """
                SELECT seq, at, officer, action, entity_type, entity_id, before_json, after_json, reason, prev_hash, hash,
                       NULL::text, NULL::text
                FROM audit_log ORDER BY seq DESC LIMIT 1
                """
            ).first
        }
        return AuditCheckpoint(
            length: head?.seq ?? 0, head: head?.hash ?? AuditEntry.genesisHash, headAt: head?.at,
            takenAt: registry.clock.timestamp(), intact: verification.isIntact)
    }

    /// Whether entry `length` still carries `head` (an earlier checkpoint): nil when it does.
    package func auditCheckpointMismatch(length: Int64, head: String) async throws -> LocalizedText? {
        try await registry.read { connection -> LocalizedText? in
            if length == 0 { return nil }
            let hash = try await connection.values(
                "SELECT hash FROM audit_log WHERE seq = \(length)", as: String.self
            ).first
            let count: Int64 =
                hash == nil
                ? try await connection.values("SELECT count(*) FROM audit_log", as: Int64.self).first ?? 0
                : 0
            return AuditCheckpoint.mismatch(length: length, head: head, hashAtLength: hash, count: { count })
        }
    }

    /// The keys of the records of `entityType` with an audit entry at or after `since`.
    package func entityIDs(ofType entityType: String, changedSince since: String) async throws -> Set<String> {
        try await registry.read { connection in
            Set(
                try await connection.values(
                    "SELECT DISTINCT entity_id FROM audit_log WHERE entity_type = \(entityType) AND at >= \(since)",
                    as: String.self))
        }
    }

    // MARK: - Rows

    static func entries(_ connection: PostgresConnection, _ query: PostgresQuery) async throws -> [AuditEntry] {
        var entries: [AuditEntry] = []
        for try await row in try await connection.query(query, logger: PostgresRegistry.logger) {
            entries.append(try entry(row))
        }
        return entries
    }

    /// An entry from the thirteen columns seq … hash, channel, token_id.
    static func entry(_ row: PostgresRow) throws -> AuditEntry {
        let (seq, at, officer, action, entityType, entityID, before, after, reason, prevHash, hash, channel, tokenID) =
            try row.decode(
                (
                    Int64, String, String, String, String, String, String?, String?, String, String, String, String?,
                    String?
                )
                .self)
        var entry = AuditEntry(
            seq: seq, at: at, officer: officer, action: action, entityType: entityType, entityID: entityID,
            beforeJSON: before, afterJSON: after, reason: reason, prevHash: prevHash, hash: hash)
        if let channel, let tokenID { entry.channel = AuditChannel(channel: channel, tokenID: tokenID) }
        return entry
    }
}

extension PostgresRegistry {
    /// The audit chain.
    package var audit: PostgresAuditStore { PostgresAuditStore(registry: self) }
}

extension PostgresAuditStore {
    /// The signed head against the chain, checked with the raw Ed25519 public key `publicKey`
    /// (`AuditHeadCheck.evaluate`, the SQLite store's rule), in one snapshot.
    package func checkSignedHead(publicKey raw: Data?) async throws -> AuditHeadCheck {
        _ = try raw.map { try Curve25519.Signing.PublicKey(rawRepresentation: $0) }
        return try await registry.readSnapshot { connection in
            let fingerprint = try await PostgresRegistry.meta(connection, SQLiteBadgeStore.badgeKeyMetaKey)
            let length =
                try await connection.values(
                    "SELECT coalesce(max(seq), 0)::bigint FROM audit_log", as: Int64.self
                ).first ?? 0
            let signed = try await PostgresRegistry.meta(connection, AuditHeadSigner.metaKey).map(AuditHeadSigner.parse)
            var hash: String? = nil
            if let signed {
                hash = try await connection.values(
                    "SELECT hash FROM audit_log WHERE seq = \(signed.length)", as: String.self
                ).first
            }
            return try AuditHeadCheck.evaluate(
                fingerprint: fingerprint, publicKey: raw, chainLength: length, signed: signed, hashAtSignedLength: hash)
        }
    }

    /// Signs the chain's head as it is now (when the signing key has just been recorded), under
    /// the chain's lock so no writer appends between the read and the signature.
    package func signAuditHead(with signer: AuditHeadSigner) async throws {
        do {
            try await registry.client.withTransaction(logger: PostgresRegistry.logger) { connection in
                try await connection.run(
                    "SELECT id FROM audit_chain_lock WHERE id = 1 FOR UPDATE")
                let head = try await connection.rows(
                    "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", as: (Int64, String).self
                ).first
                let value = try signer.signedValue(length: head?.0 ?? 0, head: head?.1 ?? AuditEntry.genesisHash)
                try await PostgresRegistry.setMeta(connection, AuditHeadSigner.metaKey, value)
            }
        } catch {
            throw PostgresStoreError.mapped(error, location: registry.location.description)
        }
    }
}
