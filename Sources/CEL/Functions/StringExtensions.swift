/// The cel-go `ext.Strings` library. Indexes count Unicode code points.
enum StringExtensions {
    typealias Scalars = [Unicode.Scalar]

    static func str(_ s: Scalars) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s)
        return String(v)
    }

    static func outOfRange(_ i: Int64) -> CELValue {
        .error(CELError(.indexOutOfRange, "index out of range: \(i)"))
    }

    static func register(_ t: inout [String: [Int: Fn]]) {
        t.add("charAt") { a, b in
            guard case .string(let s) = a, case .int(let i) = b else { return Library.noOverload("charAt", [a, b]) }
            let c = Array(s.unicodeScalars)
            guard i >= 0, i <= c.count else { return outOfRange(i) }
            return .string(i == c.count ? "" : String(c[Int(i)]))
        }
        t.add("indexOf") { a, b in indexOf(a, b, .int(0)) }
        t.add("indexOf") { a, b, c in indexOf(a, b, c) }
        t.add("lastIndexOf") { a, b in lastIndexOf(a, b, nil) }
        t.add("lastIndexOf") { a, b, c in lastIndexOf(a, b, c) }
        t.add("lowerAscii") { v in
            guard case .string(let s) = v else { return Library.noOverload("lowerAscii", [v]) }
            return .string(mapASCII(s) { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
        }
        t.add("upperAscii") { v in
            guard case .string(let s) = v else { return Library.noOverload("upperAscii", [v]) }
            return .string(mapASCII(s) { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 })
        }
        t.add("replace") { a, b, c in replace(a, b, c, .int(-1)) }
        t.addVariadic("replace") { args in
            args.count == 4 ? replace(args[0], args[1], args[2], args[3]) : Library.noOverload("replace", args)
        }
        t.add("split") { a, b in split(a, b, .int(-1)) }
        t.add("split") { a, b, c in split(a, b, c) }
        t.add("substring") { a, b in substring(a, b, nil) }
        t.add("substring") { a, b, c in substring(a, b, c) }
        t.add("trim") { v in
            guard case .string(let s) = v else { return Library.noOverload("trim", [v]) }
            var c = Array(s.unicodeScalars)[...]
            while let f = c.first, isSpace(f) { c.removeFirst() }
            while let l = c.last, isSpace(l) { c.removeLast() }
            return .string(str(Array(c)))
        }
        t.addCosted("join", arity: 1) { a, budget in join(a[0], .string(""), &budget) }
        t.addCosted("join", arity: 2) { a, budget in join(a[0], a[1], &budget) }
        t.add("reverse") { v in
            guard case .string(let s) = v else { return Library.noOverload("reverse", [v]) }
            return .string(str(Array(s.unicodeScalars.reversed())))
        }
        t.add("strings.quote") { v in
            guard case .string(let s) = v else { return Library.noOverload("strings.quote", [v]) }
            let q = CELValue.quote(s)
            return q.utf8.count > Ops.maxValueSize ? Ops.tooLarge : .string(q)
        }
        t.addCosted("format", arity: 2) { a, budget in
            guard case .string(let s) = a[0], case .list(let l) = a[1] else { return Library.noOverload("format", a) }
            budget -= s.utf8.count / Cost.bytesPerUnit
            return Formatter.format(s, l, budget: &budget)
        }
    }

    static func mapASCII(_ s: String, _ f: (UInt8) -> UInt8) -> String {
        String(decoding: s.utf8.map(f), as: UTF8.self)
    }

    /// Go's unicode.IsSpace.
    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    static func indexOf(_ a: CELValue, _ b: CELValue, _ c: CELValue) -> CELValue {
        guard case .string(let s) = a, case .string(let p) = b, case .int(let off) = c else {
            return Library.noOverload("indexOf", [a, b, c])
        }
        let h = Array(s.unicodeScalars)
        let n = Array(p.unicodeScalars)
        guard off >= 0, off <= h.count else { return outOfRange(off) }
        return .int(Int64(StringFunctions.indexOf(h, n, from: Int(off)) ?? -1))
    }

    static func lastIndexOf(_ a: CELValue, _ b: CELValue, _ c: CELValue?) -> CELValue {
        guard case .string(let s) = a, case .string(let p) = b else {
            return Library.noOverload("lastIndexOf", [a, b] + (c.map { [$0] } ?? []))
        }
        let h = Array(s.unicodeScalars)
        let n = Array(p.unicodeScalars)
        var start = h.count - n.count
        if let c {
            guard case .int(let off) = c else { return Library.noOverload("lastIndexOf", [a, b, c]) }
            guard off >= 0, off < max(h.count, 1) || (h.isEmpty && off == 0) else { return outOfRange(off) }
            start = min(start, Int(off))
        }
        if n.isEmpty { return .int(Int64(c == nil ? h.count : start)) }
        guard start >= 0 else { return .int(-1) }
        // The last occurrence starting at or before `start` is the first occurrence of the
        // reversed needle in the reversed text ending at or after it: a linear search too.
        let rh = Array(h[..<(start + n.count)].reversed())
        guard let j = StringFunctions.indexOf(rh, Array(n.reversed()), from: 0) else { return .int(-1) }
        return .int(Int64(rh.count - j - n.count))
    }

    static func replace(_ a: CELValue, _ b: CELValue, _ c: CELValue, _ d: CELValue) -> CELValue {
        guard case .string(let s) = a, case .string(let old) = b, case .string(let new) = c, case .int(let limit) = d
        else {
            return Library.noOverload("replace", [a, b, c, d])
        }
        let h = Array(s.unicodeScalars)
        let o = Array(old.unicodeScalars)
        let r = Array(new.unicodeScalars)
        var out: Scalars = []
        var i = 0
        var done: Int64 = 0
        while i <= h.count {
            if limit >= 0 && done >= limit { break }
            guard let j = StringFunctions.indexOf(h, o, from: i) else { break }
            out.append(contentsOf: h[i..<j])
            out.append(contentsOf: r)
            if out.count > Ops.maxValueSize { return Ops.tooLarge }
            done += 1
            if o.isEmpty {
                if j < h.count { out.append(h[j]) }
                i = j + 1
            } else {
                i = j + o.count
            }
        }
        if i < h.count { out.append(contentsOf: h[i...]) }
        return .string(str(out))
    }

    static func split(_ a: CELValue, _ b: CELValue, _ c: CELValue) -> CELValue {
        guard case .string(let s) = a, case .string(let sep) = b, case .int(let limit) = c else {
            return Library.noOverload("split", [a, b, c])
        }
        if limit == 0 { return .list([]) }
        let h = Array(s.unicodeScalars)
        let n = Array(sep.unicodeScalars)
        var parts: [CELValue] = []
        if n.isEmpty {
            // cel-cpp splits the empty string into one empty part, like a non-empty separator
            // would (Go's strings.Split gives none; the definition does not say).
            if h.isEmpty { return .list([.string("")]) }
            for (k, u) in h.enumerated() {
                if limit > 0 && Int64(parts.count) == limit - 1 {
                    parts.append(.string(str(Array(h[k...]))))
                    return .list(parts)
                }
                parts.append(.string(String(u)))
            }
            return .list(parts)
        }
        var i = 0
        while limit < 0 || Int64(parts.count) < limit - 1, let j = StringFunctions.indexOf(h, n, from: i) {
            parts.append(.string(str(Array(h[i..<j]))))
            i = j + n.count
        }
        parts.append(.string(str(Array(h[i...]))))
        return .list(parts)
    }

    static func substring(_ a: CELValue, _ b: CELValue, _ c: CELValue?) -> CELValue {
        guard case .string(let s) = a, case .int(let start) = b else {
            return Library.noOverload("substring", [a, b] + (c.map { [$0] } ?? []))
        }
        let h = Array(s.unicodeScalars)
        var end = Int64(h.count)
        if let c {
            guard case .int(let e) = c else { return Library.noOverload("substring", [a, b, c]) }
            end = e
        }
        guard start >= 0, start <= h.count else { return outOfRange(start) }
        guard end >= 0, end <= h.count else { return outOfRange(end) }
        guard start <= end else {
            return .error(CELError(.indexOutOfRange, "invalid substring range. start: \(start), end: \(end)"))
        }
        return .string(str(Array(h[Int(start)..<Int(end)])))
    }

    /// `list.join(sep)`: the total size is computed (and charged, one unit per element and
    /// per 16 bytes) before anything is built, so a list sharing one long string a million
    /// times fails fast instead of allocating the result first.
    static func join(_ v: CELValue, _ sep: CELValue, _ budget: inout Int) -> CELValue {
        guard case .list(let l) = v, case .string(let s) = sep else { return Library.noOverload("join", [v, sep]) }
        var total = l.isEmpty ? 0 : s.utf8.count * (l.count - 1)
        for e in l {
            guard case .string(let x) = e else { return Library.noOverload("join", [v, sep]) }
            total += x.utf8.count
            budget -= 1
            if budget < 0 { return Frame.budgetExceeded }
        }
        if total > Ops.maxValueSize { return Ops.tooLarge }
        budget -= total / Cost.bytesPerUnit
        if budget < 0 { return Frame.budgetExceeded }
        var out = ""
        out.reserveCapacity(total)
        for (i, e) in l.enumerated() {
            if i > 0 { out += s }
            if case .string(let x) = e { out += x }
        }
        return .string(out)
    }
}
