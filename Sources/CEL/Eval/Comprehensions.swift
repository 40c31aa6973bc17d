/// The macros compiled to dedicated loops: `all`, `exists`, `exists_one`, `map`,
/// `filter`, their two-variable forms, `transformList`/`transformMap`, `cel.bind`,
/// and `optMap`/`optFlatMap`. Each iteration costs one unit of the budget.

enum MacroKind: Sendable { case all, exists, existsOne, map, filter, transformList, transformMap, transformMapEntry }

final class ComprehensionNode: Node, @unchecked Sendable {
    let kind: MacroKind
    let range: Node
    /// Local slot of the first variable (element, or index/key in two-variable form).
    let first: Int
    /// Local slot of the second variable (element/value) in two-variable form.
    let second: Int?
    let predicate: Node?  // filter condition (filter, 3-arg map, 4-arg transforms)
    let body: Node  // predicate for all/exists/existsOne, transform otherwise
    let name: String

    init(kind: MacroKind, name: String, range: Node, first: Int, second: Int?, predicate: Node?, body: Node) {
        self.kind = kind
        self.name = name
        self.range = range
        self.first = first
        self.second = second
        self.predicate = predicate
        self.body = body
    }

    override func eval(_ f: inout Frame) -> CELValue {
        let r = range.eval(&f)
        // `a` holds the first variable's values, `b` the second's; a two-variable list
        // comprehension has no `a` (the index is made per step), so that evaluating a
        // comprehension that stops at its first element never allocates the whole range.
        let a: [CELValue]
        var b: [CELValue] = []
        let count: Int
        switch r {
        case .error: return r
        case .list(let l):
            if second != nil {
                a = []
                b = l
            } else {
                a = l
            }
            count = l.count
        case .map(let m):
            a = m.keys
            b = m.values
            count = m.count
        default:
            return Library.noOverload(name, [r])
        }
        let twoVar = second != nil
        switch kind {
        case .all, .exists:
            let decisive = kind == .exists
            var firstError: CELValue?
            for i in 0..<count {
                guard f.step() else { return Frame.budgetExceeded }
                bind(&f, a, b, i, twoVar)
                let v = body.eval(&f)
                switch v {
                case .bool(let x): if x == decisive { return v }
                case .error: if firstError == nil { firstError = v }
                default: if firstError == nil { firstError = Library.noOverload(name, [v]) }
                }
            }
            return firstError ?? .bool(!decisive)
        case .existsOne:
            var trues = 0
            for i in 0..<count {
                guard f.step() else { return Frame.budgetExceeded }
                bind(&f, a, b, i, twoVar)
                let v = body.eval(&f)
                switch v {
                case .bool(let x): if x { trues += 1 }
                case .error: return v
                default: return Library.noOverload(name, [v])
                }
            }
            return .bool(trues == 1)
        case .map, .filter, .transformList:
            var out: [CELValue] = []
            for i in 0..<count {
                guard f.step() else { return Frame.budgetExceeded }
                bind(&f, a, b, i, twoVar)
                if let p = predicate {
                    let c = p.eval(&f)
                    switch c {
                    case .bool(false): continue
                    case .bool(true): break
                    case .error: return c
                    default: return Library.noOverload(name, [c])
                    }
                }
                if kind == .filter {
                    out.append(firstValue(a, i))
                    continue
                }
                let v = body.eval(&f)
                if case .error = v { return v }
                out.append(v)
            }
            return .list(out)
        case .transformMap, .transformMapEntry:
            var builder = MapBuilder(capacity: a.count)
            for i in 0..<count {
                guard f.step() else { return Frame.budgetExceeded }
                bind(&f, a, b, i, twoVar)
                if let p = predicate {
                    let c = p.eval(&f)
                    switch c {
                    case .bool(false): continue
                    case .bool(true): break
                    case .error: return c
                    default: return Library.noOverload(name, [c])
                    }
                }
                let v = body.eval(&f)
                if case .error = v { return v }
                if kind == .transformMap {
                    if let e = builder.add(firstValue(a, i), v) { return .error(e) }
                } else {
                    guard case .map(let m) = v else { return Library.noOverload(name, [v]) }
                    guard f.charge(m.count) else { return Frame.budgetExceeded }  // merging walks the entry map
                    for (k, x) in zip(m.keys, m.values) {
                        if let e = builder.add(k, x) { return .error(e) }
                    }
                }
            }
            return .map(builder.build())
        }
    }

    /// The first variable's value at step `i`: the element or key, or the list index.
    @inline(__always)
    private func firstValue(_ a: [CELValue], _ i: Int) -> CELValue {
        i < a.count ? a[i] : .int(Int64(i))  // `a` is empty exactly when the first variable is a list index
    }

    @inline(__always)
    private func bind(_ f: inout Frame, _ a: [CELValue], _ b: [CELValue], _ i: Int, _ twoVar: Bool) {
        f.locals[first] = firstValue(a, i)
        if twoVar, let s = second { f.locals[s] = b[i] }
    }
}

/// `cel.bind(name, init, body)`: evaluates `init` once into a local.
final class BindNode: Node, @unchecked Sendable {
    let slot: Int
    let initial: Node
    let body: Node
    init(slot: Int, initial: Node, body: Node) {
        self.slot = slot
        self.initial = initial
        self.body = body
    }
    override func eval(_ f: inout Frame) -> CELValue {
        f.locals[slot] = initial.eval(&f)
        return body.eval(&f)
    }
}

/// `opt.optMap(x, expr)` and `opt.optFlatMap(x, expr)`.
final class OptMapNode: Node, @unchecked Sendable {
    let target: Node
    let slot: Int
    let body: Node
    let flat: Bool
    init(target: Node, slot: Int, body: Node, flat: Bool) {
        self.target = target
        self.slot = slot
        self.body = body
        self.flat = flat
    }
    override func eval(_ f: inout Frame) -> CELValue {
        let t = target.eval(&f)
        guard case .optional(let o) = t else {
            if case .error = t { return t }
            return Library.noOverload(flat ? "optFlatMap" : "optMap", [t])
        }
        guard let inner = o else { return t }
        f.locals[slot] = inner
        let v = body.eval(&f)
        if case .error = v { return v }
        if flat {
            guard case .optional = v else { return Library.noOverload("optFlatMap", [v]) }
            return v
        }
        return .optional(v)
    }
}
