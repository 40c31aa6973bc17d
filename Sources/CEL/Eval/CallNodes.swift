/// Function calls resolved at compile time to closures of fixed arity.

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
        case .string(let s): return regex.matches(s)
        case .error: return v
        default: return Library.noOverload("matches", [v])
        }
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
