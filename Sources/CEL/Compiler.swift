/// Turns the AST into a tree of `Node`s. Everything that can be decided before
/// evaluation is decided here: identifiers become slot or local indexes, function
/// names become closures chosen by arity, macros become dedicated loop nodes, and
/// constant `matches` patterns are compiled once.
struct Compiler {
    struct TraceInfo: Sendable {
        let range: Range<Int>
        let variablePath: String?
    }

    let source: Source
    let declared: [String: Int]
    let tracing: Bool
    /// Comprehension variables in scope, innermost last.
    var locals: [(String, Int)] = []
    /// Container scopes for name resolution (see `scopes(container:)`).
    let scopes: [String]
    var localCount = 0
    var info: [Int: TraceInfo] = [:]
    /// Variable names and dotted paths the expression reads (outside comprehensions).
    var references: Set<String> = []
    /// Constant `matches` patterns compiled so far, by pattern: handed from the plain to the
    /// traced compilation so each pattern of a program is compiled by RE2 once.
    var regexes: [String: CompiledRegex] = [:]

    init(source: Source, declared: [String: Int], tracing: Bool, container: String = "") {
        self.source = source
        self.declared = declared
        self.tracing = tracing
        self.scopes = Compiler.scopes(container: container)
    }

    func error(_ message: String, _ e: Expr) -> CELError {
        CELError(.syntax, message, at: e.range.lowerBound, in: source)
    }

    mutating func compile(_ e: Expr) throws -> Node {
        let (node, path) = try compileInner(e)
        guard tracing else { return Folding.fold(node) ?? node }
        info[e.id] = TraceInfo(range: e.range, variablePath: path)
        return TraceNode(node, id: e.id)
    }

    func local(_ name: String) -> Int? {
        for (n, slot) in locals.reversed() where n == name { return slot }
        return nil
    }

    mutating func newLocal() -> Int {
        defer { localCount += 1 }
        return localCount
    }

    /// Returns the node and, for variable reads, the dotted path read.
    mutating func compileInner(_ e: Expr) throws -> (Node, String?) {
        switch e.kind {
        case .literal(let v):
            return (ConstNode(v), nil)
        case .ident(let name, let rooted):
            if !rooted, let slot = local(name) { return (LocalNode(slot), nil) }
            if CELType.builtins[name] == nil { references.insert(name) }
            return (resolve([name], rooted: rooted), name)
        case .select(let operand, let field, let optional):
            if !optional, let q = e.qualifiedName {
                let rooted = q.hasPrefix(".")
                let comps = (rooted ? String(q.dropFirst()) : q).split(separator: ".").map(String.init)
                if let root = comps.first, rooted || local(root) == nil {
                    let path = comps.joined(separator: ".")
                    if CELType.builtins[path] == nil { references.insert(path) }
                    return (resolve(comps, rooted: rooted), path)
                }
            }
            return (SelectNode(try compile(operand), field, optional: optional), nil)
        case .index(let operand, let key, let optional):
            return (IndexNode(try compile(operand), try compile(key), optional: optional), nil)
        case .unary(let op, let operand):
            let o = try compile(operand)
            return (op == .not ? NotNode(o) : NegateNode(o), nil)
        case .binary(let op, let l, let r):
            let a = try compile(l)
            let b = try compile(r)
            switch op {
            case .and: return (tracing ? ExhaustiveAndNode(a, b) : AndNode(a, b), nil)
            case .or: return (tracing ? ExhaustiveOrNode(a, b) : OrNode(a, b), nil)
            default: return (BinaryNode.make(op, a, b), nil)
            }
        case .conditional(let c, let t, let o):
            return (ConditionalNode(try compile(c), try compile(t), try compile(o)), nil)
        case .list(let elems, let opts):
            return (ListNode(try elems.map { try compile($0) }, optional: opts), nil)
        case .map(let entries):
            var keys: [Node] = []
            var values: [Node] = []
            for en in entries {
                keys.append(try compile(en.key))
                values.append(try compile(en.value))
            }
            return (MapNode(keys: keys, values: values, optional: entries.map(\.optional)), nil)
        case .message(let name, let fields):
            let typeName = name.hasPrefix(".") ? String(name.dropFirst()) : name
            return (
                MessageNode(
                    typeName, names: fields.map(\.name), values: try fields.map { try compile($0.value) },
                    optional: fields.map(\.optional)), nil
            )
        case .call(let target, let name, let args):
            return (try compileCall(e, target: target, name: name, args: args), nil)
        }
    }

