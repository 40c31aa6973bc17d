/// Recursive-descent parser for the CEL grammar (langdef "Syntax").
///
/// Recursion happens only when an expression nests (parentheses, lists, maps, call
/// arguments, indexes, the `?:` else-branch), and each nesting is counted against
/// `maxDepth`, so hostile input such as 10,000 `(` yields an error, not a stack
/// overflow. Chains of `&&`/`||` are built balanced, other left-associative chains
/// left-deep; every node's height is checked against the same limit so that the
/// evaluator's recursion is bounded too.
struct Parser {
    let source: Source
    let tokens: [Token]
    let maxDepth: Int
    var pos = 0
    var depth = 0
    var nextID = 1

    init(source: Source, tokens: [Token], maxDepth: Int) {
        self.source = source
        self.tokens = tokens
        self.maxDepth = maxDepth
    }

    static func parse(_ source: Source, maxDepth: Int) throws -> Expr {
        var lexer = Lexer(source)
        let tokens = try lexer.tokenize()
        var p = Parser(source: source, tokens: tokens, maxDepth: maxDepth)
        let e = try p.parseExpr()
        if p.current.kind != .eof {
            throw p.error("unexpected \(p.describe(p.current))", p.current.start)
        }
        return e
    }

    var current: Token { tokens[min(pos, tokens.count - 1)] }

    func error(_ message: String, _ at: Int) -> CELError {
        CELError(.syntax, message, at: at, in: source)
    }

    func describe(_ t: Token) -> String {
        switch t.kind {
        case .eof: return "end of input"
        case .punct(let p): return "'\(p)'"
        case .ident(let n): return "'\(n)'"
        default: return "'\(source.slice(t.start..<t.end))'"
        }
    }

    mutating func advance() -> Token {
        let t = current
        if pos < tokens.count - 1 { pos += 1 }
        return t
    }

    mutating func accept(_ p: String) -> Bool {
        if current.isPunct(p) {
            pos += 1
            return true
        }
        return false
    }

    mutating func expect(_ p: String) throws -> Token {
        guard current.isPunct(p) else {
            throw error("expected '\(p)' but found \(describe(current))", current.start)
        }
        return advance()
    }

    mutating func make(_ kind: Expr.Kind, _ range: Range<Int>, children: [Expr]) throws -> Expr {
        let h = 1 + (children.map(\.height).max() ?? 0)
        if h > maxDepth {
            throw CELError(
                .limit, "expression nesting exceeds the limit of \(maxDepth)", at: range.lowerBound, in: source)
        }
        defer { nextID += 1 }
        return Expr(id: nextID, range: range, height: h, kind: kind)
    }

    mutating func enter() throws {
        depth += 1
        if depth > maxDepth {
            throw CELError(.limit, "expression nesting exceeds the limit of \(maxDepth)", at: current.start, in: source)
        }
    }

    // Expr = ConditionalOr ["?" ConditionalOr ":" Expr]
    mutating func parseExpr() throws -> Expr {
        try enter()
        defer { depth -= 1 }
        let cond = try parseLogical(or: true)
        guard accept("?") else { return cond }
        let a = try parseLogical(or: true)
        _ = try expect(":")
        let b = try parseExpr()
        return try make(.conditional(cond, a, b), cond.range.lowerBound..<b.range.upperBound, children: [cond, a, b])
    }

    /// `||` of `&&` of relations, built as balanced trees.
    mutating func parseLogical(or: Bool) throws -> Expr {
        var terms = [try or ? parseLogical(or: false) : parseRelation()]
        let op = or ? "||" : "&&"
        while accept(op) {
            terms.append(try or ? parseLogical(or: false) : parseRelation())
        }
        return try balance(terms[...], op: or ? .or : .and)
    }

    mutating func balance(_ terms: ArraySlice<Expr>, op: BinaryOp) throws -> Expr {
        if terms.count == 1, let only = terms.first { return only }
        let mid = terms.startIndex + terms.count / 2
        let l = try balance(terms[terms.startIndex..<mid], op: op)
        let r = try balance(terms[mid...], op: op)
        return try make(.binary(op, l, r), l.range.lowerBound..<r.range.upperBound, children: [l, r])
    }

