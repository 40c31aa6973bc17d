/// A calendar date as a day number (days since 1970-01-01, proleptic Gregorian), written
/// `YYYY-MM-DD`. Civil-date conversions after Howard Hinnant's `days_from_civil`.
struct Day: Comparable, Hashable, Sendable {
    var number: Int

    init(number: Int) { self.number = number }

    init(_ year: Int, _ month: Int, _ day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        number = era * 146_097 + doe - 719_468
    }

    var civil: (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    var year: Int { civil.year }

    static func + (lhs: Day, rhs: Int) -> Day { Day(number: lhs.number + rhs) }
    static func - (lhs: Day, rhs: Int) -> Day { Day(number: lhs.number - rhs) }
    static func - (lhs: Day, rhs: Day) -> Int { lhs.number - rhs.number }
    static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }

    /// The same day `years` later (29 February → 28 February in a common year).
    func adding(years: Int) -> Day {
        let c = civil
        let target = c.year + years
        let leap = (target % 4 == 0 && target % 100 != 0) || target % 400 == 0
        return Day(target, c.month, (c.month == 2 && c.day == 29 && !leap) ? 28 : c.day)
    }

    /// The same day `months` later, clamped to the month's last day.
    func adding(months: Int) -> Day {
        let c = civil
        let index = c.year * 12 + (c.month - 1) + months
        let year = index / 12
        let month = index % 12 + 1
        let next = month == 12 ? Day(year + 1, 1, 1) : Day(year, month + 1, 1)
        let last = (next - 1).civil.day
        return Day(year, month, min(c.day, last))
    }

    var text: String {
        let c = civil
        return pad(c.year, 4) + "-" + pad(c.month, 2) + "-" + pad(c.day, 2)
    }

    /// Parses `YYYY-MM-DD`, refusing days that do not exist.
    static func parse(_ text: String) -> Day? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == 45, bytes[7] == 45 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let b = bytes[i]
                guard b >= 48, b <= 57 else { return nil }
                value = value * 10 + Int(b - 48)
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
            (1...12).contains(m), d >= 1
        else { return nil }
        let day = Day(y, m, d)
        let back = day.civil
        guard back.year == y, back.month == m, back.day == d else { return nil }
        return day
    }
}

/// Zero-padded decimal of a non-negative number.
func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
