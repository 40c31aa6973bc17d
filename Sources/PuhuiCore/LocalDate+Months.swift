extension LocalDate {
    /// The same day `months` calendar months later (earlier if negative); when that month is
    /// shorter, its last day: 2025-11-30 + 3 months = 2026-02-28, 2024-02-29 + 12 months =
    /// 2025-02-28, 2025-08-31 + 1 month = 2025-09-30. Blacklist periods (docs/CREDIT.md) and
    /// recognition validity (docs/RECOGNITION.md) are counted this way.
    public func adding(months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : -((-index + 11) / 12)
        let newMonth = index - newYear * 12 + 1
        let newDay = min(day, LocalDate.daysIn(month: newMonth, year: newYear))
        return LocalDate(year: newYear, month: newMonth, day: newDay) ?? self
    }

    /// The last day of a validity period of `months` months starting on this day: the day before
    /// the same day `months` later (from 2026-11-29 for 36 months: to 2029-11-28); where that
    /// month has no such day, the period runs to its last day (from 2024-02-29 for 12 months: to
    /// 2025-02-28).
    public func lastDay(ofMonths months: Int) -> LocalDate {
        let later = adding(months: months)
        return later.day < day ? later : later.adding(days: -1)
    }
}
