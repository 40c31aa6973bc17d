/// Text forms of values: `string(x)` conversions, `%s` formatting, and debug output.
extension CELValue {
    /// The text used by `string(x)` and by `"%s".format([x])`; strings are unquoted.
    var displayString: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .uint(let u): return String(u)
        case .double(let d): return CELValue.formatDouble(d)
        case .string(let s): return s
        case .bytes(let b): return String(decoding: b, as: UTF8.self)
        case .list(let l): return "[" + l.map { $0.displayString }.joined(separator: ", ") + "]"
        case .map(let m):
            let parts = zip(m.keys, m.values).map { ($0.displayString, $1.displayString) }
                .sorted { CELValue.compareUTF8($0.0, $1.0) == .less }
            return "{" + parts.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
        case .type(let t): return t.name
        case .timestamp(let t): return TimeMath.format(t)
        case .duration(let d): return TimeMath.format(d)
        case .optional(let o): return o.map { "optional(\($0.displayString))" } ?? "optional.none()"
        case .object(let o):
            let f = o.fields.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.displayString)" }
            return o.typeName + "{" + f.joined(separator: ", ") + "}"
        case .error(let e): return "error(\(e.message))"
        }
    }

    /// Why a bounded rendering stopped.
    enum RenderStop: Error {
        case budget, size
        case unformattable(CELType)
    }

    /// `displayString` written into `out` with the walk charged to `budget` (one unit per
    /// element or entry, one per 16 bytes written) and `out` never growing past `limit`
    /// UTF-8 bytes: a list that shares one element 2^30 times renders to a gigabyte, so the
    /// size is checked while the text is built, not after. With `formattable` set, values
    /// `%s` cannot print (messages, optionals, errors) stop the walk.
    func render(into out: inout String, budget: inout Int, limit: Int, formattable: Bool = false) throws(RenderStop) {
        func append(_ text: String, _ out: inout String, _ budget: inout Int) throws(RenderStop) {
            budget -= 1 + text.utf8.count / Cost.bytesPerUnit
            if budget < 0 { throw .budget }
            if out.utf8.count + text.utf8.count > limit { throw .size }
            out += text
        }
        switch self {
        case .list(let l):
            try append("[", &out, &budget)
            for (i, e) in l.enumerated() {
                if i > 0 { try append(", ", &out, &budget) }
                try e.render(into: &out, budget: &budget, limit: limit, formattable: formattable)
            }
            try append("]", &out, &budget)
        case .map(let m):
            // Entries in the order of their rendered keys, as `displayString` orders them.
            var keys: [(String, Int)] = []
            for (i, k) in m.keys.enumerated() {
                var text = ""
                try k.render(into: &text, budget: &budget, limit: limit - out.utf8.count, formattable: formattable)
                keys.append((text, i))
            }
            budget -= keys.count  // the sort: one more pass's worth, a conservative charge for n log n on short keys
            if budget < 0 { throw .budget }
            keys.sort { CELValue.compareUTF8($0.0, $1.0) == .less }
            try append("{", &out, &budget)
            for (n, (text, i)) in keys.enumerated() {
                if n > 0 { try append(", ", &out, &budget) }
                try append(text, &out, &budget)
                try append(": ", &out, &budget)
                try m.values[i].render(into: &out, budget: &budget, limit: limit, formattable: formattable)
            }
            try append("}", &out, &budget)
        case .object, .optional, .error:
            if formattable { throw .unformattable(celType) }
            fallthrough
        default:
            try append(displayString, &out, &budget)
        }
    }

    /// A CEL-literal-like rendering (strings quoted) for messages and traces.
    public var debugText: String {
        switch self {
        case .string(let s): return CELValue.quote(s)
        case .bytes(let b): return "b" + CELValue.quote(String(decoding: b, as: UTF8.self))
        case .uint(let u): return "\(u)u"
        case .double(let d):
            let s = CELValue.formatDouble(d)
            return s.contains(where: { $0 == "." || $0 == "e" || $0 == "N" || $0 == "I" }) ? s : s + ".0"
        case .list(let l): return "[" + l.map { $0.debugText }.joined(separator: ", ") + "]"
        case .map(let m):
            return "{" + zip(m.keys, m.values).map { "\($0.debugText): \($1.debugText)" }.joined(separator: ", ") + "}"
        case .timestamp(let t): return "timestamp(\"\(TimeMath.format(t))\")"
        case .duration(let d): return "duration(\"\(TimeMath.format(d))\")"
        case .optional(let o): return o.map { "optional.of(\($0.debugText))" } ?? "optional.none()"
        default: return displayString
        }
    }

    /// Go's `fmt.Sprintf("%g", d)` as cel-go uses for `string(double)` (shortest digits, exponent
    /// form when the exponent is < -4 or >= 6), with NaN/Infinity spelled out.
    static func formatDouble(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == 0 { return d.sign == .minus ? "-0" : "0" }
        let (neg, digits, exp) = shortestDigits(d)
        var s = neg ? "-" : ""
        if exp < -4 || exp >= 6 {
            s += String(digits.first ?? "0")
            if digits.count > 1 { s += "." + digits.dropFirst() }
            s += exp < 0 ? "e-" : "e+"
            let e = abs(exp)
            s += e < 10 ? "0\(e)" : "\(e)"
        } else if exp < 0 {
            s += "0." + String(repeating: "0", count: -exp - 1) + digits
        } else if digits.count <= exp + 1 {
            s += digits + String(repeating: "0", count: exp + 1 - digits.count)
        } else {
            let cut = digits.index(digits.startIndex, offsetBy: exp + 1)
            s += digits[..<cut] + "." + digits[cut...]
        }
        return s
    }

    /// Shortest decimal digits of a finite non-zero double and the decimal exponent of
    /// its first digit, derived from Swift's shortest round-trip `description`.
    static func shortestDigits(_ d: Double) -> (Bool, String, Int) {
        let text = d.magnitude.description
        var mantissa = Substring(text)
        var exp = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exp = Int(text[text.index(after: e)...]) ?? 0
        }
        var intPart = Substring(mantissa)
        var fracPart = Substring("")
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = mantissa[..<dot]
            fracPart = mantissa[mantissa.index(after: dot)...]
        }
        var digits = String(intPart) + String(fracPart)
        var pointPos = intPart.count + exp  // digits before the decimal point
        while digits.hasPrefix("0"), digits.count > 1 {
            digits.removeFirst()
            pointPos -= 1
        }
        while digits.hasSuffix("0"), digits.count > 1 { digits.removeLast() }
        return (d < 0, digits, pointPos - 1)
    }

    /// A double-quoted CEL string literal with escapes (as `strings.quote`).
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0B}": out += "\\v"
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    out += "\\x" + (u.value < 16 ? "0" : "") + String(u.value, radix: 16)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}

extension CELValue: CustomStringConvertible {
    public var description: String { debugText }
}
