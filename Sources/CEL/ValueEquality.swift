/// CEL equality and ordering (spec section "Equality and Ordering").
///
/// Numbers compare across int/uint/double by numeric value; values of different
/// kinds are simply unequal (heterogeneous equality), while ordering across kinds
/// is a `no_such_overload` error.
enum Ordering3 { case less, equal, greater, unordered }

extension CELValue {
    /// CEL `==` on two non-error values.
    static func celEquals(_ a: CELValue, _ b: CELValue) -> Bool {
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
        case (.string(let x), .string(let y)): return x.utf8.elementsEqual(y.utf8)
        case (.bool(let x), .bool(let y)): return x == y
        case (.null, .null): return true
        case (.bytes(let x), .bytes(let y)): return x == y
        case (.list(let x), .list(let y)):
            guard x.count == y.count else { return false }
            for i in 0..<x.count where !celEquals(x[i], y[i]) { return false }
            return true
        case (.map(let x), .map(let y)):
            guard x.count == y.count else { return false }
            for i in 0..<x.keys.count {
                guard let other = y[x.keys[i]], celEquals(x.values[i], other) else { return false }
            }
            return true
        case (.type(let x), .type(let y)): return x == y
        case (.timestamp(let x), .timestamp(let y)): return x == y
        case (.duration(let x), .duration(let y)): return x == y
        case (.optional(let x), .optional(let y)):
            switch (x, y) {
            case (nil, nil): return true
            case (let p?, let q?): return celEquals(p, q)
            default: return false
            }
        case (.object(let x), .object(let y)):
            guard x.typeName == y.typeName, x.fields.count == y.fields.count else { return false }
            for (k, v) in x.fields {
                guard let w = y.fields[k], celEquals(v, w) else { return false }
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

    /// Code point order, which is byte order of the UTF-8 encodings.
    static func compareUTF8(_ x: String, _ y: String) -> Ordering3 {
        var i = x.utf8.makeIterator()
        var j = y.utf8.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return .equal
            case (nil, _): return .less
            case (_, nil): return .greater
            case (let p?, let q?): if p != q { return p < q ? .less : .greater }
            }
        }
    }
}

extension CELValue: Equatable {
    /// CEL equality (so `1 == 1u == 1.0`, NaN != NaN); errors compare by kind and message.
    public static func == (a: CELValue, b: CELValue) -> Bool { celEquals(a, b) }
}
