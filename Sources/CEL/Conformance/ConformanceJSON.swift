import Foundation

extension Conformance {
    /// A decoded JSON document, for reading conformance case files. Nested in
    /// `Conformance` so it cannot clash with other modules' JSON types.
    public enum JSON: Decodable, Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSON])
        case object([String: JSON])

        public init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() {
                self = .null
            } else if let b = try? c.decode(Bool.self) {
                self = .bool(b)
            } else if let d = try? c.decode(Double.self) {
                self = .number(d)
            } else if let s = try? c.decode(String.self) {
                self = .string(s)
            } else if let a = try? c.decode([JSON].self) {
                self = .array(a)
            } else {
                self = .object(try c.decode([String: JSON].self))
            }
        }

        public subscript(key: String) -> JSON? {
            if case .object(let o) = self { return o[key] }
            return nil
        }

        public var string: String? {
            if case .string(let s) = self { return s }
            return nil
        }
        public var array: [JSON]? {
            if case .array(let a) = self { return a }
            return nil
        }
        public var bool: Bool? {
            if case .bool(let b) = self { return b }
            return nil
        }
    }
}