    mutating func parseRelation() throws -> Expr {
        var l = try parseAddition()
        while true {
            let op: BinaryOp
            switch current.kind {
            case .punct("<"): op = .lt
            case .punct("<="): op = .le
            case .punct(">"): op = .gt
            case .punct(">="): op = .ge
            case .punct("=="): op = .eq
            case .punct("!="): op = .ne
            case .ident("in"): op = .in
            default: return l
            }
            _ = advance()
            let r = try parseAddition()
            l = try make(.binary(op, l, r), l.range.lowerBound..<r.range.upperBound, children: [l, r])
        }
    }

    mutating func parseAddition() throws -> Expr {
        var l = try parseMultiplication()
        while true {
            let op: BinaryOp
            if current.isPunct("+") { op = .add } else if current.isPunct("-") { op = .sub } else { return l }
            _ = advance()
            let r = try parseMultiplication()
            l = try make(.binary(op, l, r), l.range.lowerBound..<r.range.upperBound, children: [l, r])
        }
    }

    mutating func parseMultiplication() throws -> Expr {
        var l = try parseUnary()
        while true {
            let op: BinaryOp
            if current.isPunct("*") {
                op = .mul
            } else if current.isPunct("/") {
                op = .div
            } else if current.isPunct("%") {
                op = .mod
            } else {
                return l
            }
            _ = advance()
            let r = try parseUnary()
            l = try make(.binary(op, l, r), l.range.lowerBound..<r.range.upperBound, children: [l, r])
        }
    }

    // Unary = Member | "!" {"!"} Member | "-" {"-"} Member
    mutating func parseUnary() throws -> Expr {
        var ops: [(UnaryOp, Int)] = []
        while true {
            if current.isPunct("!") {
                ops.append((.not, advance().start))
            } else if current.isPunct("-") {
                ops.append((.negate, advance().start))
            } else {
                break
            }
        }
        if ops.isEmpty { return try parseMember() }
        var operand: Expr
        // A negated numeric literal is folded into the literal so that
        // -9223372036854775808 is representable; even runs of '-' cancel out.
        if case .negate = ops.last?.0, case .intLit(let digits, let radix) = current.kind {
            let (negs, first) = takeNegations(&ops)
            let t = advance()
            let text = (negs % 2 == 1 ? "-" : "") + digits
            guard let v = Int64(text, radix: radix) else { throw error("integer literal out of range", t.start) }
            operand = try make(.literal(.int(v)), first..<t.end, children: [])
            operand = try parseMemberSuffix(operand)
        } else if case .negate = ops.last?.0, case .doubleLit(let d) = current.kind {
            let (negs, first) = takeNegations(&ops)
            let t = advance()
            operand = try make(.literal(.double(negs % 2 == 1 ? -d : d)), first..<t.end, children: [])
            operand = try parseMemberSuffix(operand)
        } else {
            operand = try parseMember()
        }
        for (op, start) in ops.reversed() {
            operand = try make(.unary(op, operand), start..<operand.range.upperBound, children: [operand])
        }
        return operand
    }

    /// Removes the trailing run of `-` operators; returns how many and where the first began.
    func takeNegations(_ ops: inout [(UnaryOp, Int)]) -> (Int, Int) {
        var negs = 0
        var first = current.start
        while let last = ops.last, case .negate = last.0 {
            negs += 1
            first = last.1
            ops.removeLast()
        }
        return (negs, first)
    }

    mutating func parseMember() throws -> Expr {
        let p = try parsePrimary()
        return try parseMemberSuffix(p)
    }

    mutating func parseMemberSuffix(_ primary: Expr) throws -> Expr {
        var e = primary
        while true {
            if accept(".") {
                let optional = accept("?")
                let nameTok = advance()
                let name: String
                switch nameTok.kind {
                case .ident(let n): name = n
                case .quotedIdent(let n): name = n
                default: throw error("expected a field name after '.' but found \(describe(nameTok))", nameTok.start)
                }
                if !optional, current.isPunct("(") {
                    if case .quotedIdent = nameTok.kind { throw error("unexpected '('", current.start) }
                    let (args, end) = try parseArgs()
                    e = try make(
                        .call(target: e, name: name, args: args), e.range.lowerBound..<end, children: [e] + args)
                } else {
                    e = try make(.select(e, name, optional: optional), e.range.lowerBound..<nameTok.end, children: [e])
                }
            } else if accept("[") {
                let optional = accept("?")
                try enter()
                let idx = try parseExpr()
                depth -= 1
                let close = try expect("]")
                e = try make(.index(e, idx, optional: optional), e.range.lowerBound..<close.end, children: [e, idx])
            } else if current.isPunct("{"), let name = e.qualifiedName {
                e = try parseMessage(name: name, start: e.range.lowerBound)
            } else {
                return e
            }
        }
    }

