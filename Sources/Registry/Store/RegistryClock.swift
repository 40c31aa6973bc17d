import Foundation

/// Where the registry's timestamps come from. Logic never reads "now" itself: it asks the clock
/// it was given, so tests pass a fixed one.
public struct RegistryClock: Sendable {
    /// The current instant.
    public let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The system clock.
    public static let system = RegistryClock { Date() }

    /// A clock that always says `date`.
    public static func fixed(_ date: Date) -> RegistryClock {
        RegistryClock { date }
    }

    /// Today's date in Nantong (UTC+8, or `utcOffsetSeconds` east of UTC) by this clock.
    public func today(utcOffsetSeconds: Int = 8 * 3600) -> LocalDate {
        LocalDate.today(at: now(), utcOffsetSeconds: utcOffsetSeconds)
    }

    /// The current instant as a UTC timestamp `YYYY-MM-DDTHH:MM:SSZ`.
    public func timestamp() -> String {
        Self.timestamp(now())
    }

    /// An instant as a UTC timestamp `YYYY-MM-DDTHH:MM:SSZ` (seconds truncated).
    public static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400)
        let secondOfDay = seconds - days * 86400
        let day = LocalDate(daysSinceEpoch: days)
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day)T\(pad(secondOfDay / 3600)):\(pad(secondOfDay / 60 % 60)):\(pad(secondOfDay % 60))Z"
    }
}
