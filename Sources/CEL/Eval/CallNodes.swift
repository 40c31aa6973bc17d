/// Function calls resolved at compile time to closures of fixed arity.
///
/// Every string function reads its string arguments in full (most convert them to code
/// points first) and writes its result, so each call charges the bytes of its string and
/// bytes arguments before the call and those of its result after it (`Cost.data`). Without
/// that, a comprehension of a million steps over a 16 MiB string would do 16 TB of work on
/// a budget that only counted the steps. Functions that walk list elements are `.costed`
/// and charge their own walk.

extension Cost {
    /// Units for the string or bytes data of a value (0 for anything else).
    @inline(__always)
    static func data(_ v: CELValue) -> Int {
        switch v {
        case .string(let s): return s.utf8.count / bytesPerUnit
        case .bytes(let b): return b.count / bytesPerUnit
        default: return 0
        }
    }

    /// Charges a call's result; a limit error replaces it once the budget is spent.
    @inline(__always)
    static func result(_ v: CELValue, _ f: inout Frame) -> CELValue {
        f.charge(data(v)) ? v : Frame.budgetExceeded
    }
}

final class Call1Node: Node, @unchecked Sendable {
    let fn: @Sendable (CELValue) -> CELValue
    let a: Node
    init(_ fn: @escaping @Sendable (CELValue) -> CELValue, _ a: Node) {
        self.fn = fn
        self.a = a
    }
    override func eval(_ f: inout Frame) -> CELValue {
        let x = a.eval(&f)
        if case .error = x { return x }
        guard f.charge(Cost.data(x)) else { return Frame.budgetExceeded }
        return Cost.result(fn(x), &f)
    }
}

final class Call2Node: Node, @unchecked Sendable {
    let fn: @Sendable (CELValue, CELValue) -> CELValue
    let a: Node, b: Node
    init(_ fn: @escaping @Sendable (CELValue, CELValue) -> CELValue, _ a: Node, _ b: Node) {
        self.fn = fn
        self.a = a
        self.b = b
    }
    override func eval(_ f: inout Frame) -> CELValue {
        let x = a.eval(&f)
        if case .error = x { return x }
        let y = b.eval(&f)
        if case .error = y { return y }
        guard f.charge(Cost.data(x) + Cost.data(y)) else { return Frame.budgetExceeded }
        return Cost.result(fn(x, y), &f)
    }
}

final class Call3Node: Node, @unchecked Sendable {
    let fn: @Sendable (CELValue, CELValue, CELValue) -> CELValue
    let a: Node, b: Node, c: Node
    init(_ fn: @escaping @Sendable (CELValue, CELValue, CELValue) -> CELValue, _ a: Node, _ b: Node, _ c: Node) {
        self.fn = fn
        self.a = a
        self.b = b
        self.c = c
    }
    override func eval(_ f: inout Frame) -> CELValue {
        let x = a.eval(&f)
        if case .error = x { return x }
        let y = b.eval(&f)
        if case .error = y { return y }
        let z = c.eval(&f)
        if case .error = z { return z }
        guard f.charge(Cost.data(x) + Cost.data(y) + Cost.data(z)) else { return Frame.budgetExceeded }
        return Cost.result(fn(x, y, z), &f)
    }
}

final class CallNNode: Node, @unchecked Sendable {
    let fn: @Sendable ([CELValue]) -> CELValue
    let args: [Node]
    init(_ fn: @escaping @Sendable ([CELValue]) -> CELValue, _ args: [Node]) {
        self.fn = fn
        self.args = args
    }
    override func eval(_ f: inout Frame) -> CELValue {
        var vals: [CELValue] = []
        vals.reserveCapacity(args.count)
        var units = 0
        for a in args {
            let v = a.eval(&f)
            if case .error = v { return v }
            units += Cost.data(v)
            vals.append(v)
        }
        guard f.charge(units) else { return Frame.budgetExceeded }
        return Cost.result(fn(vals), &f)
    }
}

/// A call to a `.costed` function: it is handed the budget and charges its own walk.
final class CostedCallNode: Node, @unchecked Sendable {
    let fn: @Sendable ([CELValue], inout Int) -> CELValue
    let args: [Node]
    init(_ fn: @escaping @Sendable ([CELValue], inout Int) -> CELValue, _ args: [Node]) {
        self.fn = fn
        self.args = args
    }
    override func eval(_ f: inout Frame) -> CELValue {
        var vals: [CELValue] = []
        vals.reserveCapacity(args.count)
        for a in args {
            let v = a.eval(&f)
            if case .error = v { return v }
            vals.append(v)
        }
        let r = fn(vals, &f.budget)
        return f.budget < 0 ? Frame.budgetExceeded : r
    }
}

/// `s.matches(re)` with a constant pattern compiled once.
final class MatchesNode: Node, @unchecked Sendable {
    let subject: Node
    let regex: CompiledRegex
    init(_ s: Node, _ r: CompiledRegex) {
        subject = s
        regex = r
    }
    override func eval(_ f: inout Frame) -> CELValue {
        let v = subject.eval(&f)
        switch v {
        case .string(let s):
            // RE2 runs in time linear in the text: charge it like any other read.
            guard f.charge(s.utf8.count / Cost.bytesPerUnit) else { return Frame.budgetExceeded }
            return regex.matches(s)
        case .error: return v
        default: return Library.noOverload("matches", [v])
        }
    }
}

/// Returns a fixed error without evaluating anything (unknown function, bad arity).
final class ErrorNode: Node, @unchecked Sendable {
    let error: CELValue
    let args: [Node]
    init(_ e: CELError, args: [Node]) {
        error = .error(e)
        self.args = args
    }
    override func eval(_ f: inout Frame) -> CELValue {
        for a in args {
            let v = a.eval(&f)
            if case .error = v { return v }
        }
        return error
    }
}
