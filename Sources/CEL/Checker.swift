/// A light static check that runs when variable types are declared
/// (`CELOptions.types`). It infers types bottom-up where they are known and rejects
/// operator applications that can never succeed at runtime — e.g. `median * 0.85`
/// with `median` declared `int` (CEL has no implicit int→double conversion) — so a rule
/// author sees a compile error with a caret instead of a `no_such_overload` value
/// later. Anything not known statically (`dyn`, map values, function results it does
/// not model) is left to the dynamic evaluator.
struct Checker {
    let source: Source
    let types: [String: CELType]
    var locals: [String] = []

    init(source: Source, types: [String: CELType]) {
        self.source = source
        self.types = types
    }

    func fail(_ message: String, _ e: Expr) -> CELError {
        CELError(.noMatchingOverload, message, at: e.range.lowerBound, in: source)
    }

    static let numeric: Set<CELType> = [.int, .uint, .double]

    static let macroNames: Set<String> = [
        "all", "exists", "exists_one", "existsOne", "map", "filter", "transformList", "transformMap",
        "transformMapEntry", "optMap", "optFlatMap",
    ]

    static let resultTypes: [String: CELType] = [
        "size": .int, "int": .int, "uint": .uint, "double": .double, "string": .string, "bytes": .bytes,
        "bool": .bool, "timestamp": .timestamp, "duration": .duration, "type": .type,
        "contains": .bool, "startsWith": .bool, "endsWith": .bool, "matches": .bool,
        "getFullYear": .int, "getMonth": .int, "getDate": .int, "getDayOfMonth": .int, "getDayOfYear": .int,
        "getDayOfWeek": .int, "getHours": .int, "getMinutes": .int, "getSeconds": .int, "getMilliseconds": .int,
    ]

    /// The static type of `e`, or nil when unknown.
    mutating func check(_ e: Expr) throws -> CELType? {
        switch e.kind {
        case .literal(let v): return v.celType
        case .ident(let name, let rooted):
            if !rooted, locals.contains(name) { return nil }
            if let t = types[name] { return t }
            return CELType.builtins[name] != nil ? .type : nil
        case .select(let operand, let field, let optional):
            if !optional, let q = e.qualifiedName, let t = qualifiedType(q) { return t }
            let t = try check(operand)
            if let t, !optional, ![CELType.map, .optional].contains(t), CELType.builtins[t.name] != nil {
                throw fail("type '\(t.name)' does not support field selection ('.\(field)')", e)
            }
            return nil
        case .index(let operand, let key, _):
            _ = try check(operand)
            _ = try check(key)
            return nil
        case .unary(let op, let operand):
            let t = try check(operand)
            switch op {
            case .not:
                if let t, t != .bool { throw fail("no matching overload for '!_' applied to (\(t.name))", e) }
                return .bool
            case .negate:
                if let t, ![CELType.int, .double].contains(t) {
                    throw fail("no matching overload for '-_' applied to (\(t.name))", e)
                }
                return t
            }
        case .binary(let op, let l, let r):
            return try binary(op, try check(l), try check(r), e)
        case .conditional(let c, let a, let b):
            if let t = try check(c), t != .bool {
                throw fail("no matching overload for '_?_:_' applied to a condition of type \(t.name)", c)
            }
            let ta = try check(a)
            let tb = try check(b)
            return ta == tb ? ta : nil
        case .list(let elems, _):
            for x in elems { _ = try check(x) }
            return .list
        case .map(let entries):
            for en in entries {
                _ = try check(en.key)
                _ = try check(en.value)
            }
            return .map
        case .message(let name, let fields):
            for f in fields { _ = try check(f.value) }
            return CELType(name.hasPrefix(".") ? String(name.dropFirst()) : name)
        case .call(let target, let name, let args):
            return try call(target, name, args)
        }
    }

    func qualifiedType(_ q: String) -> CELType? {
        if let t = types[q] { return t }
        if CELType.builtins[q] != nil { return .type }
        return nil
    }

    mutating func call(_ target: Expr?, _ name: String, _ args: [Expr]) throws -> CELType? {
        if target == nil, name == "has" {
            for a in args { _ = try check(a) }
            return .bool
        }
        if let t = target, Checker.macroNames.contains(name) || (name == "bind" && t.qualifiedName == "cel"),
            let first = args.first, case .ident(let v, false) = first.kind
        {
            if name != "bind" { _ = try check(t) }
            var bound = [v]
            var rest = args.dropFirst()
            if let second = rest.first, rest.count >= 2,
                [
                    "all", "exists", "existsOne", "exists_one",
                    "transformList", "transformMap", "transformMapEntry",
                ].contains(name),
                case .ident(let w, false) = second.kind, args.count >= 3
            {
                bound.append(w)
                rest = rest.dropFirst()
            }
            if name == "bind", let initial = rest.first {
                _ = try check(initial)
                rest = rest.dropFirst()
            }
            locals.append(contentsOf: bound)
            defer { locals.removeLast(bound.count) }
            for a in rest { _ = try check(a) }
            switch name {
            case "all", "exists", "exists_one", "existsOne": return .bool
            case "map", "filter", "transformList": return .list
            case "transformMap", "transformMapEntry": return .map
            default: return nil
            }
        }
        if let t = target { _ = try check(t) }
        for a in args { _ = try check(a) }
        return Checker.resultTypes[name]
    }

    func binary(_ op: BinaryOp, _ l: CELType?, _ r: CELType?, _ e: Expr) throws -> CELType? {
        func mismatch() -> CELError {
            fail("no matching overload for '_\(op.rawValue)_' applied to (\(l?.name ?? "dyn"), \(r?.name ?? "dyn"))", e)
        }
        switch op {
        case .and, .or:
            if let l, l != .bool { throw mismatch() }
            if let r, r != .bool { throw mismatch() }
            return .bool
        case .eq, .ne, .in:
            return .bool
        case .lt, .le, .gt, .ge:
            guard let l, let r else { return .bool }
            if Checker.numeric.contains(l) && Checker.numeric.contains(r) { return .bool }
            if l == r, [CELType.string, .bytes, .bool, .timestamp, .duration].contains(l) { return .bool }
            throw mismatch()
        case .add, .sub, .mul, .div, .mod:
            guard let l, let r else { return nil }
            let allowed: [(CELType, CELType, CELType)]
            switch op {
            case .add:
                allowed = [
                    (.int, .int, .int), (.uint, .uint, .uint), (.double, .double, .double),
                    (.string, .string, .string), (.bytes, .bytes, .bytes), (.list, .list, .list),
                    (.timestamp, .duration, .timestamp), (.duration, .timestamp, .timestamp),
                    (.duration, .duration, .duration),
                ]
            case .sub:
                allowed = [
                    (.int, .int, .int), (.uint, .uint, .uint), (.double, .double, .double),
                    (.timestamp, .timestamp, .duration), (.timestamp, .duration, .timestamp),
                    (.duration, .duration, .duration),
                ]
            case .mod:
                allowed = [(.int, .int, .int), (.uint, .uint, .uint)]
            default:
                allowed = [(.int, .int, .int), (.uint, .uint, .uint), (.double, .double, .double)]
            }
            for (a, b, res) in allowed where a == l && b == r { return res }
            throw mismatch()
        }
    }
}
