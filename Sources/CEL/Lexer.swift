/// Splits CEL source into tokens. Works on Unicode scalars so that offsets are the
/// columns reported in diagnostics. String and bytes literals are decoded here,
/// with every escape the spec defines (octal, `\x`, `\u`, `\U`, raw and triple-quoted).
struct Lexer {
    let source: Source
    var chars: [Unicode.Scalar] { source.scalars }
    var pos = 0

    init(_ source: Source) { self.source = source }

    func error(_ message: String, _ at: Int) -> CELError {
        CELError(.syntax, message, at: at, in: source)
    }

    static let reserved: Set<String> = [
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop",
        "package", "namespace", "return", "var", "void", "while",
    ]

    mutating func tokenize() throws -> [Token] {
        var tokens: [Token] = []
        while true {
            let t = try next()
            tokens.append(t)
            if t.kind == .eof { return tokens }
        }
    }

    private func peek(_ k: Int = 0) -> Unicode.Scalar? {
        let i = pos + k
        return i < chars.count ? chars[i] : nil
    }

    private static func isDigit(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return c.value >= 48 && c.value <= 57
    }

    private static func isIdentStart(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122) || c == "_"
    }

    private static func isIdentChar(_ c: Unicode.Scalar?) -> Bool { isIdentStart(c) || isDigit(c) }

    private static func hexValue(_ c: Unicode.Scalar?) -> UInt32? {
        guard let c else { return nil }
        switch c.value {
        case 48...57: return c.value - 48
        case 65...70: return c.value - 55
        case 97...102: return c.value - 87
        default: return nil
        }
    }

    mutating func skipSpace() {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" {
                pos += 1
            } else if c == "/", peek(1) == "/" {
                while let d = peek(), d != "\n", d != "\r" { pos += 1 }
            } else {
                return
            }
        }
    }

    mutating func next() throws -> Token {
        skipSpace()
        let start = pos
        guard let c = peek() else { return Token(kind: .eof, start: pos, end: pos) }
        if Lexer.isIdentStart(c) {
            while Lexer.isIdentChar(peek()) { pos += 1 }
            let word = source.slice(start..<pos)
            if let q = peek(), q == "\"" || q == "'" {
                let lower = word.lowercased()
                if ["r", "b", "br", "rb"].contains(lower) {
                    return try stringLiteral(start: start, raw: lower.contains("r"), bytes: lower.contains("b"))
                }
            }
            return Token(kind: .ident(word), start: start, end: pos)
        }
        if Lexer.isDigit(c) || (c == "." && Lexer.isDigit(peek(1))) {
            return try number(start: start)
        }
        if c == "\"" || c == "'" {
            return try stringLiteral(start: start, raw: false, bytes: false)
        }
        if c == "`" {
            pos += 1
            var name = ""
            while let d = peek(), d != "`" {
                guard d != "\n", d != "\r" else { throw error("unterminated quoted identifier", start) }
                name.unicodeScalars.append(d)
                pos += 1
            }
            guard peek() == "`" else { throw error("unterminated quoted identifier", start) }
            pos += 1
            guard !name.isEmpty else { throw error("empty quoted identifier", start) }
            return Token(kind: .quotedIdent(name), start: start, end: pos)
        }
        let two: String? = peek(1).map { String(c) + String($0) }
        if let two, ["==", "!=", "<=", ">=", "&&", "||"].contains(two) {
            pos += 2
            return Token(kind: .punct(two), start: start, end: pos)
        }
        if "()[]{}.,:?+-*/%!<>".unicodeScalars.contains(c) {
            pos += 1
            return Token(kind: .punct(String(c)), start: start, end: pos)
        }
        if c == "=" || c == "&" || c == "|" {
            throw error("unexpected character '\(c)'", start)
        }
        throw error("unexpected character '\(c.escaped(asASCII: true))'", start)
    }

    mutating func number(start: Int) throws -> Token {
        if peek() == "0", let x = peek(1), x == "x" || x == "X" {
            pos += 2
            let digitsStart = pos
            while Lexer.hexValue(peek()) != nil { pos += 1 }
            guard pos > digitsStart else { throw error("invalid hex literal", start) }
            let digits = source.slice(digitsStart..<pos)
            if let u = peek(), u == "u" || u == "U" {
                pos += 1
                guard let v = UInt64(digits, radix: 16) else { throw error("uint literal out of range", start) }
                return Token(kind: .uintLit(v), start: start, end: pos)
            }
            if Lexer.isIdentChar(peek()) { throw error("invalid number literal", start) }
            return Token(kind: .intLit(digits, radix: 16), start: start, end: pos)
        }
        var isFloat = false
        while Lexer.isDigit(peek()) { pos += 1 }
        if peek() == ".", Lexer.isDigit(peek(1)) {
            isFloat = true
            pos += 1
            while Lexer.isDigit(peek()) { pos += 1 }
        }
        if let e = peek(), e == "e" || e == "E" {
            var k = 1
            if let s = peek(1), s == "+" || s == "-" { k = 2 }
            if Lexer.isDigit(peek(k)) {
                isFloat = true
                pos += k
                while Lexer.isDigit(peek()) { pos += 1 }
            } else {
                throw error("invalid exponent in number literal", start)
            }
        }
        let text = source.slice(start..<pos)
        if isFloat {
            if Lexer.isIdentChar(peek()) { throw error("invalid number literal", start) }
            guard let d = Double(text) else { throw error("invalid double literal", start) }
            return Token(kind: .doubleLit(d), start: start, end: pos)
        }
        if let u = peek(), u == "u" || u == "U" {
            pos += 1
            guard let v = UInt64(text) else { throw error("uint literal out of range", start) }
            return Token(kind: .uintLit(v), start: start, end: pos)
        }
        if Lexer.isIdentChar(peek()) { throw error("invalid number literal", start) }
        return Token(kind: .intLit(text, radix: 10), start: start, end: pos)
    }

    /// Decodes a string or bytes literal whose quote starts at `pos`.
    mutating func stringLiteral(start: Int, raw: Bool, bytes: Bool) throws -> Token {
        guard let q = peek() else { throw error("unterminated string", start) }
        let triple = peek(1) == q && peek(2) == q
        pos += triple ? 3 : 1
        var out: [UInt8] = []
        var text = String.UnicodeScalarView()
        func emit(_ u: Unicode.Scalar) {
            if bytes { out.append(contentsOf: Array(String(u).utf8)) } else { text.append(u) }
        }
        func emitByte(_ b: UInt8) { out.append(b) }
        while true {
            guard let c = peek() else { throw error("unterminated string literal", start) }
            if c == q {
                if !triple {
                    pos += 1
                    break
                }
                if peek(1) == q, peek(2) == q {
                    pos += 3
                    break
                }
            }
            if !triple, c == "\n" || c == "\r" { throw error("newline in string literal", pos) }
            if c == "\\", !raw {
                switch try escape(bytes: bytes) {
                case .scalar(let u): emit(u)
                case .byte(let b): emitByte(b)
                }
                continue
            }
            emit(c)
            pos += 1
        }
        if bytes { return Token(kind: .bytesLit(out), start: start, end: pos) }
        return Token(kind: .stringLit(String(text)), start: start, end: pos)
    }

    /// Decodes one escape sequence starting at the backslash.
    enum Escaped {
        case scalar(Unicode.Scalar)
        case byte(UInt8)
    }

    private mutating func escape(bytes: Bool) throws -> Escaped {
        let at = pos
        pos += 1
        guard let e = peek() else { throw error("unterminated escape sequence", at) }
        pos += 1
        switch e {
        case "\\", "?", "\"", "'", "`": return .scalar(e)
        case "a": return .scalar("\u{07}")
        case "b": return .scalar("\u{08}")
        case "f": return .scalar("\u{0C}")
        case "n": return .scalar("\n")
        case "r": return .scalar("\r")
        case "t": return .scalar("\t")
        case "v": return .scalar("\u{0B}")
        case "x", "X", "u", "U":
            let n = (e == "x" || e == "X") ? 2 : (e == "u" ? 4 : 8)
            if bytes, e == "u" || e == "U" { throw error("\\\(e) escape not allowed in bytes literal", at) }
            var v: UInt32 = 0
            for _ in 0..<n {
                guard let h = Lexer.hexValue(peek()) else { throw error("invalid escape sequence", at) }
                v = v &* 16 &+ h
                pos += 1
            }
            if bytes { return .byte(UInt8(v)) }
            guard let u = Unicode.Scalar(v) else { throw error("invalid unicode code point in escape", at) }
            return .scalar(u)
        case "0", "1", "2", "3":
            var v = e.value - 48
            for _ in 0..<2 {
                guard let o = peek(), o.value >= 48, o.value <= 55 else { throw error("invalid octal escape", at) }
                v = v * 8 + (o.value - 48)
                pos += 1
            }
            if bytes { return .byte(UInt8(v)) }
            guard let u = Unicode.Scalar(v) else { throw error("invalid octal escape", at) }
            return .scalar(u)
        default:
            throw error("invalid escape sequence '\\\(e)'", at)
        }
    }
}
