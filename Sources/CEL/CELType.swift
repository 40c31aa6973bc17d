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
    public static let null = CELType("null_type")
    public static let type = CELType("type")
    public static let timestamp = CELType("google.protobuf.Timestamp")
    public static let duration = CELType("google.protobuf.Duration")
    public static let optional = CELType("optional_type")

    /// Names that denote built-in types when used as identifiers.
    static let builtins: [String: CELType] = {
        var m: [String: CELType] = [:]
        for t in [int, uint, double, bool, string, bytes, list, map, null, type, timestamp, duration, optional] {
            m[t.name] = t
        }
        return m
    }()
}
