/// Core string functions. Comparisons work on UTF-8 bytes, never Swift's canonical
/// equivalence: CEL strings are code point sequences without normalisation.
enum StringFunctions {
    static func register(_ t: inout [String: [Int: Fn]]) {
        t.add("contains") { a, b in
            guard case .string(let s) = a, case .string(let p) = b else {
                return Library.noOverload("contains", [a, b])
            }
            return .bool(contains(s, p))
        }
        t.add("startsWith") { a, b in
            guard case .string(let s) = a, case .string(let p) = b else {
                return Library.noOverload("startsWith", [a, b])
            }
            return .bool(s.utf8.starts(with: p.utf8))
        }
        t.add("endsWith") { a, b in
            guard case .string(let s) = a, case .string(let p) = b else {
                return Library.noOverload("endsWith", [a, b])
            }
            return .bool(s.utf8.reversed().starts(with: p.utf8.reversed()))
        }
        t.add("matches") { a, b in
            guard case .string(let s) = a, case .string(let p) = b else {
                return Library.noOverload("matches", [a, b])
            }
            return CompiledRegex.match(s, p)
        }
    }

    /// Byte-wise substring search (valid on UTF-8 because it is self-synchronising).
    static func contains(_ s: String, _ p: String) -> Bool {
        let h = Array(s.utf8)
        let n = Array(p.utf8)
        return indexOf(h, n, from: 0) != nil
    }

    /// The first index at or after `from` where `n` occurs in `h`, in O(|h| + |n|) time
    /// (Knuth–Morris–Pratt). The naive scan is O(|h|·|n|): `'a' * 2^20` searched for
    /// `'a' * 2^19 + 'b'` would take minutes, far beyond what the budget charges for reading
    /// the two strings.
    static func indexOf<T: Equatable>(_ h: [T], _ n: [T], from: Int) -> Int? {
        if n.isEmpty { return from <= h.count ? from : nil }
        guard h.count >= n.count, from <= h.count - n.count else { return nil }
        // fail[k]: the length of the longest proper border of n[0...k].
        var fail = [Int](repeating: 0, count: n.count)
        var k = 0
        for q in 1..<max(n.count, 1) {
            while k > 0 && n[q] != n[k] { k = fail[k - 1] }
            if n[q] == n[k] { k += 1 }
            fail[q] = k
        }
        var matched = 0
        var i = from
        while i < h.count {
            while matched > 0 && h[i] != n[matched] { matched = fail[matched - 1] }
            if h[i] == n[matched] { matched += 1 }
            if matched == n.count { return i - n.count + 1 }
            i += 1
        }
        return nil
    }
}
