import Foundation

/// CEL equality and ordering (spec section "Equality and Ordering").
///
/// Numbers compare across int/uint/double by numeric value; values of different
/// kinds are simply unequal (heterogeneous equality), while ordering across kinds
/// is a `no_such_overload` error.
enum Ordering3 { case less, equal, greater, unordered }

extension CELValue {
    /// CEL `==` on two non-error values, without a budget (for Swift's `==` and tests).
    static func celEquals(_ a: CELValue, _ b: CELValue) -> Bool {
        var unlimited = Int.max
        return celEquals(a, b, budget: &unlimited)
    }

    /// CEL `==` on two non-error values, charging one unit per list element, map entry or
    /// message field compared and one per 16 bytes of string or bytes compared. Once the
    /// budget goes negative it stops early; the caller must then discard the result (it
    /// reports a limit error). Lists can share structure, so without this a value built in a
    /// few steps can take 2^40 comparisons.
    static func celEquals(_ a: CELValue, _ b: CELValue, budget: inout Int) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.uint(let x), .uint(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.int(let x), .uint(let y)): return x >= 0 && UInt64(x) == y
        case (.uint(let x), .int(let y)): return y >= 0 && UInt64(y) == x
        case (.int(let x), .double(let y)): return Double(x) == y
        case (.double(let x), .int(let y)): return x == Double(y)
        case (.uint(let x), .double(let y)): return Double(x) == y
        case (.double(let x), .uint(let y)): return x == Double(y)
        case (.string(let x), .string(let y)):
            let n = x.utf8.count
            guard n == y.utf8.count else { return false }
            budget -= n / Cost.bytesPerUnit
            return budget >= 0 && utf8Equal(x, y)
        case (.bool(let x), .bool(let y)): return x == y
        case (.null, .null): return true
        case (.bytes(let x), .bytes(let y)):
            guard x.count == y.count else { return false }
            budget -= x.count / Cost.bytesPerUnit
            return budget >= 0 && x == y
        case (.list(let x), .list(let y)):
            guard x.count == y.count else { return false }
            for i in 0..<x.count {
                budget -= 1
                if budget < 0 || !celEquals(x[i], y[i], budget: &budget) { return false }
            }
            return true
        case (.map(let x), .map(let y)):
            guard x.count == y.count else { return false }
            for i in 0..<x.keys.count {
                budget -= 1 + Cost.shallow(x.keys[i])  // hashing the key reads it
                guard budget >= 0, let other = y[x.keys[i]], celEquals(x.values[i], other, budget: &budget) else {
                    return false
                }
            }
            return true
        case (.type(let x), .type(let y)): return x == y
        case (.timestamp(let x), .timestamp(let y)): return x == y
        case (.duration(let x), .duration(let y)): return x == y
        case (.optional(let x), .optional(let y)):
            switch (x, y) {
            case (nil, nil): return true
            case (let p?, let q?): return celEquals(p, q, budget: &budget)
            default: return false
            }
        case (.object(let x), .object(let y)):
            guard x.typeName == y.typeName, x.fields.count == y.fields.count else { return false }
            for (k, v) in x.fields {
                budget -= 1
                guard budget >= 0, let w = y.fields[k], celEquals(v, w, budget: &budget) else { return false }
            }
            return true
        case (.error(let x), .error(let y)): return x == y
        default: return false
        }
    }

    /// CEL ordering; nil when the two values have no `<` overload.
    static func celCompare(_ a: CELValue, _ b: CELValue) -> Ordering3? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return order(x, y)
        case (.uint(let x), .uint(let y)): return order(x, y)
        case (.double(let x), .double(let y)): return orderD(x, y)
        case (.int(let x), .uint(let y)): return x < 0 ? .less : order(UInt64(x), y)
        case (.uint(let x), .int(let y)): return y < 0 ? .greater : order(x, UInt64(y))
        case (.int(let x), .double(let y)): return orderD(Double(x), y)
        case (.double(let x), .int(let y)): return orderD(x, Double(y))
        case (.uint(let x), .double(let y)): return orderD(Double(x), y)
        case (.double(let x), .uint(let y)): return orderD(x, Double(y))
        case (.string(let x), .string(let y)): return compareUTF8(x, y)
        case (.bytes(let x), .bytes(let y)):
            for (p, q) in zip(x, y) where p != q { return p < q ? .less : .greater }
            return order(x.count, y.count)
        case (.bool(let x), .bool(let y)): return x == y ? .equal : (x ? .greater : .less)
        case (.timestamp(let x), .timestamp(let y)): return x == y ? .equal : (x < y ? .less : .greater)
        case (.duration(let x), .duration(let y)): return order(x.nanoseconds, y.nanoseconds)
        default: return nil
        }
    }

    @inline(__always)
    static func order<T: Comparable>(_ x: T, _ y: T) -> Ordering3 {
        x < y ? .less : (x == y ? .equal : .greater)
    }

    @inline(__always)
    static func orderD(_ x: Double, _ y: Double) -> Ordering3 {
        if x < y { return .less }
        if x > y { return .greater }
        if x == y { return .equal }
        return .unordered
    }

    /// Code point order, which is byte order of the UTF-8 encodings (compared with memcmp on
    /// the contiguous UTF-8 storage, not through Swift's Unicode-aware `<`).
    static func compareUTF8(_ x: String, _ y: String) -> Ordering3 {
        var a = x
        var b = y
        return a.withUTF8 { p in
            b.withUTF8 { q in
                let n = min(p.count, q.count)
                let c = n == 0 ? 0 : memcmp(p.baseAddress!, q.baseAddress!, n)
                if c != 0 { return c < 0 ? .less : .greater }
                return order(p.count, q.count)
            }
        }
    }

    /// Byte equality of the UTF-8 encodings (CEL strings are code points, not canonical
    /// equivalence, so Swift's `==` on `String` is the wrong test).
    static func utf8Equal(_ x: String, _ y: String) -> Bool {
        var a = x
        var b = y
        return a.withUTF8 { p in
            b.withUTF8 { q in
                p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0)
            }
        }
    }
}

extension CELValue: Equatable {
    /// CEL equality (so `1 == 1u == 1.0`, NaN != NaN); errors compare by kind and message.
    public static func == (a: CELValue, b: CELValue) -> Bool { celEquals(a, b) }
}
