/// Optional values (`optional.of`, `optional.none`, `optional.ofNonZeroValue`,
/// `hasValue`, `value`, `or`, `orValue`); `optMap`/`optFlatMap` are macros.
enum OptionalFunctions {
    static func register(_ t: inout [String: [Int: Fn]]) {
        t.add("optional.of") { v in .optional(v) }
        t[("optional.none"), default: [:]][0] = .variadic { _ in .optional(nil) }
        t.add("optional.ofNonZeroValue") { v in isZero(v) ? .optional(.none) : .optional(v) }
        t.add("hasValue") { v in
            guard case .optional(let o) = v else { return Library.noOverload("hasValue", [v]) }
            return .bool(o != nil)
        }
        t.add("value") { v in
            guard case .optional(let o) = v else { return Library.noOverload("value", [v]) }
            return o ?? .error(CELError(.invalidArgument, "optional.none() dereference"))
        }
        t.add("or") { a, b in
            guard case .optional(let o) = a, case .optional = b else { return Library.noOverload("or", [a, b]) }
            return o != nil ? a : b
        }
        t.add("orValue") { a, b in
            guard case .optional(let o) = a else { return Library.noOverload("orValue", [a, b]) }
            return o ?? b
        }
    }

    static func isZero(_ v: CELValue) -> Bool {
        switch v {
        case .null: return true
        case .bool(let b): return !b
        case .int(let i): return i == 0
        case .uint(let u): return u == 0
        case .double(let d): return d == 0
        case .string(let s): return s.isEmpty
        case .bytes(let b): return b.isEmpty
        case .list(let l): return l.isEmpty
        case .map(let m): return m.count == 0
        case .timestamp(let t): return t.seconds == 0 && t.nanos == 0
        case .duration(let d): return d.nanoseconds == 0
        case .optional(let o): return o == nil
        case .object(let o): return o.fields.isEmpty
        default: return false
        }
    }
}
