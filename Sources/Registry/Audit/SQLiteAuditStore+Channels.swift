import GRDB

extension SQLiteAuditStore {
    /// The chain's last sequence number (0 for an empty chain).
    public func auditHeadSeq() throws -> Int64 {
        try database.read { db in try Int64.fetchOne(db, sql: "SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1") ?? 0 }
    }

    /// The channels recorded for entries `seq`…`last`: seq → channel and token id.
    public func auditChannels(from seq: Int64, through last: Int64) throws -> [Int64: AuditChannel] {
        try database.read { db in
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
