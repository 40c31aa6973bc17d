/// Core string functions. Comparisons work on UTF-8 bytes, never Swift's canonical
/// equivalence: CEL strings are code point sequences without normalisation.
enum StringFunctions {
    static func register(_ t: inout [String: [Int: Fn]]) {
        t.add("contains") { a, b in
            guard case .string(let s) = a, case .string(let p) = b else { return Library.noOverload("contains", [a, b]) }
            return .bool(contains(s, p))
        }
        t.add("startsWith") { a, b in
            guard case .string(let s) = a, case .string(let p) = b else { return Library.noOverload("startsWith", [a, b]) }
            return .bool(s.utf8.starts(with: p.utf8))
        }
        t.add("endsWith") { a, b in
            guard case .string(let s) = a, case .string(let p) = b else { return Library.noOverload("endsWith", [a, b]) }
            return .bool(s.utf8.reversed().starts(with: p.utf8.reversed()))
        }
        t.add("matches") { a, b in
            guard case .string(let s) = a, case .string(let p) = b else { return Library.noOverload("matches", [a, b]) }
            return CompiledRegex.match(s, p)
        }
    }

    /// Byte-wise substring search (valid on UTF-8 because it is self-synchronising).
    static func contains(_ s: String, _ p: String) -> Bool {
        let h = Array(s.utf8), n = Array(p.utf8)
        return indexOf(h, n, from: 0) != nil
    }

    static func indexOf<T: Equatable>(_ h: [T], _ n: [T], from: Int) -> Int? {
        if n.isEmpty { return from <= h.count ? from : nil }
        guard h.count >= n.count, from <= h.count - n.count else { return nil }
        var i = from
        while i <= h.count - n.count {
            if h[i] == n[0] {
                var k = 1
                while k < n.count, h[i + k] == n[k] { k += 1 }
                if k == n.count { return i }
            }
            i += 1
        }
        return nil
    }
}
