/// Records the value of the wrapped sub-expression for `evaluateWithTrace`.
final class TraceNode: Node, @unchecked Sendable {
    let inner: Node
    let id: Int
    init(_ inner: Node, id: Int) {
        self.inner = inner
        self.id = id
    }
    override func eval(_ f: inout Frame) -> CELValue {
        let v = inner.eval(&f)
        // Each record is kept until the trace is built, so it is charged like a step: a body
        // recorded on every one of a million iterations would otherwise hold gigabytes.
        guard f.charge(1) else { return Frame.budgetExceeded }
        f.records?.append((id, v))
        return v
    }
}

/// `&&` for traced programs: evaluates both operands even when the left one already
/// decides, so an explanation can show every clause's value. The result is the same as
/// `AndNode`'s because CEL's `&&` is commutative (errors are absorbed either way).
final class ExhaustiveAndNode: Node, @unchecked Sendable {
    let lhs: Node, rhs: Node
    init(_ l: Node, _ r: Node) {
        lhs = l
        rhs = r
    }
    override func eval(_ f: inout Frame) -> CELValue {
        let a = lhs.eval(&f)
        let b = rhs.eval(&f)
        switch (a, b) {
        case (.bool(false), _): return a
        case (_, .bool(false)): return b
        case (.bool(true), .bool(true)): return b
        case (.error, _): return a
        case (.bool(true), .error): return b
        default: return Ops.noOverload("_&&_", a, b)
        }
    }
}

/// `||` for traced programs; see `ExhaustiveAndNode`.
final class ExhaustiveOrNode: Node, @unchecked Sendable {
    let lhs: Node, rhs: Node
    init(_ l: Node, _ r: Node) {
        lhs = l
        rhs = r
    }
    override func eval(_ f: inout Frame) -> CELValue {
        let a = lhs.eval(&f)
        let b = rhs.eval(&f)
        switch (a, b) {
        case (.bool(true), _): return a
        case (_, .bool(true)): return b
        case (.bool(false), .bool(false)): return b
        case (.error, _): return a
        case (.bool(false), .error): return b
        default: return Ops.noOverload("_||_", a, b)
        }
    }
}