    /// A (possibly qualified) name not bound to a comprehension variable: the longest
    /// declared prefix becomes a slot read plus field selections; otherwise the name
    /// is looked up in the dynamic bindings, falling back to a built-in type name.
    func resolve(_ comps: [String], rooted: Bool) -> Node {
        let scopes = rooted ? [""] : self.scopes
        for n in stride(from: comps.count, through: 1, by: -1) {
            let prefix = comps[0..<n].joined(separator: ".")
            for scope in scopes {
                if let slot = declared[scope + prefix] {
                    var node: Node = SlotNode(slot, name: scope + prefix)
                    for f in comps[n...] { node = SelectNode(node, f, optional: false) }
                    return node
                }
            }
        }
        let full = comps.joined(separator: ".")
        return DynamicIdentNode(components: comps, scopes: scopes, fallback: CELType.builtins[full].map { .type($0) })
    }

    /// Name prefixes to try, most specific first: container `a.b` gives `a.b.`, `a.`, ``.
    static func scopes(container: String) -> [String] {
        let parts = container.split(separator: ".").map(String.init)
        var out: [String] = []
        for n in stride(from: parts.count, through: 1, by: -1) {
            out.append(parts[0..<n].joined(separator: ".") + ".")
        }
        return out + [""]
    }

    mutating func compileCall(_ e: Expr, target: Expr?, name: String, args: [Expr]) throws -> Node {
        if target == nil, name == "has" {
            guard args.count == 1, case .select(let operand, let field, let optional) = args[0].kind, !optional else {
                throw error("invalid argument to has() macro", e)
            }
            return HasNode(try compile(operand), field)
        }
        if let t = target {
            if let node = try compileMacro(e, target: t, name: name, args: args) { return node }
            // Namespaced functions (`math.greatest`, `base64.encode`, `optional.of`).
            if let q = t.qualifiedName {
                let root = q.split(separator: ".").first.map(String.init) ?? q
                let qualified = (q.hasPrefix(".") ? String(q.dropFirst()) : q) + "." + name
                if local(root) == nil, declared[root] == nil, Library.exists(qualified) {
                    return try makeCall(e, qualified, args: try args.map { try compile($0) })
                }
            }
            if name == "matches", args.count == 1, case .literal(.string(let p)) = args[0].kind {
                return MatchesNode(try compile(t), try regex(p, args[0]))
            }
            let nodes = try [compile(t)] + args.map { try compile($0) }
            return try makeCall(e, name, args: nodes)
        }
        let fname = name.hasPrefix(".") ? String(name.dropFirst()) : name
        if fname == "matches", args.count == 2, case .literal(.string(let p)) = args[1].kind {
            return MatchesNode(try compile(args[0]), try regex(p, args[1]))
        }
        return try makeCall(e, fname, args: try args.map { try compile($0) })
    }

    /// A constant `matches` pattern, compiled once with the program. An invalid one is a
    /// compile error positioned at the pattern, so `puhui rules check` reports it before any
    /// record is evaluated (a computed pattern can only fail at evaluation).
    mutating func regex(_ pattern: String, _ at: Expr) throws -> CompiledRegex {
        if let re = regexes[pattern] { return re }
        switch CompiledRegex.compile(pattern) {
        case .success(let re):
            regexes[pattern] = re
            return re
        case .failure(let e): throw CELError(.invalidArgument, e.message, at: at.range.lowerBound, in: source)
        }
    }

