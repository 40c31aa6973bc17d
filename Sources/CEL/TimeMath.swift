import Foundation

/// Calendar arithmetic for timestamps and durations, done with integer math
/// (proleptic Gregorian calendar) so results are exact over years 1...9999.
enum TimeMath {
    /// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// Civil date (year, month 1-12, day 1-31) of a day count since 1970-01-01.
    static func civilFromDays(_ z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    /// Parses RFC 3339 (`2009-02-13T23:31:30.123Z`, `...+05:30`).
    static func parseTimestamp(_ s: String) -> CELTimestamp? {
        let c = Array(s.utf8)
        var i = 0
        func num(_ n: Int) -> Int64? {
            guard i + n <= c.count else { return nil }
            var v: Int64 = 0
            for k in 0..<n {
                let d = c[i + k]
                guard d >= 48, d <= 57 else { return nil }
                v = v * 10 + Int64(d - 48)
            }
            i += n
            return v
        }
        func lit(_ ch: UInt8) -> Bool {
            guard i < c.count, c[i] == ch else { return false }
            i += 1
            return true
        }
        guard let y = num(4), lit(45), let mo = num(2), lit(45), let d = num(2) else { return nil }
        guard i < c.count, c[i] == UInt8(ascii: "T") || c[i] == UInt8(ascii: "t") else { return nil }
        i += 1
        guard let h = num(2), lit(58), let mi = num(2), lit(58), let se = num(2) else { return nil }
        var nanos: Int64 = 0
        if lit(46) {
            var digits = 0
            while i < c.count, c[i] >= 48, c[i] <= 57 {
                if digits < 9 { nanos = nanos * 10 + Int64(c[i] - 48) }
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            var k = digits
            while k < 9 {
                nanos *= 10
                k += 1
            }
        }
        var offset: Int64 = 0
        if lit(UInt8(ascii: "Z")) || lit(UInt8(ascii: "z")) {
        } else if i < c.count, c[i] == 43 || c[i] == 45 {
            let neg = c[i] == 45
            i += 1
            guard let oh = num(2), lit(58), let om = num(2) else { return nil }
            offset = (oh * 3600 + om * 60) * (neg ? -1 : 1)
        } else {
            return nil
        }
        guard i == c.count, mo >= 1, mo <= 12, d >= 1, d <= daysIn(month: mo, year: y), h < 24, mi < 60, se < 60
        else { return nil }
        let secs = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se - offset
        return CELTimestamp(seconds: secs, nanos: Int32(nanos))
    }

    static func daysIn(month m: Int64, year y: Int64) -> Int64 {
        switch m {
        case 2: return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// RFC 3339 in UTC (`Z`), as the protobuf JSON mapping writes a Timestamp (which CEL's
    /// `string(timestamp)` follows): no fraction for whole seconds, else 3, 6 or 9 digits.
    static func format(_ t: CELTimestamp) -> String {
        let days = floorDiv(t.seconds, 86400)
        let rem = t.seconds - days * 86400
        let (y, m, d) = civilFromDays(days)
        var s = pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) + "T"
        s += pad(rem / 3600, 2) + ":" + pad(rem / 60 % 60, 2) + ":" + pad(rem % 60, 2)
        return s + fraction(UInt64(t.nanos)) + "Z"
    }

    /// The protobuf JSON mapping's fraction of a second: empty, or `.` and 3, 6 or 9 digits
    /// (the fewest that are exact: 500 ms is `.500`, 1 µs `.000001`).
    static func fraction(_ nanos: UInt64) -> String {
        if nanos == 0 { return "" }
        let digits = pad(Int64(nanos), 9)
        if nanos % 1_000_000 == 0 { return "." + digits.prefix(3) }
        if nanos % 1_000 == 0 { return "." + digits.prefix(6) }
        return "." + digits
    }

    static func pad(_ v: Int64, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// Parses Go-style durations: `1h2m3.5s`, `-1.5s`, `100ms`, `10us`, `5ns`.
    static func parseDuration(_ s: String) -> CELDuration? {
        var c = Array(s.unicodeScalars)
        var neg = false
        if let f = c.first, f == "-" || f == "+" {
            neg = f == "-"
            c.removeFirst()
        }
        if c.count == 1, c[0] == "0" { return CELDuration(nanoseconds: 0) }
        guard !c.isEmpty else { return nil }
        var total = Decimalish()
        var i = 0
        while i < c.count {
            var intPart: [UInt8] = []
            var fracPart: [UInt8] = []
            while i < c.count, let d = digit(c[i]) {
                intPart.append(d)
                i += 1
            }
            if i < c.count, c[i] == "." {
                i += 1
                while i < c.count, let d = digit(c[i]) {
                    fracPart.append(d)
                    i += 1
                }
            }
            guard !intPart.isEmpty || !fracPart.isEmpty else { return nil }
            var unit = ""
            while i < c.count, digit(c[i]) == nil, c[i] != "." {
                unit.unicodeScalars.append(c[i])
                i += 1
            }
            let scale: Int64
            switch unit {
            case "h": scale = 3_600_000_000_000
            case "m": scale = 60_000_000_000
            case "s": scale = 1_000_000_000
            case "ms": scale = 1_000_000
            case "us", "µs", "μs": scale = 1_000
            case "ns": scale = 1
            default: return nil
            }
            guard total.add(intPart: intPart, fracPart: fracPart, scale: scale) else { return nil }
        }
        // The magnitude may be 2^63 only for a negative duration (int64's asymmetric range).
        guard let mag = total.value, mag <= (neg ? Int64.min.magnitude : UInt64(Int64.max)) else { return nil }
        return CELDuration(nanoseconds: neg ? Int64(truncatingIfNeeded: 0 &- mag) : Int64(mag))
    }

    private static func digit(_ u: Unicode.Scalar) -> UInt8? {
        (u.value >= 48 && u.value <= 57) ? UInt8(u.value - 48) : nil
    }

    /// Accumulates the magnitude in nanoseconds with overflow detection (unsigned, so that
    /// 2^63 ns — the magnitude of the smallest duration — fits).
    private struct Decimalish {
        var value: UInt64? = 0
        mutating func add(intPart: [UInt8], fracPart: [UInt8], scale: Int64) -> Bool {
            guard let acc = value else { return false }
            var whole: UInt64 = 0
            for d in intPart {
                let (m, o1) = whole.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(UInt64(d))
                if o1 || o2 {
                    value = nil
                    return false
                }
                whole = a
            }
            let (w, o3) = whole.multipliedReportingOverflow(by: UInt64(scale))
            if o3 {
                value = nil
                return false
            }
            var frac: UInt64 = 0
            var unit = UInt64(scale)
            for d in fracPart {
                unit /= 10
                if unit == 0 { break }
                frac += UInt64(d) * unit
            }
            let (s1, o4) = acc.addingReportingOverflow(w)
            let (s2, o5) = s1.addingReportingOverflow(frac)
            if o4 || o5 {
                value = nil
                return false
            }
            value = s2
            return true
        }
    }

    /// The protobuf JSON mapping of a Duration: seconds with 0, 3, 6 or 9 fractional digits
    /// (`1.500s`, `-0.000000001s`, `7200s`). The magnitude is unsigned so that the smallest
    /// duration, -2^63 ns, prints too.
    static func format(_ d: CELDuration) -> String {
        let n = d.nanoseconds
        let mag = n.magnitude
        return (n < 0 ? "-" : "") + String(mag / 1_000_000_000) + fraction(mag % 1_000_000_000) + "s"
    }

    /// Offset in seconds from UTC of a time zone argument at a given instant. The language
    /// definition's grammar is `UTC`, an IANA name, or `±HH:MM`; the unsigned `HH:MM` is
    /// accepted too because the conformance suite requires it (`getHours('02:00')`). `Z`,
    /// abbreviations such as `EST` and other spellings Foundation would take are refused.
    static func offset(zone: String, at seconds: Int64) -> Int64? {
        let u = Array(zone.utf8)
        if let first = u.first, first == 43 || first == 45 || (first >= 48 && first <= 57) {
            var i = 0
            var sign: Int64 = 1
            if first == 43 || first == 45 {
                sign = first == 45 ? -1 : 1
                i = 1
            }
            let rest = Array(u[i...])
            guard rest.count == 5, rest[2] == 58 else { return nil }
            let digits = [rest[0], rest[1], rest[3], rest[4]]
            guard digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            // The grammar fixes the shape (two digits, colon, two digits), not the ranges;
            // cel-cpp accepts `+24:00` and `+23:60` as offsets, and so does this.
            let h = Int64(digits[0] - 48) * 10 + Int64(digits[1] - 48)
            let m = Int64(digits[2] - 48) * 10 + Int64(digits[3] - 48)
            return sign * (h * 3600 + m * 60)
        }
        if zone == "UTC" { return 0 }
        guard isIANAName(u), let tz = TimeZone(identifier: zone) else { return nil }
        return Int64(tz.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds))))
    }

    /// The shape of an IANA time zone name (`Asia/Shanghai`, `America/Argentina/Cordoba`,
    /// `Etc/GMT+8`, `Japan`): parts of letters, digits, `_`, `-`, `+`, separated by `/`, each
    /// starting with a letter. Whether the name exists is then up to the tz database
    /// (through Foundation); the shape check keeps out spellings Foundation would also take
    /// but the grammar has not, such as `GMT+0200` or `+0800` without a colon.
    static func isIANAName(_ u: [UInt8]) -> Bool {
        guard u.count <= 64, !u.isEmpty else { return false }
        func letter(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
        for p in u.split(separator: 47, omittingEmptySubsequences: false) {  // "/"
            guard let f = p.first, letter(f) else { return false }
            for c in p where !(letter(c) || (c >= 48 && c <= 57) || c == 95 || c == 45 || c == 43) { return false }
        }
        if u.starts(with: Array("GMT".utf8)) && u.count > 3 { return false }  // GMT+0200 etc.: not a tz name
        return true
    }
}
