extension CELProgram {
    /// `&&` or `||` when the root of the expression is such a chain.
    static func chainOperator(_ e: Expr) -> String? {
        if case .binary(let op, _, _) = e.kind, op == .and || op == .or { return op.rawValue }
        return nil
    }

    /// The operands of the root `&&`/`||` chain (flattening the balanced tree the parser
    /// builds), or the root itself.
    static func clauses(of root: Expr) -> [(id: Int, range: Range<Int>)] {
        guard case .binary(let top, _, _) = root.kind, top == .and || top == .or else {
            return [(root.id, root.range)]
        }
        var out: [(id: Int, range: Range<Int>)] = []
        var stack = [root]
        while let e = stack.popLast() {
            if case .binary(let op, let l, let r) = e.kind, op == top {
                stack.append(r)
                stack.append(l)
            } else {
                out.append((e.id, e.range))
            }
        }
        return out
    }
}
