/// A JSON value, serialised canonically (see `CanonicalJSON`): used for the audit log's
/// before/after records and for JSON export.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    /// A finite double, written in Swift's shortest round-trip form (`32.0123`).
    case double(Double)
    case string(String)
    case array([JSONValue])
    /// Keys are written sorted by their UTF-8 bytes, whatever order they are given in.
    case object([String: JSONValue])
    /// An object given as a member list (faster than a dictionary for records); written sorted
    /// by key exactly like `.object`, so list members in key order to skip the sort. Keys must
    /// be unique.
    case members([JSONMember])

    /// The canonical serialisation.
    public var canonicalText: String {
        var writer = CanonicalJSON()
        writer.write(self)
        return writer.text
    }
}

extension JSONValue {
    /// `.string(text)` or `.null`.
    static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    /// `.int(value)` or `.null`.
    static func optional(_ value: Int?) -> JSONValue {
        value.map { .int(Int64($0)) } ?? .null
    }

    /// The date as `YYYY-MM-DD` or `.null`.
    static func optional(_ date: LocalDate?) -> JSONValue {
        date.map { .string($0.description) } ?? .null
    }

    /// The enum's identifier or `.null`.
    static func optional<E: RegistryEnum>(_ value: E?) -> JSONValue {
        value.map { .string($0.rawValue) } ?? .null
    }
}
