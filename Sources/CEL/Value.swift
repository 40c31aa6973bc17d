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
        case .null: return .null
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
        case .optional: return .optional
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
