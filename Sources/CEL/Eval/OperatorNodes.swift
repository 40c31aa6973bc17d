/// Logical, conditional, unary and binary operator nodes.

final class AndNode: Node, @unchecked Sendable {
    let lhs: Node, rhs: Node
    init(_ l: Node, _ r: Node) {
        lhs = l
        rhs = r
    }
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
    init(_ l: Node, _ r: Node) {
        lhs = l
        rhs = r
    }
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
    init(_ c: Node, _ t: Node, _ o: Node) {
        cond = c
        then = t
        otherwise = o
    }
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

/// Binary operators other than `&&`/`||`; strict in both operands. Each operator
/// family has its own node class so the hot path has no dispatch on the operator.
class BinaryNode: Node, @unchecked Sendable {
    let op: BinaryOp
    let lhs: Node, rhs: Node
    init(_ op: BinaryOp, _ l: Node, _ r: Node) {
        self.op = op
        lhs = l
        rhs = r
    }

    /// The node class for an operator.
    static func make(_ op: BinaryOp, _ l: Node, _ r: Node) -> BinaryNode {
        switch op {
        case .add: return AddNode(op, l, r)
        case .sub: return SubNode(op, l, r)
        case .mul: return MulNode(op, l, r)
        case .eq: return EqNode(op, l, r)
        case .ne: return NeNode(op, l, r)
        case .lt, .le, .gt, .ge: return RelationNode(op, l, r)
        default: return BinaryNode(op, l, r)
        }
    }

    override func eval(_ f: inout Frame) -> CELValue {
        let a = lhs.eval(&f)
        if case .error = a { return a }
        let b = rhs.eval(&f)
        if case .error = b { return b }
        switch op {
        case .add: return Ops.add(a, b, &f.budget)
        case .sub: return Ops.sub(a, b)
        case .mul: return Ops.mul(a, b)
        case .div: return Ops.div(a, b)
        case .mod: return Ops.mod(a, b)
        case .eq: return Ops.equals(a, b, &f.budget)
        case .ne: return Ops.notEquals(a, b, &f.budget)
        case .lt, .le, .gt, .ge: return Ops.relation(op, a, b, &f.budget)
        case .in: return Ops.contains(a, b, &f.budget)
        case .and, .or: return Ops.noOverload(op.rawValue, a, b)
        }
    }
}

final class AddNode: BinaryNode, @unchecked Sendable {
    override func eval(_ f: inout Frame) -> CELValue {
        let a = lhs.eval(&f)
        if case .error = a { return a }
        let b = rhs.eval(&f)
        if case .error = b { return b }
        return Ops.add(a, b, &f.budget)
    }
}

final class SubNode: BinaryNode, @unchecked Sendable {
    override func eval(_ f: inout Frame) -> CELValue {
        let a = lhs.eval(&f)
        if case .error = a { return a }
        let b = rhs.eval(&f)
        if case .error = b { return b }
        return Ops.sub(a, b)
    }
}

final class MulNode: BinaryNode, @unchecked Sendable {
    override func eval(_ f: inout Frame) -> CELValue {
        let a = lhs.eval(&f)
        if case .error = a { return a }
        let b = rhs.eval(&f)
        if case .error = b { return b }
        return Ops.mul(a, b)
    }
}

final class EqNode: BinaryNode, @unchecked Sendable {
    override func eval(_ f: inout Frame) -> CELValue {
        let a = lhs.eval(&f)
        if case .error = a { return a }
        let b = rhs.eval(&f)
        if case .error = b { return b }
        return Ops.equals(a, b, &f.budget)
    }
}

final class NeNode: BinaryNode, @unchecked Sendable {
    override func eval(_ f: inout Frame) -> CELValue {
        let a = lhs.eval(&f)
        if case .error = a { return a }
        let b = rhs.eval(&f)
        if case .error = b { return b }
        return Ops.notEquals(a, b, &f.budget)
    }
}

final class RelationNode: BinaryNode, @unchecked Sendable {
    override func eval(_ f: inout Frame) -> CELValue {
        let a = lhs.eval(&f)
        if case .error = a { return a }
        let b = rhs.eval(&f)
        if case .error = b { return b }
        return Ops.relation(op, a, b, &f.budget)
    }
}
