import GRDB

extension SQLiteAuditStore {
    /// The chain's last sequence number (0 for an empty chain).
    public func auditHeadSeq() throws -> Int64 {
        try database.read { db in
            try Int64.fetchOne(db, AuditEntryRecord.head().select(AuditEntryRecord.Columns.seq)) ?? 0
        }
    }

    /// The channels recorded for entries `seq`…`last`: seq → channel and token id.
    public func auditChannels(from seq: Int64, through last: Int64) throws -> [Int64: AuditChannel] {
        try database.read { db in
            var out: [Int64: AuditChannel] = [:]
            for record in try AuditChannelRecord.filter((seq...last).contains(AuditChannelRecord.Columns.seq)).fetchAll(db) {
                out[record.seq] = record.auditChannel
            }
            return out
        }
    }
}