    func makeCall(_ e: Expr, _ name: String, args: [Node]) throws -> Node {
        guard let fn = Library.lookup(name, arity: args.count) else {
            if Library.exists(name) {
                return ErrorNode(
                    CELError(.noSuchOverload, "no matching overload for '\(name)' with \(args.count) argument(s)"),
                    args: args)
            }
            return ErrorNode(CELError(.unboundFunction, "unbound function: '\(name)'"), args: [])
        }
        switch fn {
        case .unary(let f): return Call1Node(f, args[0])
        case .binary(let f): return Call2Node(f, args[0], args[1])
        case .ternary(let f): return Call3Node(f, args[0], args[1], args[2])
        case .variadic(let f): return CallNNode(f, args)
        case .costed(let f): return CostedCallNode(f, args)
        }
    }

    func varName(_ e: Expr) throws -> String {
        guard case .ident(let n, rooted: false) = e.kind else {
            throw error("argument must be a simple name", e)
        }
        return n
    }

    /// Compiles `body` with `names` bound to fresh locals.
    mutating func withLocals<T>(_ names: [(String, Int)], _ body: (inout Compiler) throws -> T) rethrows -> T {
        locals.append(contentsOf: names)
        defer { locals.removeLast(names.count) }
        return try body(&self)
    }

    mutating func compileMacro(_ e: Expr, target: Expr, name: String, args: [Expr]) throws -> Node? {
        if target.qualifiedName == "cel", name == "bind", args.count == 3, local("cel") == nil {
            let v = try varName(args[0])
            let initial = try compile(args[1])
            let slot = newLocal()
            let body = try withLocals([(v, slot)]) { try $0.compile(args[2]) }
            return BindNode(slot: slot, initial: initial, body: body)
        }
        if name == "optMap" || name == "optFlatMap", args.count == 2 {
            let v = try varName(args[0])
            let t = try compile(target)
            let slot = newLocal()
            let body = try withLocals([(v, slot)]) { try $0.compile(args[1]) }
            return OptMapNode(target: t, slot: slot, body: body, flat: name == "optFlatMap")
        }
        let kind: MacroKind
        var twoVar = false
        var hasFilter = false
        switch (name, args.count) {
        case ("all", 2): kind = .all
        case ("all", 3):
            kind = .all
            twoVar = true
        case ("exists", 2): kind = .exists
        case ("exists", 3):
            kind = .exists
            twoVar = true
        case ("exists_one", 2), ("existsOne", 2): kind = .existsOne
        case ("exists_one", 3), ("existsOne", 3):
            kind = .existsOne
            twoVar = true
        case ("map", 2): kind = .map
        case ("map", 3):
            kind = .map
            hasFilter = true
        case ("filter", 2): kind = .filter
        case ("transformList", 3):
            kind = .transformList
            twoVar = true
        case ("transformList", 4):
            kind = .transformList
            twoVar = true
            hasFilter = true
        case ("transformMap", 3):
            kind = .transformMap
            twoVar = true
        case ("transformMap", 4):
            kind = .transformMap
            twoVar = true
            hasFilter = true
        case ("transformMapEntry", 3):
            kind = .transformMapEntry
            twoVar = true
        case ("transformMapEntry", 4):
            kind = .transformMapEntry
            twoVar = true
            hasFilter = true
        default: return nil
        }
        guard case .ident = args[0].kind else { return nil }
        let v1 = try varName(args[0])
        let v2 = twoVar ? try varName(args[1]) : nil
        let range = try compile(target)
        let s1 = newLocal()
        let s2 = twoVar ? newLocal() : nil
        var names = [(v1, s1)]
        if let v2, let s2 { names.append((v2, s2)) }
        let rest = Array(args[(twoVar ? 2 : 1)...])
        // `filter` has only a predicate (the element itself is kept); `map` with three
        // arguments and the four-argument transforms have a predicate and a transform.
        let (pred, body): (Node?, Node) = try withLocals(names) { c in
            if kind == .filter { return (try c.compile(rest[0]), ConstNode(.null)) }
            if hasFilter { return (try c.compile(rest[0]), try c.compile(rest[1])) }
            return (nil, try c.compile(rest[0]))
        }
        return ComprehensionNode(
            kind: kind, name: name, range: range, first: s1, second: s2,
            predicate: pred, body: body)
    }
}