    /// `(` [Expr {"," Expr}] [","] `)`, returning the arguments and the end offset.
    mutating func parseArgs() throws -> ([Expr], Int) {
        _ = try expect("(")
        var args: [Expr] = []
        while !current.isPunct(")") {
            args.append(try parseExpr())
            if !accept(",") { break }
        }
        let close = try expect(")")
        return (args, close.end)
    }

    mutating func parsePrimary() throws -> Expr {
        let t = current
        switch t.kind {
        case .intLit(let digits, let radix):
            _ = advance()
            guard let v = Int64(digits, radix: radix) else { throw error("integer literal out of range", t.start) }
            return try make(.literal(.int(v)), t.start..<t.end, children: [])
        case .uintLit(let v):
            _ = advance()
            return try make(.literal(.uint(v)), t.start..<t.end, children: [])
        case .doubleLit(let d):
            _ = advance()
            return try make(.literal(.double(d)), t.start..<t.end, children: [])
        case .stringLit(let s):
            _ = advance()
            return try make(.literal(.string(s)), t.start..<t.end, children: [])
        case .bytesLit(let b):
            _ = advance()
            return try make(.literal(.bytes(b)), t.start..<t.end, children: [])
        case .ident(let name):
            _ = advance()
            return try identOrCall(name, rooted: false, start: t.start, end: t.end)
        case .punct("."):
            _ = advance()
            let n = advance()
            guard case .ident(let name) = n.kind else {
                throw error("expected an identifier after '.' but found \(describe(n))", n.start)
            }
            return try identOrCall(name, rooted: true, start: t.start, end: n.end)
        case .punct("("):
            _ = advance()
            let e = try parseExpr()
            _ = try expect(")")
            return e
        case .punct("["):
            _ = advance()
            var elems: [Expr] = []
            var opts: [Bool] = []
            while !current.isPunct("]") {
                opts.append(accept("?"))
                elems.append(try parseExpr())
                if !accept(",") { break }
            }
            let close = try expect("]")
            return try make(.list(elems, optional: opts), t.start..<close.end, children: elems)
        case .punct("{"):
            _ = advance()
            var entries: [Expr.MapEntry] = []
            var children: [Expr] = []
            while !current.isPunct("}") {
                let opt = accept("?")
                let k = try parseExpr()
                _ = try expect(":")
                let v = try parseExpr()
                entries.append(.init(key: k, value: v, optional: opt))
                children.append(k)
                children.append(v)
                if !accept(",") { break }
            }
            let close = try expect("}")
            return try make(.map(entries), t.start..<close.end, children: children)
        case .eof:
            throw error("unexpected end of input", t.start)
        default:
            throw error("unexpected \(describe(t))", t.start)
        }
    }

    mutating func identOrCall(_ name: String, rooted: Bool, start: Int, end: Int) throws -> Expr {
        switch name {
        case "true", "false", "null":
            if rooted { throw error("reserved identifier '\(name)'", start) }
            let v: CELValue = name == "null" ? .null : .bool(name == "true")
            return try make(.literal(v), start..<end, children: [])
        case "in":
            throw error("unexpected 'in'", start)
        default:
            if Lexer.reserved.contains(name) { throw error("reserved identifier '\(name)'", start) }
        }
        if current.isPunct("(") {
            let (args, close) = try parseArgs()
            return try make(
                .call(target: nil, name: rooted ? "." + name : name, args: args), start..<close, children: args)
        }
        return try make(.ident(name, rooted: rooted), start..<end, children: [])
    }

    mutating func parseMessage(name: String, start: Int) throws -> Expr {
        _ = try expect("{")
        var fields: [Expr.FieldInit] = []
        while !current.isPunct("}") {
            let opt = accept("?")
            let n = advance()
            let field: String
            switch n.kind {
            case .ident(let f): field = f
            case .quotedIdent(let f): field = f
            default: throw error("expected a field name but found \(describe(n))", n.start)
            }
            _ = try expect(":")
            let v = try parseExpr()
            fields.append(.init(name: field, value: v, optional: opt))
            if !accept(",") { break }
        }
        let close = try expect("}")
        return try make(.message(name: name, fields: fields), start..<close.end, children: fields.map(\.value))
    }
}
