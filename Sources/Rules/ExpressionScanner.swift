/// A light lexical scan of a CEL expression's text — enough to find what a rule refers to
/// (`params.NAME`, fact roots) and to split a condition at its top-level `&&` or `||` for
/// explanations. It is not a parser: the CEL module parses; this only reads tokens, skipping
/// string literals.
struct ExpressionScanner {
    enum Kind: Equatable {
        case identifier(String)
        case symbol(String)
        case literal
    }

    struct Token {
        let kind: Kind
        /// Offsets in Unicode scalars (`end` exclusive).
        let start: Int
        let end: Int
    }

    let scalars: [Unicode.Scalar]
    private(set) var tokens: [Token] = []

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        tokens = Self.tokenize(scalars)
    }

    static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z")
    }

    static func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
        isIdentifierStart(c) || (c >= "0" && c <= "9")
    }

    static func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                i += 1
                continue
            }
            if c == "/", i + 1 < s.count, s[i + 1] == "/" {
                while i < s.count, s[i] != "\n" { i += 1 }
                continue
            }
            // String and bytes literals, with r/b prefixes and triple quotes.
            if let quoteAt = stringStart(s, i) {
                let raw = s[i..<quoteAt].contains { $0 == "r" || $0 == "R" }
                let quote = s[quoteAt]
                let triple = quoteAt + 2 < s.count && s[quoteAt + 1] == quote && s[quoteAt + 2] == quote
                var k = quoteAt + (triple ? 3 : 1)
                while k < s.count {
                    if !raw, s[k] == "\\" {
                        k += 2
                        continue
                    }
                    if triple {
                        if s[k] == quote, k + 2 < s.count, s[k + 1] == quote, s[k + 2] == quote {
                            k += 3
                            break
                        }
                    } else if s[k] == quote {
                        k += 1
                        break
                    }
                    k += 1
                }
                let end = min(k, s.count)
                tokens.append(Token(kind: .literal, start: i, end: end))
                i = end
                continue
            }
            if isIdentifierStart(c) {
                var k = i + 1
                while k < s.count, isIdentifierPart(s[k]) { k += 1 }
                var name = String.UnicodeScalarView()
                name.append(contentsOf: s[i..<k])
                tokens.append(Token(kind: .identifier(String(name)), start: i, end: k))
                i = k
                continue
            }
            if c >= "0" && c <= "9" {
                var k = i + 1
                while k < s.count, isIdentifierPart(s[k]) || s[k] == "." { k += 1 }
                tokens.append(Token(kind: .literal, start: i, end: k))
                i = k
                continue
            }
            if i + 1 < s.count {
                let pair = String(Character(c)) + String(Character(s[i + 1]))
                if ["&&", "||", "==", "!=", "<=", ">="].contains(pair) {
                    tokens.append(Token(kind: .symbol(pair), start: i, end: i + 2))
                    i += 2
                    continue
                }
            }
            tokens.append(Token(kind: .symbol(String(Character(c))), start: i, end: i + 1))
            i += 1
        }
        return tokens
    }

    /// Where the quote of a string literal starting at `i` is (after at most two r/b prefix
    /// letters), or nil if no literal starts there.
    static func stringStart(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        var j = i
        while j < s.count, j - i < 2, "rRbB".unicodeScalars.contains(s[j]) { j += 1 }
        guard j < s.count, s[j] == "'" || s[j] == "\"" else { return nil }
        if i > 0, isIdentifierPart(s[i - 1]) { return nil }
        return j
    }

    /// Namespaces of CEL's extension functions (`math.greatest`, `optional.of`, …).
    static let namespaces: Set<String> = ["math", "strings", "base64", "sets", "lists", "optional", "cel", "encoders"]

    /// Macros and `cel.bind` whose first argument names a local variable.
    static let bindingCalls: Set<String> = [
        "all", "exists", "exists_one", "existsOne", "map", "filter", "bind", "transformList", "transformMap",
        "sortBy",
    ]

    /// The root names the expression reads (an identifier not after `.`, not called, not a
    /// keyword, not a macro's local variable), with the offset of each first use.
    func rootReferences() -> [(name: String, offset: Int)] {
        var locals: Set<String> = []
        for (index, token) in tokens.enumerated() {
            guard case .identifier(let name) = token.kind, Self.bindingCalls.contains(name),
                index + 3 < tokens.count, tokens[index + 1].kind == .symbol("("),
                case .identifier(let local) = tokens[index + 2].kind, tokens[index + 3].kind == .symbol(",")
            else { continue }
            locals.insert(local)
            // transformMap(k, v, …) and two-variable comprehensions bind a second name.
            if index + 5 < tokens.count, case .identifier(let second) = tokens[index + 4].kind,
                tokens[index + 5].kind == .symbol(",")
            {
                locals.insert(second)
            }
        }
        var out: [(String, Int)] = []
        var seen: Set<String> = []
        for (index, token) in tokens.enumerated() {
            guard case .identifier(let name) = token.kind else { continue }
            if index > 0, tokens[index - 1].kind == .symbol(".") { continue }
            if index + 1 < tokens.count, tokens[index + 1].kind == .symbol("(") { continue }
            if ["true", "false", "null", "in"].contains(name) || locals.contains(name) { continue }
            // A namespaced function: `math.greatest(…)`, `strings.quote(…)`.
            if Self.namespaces.contains(name), index + 3 < tokens.count, tokens[index + 1].kind == .symbol("."),
                tokens[index + 3].kind == .symbol("(")
            {
                continue
            }
            // A map literal's key `{a: 1}` is an expression in CEL too: treat it like any read.
            if !seen.contains(name) {
                seen.insert(name)
                out.append((name, token.start))
            }
        }
        return out
    }

    /// The parameters read as `params.NAME`, with the offset of each first use (of `NAME`).
    func parameterReferences() -> [(name: String, offset: Int)] {
        var out: [(String, Int)] = []
        var seen: Set<String> = []
        for (index, token) in tokens.enumerated() {
            guard token.kind == .identifier("params"), index + 2 < tokens.count,
                index == 0 || tokens[index - 1].kind != .symbol("."),
                tokens[index + 1].kind == .symbol("."), case .identifier(let name) = tokens[index + 2].kind
            else { continue }
            if !seen.contains(name) {
                seen.insert(name)
                out.append((name, tokens[index + 2].start))
            }
        }
        return out
    }

    /// The operands of the expression's top-level `||` (or, when there is none, `&&`), as
    /// scalar ranges with surrounding whitespace and enclosing parentheses removed. Empty when
    /// the expression is not such a chain (or has a top-level `?:`, which binds looser).
    func topLevelOperands() -> (op: String, operands: [Range<Int>])? {
        topLevelOperands(in: 0..<tokens.count)
    }

    func topLevelOperands(in tokenRange: Range<Int>) -> (op: String, operands: [Range<Int>])? {
        var range = tokenRange
        // Strip parentheses that enclose the whole range.
        while range.count >= 2, tokens[range.lowerBound].kind == .symbol("("),
            matchingClose(of: range.lowerBound, limit: range.upperBound) == range.upperBound - 1
        {
            range = (range.lowerBound + 1)..<(range.upperBound - 1)
        }
        var depth = 0
        var orSplits: [Int] = []
        var andSplits: [Int] = []
        for index in range {
            switch tokens[index].kind {
            case .symbol("("), .symbol("["), .symbol("{"): depth += 1
            case .symbol(")"), .symbol("]"), .symbol("}"): depth -= 1
            case .symbol("?") where depth == 0: return nil
            case .symbol("||") where depth == 0: orSplits.append(index)
            case .symbol("&&") where depth == 0: andSplits.append(index)
            default: break
            }
        }
        let (op, splits) = !orSplits.isEmpty ? ("||", orSplits) : ("&&", andSplits)
        guard !splits.isEmpty else { return nil }
        var operands: [Range<Int>] = []
        var start = range.lowerBound
        for split in splits + [range.upperBound] {
            guard start < split else { return nil }
            operands.append(scalarRange(of: start..<split))
            start = split + 1
        }
        return (op, operands)
    }

    /// The scalar range of a token range with enclosing parentheses removed.
    func scalarRange(of range: Range<Int>) -> Range<Int> {
        var r = range
        while r.count >= 2, tokens[r.lowerBound].kind == .symbol("("),
            matchingClose(of: r.lowerBound, limit: r.upperBound) == r.upperBound - 1
        {
            r = (r.lowerBound + 1)..<(r.upperBound - 1)
        }
        return tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end
    }

    func matchingClose(of open: Int, limit: Int) -> Int? {
        var depth = 0
        for index in open..<limit {
            switch tokens[index].kind {
            case .symbol("("), .symbol("["), .symbol("{"): depth += 1
            case .symbol(")"), .symbol("]"), .symbol("}"):
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        return nil
    }
}
