/// A CEL value. Evaluation errors are values too (`.error`), so that the logical
/// operators and macros can absorb them as the language definition requires.
public enum CELValue: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case string(String)
    case bytes([UInt8])
    case list([CELValue])
    case map(CELMap)
    case type(CELType)
    case timestamp(CELTimestamp)
    case duration(CELDuration)
    /// `optional.of(x)` is `.optional(x)`, `optional.none()` is `.optional(nil)`.
    indirect case optional(CELValue?)
    /// A message value (`pkg.Msg{field: value}`), kept dynamically as named fields.
    case object(CELObject)
    indirect case error(CELError)

    /// The CEL type of this value.
    public var celType: CELType {
        switch self {
        case .null: return .nullType
        case .bool: return .bool
        case .int: return .int
        case .uint: return .uint
        case .double: return .double
        case .string: return .string
        case .bytes: return .bytes
        case .list: return .list
        case .map: return .map
        case .type: return .type
        case .timestamp: return .timestamp
        case .duration: return .duration
        case .optional: return .optionalType
        case .object(let o): return CELType(o.typeName)
        case .error: return CELType("error")
        }
    }

    /// True when this value is an error.
    public var isError: Bool {
        if case .error = self { return true }
        return false
    }

    /// Builds a map value from Swift pairs; later duplicates replace earlier ones.
    public static func map(_ pairs: [(CELValue, CELValue)]) -> CELValue {
        .map(CELMap(pairs: pairs))
    }
}

/// A CEL type value such as `int` or `google.protobuf.Timestamp`.
public struct CELType: Sendable, Hashable, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public var description: String { name }

    public static let int = CELType("int")
    public static let uint = CELType("uint")
    public static let double = CELType("double")
    public static let bool = CELType("bool")
    public static let string = CELType("string")
    public static let bytes = CELType("bytes")
    public static let list = CELType("list")
    public static let map = CELType("map")
    public static let nullType = CELType("null_type")
    public static let type = CELType("type")
    public static let timestamp = CELType("google.protobuf.Timestamp")
    public static let duration = CELType("google.protobuf.Duration")
    public static let optionalType = CELType("optional_type")

    /// Names that denote built-in types when used as identifiers.
    static let builtins: [String: CELType] = {
        var m: [String: CELType] = [:]
        for t in [int, uint, double, bool, string, bytes, list, map, nullType, type, timestamp, duration, optionalType] {
            m[t.name] = t
        }
        return m
    }()
}

/// A point in time: seconds since the Unix epoch and nanoseconds, limited to the
/// range 0001-01-01T00:00:00Z ... 9999-12-31T23:59:59.999999999Z.
public struct CELTimestamp: Sendable, Hashable, Comparable {
    public let seconds: Int64
    public let nanos: Int32

    static let minSeconds: Int64 = -62_135_596_800
    static let maxSeconds: Int64 = 253_402_300_799

    /// Returns nil when out of range.
    public init?(seconds: Int64, nanos: Int32 = 0) {
        var s = seconds
        var n = Int64(nanos)
        if n < 0 || n >= 1_000_000_000 {
            let (q, r) = n.quotientAndRemainder(dividingBy: 1_000_000_000)
            s = s &+ q
            n = r
            if n < 0 { n += 1_000_000_000; s = s &- 1 }
        }
        guard s >= CELTimestamp.minSeconds, s <= CELTimestamp.maxSeconds else { return nil }
        self.seconds = s
        self.nanos = Int32(n)
    }

    public static func < (a: CELTimestamp, b: CELTimestamp) -> Bool {
        a.seconds != b.seconds ? a.seconds < b.seconds : a.nanos < b.nanos
    }
}

/// A signed span of time in nanoseconds. Its range is that of a 64-bit count of
/// nanoseconds (about ±292 years), which is what the conformance suite expects
/// (a difference of two far-apart timestamps is a range error).
public struct CELDuration: Sendable, Hashable, Comparable {
    public let nanoseconds: Int64
    public init(nanoseconds: Int64) { self.nanoseconds = nanoseconds }
    public init?(seconds: Int64, nanos: Int64 = 0) {
        let (m, o1) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        let (t, o2) = m.addingReportingOverflow(nanos)
        if o1 || o2 { return nil }
        self.nanoseconds = t
    }
    public var seconds: Int64 { nanoseconds / 1_000_000_000 }
    public static func < (a: CELDuration, b: CELDuration) -> Bool { a.nanoseconds < b.nanoseconds }
}

/// A message value built by `Type{field: value}`: the type name and its set fields.
public final class CELObject: Sendable {
    public let typeName: String
    public let fields: [String: CELValue]
    public init(typeName: String, fields: [String: CELValue]) {
        self.typeName = typeName
        self.fields = fields
    }
}
