import Crypto

/// One entry of the audit log (审计日志): who did what to which record, when, why, with the record
/// before and after as canonical JSON, chained to the previous entry by hash.
///
/// `hash` = lowercase hex SHA-256 of the UTF-8 bytes of
///
/// ```
/// prev_hash + "\n" + canonical JSON array
///     [seq, at, officer, action, entity_type, entity_id, before_json, after_json, reason]
/// ```
///
/// where `seq` is a JSON integer, `before_json`/`after_json` are JSON strings holding the
/// canonical JSON text (or `null` when absent), the rest JSON strings, serialised as
/// `CanonicalJSON` does (no whitespace; only `"`, `\` and control characters escaped). An entry
/// whose change came through the service (a row of `audit_channel`) appends that row's `channel`
/// and `token_id` to the array, so the channel is covered by the chain too. The first entry's
/// `prev_hash` is 64 zeros.
public struct AuditEntry: Codable, Sendable, Equatable {
    /// Position in the log, from 1, without gaps.
    public var seq: Int64
    /// UTC timestamp `YYYY-MM-DDTHH:MM:SSZ`.
    public var at: String
    /// The officer (经办人) responsible.
    public var officer: String
    /// What happened, e.g. `import.insert`, `import.update`, `import.file`, `reference.load`.
    public var action: String
    /// `operator`, `outlet`, `price`, `file`, `registry`, …
    public var entityType: String
    /// The record's key.
    public var entityID: String
    /// The record before (canonical JSON), for changes.
    public var beforeJSON: String?
    /// The record after (canonical JSON).
    public var afterJSON: String?
    /// Why (may be empty).
    public var reason: String
    /// The previous entry's hash (64 zeros for the first).
    public var prevHash: String
    /// This entry's hash.
    public var hash: String
    /// The channel the change came through when not the command line (`audit_channel`).
    public var channel: AuditChannel? = nil

    package init(
        seq: Int64, at: String, officer: String, action: String, entityType: String, entityID: String,
        beforeJSON: String?, afterJSON: String?, reason: String, prevHash: String, hash: String,
        channel: AuditChannel? = nil
    ) {
        self.seq = seq
        self.at = at
        self.officer = officer
        self.action = action
        self.entityType = entityType
        self.entityID = entityID
        self.beforeJSON = beforeJSON
        self.afterJSON = afterJSON
        self.reason = reason
        self.prevHash = prevHash
        self.hash = hash
        self.channel = channel
    }

    /// The first entry's `prev_hash`.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The hash an entry with these fields must carry.
    public static func computeHash(
        prevHash: String, seq: Int64, at: String, officer: String, action: String, entityType: String,
        entityID: String, beforeJSON: String?, afterJSON: String?, reason: String, channel: AuditChannel? = nil
    ) -> String {
        var fields: [JSONValue] = [
            .int(seq), .string(at), .string(officer), .string(action), .string(entityType), .string(entityID),
            .optional(beforeJSON), .optional(afterJSON), .string(reason),
        ]
        if let channel { fields += [.string(channel.channel), .string(channel.tokenID)] }
        var writer = CanonicalJSON()
        writer.write(.array(fields))
        var input = Array(prevHash.utf8)
        input.append(0x0A)
        input.append(contentsOf: writer.bytes)
        return SHA256.hash(data: input).hexString
    }

    /// Whether `hash` matches the other fields.
    public var hashIsCorrect: Bool {
        hash
            == Self.computeHash(
                prevHash: prevHash, seq: seq, at: at, officer: officer, action: action, entityType: entityType,
                entityID: entityID, beforeJSON: beforeJSON, afterJSON: afterJSON, reason: reason, channel: channel)
    }
}

extension Sequence where Element == UInt8 {
    /// Lowercase hexadecimal.
    package var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
