import GRDB

/// A row of `audit_log` (append-only: triggers refuse UPDATE and DELETE); `entry` is the public
/// `AuditEntry`. Besides the Codable conformance, read by column name in `init(row:)` and
/// written by `encode(to:)` without the Codable machinery: the chain is appended to once per
/// change (a million times in one import) and read whole by `audit verify`.
struct AuditEntryRecord: Codable, Sendable, FetchableRecord, PersistableRecord, PreparedInsertRecord {
    static let databaseTableName = "audit_log"

    var seq: Int64
    var at: String
    var officer: String
    var action: String
    var entityType: String
    var entityID: String
    var beforeJSON: String?
    var afterJSON: String?
    var reason: String
    var prevHash: String
    var hash: String

    enum CodingKeys: String, CodingKey {
        case seq, at, officer, action
        case entityType = "entity_type"
        case entityID = "entity_id"
        case beforeJSON = "before_json"
        case afterJSON = "after_json"
        case reason
        case prevHash = "prev_hash"
        case hash
    }

    enum Columns {
        static let seq = Column(CodingKeys.seq)
        static let at = Column(CodingKeys.at)
        static let officer = Column(CodingKeys.officer)
        static let action = Column(CodingKeys.action)
        static let entityType = Column(CodingKeys.entityType)
        static let entityID = Column(CodingKeys.entityID)
        static let beforeJSON = Column(CodingKeys.beforeJSON)
        static let afterJSON = Column(CodingKeys.afterJSON)
        static let reason = Column(CodingKeys.reason)
        static let prevHash = Column(CodingKeys.prevHash)
        static let hash = Column(CodingKeys.hash)
    }

    init(_ entry: AuditEntry) {
        seq = entry.seq
        at = entry.at
        officer = entry.officer
        action = entry.action
        entityType = entry.entityType
        entityID = entry.entityID
        beforeJSON = entry.beforeJSON
        afterJSON = entry.afterJSON
        reason = entry.reason
        prevHash = entry.prevHash
        hash = entry.hash
    }

    init(row: Row) {
        seq = row[Columns.seq]
        at = row[Columns.at]
        officer = row[Columns.officer]
        action = row[Columns.action]
        entityType = row[Columns.entityType]
        entityID = row[Columns.entityID]
        beforeJSON = row[Columns.beforeJSON]
        afterJSON = row[Columns.afterJSON]
        reason = row[Columns.reason]
        prevHash = row[Columns.prevHash]
        hash = row[Columns.hash]
    }

    func encode(to container: inout PersistenceContainer) {
        for (column, value) in zip(Self.insertedColumns, insertedValues) { container[column] = value }
    }

    var insertedValues: [(any DatabaseValueConvertible)?] {
        [seq, at, officer, action, entityType, entityID, beforeJSON, afterJSON, reason, prevHash, hash]
    }

    static let insertedColumns = [
        Columns.seq, Columns.at, Columns.officer, Columns.action, Columns.entityType, Columns.entityID,
        Columns.beforeJSON, Columns.afterJSON, Columns.reason, Columns.prevHash, Columns.hash,
    ]
    static let insertSQL = makeInsertSQL()

    /// The entry as callers see it.
    var entry: AuditEntry {
        AuditEntry(
            seq: seq, at: at, officer: officer, action: action, entityType: entityType, entityID: entityID,
            beforeJSON: beforeJSON, afterJSON: afterJSON, reason: reason, prevHash: prevHash, hash: hash)
    }

    /// Every entry in chain order with its `audit_channel` row, if any, as `channel`/`token_id`.
    static func withChannels() -> SQLRequest<AuditEntryWithChannel> {
        SQLRequest(
            literal: """
                SELECT a.*, c.channel AS channel, c.token_id AS token_id
                FROM audit_log a LEFT JOIN audit_channel c ON c.seq = a.seq ORDER BY a.seq
                """)
    }

    /// At most `limit` entries from `seq` on, in order, with their channels.
    static func withChannels(from seq: Int64, limit: Int) -> SQLRequest<AuditEntryWithChannel> {
        SQLRequest(
            literal: """
                SELECT a.*, c.channel AS channel, c.token_id AS token_id
                FROM audit_log a LEFT JOIN audit_channel c ON c.seq = a.seq
                WHERE a.seq >= \(seq) ORDER BY a.seq LIMIT \(limit)
                """)
    }

    /// The chain's last entry (none in an empty chain).
    static func head() -> QueryInterfaceRequest<AuditEntryRecord> {
        order(Columns.seq.desc).limit(1)
    }
}

/// A row of `audit_channel` (append-only): the channel an audit entry's change came through.
struct AuditChannelRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "audit_channel"

    var seq: Int64
    var channel: String
    var tokenID: String

    enum CodingKeys: String, CodingKey {
        case seq, channel
        case tokenID = "token_id"
    }

    enum Columns {
        static let seq = Column(CodingKeys.seq)
    }

    var auditChannel: AuditChannel { AuditChannel(channel: channel, tokenID: tokenID) }
}

/// An `audit_log` row with its `audit_channel` row, if any (`AuditEntryRecord.withChannels()`).
struct AuditEntryWithChannel: FetchableRecord {
    var entry: AuditEntry

    init(row: Row) {
        entry = AuditEntryRecord(row: row).entry
        if let name: String = row["channel"], let tokenID: String = row["token_id"] {
            entry.channel = AuditChannel(channel: name, tokenID: tokenID)
        }
    }
}
