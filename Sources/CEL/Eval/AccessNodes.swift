/// Field selection, `has()`, and indexing, including the optional forms `.?f` / `[?k]`.

final class SelectNode: Node, @unchecked Sendable {
    let operand: Node
    let field: String
    let optional: Bool
    init(_ o: Node, _ f: String, optional: Bool) {
        operand = o
        field = f
        self.optional = optional
    }
    override func eval(_ f: inout Frame) -> CELValue {
        let v = operand.eval(&f)
        switch v {
        case .error: return v
        case .optional(let o):
            guard let inner = o else { return v }
            return SelectNode.optionalSelect(inner, field)
        default:
            if optional { return SelectNode.optionalSelect(v, field) }
            return Ops.select(v, field)
        }
    }

    /// `x.?f`: optional.of(x.f) when present, optional.none() when absent.
    static func optionalSelect(_ v: CELValue, _ field: String) -> CELValue {
        switch Ops.has(v, field) {
        case .bool(true): return .optional(Ops.select(v, field))
        case .bool(false): return .optional(nil)
        case let other: return other
        }
    }
}

final class HasNode: Node, @unchecked Sendable {
    let operand: Node
    let field: String
    init(_ o: Node, _ f: String) {
        operand = o
        field = f
    }
    override func eval(_ f: inout Frame) -> CELValue {
        let v = operand.eval(&f)
        if case .error = v { return v }
        return Ops.has(v, field)
    }
}

final class IndexNode: Node, @unchecked Sendable {
    let operand: Node
    let key: Node
    let optional: Bool
    init(_ o: Node, _ k: Node, optional: Bool) {
        operand = o
        key = k
        self.optional = optional
    }
    override func eval(_ f: inout Frame) -> CELValue {
        let v = operand.eval(&f)
        if case .error = v { return v }
        let k = key.eval(&f)
        if case .error = k { return k }
        // A string key is hashed to look it up: reading it is charged like any string read.
        if case .string(let s) = k, !f.charge(s.utf8.count / Cost.bytesPerUnit) { return Frame.budgetExceeded }
        if case .optional(let o) = v {
            guard let inner = o else { return v }
            return IndexNode.optionalIndex(inner, k)
        }
        if optional { return IndexNode.optionalIndex(v, k) }
        return Ops.index(v, k)
    }

    static func optionalIndex(_ v: CELValue, _ k: CELValue) -> CELValue {
        let r = Ops.index(v, k)
        if case .error(let e) = r {
            if e.kind == .noSuchKey || e.kind == .indexOutOfRange { return .optional(nil) }
            return r
        }
        return .optional(r)
    }
}
