extension LocalDate {
    /// The same day `months` calendar months later (earlier if negative); when that month is
    /// shorter, its last day: 2025-11-30 + 3 months = 2026-02-28, 2024-02-29 + 12 months =
    /// 2025-02-28, 2025-08-31 + 1 month = 2025-09-30. The blacklist's public periods are counted
    /// this way (docs/CREDIT.md).
    public func adding(months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : -((-index + 11) / 12)
        let newMonth = index - newYear * 12 + 1
        let newDay = min(day, LocalDate.daysIn(month: newMonth, year: newYear))
        return LocalDate(year: newYear, month: newMonth, day: newDay) ?? self
    }
}
