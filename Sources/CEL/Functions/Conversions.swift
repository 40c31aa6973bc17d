/// Type conversions: `int()`, `uint()`, `double()`, `string()`, `bytes()`, `bool()`,
/// `timestamp()`, `duration()`, `type()`, `dyn()`, and `size()`.
enum Conversions {
    static func register(_ t: inout [String: [Int: Fn]]) {
        t.add("int", toInt)
        t.add("uint", toUint)
        t.add("double", toDouble)
        t.add("string", toString)
        t.add("bytes", toBytes)
        t.add("bool", toBool)
        t.add("timestamp", toTimestamp)
        t.add("duration", toDuration)
        t.add("type") { v in .type(v.celType) }
        t.add("dyn") { v in v }
        t.add("size", size)
    }

    static func conversionError(_ what: String) -> CELValue {
        .error(CELError(.typeConversion, "type conversion error: \(what)"))
    }

    static func toInt(_ v: CELValue) -> CELValue {
        switch v {
        case .int: return v
        case .uint(let u):
            return u > UInt64(Int64.max) ? .error(CELError(.range, "range error: int(\(u)u)")) : .int(Int64(u))
        case .double(let d):
            // Both ends are exclusive: -2^63 and 2^63 are out of range as doubles.
            guard d.isFinite, d > -9.223372036854775808e18, d < 9.223372036854775808e18 else {
                return .error(CELError(.range, "range error: int(\(CELValue.formatDouble(d)))"))
            }
            return .int(Int64(d))
        case .string(let s):
            guard let i = Int64(trimmed(s)) else { return conversionError("int('\(s)')") }
            return .int(i)
        case .timestamp(let ts): return .int(ts.seconds)
        default: return Library.noOverload("int", [v])
        }
    }

    static func toUint(_ v: CELValue) -> CELValue {
        switch v {
        case .uint: return v
        case .int(let i): return i < 0 ? .error(CELError(.range, "range error: uint(\(i))")) : .uint(UInt64(i))
        case .double(let d):
            // Negative values are out of range even when they truncate to 0 (`uint(-0.5)`), as
            // in cel-cpp; -0.0 is zero, not negative.
            guard d.isFinite, d >= 0, d < 1.8446744073709551616e19 else {
                return .error(CELError(.range, "range error: uint(\(CELValue.formatDouble(d)))"))
            }
            return .uint(UInt64(d))
        case .string(let s):
            guard let u = UInt64(trimmed(s)) else { return conversionError("uint('\(s)')") }
            return .uint(u)
        default: return Library.noOverload("uint", [v])
        }
    }

    static func toDouble(_ v: CELValue) -> CELValue {
        switch v {
        case .double: return v
        case .int(let i): return .double(Double(i))
        case .uint(let u): return .double(Double(u))
        case .string(let s):
            guard let d = parseDouble(s) else { return conversionError("double('\(s)')") }
            return .double(d)
        default: return Library.noOverload("double", [v])
        }
    }

    /// The definition says only that the text is a number, not how it may be spaced or
    /// spelled; these follow cel-cpp (absl's SimpleAtoi/SimpleAtod): surrounding ASCII
    /// whitespace is allowed, and `double` also takes hexadecimal (`0x10`, `0x1p3`).
    static func trimmed(_ s: String) -> Substring {
        let space: (Character) -> Bool = {
            $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}"
        }
        var t = Substring(s)
        while let f = t.first, space(f) { t.removeFirst() }
        while let l = t.last, space(l) { t.removeLast() }
        return t
    }

    /// Decimal/exponent or hexadecimal text, and the special values NaN / Infinity spelled any case.
    static func parseDouble(_ raw: String) -> Double? {
        let s = String(trimmed(raw))
        let unsigned = s.hasPrefix("-") || s.hasPrefix("+") ? s.dropFirst() : Substring(s)
        if unsigned.hasPrefix("0x") || unsigned.hasPrefix("0X") {
            // Swift's Double(_:) reads C99 hexadecimal floats (`0x1p3`) and hex integers.
            guard unsigned.count > 2,
                unsigned.dropFirst(2).allSatisfy({
                    $0.isHexDigit || $0 == "." || $0 == "p" || $0 == "P" || $0 == "+" || $0 == "-"
                })
            else { return nil }
            return Double(s)
        }
        let t = s.trimmingPrefix("+")
        switch t.lowercased() {
        case "nan": return .nan
        case "inf", "infinity": return s.hasPrefix("-") ? -.infinity : .infinity
        case "-inf", "-infinity": return -.infinity
        default: break
        }
        guard !s.isEmpty, s.unicodeScalars.allSatisfy({ "0123456789.eE+-".unicodeScalars.contains($0) }) else {
            return nil
        }
        return Double(s)
    }

    static func toString(_ v: CELValue) -> CELValue {
        switch v {
        case .string: return v
        // Non-finite doubles: the definition does not spell them and the conformance suite
        // only fixes `format`'s `NaN`/`Infinity`; `string()` follows cel-cpp, which prints the
        // C library's text, the sign of a NaN included (`0.0 / 0.0` is `-nan` on x86-64).
        case .double(let d) where d.isNaN: return .string(d.sign == .minus ? "-nan" : "nan")
        case .double(let d) where d.isInfinite: return .string(d < 0 ? "-inf" : "inf")
        case .int, .uint, .double, .bool, .timestamp, .duration: return .string(v.displayString)
        case .bytes(let b):
            guard let s = String(validating: b, as: UTF8.self) else {
                return .error(CELError(.invalidArgument, "invalid UTF-8 in bytes"))
            }
            return .string(s)
        // No string(type): the definition lists none, and cel-cpp has none.
        default: return Library.noOverload("string", [v])
        }
    }

    static func toBytes(_ v: CELValue) -> CELValue {
        switch v {
        case .bytes: return v
        case .string(let s): return .bytes(Array(s.utf8))
        default: return Library.noOverload("bytes", [v])
        }
    }

    static func toBool(_ v: CELValue) -> CELValue {
        switch v {
        case .bool: return v
        case .string(let s):
            switch s {
            case "1", "t", "true", "TRUE", "True": return .bool(true)
            case "0", "f", "false", "FALSE", "False": return .bool(false)
            default: return conversionError("bool('\(s)')")
            }
        default: return Library.noOverload("bool", [v])
        }
    }

    static func toTimestamp(_ v: CELValue) -> CELValue {
        switch v {
        case .timestamp: return v
        case .string(let s):
            guard let ts = TimeMath.parseTimestamp(s) else {
                return .error(CELError(.invalidArgument, "invalid timestamp '\(s)'"))
            }
            return .timestamp(ts)
        case .int(let i):
            guard let ts = CELTimestamp(seconds: i) else { return Ops.rangeError }
            return .timestamp(ts)
        default: return Library.noOverload("timestamp", [v])
        }
    }

    static func toDuration(_ v: CELValue) -> CELValue {
        switch v {
        case .duration: return v
        case .string(let s):
            guard let d = TimeMath.parseDuration(s) else {
                return .error(CELError(.invalidArgument, "invalid duration '\(s)'"))
            }
            return .duration(d)
        case .int(let i): return .duration(CELDuration(nanoseconds: i))
        default: return Library.noOverload("duration", [v])
        }
    }

    static func size(_ v: CELValue) -> CELValue {
        switch v {
        case .string(let s): return .int(Int64(s.unicodeScalars.count))
        case .bytes(let b): return .int(Int64(b.count))
        case .list(let l): return .int(Int64(l.count))
        case .map(let m): return .int(Int64(m.count))
        default: return Library.noOverload("size", [v])
        }
    }
}
