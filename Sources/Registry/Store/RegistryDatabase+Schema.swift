import GRDB

extension RegistryDatabase {
    /// How many schema migrations the registry has applied (`Schema/NNN_*.sql`): its schema
    /// version, as `GET /healthz` reports it.
    public func schemaVersion() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") ?? 0 }
    }

    /// The channels recorded for audit entries from `seq` on (`audit_channel`): seq → (channel,
    /// token id).
    public func auditChannels(from seq: Int64, through last: Int64) throws -> [Int64: AuditChannel] {
        try read { db in
            var out: [Int64: AuditChannel] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT seq, channel, token_id FROM audit_channel WHERE seq BETWEEN ? AND ?", arguments: [seq, last])
            {
                out[row[0]] = AuditChannel(channel: row[1], tokenID: row[2])
            }
            return out
        }
    }
}
