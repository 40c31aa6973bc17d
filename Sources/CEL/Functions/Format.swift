import Foundation

/// `"...".format([args])` from cel-go's string extension: `%s %d %f %e %x %X %o %b`
/// with an optional precision (`%.3f`), and `%%`.
enum Formatter {
    static func fail(_ message: String) -> CELValue {
        .error(CELError(.invalidArgument, message))
    }

    /// Formats with every clause's output charged to `budget` and the result kept under
    /// `Ops.maxValueSize` while it is built.
    static func format(_ fmt: String, _ args: [CELValue], budget: inout Int) -> CELValue {
        var out = ""
        let c = Array(fmt.unicodeScalars)
        var i = 0
        var argIndex = 0
        while i < c.count {
            let ch = c[i]
            guard ch == "%" else {
                out.unicodeScalars.append(ch)
                i += 1
                continue
            }
            i += 1
            guard i < c.count else { return fail("could not parse formatting clause: unexpected end of string") }
            if c[i] == "%" {
                out += "%"
                i += 1
                continue
            }
            var precision: Int?
            if c[i] == "." {
                i += 1
                var p = 0
                var digits = 0
                while i < c.count, c[i].value >= 48, c[i].value <= 57 {
                    p = min(p * 10 + Int(c[i].value - 48), 1000)
                    digits += 1
                    i += 1
                }
                guard digits > 0 else { return fail("could not parse formatting clause: missing precision") }
                precision = p
            }
            guard i < c.count else { return fail("could not parse formatting clause: unexpected end of string") }
            let verb = c[i]
            i += 1
            guard "sdfexXob".unicodeScalars.contains(verb) else {
                return fail("could not parse formatting clause: unrecognized formatting clause \"\(verb)\"")
            }
            guard argIndex < args.count else { return fail("index \(argIndex) out of range") }
            let arg = args[argIndex]
            argIndex += 1
            if verb == "s" {
                // `%s` walks the argument (lists and maps nest), so it renders straight into the
                // output under the budget and the size limit.
                if case .error = arg { return arg }
                do throws(CELValue.RenderStop) {
                    try arg.render(into: &out, budget: &budget, limit: Ops.maxValueSize, formattable: true)
                } catch {
                    switch error {
                    case .budget: return Frame.budgetExceeded
                    case .size: return Ops.tooLarge
                    case .unformattable(let bad):
                        return .error(
                            CELError(
                                .invalidArgument,
                                "error during formatting: string clause can only be used on "
                                    + "strings, bools, bytes, ints, doubles, maps, lists, types, durations, and timestamps, "
                                    + "was given \(bad.name)"))
                    }
                }
                continue
            }
            switch clause(verb, precision, arg) {
            case .success(let s):
                budget -= 1 + s.utf8.count / Cost.bytesPerUnit
                if budget < 0 { return Frame.budgetExceeded }
                if out.utf8.count + s.utf8.count > Ops.maxValueSize { return Ops.tooLarge }
                out += s
            case .failure(let e): return .error(e)
            }
        }
        return .string(out)
    }

    static func special(_ d: Double) -> String? {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        return nil
    }

    static func clause(_ verb: Unicode.Scalar, _ precision: Int?, _ arg: CELValue) -> Result<String, CELError> {
        func err(_ m: String) -> Result<String, CELError> {
            .failure(CELError(.invalidArgument, "error during formatting: " + m))
        }
        switch verb {
        case "d":
            switch arg {
            case .int(let i): return .success(String(i))
            case .uint(let u): return .success(String(u))
            case .double(let d): if let s = special(d) { return .success(s) }
            default: break
            }
            return err("decimal clause can only be used on integers, was given \(arg.celType.name)")
        case "f", "e":
            let d: Double
            switch arg {
            case .int(let i): d = Double(i)
            case .uint(let u): d = Double(u)
            case .double(let x): d = x
            default:
                return err(
                    verb == "f"
                        ? "fixed-point clause can only be used on doubles, was given \(arg.celType.name)"
                        : "scientific clause can only be used on doubles, was given \(arg.celType.name)")
            }
            if let s = special(d) { return .success(s) }
            return .success(String(format: "%.\(precision ?? 6)\(verb)", d))
        case "x", "X":
            let upper = verb == "X"
            var s: String
            switch arg {
            case .int(let i): s = (i < 0 ? "-" : "") + String(i.magnitude, radix: 16)
            case .uint(let u): s = String(u, radix: 16)
            case .string(let t): s = t.utf8.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
            case .bytes(let b): s = b.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
            default:
                return err(
                    "only integers, byte buffers, and strings can be formatted as hex, was given \(arg.celType.name)")
            }
            if upper { s = s.uppercased() }
            return .success(s)
        case "o":
            switch arg {
            case .int(let i): return .success((i < 0 ? "-" : "") + String(i.magnitude, radix: 8))
            case .uint(let u): return .success(String(u, radix: 8))
            default: return err("octal clause can only be used on integers, was given \(arg.celType.name)")
            }
        default:  // "b"
            switch arg {
            case .int(let i): return .success((i < 0 ? "-" : "") + String(i.magnitude, radix: 2))
            case .uint(let u): return .success(String(u, radix: 2))
            case .bool(let b): return .success(b ? "1" : "0")
            default: return err("only integers and bools can be formatted as binary, was given \(arg.celType.name)")
            }
        }
    }
}
