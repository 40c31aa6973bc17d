import Foundation

/// A calendar date without a time or zone (legal dates: 认定日期, 备案日期, prices' effective dates),
/// written `YYYY-MM-DD`. Proleptic Gregorian; parsing is strict (2024-02-30 is refused). There is
/// no hidden "now": `today(at:utcOffsetSeconds:)` takes the instant from the caller.
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A date, if it exists (year 1–9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...LocalDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits, zero-padded) and checks the day exists.
    public init(parsing text: String) throws(CivilDateError) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            var result = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                result = result * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return result
        }
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
        else {
            throw .malformed(text)
        }
        guard let date = LocalDate(year: year, month: month, day: day) else {
            throw .noSuchDay(text)
        }
        self = date
    }

    /// Parses exactly `YYYY-MM-DD`; nil when malformed or no such day (rule files report their
    /// own positioned diagnostics).
    public init?(iso text: String) {
        guard let date = try? LocalDate(parsing: text) else { return nil }
        self = date
    }

    /// The date `days` days later (earlier if negative).
    public func adding(days: Int) -> LocalDate {
        LocalDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `days` days after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// The local date at an instant, in a zone `utcOffsetSeconds` east of UTC (China Standard
    /// Time, UTC+8, by default).
    public static func today(at instant: Date, utcOffsetSeconds: Int = 8 * 3600) -> LocalDate {
        let seconds = Int((instant.timeIntervalSince1970).rounded(.down)) + utcOffsetSeconds
        let days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400)
        return LocalDate(daysSinceEpoch: days)
    }

    /// The instant this day starts, in a zone `utcOffsetSeconds` east of UTC (China Standard
    /// Time, UTC+8, by default): the inverse of `today(at:utcOffsetSeconds:)`.
    public func start(utcOffsetSeconds: Int = 8 * 3600) -> Date {
        Date(timeIntervalSince1970: Double(daysSinceEpoch * 86400 - utcOffsetSeconds))
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try LocalDate(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
