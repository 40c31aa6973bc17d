import Foundation

extension CELTimestamp: CustomStringConvertible {
    /// Parses RFC 3339 text such as `2024-03-10T12:00:00Z` or `...+08:00`.
    public init?(rfc3339 text: String) {
        guard let t = TimeMath.parseTimestamp(text) else { return nil }
        self = t
    }

    /// The instant of a `Date`, nil outside years 1...9999.
    public init?(date: Date) {
        guard case .timestamp(let t)? = CELValue(any: date) else { return nil }
        self = t
    }

    public var date: Date {
        Date(timeIntervalSince1970: Double(seconds) + Double(nanos) / 1e9)
    }

    /// RFC 3339 in UTC, as `string(timestamp)` prints it.
    public var description: String { TimeMath.format(self) }
}

extension CELDuration: CustomStringConvertible {
    /// Parses duration text such as `1h30m`, `1.5s`, `-250ms`.
    public init?(parsing text: String) {
        guard let d = TimeMath.parseDuration(text) else { return nil }
        self = d
    }

    /// Seconds with a fraction, as `string(duration)` prints it (`5400s`, `1.5s`).
    public var description: String { TimeMath.format(self) }
}
