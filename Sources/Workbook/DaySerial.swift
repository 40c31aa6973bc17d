import PuhuiCore

/// Dates as workbooks store them: a number of days (the day serial) counted in the workbook's
/// date system (ECMA-376 Part 1, 18.17.4.1). In the 1900 system serial 1 is 1900-01-01 and, as in
/// Lotus 1-2-3, serial 60 is the day 1900-02-29 that never was, so from serial 61 (1900-03-01) a
/// serial is days since 1899-12-30. In the 1904 system (`date1904`) serial 0 is 1904-01-01.
public enum DaySerial {
    /// The day a whole serial names; nil for serial 60 in the 1900 system, for fractions (a time
    /// of day) and for serials outside 1900-01-01…9999-12-31.
    public static func date(serialText: String, date1904: Bool) -> LocalDate? {
        guard let serial = wholeNumber(serialText) else { return nil }
        return date(serial: serial, date1904: date1904)
    }

    public static func date(serial: Int, date1904: Bool) -> LocalDate? {
        guard (date1904 ? 0 : 1)...2_958_465 ~= serial else { return nil }
        if date1904 { return epoch1904.adding(days: serial) }
        if serial == 60 { return nil }
        return serial < 60 ? epoch1900.adding(days: serial) : lotusEpoch.adding(days: serial)
    }

    /// The serial of `date` in the 1900 system (what the writer stores).
    public static func serial(of date: LocalDate) -> Int {
        let days = date.daysSinceEpoch - lotusEpoch.daysSinceEpoch
        return days < 61 ? days - 1 : days
    }

    /// A serial with a time of day, as `YYYY-MM-DD HH:MM` (or with seconds when there are any);
    /// nil when the day itself is not one.
    public static func dateTime(serialText: String, date1904: Bool) -> String? {
        guard let value = Double(serialText), value.isFinite, value >= 0, value < 2_958_466 else { return nil }
        let day = Int(value.rounded(.down))
        guard let date = date(serial: day, date1904: date1904) else { return nil }
        let seconds = Int(((value - Double(day)) * 86_400).rounded())
        if seconds == 0 { return date.description }
        let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(date) \(two(min(h, 23))):\(two(m))" + (s == 0 ? "" : ":\(two(s))")
    }

    /// The integer a number's text names when it has no fraction (`45352`, `45352.0`).
    static func wholeNumber(_ text: String) -> Int? {
        guard let canonical = NumberText.canonical(text), canonical.utf8.count <= 9,
            canonical.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 })
        else { return nil }
        return Int(canonical)
    }

    private static let epoch1900 = LocalDate(year: 1899, month: 12, day: 31)!
    private static let lotusEpoch = LocalDate(year: 1899, month: 12, day: 30)!
    private static let epoch1904 = LocalDate(year: 1904, month: 1, day: 1)!
}
