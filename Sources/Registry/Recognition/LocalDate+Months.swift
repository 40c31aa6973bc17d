extension LocalDate {
    /// The same day `months` calendar months later (or earlier), clamped to the month's last day
    /// (2024-01-31 + 1 month = 2024-02-29).
    public func adding(months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
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
