/// Basic nodes: constants, variables, operators, selection, calls, literals.

final class ConstNode: Node, @unchecked Sendable {
    let value: CELValue
    init(_ v: CELValue) { value = v }
    override func eval(_ f: inout Frame) -> CELValue { value }
}

/// A declared variable, read by slot index (no name lookup at runtime). When the
/// program is evaluated with a dictionary there are no slots, and the name is looked
/// up only if this node is actually reached (short-circuited reads cost nothing).
final class SlotNode: Node, @unchecked Sendable {
    let index: Int
    let name: String
    init(_ i: Int, name: String) { index = i; self.name = name }
    override func eval(_ f: inout Frame) -> CELValue {
        if index < f.slots.count { return f.slots[index] }
        return f.bindings[name] ?? .error(CELError(.unknownVariable, "undeclared reference to '\(name)'"))
    }
}

/// A comprehension or `cel.bind` variable.
final class LocalNode: Node, @unchecked Sendable {
    let index: Int
    init(_ i: Int) { index = i }
    override func eval(_ f: inout Frame) -> CELValue { f.locals[index] }
}

/// An undeclared name looked up in the dynamic bindings. For a qualified name
/// `a.b.c` the candidates are tried longest first (`a.b.c`, `a.b`, `a`) and the
/// remaining components are selected as fields (spec "Name Resolution").
final class DynamicIdentNode: Node, @unchecked Sendable {
    let candidates: [String]
    let fields: [String]
    let fallback: CELValue?
    init(components: [String], fallback: CELValue?) {
        var c: [String] = []
        for n in stride(from: components.count, through: 1, by: -1) {
            c.append(components[0..<n].joined(separator: "."))
        }
        candidates = c
        fields = components
        self.fallback = fallback
    }
    override func eval(_ f: inout Frame) -> CELValue {
        for (k, name) in candidates.enumerated() {
            guard var v = f.bindings[name] else { continue }
            let used = fields.count - k
            for field in fields[used...] {
                if case .error = v { return v }
                v = Ops.select(v, field)
            }
            return v
        }
        if let fallback { return fallback }
        return .error(CELError(.unknownVariable, "undeclared reference to '\(candidates.last ?? "")'"))
    }
}

