import Foundation

/// The `math.*` extension library (cel-go `ext.Math`).
enum MathFunctions {
    static func register(_ t: inout [String: [Int: Fn]]) {
        // Costed: the one-list form walks every element.
        t.addCosted("math.greatest", arity: -1) { args, budget in extreme(args, greatest: true, &budget) }
        t.addCosted("math.least", arity: -1) { args, budget in extreme(args, greatest: false, &budget) }
        t.add("math.ceil") { v in double(v, "math.ceil") { $0.rounded(.up) } }
        t.add("math.floor") { v in double(v, "math.floor") { $0.rounded(.down) } }
        t.add("math.round") { v in double(v, "math.round") { $0.rounded(.toNearestOrAwayFromZero) } }
        t.add("math.trunc") { v in double(v, "math.trunc") { $0.rounded(.towardZero) } }
        t.add("math.sqrt") { v in
            switch v {
            case .double(let d): return .double(d.squareRoot())
            case .int(let i): return .double(Double(i).squareRoot())
            case .uint(let u): return .double(Double(u).squareRoot())
            default: return Library.noOverload("math.sqrt", [v])
            }
        }
        t.add("math.abs") { v in
            switch v {
            case .int(let i): return i == Int64.min ? Ops.overflow : .int(abs(i))
            case .uint: return v
            case .double(let d): return .double(abs(d))
            default: return Library.noOverload("math.abs", [v])
            }
        }
        t.add("math.sign") { v in
            switch v {
            case .int(let i): return .int(i.signum())
            case .uint(let u): return .uint(u == 0 ? 0 : 1)
            case .double(let d): return .double(d.isNaN ? d : (d > 0 ? 1 : (d < 0 ? -1 : 0)))
            default: return Library.noOverload("math.sign", [v])
            }
        }
        t.add("math.isNaN") { v in
            guard case .double(let d) = v else { return Library.noOverload("math.isNaN", [v]) }
            return .bool(d.isNaN)
        }
        t.add("math.isInf") { v in
            guard case .double(let d) = v else { return Library.noOverload("math.isInf", [v]) }
            return .bool(d.isInfinite)
        }
        t.add("math.isFinite") { v in
            guard case .double(let d) = v else { return Library.noOverload("math.isFinite", [v]) }
            return .bool(d.isFinite)
        }
        t.add("math.bitAnd") { a, b in bits("math.bitAnd", a, b, { $0 & $1 }, { $0 & $1 }) }
        t.add("math.bitOr") { a, b in bits("math.bitOr", a, b, { $0 | $1 }, { $0 | $1 }) }
        t.add("math.bitXor") { a, b in bits("math.bitXor", a, b, { $0 ^ $1 }, { $0 ^ $1 }) }
        t.add("math.bitNot") { v in
            switch v {
            case .int(let i): return .int(~i)
            case .uint(let u): return .uint(~u)
            default: return Library.noOverload("math.bitNot", [v])
            }
        }
        t.add("math.bitShiftLeft") { a, b in shift(a, b, left: true) }
        t.add("math.bitShiftRight") { a, b in shift(a, b, left: false) }
    }

    static func double(_ v: CELValue, _ name: String, _ f: (Double) -> Double) -> CELValue {
        guard case .double(let d) = v else { return Library.noOverload(name, [v]) }
        return .double(f(d))
    }

    static func bits(
        _ name: String, _ a: CELValue, _ b: CELValue,
        _ fi: (Int64, Int64) -> Int64, _ fu: (UInt64, UInt64) -> UInt64
    ) -> CELValue {
        switch (a, b) {
        case (.int(let x), .int(let y)): return .int(fi(x, y))
        case (.uint(let x), .uint(let y)): return .uint(fu(x, y))
        default: return Library.noOverload(name, [a, b])
        }
    }

    static func shift(_ a: CELValue, _ b: CELValue, left: Bool) -> CELValue {
        let name = left ? "math.bitShiftLeft" : "math.bitShiftRight"
        guard case .int(let n) = b else { return Library.noOverload(name, [a, b]) }
        if n < 0 { return .error(CELError(.invalidArgument, "\(name) invalid negative offset: \(n)")) }
        switch a {
        case .int(let x):
            if n >= 64 { return .int(0) }
            // Right shifts are logical (as on the unsigned bit pattern), per cel-go.
            return .int(left ? x << n : Int64(bitPattern: UInt64(bitPattern: x) >> UInt64(n)))
        case .uint(let x):
            if n >= 64 { return .uint(0) }
            return .uint(left ? x << UInt64(n) : x >> UInt64(n))
        default: return Library.noOverload(name, [a, b])
        }
    }

    /// `math.greatest` / `math.least` over numbers of mixed kinds; the winning
    /// argument is returned unchanged (so its kind is preserved).
    static func extreme(_ args: [CELValue], greatest: Bool, _ budget: inout Int) -> CELValue {
        let name = greatest ? "math.greatest" : "math.least"
        var items = args
        if args.count == 1, case .list(let l) = args[0] { items = l }
        budget -= items.count
        guard !items.isEmpty else {
            return .error(CELError(.invalidArgument, "\(name)(): requires at least one argument"))
        }
        var best: CELValue?
        for v in items {
            switch v {
            case .int, .uint, .double: break
            default: return Library.noOverload(name, args)
            }
            guard let b = best else {
                best = v
                continue
            }
            guard let ord = CELValue.celCompare(v, b) else { return Library.noOverload(name, args) }
            if (greatest && ord == .greater) || (!greatest && ord == .less) { best = v }
        }
        return best ?? .null
    }
}
