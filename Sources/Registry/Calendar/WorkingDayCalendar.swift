import PuhuiResources

/// Working days by the national holiday calendar (Seed/calendar/): Monday–Friday are working
/// days and weekends are not, except where a holiday arrangement gives a weekday off (放假) or
/// makes a weekend day a working day (调休上班). Notice periods and follow-up deadlines are counted
/// with it. In a year the calendar does not cover, Monday–Friday count and the result says which
/// years were counted that way.
public struct WorkingDayCalendar: Sendable {
    /// A day whose status the holiday arrangement changes.
    public struct Arrangement: Sendable, Equatable {
        /// `true`: a day off (放假); `false`: a weekend day worked (调休上班).
        public let isDayOff: Bool
        /// The holiday period it belongs to (春节, National Day, …).
        public let holiday: LocalizedText
    }

    /// A count of working days, and the years it ran through that the calendar does not cover.
    public struct Count: Sendable, Equatable {
        /// The last day of the count.
        public let date: LocalDate
        /// Years counted Monday–Friday only, because the calendar has no arrangement for them.
        public let uncoveredYears: [Int]
    }

    /// The embedded file.
    public static let embeddedPath = "Seed/calendar/cn-working-calendar.csv"

    let arrangements: [LocalDate: Arrangement]
    /// The calendar years the file's arrangements cover (nil: none).
    public let coveredYears: ClosedRange<Int>?

    /// Reads a calendar file (columns `date,kind,arrangement_year,holiday,holiday_en`); a bad row
    /// is an error naming the file, line and column.
    public init(csv text: String, file: String) throws {
        var arrangements: [LocalDate: Arrangement] = [:]
        var years: [Int] = []
        let table = try ReferenceData.Table(
            file: file, text: text, required: ["date", "kind", "arrangement_year", "holiday", "holiday_en"])
        for row in table {
            let dateText = try row.text("date")
            guard let date = try? LocalDate(parsing: dateText) else {
                throw row.fail("date", "\"\(dateText)\" is not a date (YYYY-MM-DD)")
            }
            let kind = try row.text("kind")
            guard kind == "holiday" || kind == "workday" else {
                throw row.fail("kind", "\"\(kind)\" is neither holiday nor workday")
            }
            guard arrangements[date] == nil else { throw row.fail("date", "\(date) is listed twice") }
            guard let year = try row.optionalInt("arrangement_year"), (1...9999).contains(year) else {
                throw row.fail("arrangement_year", "required: the year of the arrangement")
            }
            let arrangement = Arrangement(
                isDayOff: kind == "holiday",
                holiday: LocalizedText(zh: try row.text("holiday"), en: try row.text("holiday_en")))
            if !arrangement.isDayOff, date.weekday < 5 {
                throw row.fail("kind", "\(date) is a weekday: only a Saturday or Sunday can be a make-up working day")
            }
            arrangements[date] = arrangement
            years.append(year)
        }
        self.arrangements = arrangements
        if let first = years.min(), let last = years.max() {
            for year in first...last where !years.contains(year) {
                throw RegistryError.invalidReferenceData(
                    file: file, line: 1, reason: "no arrangement for \(year) between \(first) and \(last)")
            }
            coveredYears = first...last
        } else {
            coveredYears = nil
        }
    }

    /// The calendar compiled into the program.
    public static func embedded() throws -> WorkingDayCalendar {
        guard let text = Resources.text(embeddedPath) else { throw RegistryError.missingResource(embeddedPath) }
        return try WorkingDayCalendar(csv: text, file: embeddedPath)
    }

    /// Whether the calendar has the arrangement for `date`'s year.
    public func covers(_ date: LocalDate) -> Bool {
        coveredYears?.contains(date.year) ?? false
    }

    /// The arrangement that changes `date`, if any.
    public func arrangement(on date: LocalDate) -> Arrangement? {
        arrangements[date]
    }

    /// Whether `date` is a working day.
    public func isWorkingDay(_ date: LocalDate) -> Bool {
        if let arrangement = arrangements[date] { return !arrangement.isDayOff }
        return date.weekday < 5
    }

    /// The `count`-th working day after `date` (`date` itself not counted; 0 gives `date`), e.g.
    /// the deadline "within 15 working days" of a bad review.
    public func adding(workingDays count: Int, to date: LocalDate) -> Count {
        var day = date
        var remaining = max(0, count)
        var uncovered: Set<Int> = []
        while remaining > 0 {
            day = day.adding(days: 1)
            if !covers(day) { uncovered.insert(day.year) }
            if isWorkingDay(day) { remaining -= 1 }
        }
        return Count(date: day, uncoveredYears: uncovered.sorted())
    }

    /// The last day of a period of `count` working days that starts on `start` (counted if it is
    /// a working day), e.g. a public notice of 5 working days published on `start`.
    public func lastDay(ofWorkingDays count: Int, startingOn start: LocalDate) -> Count {
        let dayBefore = start.adding(days: -1)
        return adding(workingDays: max(1, count), to: dayBefore)
    }

    /// The working days after `start` up to and including `end` (0 if `end` ≤ `start`).
    public func workingDays(after start: LocalDate, through end: LocalDate) -> Int {
        var day = start
        var count = 0
        while day < end {
            day = day.adding(days: 1)
            if isWorkingDay(day) { count += 1 }
        }
        return count
    }
}

extension LocalDate {
    /// The day of the week: 0 Monday … 5 Saturday, 6 Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (3).
        let value = (daysSinceEpoch + 3) % 7
        return value < 0 ? value + 7 : value
    }
}