final class SelectNode: Node, @unchecked Sendable {
    let operand: Node
    let field: String
    let optional: Bool
    init(_ o: Node, _ f: String, optional: Bool) { operand = o; field = f; self.optional = optional }
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
    init(_ o: Node, _ f: String) { operand = o; field = f }
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
    init(_ o: Node, _ k: Node, optional: Bool) { operand = o; key = k; self.optional = optional }
    override func eval(_ f: inout Frame) -> CELValue {
        let v = operand.eval(&f)
        if case .error = v { return v }
        let k = key.eval(&f)
        if case .error = k { return k }
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

final class AndNode: Node, @unchecked Sendable {
    let lhs: Node, rhs: Node
    init(_ l: Node, _ r: Node) { lhs = l; rhs = r }
    /// Commutative error absorption: `false && error` and `error && false` are false.
    override func eval(_ f: inout Frame) -> CELValue {
        let a = lhs.eval(&f)
        if case .bool(false) = a { return a }
        let b = rhs.eval(&f)
        switch (a, b) {
        case (.bool(true), .bool): return b
        case (_, .bool(false)): return b
        case (.error, _): return a
        case (.bool(true), .error): return b
        default: return Ops.noOverload("_&&_", a, b)
        }
    }
}

final class OrNode: Node, @unchecked Sendable {
    let lhs: Node, rhs: Node
    init(_ l: Node, _ r: Node) { lhs = l; rhs = r }
    override func eval(_ f: inout Frame) -> CELValue {
        let a = lhs.eval(&f)
        if case .bool(true) = a { return a }
        let b = rhs.eval(&f)
        switch (a, b) {
        case (.bool(false), .bool): return b
        case (_, .bool(true)): return b
        case (.error, _): return a
        case (.bool(false), .error): return b
        default: return Ops.noOverload("_||_", a, b)
        }
    }
}

final class NotNode: Node, @unchecked Sendable {
    let operand: Node
    init(_ o: Node) { operand = o }
    override func eval(_ f: inout Frame) -> CELValue {
        let v = operand.eval(&f)
        switch v {
        case .bool(let b): return .bool(!b)
        case .error: return v
        default: return Ops.noOverload("!_", v)
        }
    }
}

final class NegateNode: Node, @unchecked Sendable {
    let operand: Node
    init(_ o: Node) { operand = o }
    override func eval(_ f: inout Frame) -> CELValue {
        let v = operand.eval(&f)
        if case .error = v { return v }
        return Ops.negate(v)
    }
}

final class ConditionalNode: Node, @unchecked Sendable {
    let cond: Node, then: Node, otherwise: Node
    init(_ c: Node, _ t: Node, _ o: Node) { cond = c; then = t; otherwise = o }
    override func eval(_ f: inout Frame) -> CELValue {
        let c = cond.eval(&f)
        switch c {
        case .bool(true): return then.eval(&f)
        case .bool(false): return otherwise.eval(&f)
        case .error: return c
        default: return Ops.noOverload("_?_:_", c)
        }
    }
}

/// Binary operators other than `&&`/`||`; strict in both operands.
final class BinaryNode: Node, @unchecked Sendable {
    let op: BinaryOp
    let lhs: Node, rhs: Node
    init(_ op: BinaryOp, _ l: Node, _ r: Node) { self.op = op; lhs = l; rhs = r }
    override func eval(_ f: inout Frame) -> CELValue {
        let a = lhs.eval(&f)
        if case .error = a { return a }
        let b = rhs.eval(&f)
        if case .error = b { return b }
        switch op {
        case .add: return Ops.add(a, b)
        case .sub: return Ops.sub(a, b)
        case .mul: return Ops.mul(a, b)
        case .div: return Ops.div(a, b)
        case .mod: return Ops.mod(a, b)
        case .eq: return .bool(CELValue.celEquals(a, b))
        case .ne: return .bool(!CELValue.celEquals(a, b))
        case .lt, .le, .gt, .ge: return Ops.relation(op, a, b)
        case .in: return Ops.contains(a, b)
        case .and, .or: return Ops.noOverload(op.rawValue, a, b)
        }
    }
}

final class Call1Node: Node, @unchecked Sendable {
    let fn: @Sendable (CELValue) -> CELValue
    let a: Node
    init(_ fn: @escaping @Sendable (CELValue) -> CELValue, _ a: Node) { self.fn = fn; self.a = a }
    override func eval(_ f: inout Frame) -> CELValue {
        let x = a.eval(&f)
        if case .error = x { return x }
        return fn(x)
    }
}

final class Call2Node: Node, @unchecked Sendable {
    let fn: @Sendable (CELValue, CELValue) -> CELValue
    let a: Node, b: Node
    init(_ fn: @escaping @Sendable (CELValue, CELValue) -> CELValue, _ a: Node, _ b: Node) { self.fn = fn; self.a = a; self.b = b }
    override func eval(_ f: inout Frame) -> CELValue {
        let x = a.eval(&f)
        if case .error = x { return x }
        let y = b.eval(&f)
        if case .error = y { return y }
        return fn(x, y)
    }
}

final class Call3Node: Node, @unchecked Sendable {
    let fn: @Sendable (CELValue, CELValue, CELValue) -> CELValue
    let a: Node, b: Node, c: Node
    init(_ fn: @escaping @Sendable (CELValue, CELValue, CELValue) -> CELValue, _ a: Node, _ b: Node, _ c: Node) {
        self.fn = fn; self.a = a; self.b = b; self.c = c
    }
    override func eval(_ f: inout Frame) -> CELValue {
        let x = a.eval(&f)
        if case .error = x { return x }
        let y = b.eval(&f)
        if case .error = y { return y }
        let z = c.eval(&f)
        if case .error = z { return z }
        return fn(x, y, z)
    }
}

final class CallNNode: Node, @unchecked Sendable {
    let fn: @Sendable ([CELValue]) -> CELValue
    let args: [Node]
    init(_ fn: @escaping @Sendable ([CELValue]) -> CELValue, _ args: [Node]) { self.fn = fn; self.args = args }
    override func eval(_ f: inout Frame) -> CELValue {
        var vals: [CELValue] = []
        vals.reserveCapacity(args.count)
        for a in args {
            let v = a.eval(&f)
            if case .error = v { return v }
            vals.append(v)
        }
        return fn(vals)
    }
}

/// `s.matches(re)` with a constant pattern compiled once.
final class MatchesNode: Node, @unchecked Sendable {
    let subject: Node
    let regex: CompiledRegex
    init(_ s: Node, _ r: CompiledRegex) { subject = s; regex = r }
    override func eval(_ f: inout Frame) -> CELValue {
        let v = subject.eval(&f)
        switch v {
        case .string(let s): return .bool(regex.matches(s))
        case .error: return v
        default: return Library.noOverload("matches", [v])
        }
    }
}

final class ListNode: Node, @unchecked Sendable {
    let elements: [Node]
    let optional: [Bool]
    init(_ e: [Node], optional: [Bool]) { elements = e; self.optional = optional }
    override func eval(_ f: inout Frame) -> CELValue {
        var out: [CELValue] = []
        out.reserveCapacity(elements.count)
        for (i, e) in elements.enumerated() {
            let v = e.eval(&f)
            if case .error = v { return v }
            if optional[i] {
                guard case .optional(let o) = v else { return Library.noOverload("optional list element", [v]) }
                if let inner = o { out.append(inner) }
            } else {
                out.append(v)
            }
        }
        return .list(out)
    }
}

final class MapNode: Node, @unchecked Sendable {
    let keys: [Node]
    let values: [Node]
    let optional: [Bool]
    init(keys: [Node], values: [Node], optional: [Bool]) { self.keys = keys; self.values = values; self.optional = optional }
    override func eval(_ f: inout Frame) -> CELValue {
        var b = MapBuilder(capacity: keys.count)
        for i in 0..<keys.count {
            let k = keys[i].eval(&f)
            if case .error = k { return k }
            var v = values[i].eval(&f)
            if case .error = v { return v }
            if optional[i] {
                guard case .optional(let o) = v else { return Library.noOverload("optional map entry", [v]) }
                guard let inner = o else { continue }
                v = inner
            }
            if let e = b.add(k, v) { return .error(e) }
        }
        return .map(b.build())
    }
}

final class MessageNode: Node, @unchecked Sendable {
    let typeName: String
    let names: [String]
    let values: [Node]
    let optional: [Bool]
    init(_ t: String, names: [String], values: [Node], optional: [Bool]) {
        typeName = t; self.names = names; self.values = values; self.optional = optional
    }
    override func eval(_ f: inout Frame) -> CELValue {
        var fields: [String: CELValue] = [:]
        for i in 0..<names.count {
            var v = values[i].eval(&f)
            if case .error = v { return v }
            if optional[i] {
                guard case .optional(let o) = v else { return Library.noOverload("optional field", [v]) }
                guard let inner = o else { continue }
                v = inner
            }
            fields[names[i]] = v
        }
        return .object(CELObject(typeName: typeName, fields: fields))
    }
}

/// Returns a fixed error without evaluating anything (unknown function, bad arity).
final class ErrorNode: Node, @unchecked Sendable {
    let error: CELValue
    let args: [Node]
    init(_ e: CELError, args: [Node]) { error = .error(e); self.args = args }
    override func eval(_ f: inout Frame) -> CELValue {
        for a in args {
            let v = a.eval(&f)
            if case .error = v { return v }
        }
        return error
    }
}

/// Records the value of the wrapped sub-expression for `evaluateWithTrace`.
final class TraceNode: Node, @unchecked Sendable {
    let inner: Node
    let id: Int
    init(_ inner: Node, id: Int) { self.inner = inner; self.id = id }
    override func eval(_ f: inout Frame) -> CELValue {
        let v = inner.eval(&f)
        f.records?.append((id, v))
        return v
    }
}
