import GRDB

/// The audit store on SQLite: `AuditStore` over the registry's connection.
public struct SQLiteAuditStore: AuditStore {
    /// The connection, with its write transaction (officer check, audit log).
    let database: RegistryDatabase

    /// Audit entries matching `query`, oldest first (see `AuditQuery`).
    public func auditEntries(matching query: AuditQuery) throws -> [AuditEntry] {
        try database.read { db in
            var conditions: [SQL] = []
            if let type = query.entityType { conditions.append("entity_type = \(type)") }
            if let id = query.entityID { conditions.append("entity_id = \(id)") }
            if let officer = query.officer { conditions.append("officer = \(officer)") }
            if let from = query.fromSeq { conditions.append("seq >= \(from)") }
            let filter: SQL = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let limit = max(0, query.limit)
            let columns: SQL =
                "seq, at, officer, action, entity_type, entity_id, before_json, after_json, reason, prev_hash, hash"
            let request: SQLRequest<Row> =
                query.fromSeq == nil
                ? "SELECT * FROM (SELECT \(columns) FROM audit_log \(filter) ORDER BY seq DESC LIMIT \(limit)) ORDER BY seq"
                : "SELECT \(columns) FROM audit_log \(filter) ORDER BY seq LIMIT \(limit)"
            return try AuditEntryRecord.fetchAll(db, request).map(\.entry)
        }
    }

    /// The chain's length and head now, after verifying it (`AuditCheckpoint`).
    public func auditCheckpoint() throws -> AuditCheckpoint {
        let verification = try verifyAuditLog()
        return try database.read { db in
            let head = try AuditEntryRecord.head().fetchOne(db)
            return AuditCheckpoint(
                length: head?.seq ?? 0, head: head?.hash ?? AuditEntry.genesisHash, headAt: head?.at,
                takenAt: database.clock.timestamp(), intact: verification.isIntact)
        }
    }

    /// Whether entry `length` still carries `head` (an earlier checkpoint): nil when it does,
    /// else why not (English, Chinese).
    public func auditCheckpointMismatch(length: Int64, head: String) throws -> LocalizedText? {
        try database.read { db in
            if length == 0 { return nil }
            let hash = try String.fetchOne(
                db, AuditEntryRecord.select(AuditEntryRecord.Columns.hash).filter(key: length))
            return try AuditCheckpoint.mismatch(
                length: length, head: head, hashAtLength: hash, count: { Int64(try AuditEntryRecord.fetchCount(db)) })
        }
    }

    /// Recomputes the audit chain.
    public func verifyAuditLog(progress: ProgressHandler?) throws -> AuditVerification {
        try database.read { db in try AuditLog.verify(db, progress: progress) }
    }

    /// Recomputes the audit chain without reporting progress.
    public func verifyAuditLog() throws -> AuditVerification {
        try verifyAuditLog(progress: nil)
    }

    /// The ids of the entities of a type with an audit entry at or after `since`.
    public func entityIDs(ofType entityType: String, changedSince since: String) throws -> Set<String> {
        try database.read { db in
            typealias Columns = AuditEntryRecord.Columns
            let request = AuditEntryRecord.filter(Columns.entityType == entityType && Columns.at >= since)
                .select(Columns.entityID, as: String.self).distinct()
            return Set(try request.fetchAll(db))
        }
    }

    /// The chain's last sequence number (0 for an empty chain).
    public func auditHeadSeq() throws -> Int64 {
        try database.read { db in
            try Int64.fetchOne(db, AuditEntryRecord.head().select(AuditEntryRecord.Columns.seq)) ?? 0
        }
    }

    /// Audit entries with `seq` ≥ `from`, in order, at most `limit`, with their channels.
    public func auditEntries(from seq: Int64 = 1, limit: Int = 100) throws -> [AuditEntry] {
        try database.read { db in
            try AuditEntryRecord.withChannels(from: seq, limit: limit).fetchAll(db).map(\.entry)
        }
    }
}
