/// The arithmetic, comparison and membership operators, shared by the operator
/// nodes and by functions. Every entry takes non-error operands (callers propagate
/// errors first) and returns a value or an error value.
enum Ops {
    static func noOverload(_ op: String, _ args: CELValue...) -> CELValue {
        .error(
            CELError(
                .noSuchOverload, "no such overload: \(op)(\(args.map { $0.celType.name }.joined(separator: ", ")))"))
    }

    static let overflow = CELValue.error(CELError(.overflow, "return error for overflow"))

    /// The largest string (in UTF-8 bytes), bytes or list a single operation may build.
    /// `cel.bind` lets an expression double a value on every nesting level, so without
    /// this bound a short expression could exhaust memory.
    static let maxValueSize = 1 << 24

    static let tooLarge = CELValue.error(CELError(.limit, "value size exceeds the limit of \(maxValueSize)"))

    @inline(__always)
    static func add(_ a: CELValue, _ b: CELValue) -> CELValue {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            let (r, o) = x.addingReportingOverflow(y)
            return o ? overflow : .int(r)
        case (.double(let x), .double(let y)): return .double(x + y)
        case (.uint(let x), .uint(let y)):
            let (r, o) = x.addingReportingOverflow(y)
            return o ? overflow : .uint(r)
        case (.string(let x), .string(let y)):
            return x.utf8.count + y.utf8.count > maxValueSize ? tooLarge : .string(x + y)
        case (.bytes(let x), .bytes(let y)): return x.count + y.count > maxValueSize ? tooLarge : .bytes(x + y)
        case (.list(let x), .list(let y)): return x.count + y.count > maxValueSize ? tooLarge : .list(x + y)
        case (.timestamp(let t), .duration(let d)), (.duration(let d), .timestamp(let t)):
            return addTime(t, d.nanoseconds)
        case (.duration(let x), .duration(let y)):
            let (r, o) = x.nanoseconds.addingReportingOverflow(y.nanoseconds)
            return o ? rangeError : .duration(CELDuration(nanoseconds: r))
        default: return noOverload("_+_", a, b)
        }
    }

    /// `a + b` with concatenation charged to the budget: copying the elements or bytes of
    /// both operands is the work, so it is paid before it is done.
    @inline(__always)
    static func add(_ a: CELValue, _ b: CELValue, _ budget: inout Int) -> CELValue {
        switch (a, b) {
        case (.list, .list), (.string, .string), (.bytes, .bytes):
            budget -= 1 + Cost.shallow(a) + Cost.shallow(b)
            if budget < 0 { return Frame.budgetExceeded }
        default: break
        }
        return add(a, b)
    }

    static let rangeError = CELValue.error(CELError(.range, "range error: timestamp or duration out of range"))

    static func addTime(_ t: CELTimestamp, _ nanos: Int64) -> CELValue {
        let (q, r) = nanos.quotientAndRemainder(dividingBy: 1_000_000_000)
        let (s, o) = t.seconds.addingReportingOverflow(q)
        guard !o, let ts = CELTimestamp(seconds: s, nanos: Int32(Int64(t.nanos) + r)) else { return rangeError }
        return .timestamp(ts)
    }

    @inline(__always)
    static func sub(_ a: CELValue, _ b: CELValue) -> CELValue {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? overflow : .int(r)
        case (.double(let x), .double(let y)): return .double(x - y)
        case (.uint(let x), .uint(let y)):
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? overflow : .uint(r)
        case (.timestamp(let t), .duration(let d)):
            if d.nanoseconds == Int64.min { return rangeError }
            return addTime(t, -d.nanoseconds)
        case (.timestamp(let x), .timestamp(let y)):
            let (ds, o1) = x.seconds.subtractingReportingOverflow(y.seconds)
            let dn = Int64(x.nanos) - Int64(y.nanos)
            guard !o1, let d = CELDuration(seconds: ds, nanos: dn) else { return rangeError }
            return .duration(d)
        case (.duration(let x), .duration(let y)):
            let (r, o) = x.nanoseconds.subtractingReportingOverflow(y.nanoseconds)
            return o ? rangeError : .duration(CELDuration(nanoseconds: r))
        default: return noOverload("_-_", a, b)
        }
    }

    @inline(__always)
    static func mul(_ a: CELValue, _ b: CELValue) -> CELValue {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? overflow : .int(r)
        case (.double(let x), .double(let y)): return .double(x * y)
        case (.uint(let x), .uint(let y)):
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? overflow : .uint(r)
        default: return noOverload("_*_", a, b)
        }
    }

    static let divideByZero = CELValue.error(CELError(.divideByZero, "divide by zero"))
    static let moduloByZero = CELValue.error(CELError(.moduloByZero, "modulus by zero"))

    static func div(_ a: CELValue, _ b: CELValue) -> CELValue {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            if y == 0 { return divideByZero }
            let (r, o) = x.dividedReportingOverflow(by: y)
            return o ? overflow : .int(r)
        case (.double(let x), .double(let y)): return .double(x / y)
        case (.uint(let x), .uint(let y)):
            return y == 0 ? divideByZero : .uint(x / y)
        default: return noOverload("_/_", a, b)
        }
    }

    static func mod(_ a: CELValue, _ b: CELValue) -> CELValue {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            if y == 0 { return moduloByZero }
            let (r, o) = x.remainderReportingOverflow(dividingBy: y)
            return o ? overflow : .int(r)
        case (.uint(let x), .uint(let y)):
            return y == 0 ? moduloByZero : .uint(x % y)
        default: return noOverload("_%_", a, b)
        }
    }

    static func negate(_ a: CELValue) -> CELValue {
        switch a {
        case .int(let x):
            return x == Int64.min ? overflow : .int(-x)
        case .double(let x): return .double(-x)
        // No `-_` for durations: the definition's negation is for int and double only, and
        // cel-cpp has none either (write `duration('0s') - d`).
        default: return noOverload("-_", a)
        }
    }

    /// `<`, `<=`, `>`, `>=`; `op` picks the test on the ordering. Strings and bytes are
    /// compared byte by byte, which is charged to `budget` (a limit error once it is spent).
    @inline(__always)
    static func relation(_ op: BinaryOp, _ a: CELValue, _ b: CELValue, _ budget: inout Int) -> CELValue {
        // Fast paths for the common homogeneous numeric cases.
        switch (a, b) {
        case (.int(let x), .int(let y)): return .bool(test(op, x, y))
        case (.double(let x), .double(let y)): return .bool(test(op, x, y))
        case (.int(let x), .double(let y)): return .bool(test(op, Double(x), y))
        case (.double(let x), .int(let y)): return .bool(test(op, x, Double(y)))
        default: break
        }
        return relationSlow(op, a, b, &budget)
    }

    /// The general case of `relation`, kept out of line so the numeric fast path above stays
    /// small enough to inline into `RelationNode` (measured: inlining it all cost ~10 ns per
    /// evaluation of the benchmark rule).
    @inline(never)
    static func relationSlow(_ op: BinaryOp, _ a: CELValue, _ b: CELValue, _ budget: inout Int) -> CELValue {
        switch (a, b) {
        case (.string(let x), .string(let y)):
            budget -= min(x.utf8.count, y.utf8.count) / Cost.bytesPerUnit
            if budget < 0 { return Frame.budgetExceeded }
        case (.bytes(let x), .bytes(let y)):
            budget -= min(x.count, y.count) / Cost.bytesPerUnit
            if budget < 0 { return Frame.budgetExceeded }
        default: break
        }
        guard let ord = CELValue.celCompare(a, b) else { return noOverload("_\(op.rawValue)_", a, b) }
        switch ord {
        case .unordered: return .bool(false)
        case .less: return .bool(op == .lt || op == .le)
        case .equal: return .bool(op == .le || op == .ge)
        case .greater: return .bool(op == .gt || op == .ge)
        }
    }

    @inline(__always)
    static func test<T: Comparable>(_ op: BinaryOp, _ x: T, _ y: T) -> Bool {
        switch op {
        case .lt: return x < y
        case .le: return x <= y
        case .gt: return x > y
        default: return x >= y
        }
    }

    /// `elem in container`: a list is searched element by element, each comparison charged
    /// to `budget` like `==`; a map lookup costs the reading of the key.
    static func contains(_ elem: CELValue, _ container: CELValue, _ budget: inout Int) -> CELValue {
        switch container {
        case .list(let l):
            for v in l {
                budget -= 1
                let equal = CELValue.celEquals(elem, v, budget: &budget)
                if budget < 0 { return Frame.budgetExceeded }
                if equal { return .bool(true) }
            }
            return .bool(false)
        case .map(let m):
            switch elem {
            case .int, .uint, .double, .bool, .string:
                budget -= Cost.shallow(elem)
                if budget < 0 { return Frame.budgetExceeded }
                return .bool(m[elem] != nil)
            default: return .bool(false)
            }
        default: return noOverload("@in", elem, container)
        }
    }

    /// `m[k]`, `l[i]`. (A string key's hashing is charged by `IndexNode`.)
    static func index(_ a: CELValue, _ k: CELValue) -> CELValue {
        switch a {
        case .list(let l):
            let i: Int64
            switch k {
            case .int(let v): i = v
            case .uint(let v): i = v > UInt64(Int64.max) ? -1 : Int64(v)
            case .double(let d):
                guard d.rounded(.towardZero) == d, d > -9.2e18, d < 9.2e18 else {
                    return .error(CELError(.invalidArgument, "invalid list index: \(CELValue.formatDouble(d))"))
                }
                i = Int64(d)
            default: return noOverload("_[_]", a, k)
            }
            guard i >= 0, i < l.count else {
                return .error(CELError(.indexOutOfRange, "index out of range: \(i)"))
            }
            return l[Int(i)]
        case .map(let m):
            switch k {
            case .int, .uint, .double, .bool, .string:
                if let v = m[k] { return v }
                return .error(CELError(.noSuchKey, "no such key: \(k.debugText)"))
            default: return noOverload("_[_]", a, k)
            }
        default: return noOverload("_[_]", a, k)
        }
    }

    /// `x.f` on a map or message.
    static func select(_ a: CELValue, _ field: String) -> CELValue {
        switch a {
        case .map(let m):
            if let v = m[string: field] { return v }
            return .error(CELError(.noSuchKey, "no such key: '\(field)'"))
        case .object(let o):
            if let v = o.fields[field] { return v }
            return .error(CELError(.noSuchField, "no such field: '\(field)'"))
        default:
            return .error(CELError(.noSuchField, "type '\(a.celType.name)' does not support field selection"))
        }
    }

    /// `has(x.f)`.
    static func has(_ a: CELValue, _ field: String) -> CELValue {
        switch a {
        case .map(let m): return .bool(m[string: field] != nil)
        case .object(let o): return .bool(o.fields[field] != nil)
        case .optional(let o):
            guard let v = o else { return .bool(false) }
            return has(v, field)
        default:
            return .error(CELError(.noSuchField, "type '\(a.celType.name)' does not support field selection"))
        }
    }
}

extension Ops {
    /// `a == b` with the comparison charged to `budget` (see `CELValue.celEquals`).
    @inline(__always)
    static func equals(_ a: CELValue, _ b: CELValue, _ budget: inout Int) -> CELValue {
        let r = CELValue.celEquals(a, b, budget: &budget)
        return budget < 0 ? Frame.budgetExceeded : .bool(r)
    }

    @inline(__always)
    static func notEquals(_ a: CELValue, _ b: CELValue, _ budget: inout Int) -> CELValue {
        let r = CELValue.celEquals(a, b, budget: &budget)
        return budget < 0 ? Frame.budgetExceeded : .bool(!r)
    }
}
