import Testing

@testable import Registry

@Suite("Working-day calendar")
struct WorkingDayCalendarTests {
    let calendar: WorkingDayCalendar

    init() throws {
        calendar = try WorkingDayCalendar.embedded()
    }

    func day(_ text: String) throws -> LocalDate { try LocalDate(parsing: text) }

    @Test func weekdays() throws {
        #expect(try day("1970-01-01").weekday == 3)
        #expect(try day("2026-11-29").weekday == 6)  // a Sunday
        #expect(try day("2024-02-29").weekday == 3)
        #expect(try day("1969-12-29").weekday == 0)
    }

    @Test func embeddedCalendarCoversTheArrangementYears() throws {
        #expect(calendar.coveredYears == 2022...2026)
        #expect(calendar.covers(try day("2026-12-31")))
        #expect(!calendar.covers(try day("2027-01-01")))
    }

    @Test func holidaysAndMakeUpDays() throws {
        // 2026 Spring Festival: 15–23 February off, Saturdays 14 and 28 February worked.
        #expect(!calendar.isWorkingDay(try day("2026-02-16")))  // Monday, off
        #expect(!calendar.isWorkingDay(try day("2026-02-23")))  // Monday, off
        #expect(calendar.isWorkingDay(try day("2026-02-14")))  // Saturday, worked
        #expect(calendar.isWorkingDay(try day("2026-02-28")))  // Saturday, worked
        #expect(calendar.isWorkingDay(try day("2026-02-24")))
        #expect(!calendar.isWorkingDay(try day("2026-11-28")))  // ordinary Saturday
        #expect(calendar.arrangement(on: try day("2026-10-10"))?.holiday.zh == "国庆节")
        #expect(calendar.arrangement(on: try day("2023-01-02"))?.isDayOff == true)
    }

    @Test func noticeOfFiveWorkingDays() throws {
        // Published on a Monday: Monday to Friday.
        #expect(calendar.lastDay(ofWorkingDays: 5, startingOn: try day("2026-11-23")).date == (try day("2026-11-27")))
        // Published on a Saturday: the count starts on Monday.
        #expect(calendar.lastDay(ofWorkingDays: 5, startingOn: try day("2026-11-28")).date == (try day("2026-12-04")))
        // Across National Day 2026 (1–7 October off, Saturday 10 October worked): published
        // Tuesday 29 September → 29, 30 Sep, 8, 9, 10 Oct.
        let national = calendar.lastDay(ofWorkingDays: 5, startingOn: try day("2026-09-29"))
        #expect(national.date == (try day("2026-10-10")))
        #expect(national.uncoveredYears.isEmpty)
        // Across the Spring Festival 2026, with the make-up Saturday before it counted.
        #expect(calendar.lastDay(ofWorkingDays: 5, startingOn: try day("2026-02-11")).date == (try day("2026-02-24")))
    }

    @Test func deadlinesInWorkingDays() throws {
        // 15 working days after Thursday 2025-09-25: 26, 28(Sun, worked), 29, 30 Sep, then 9 Oct
        // (1–8 off), 10, 11 (Sat, worked), 13–17, 20, 21, 22 → 2025-10-22.
        #expect(calendar.adding(workingDays: 15, to: try day("2025-09-25")).date == (try day("2025-10-22")))
        #expect(calendar.adding(workingDays: 0, to: try day("2025-09-25")).date == (try day("2025-09-25")))
        #expect(calendar.workingDays(after: try day("2025-09-25"), through: try day("2025-10-22")) == 15)
        #expect(calendar.workingDays(after: try day("2025-10-22"), through: try day("2025-09-25")) == 0)
    }

    @Test func countsIntoAnUncoveredYearSaySo() throws {
        // Thursday 2026-12-31, then Monday–Friday in 2027.
        let count = calendar.lastDay(ofWorkingDays: 5, startingOn: try day("2026-12-29"))
        #expect(count.date == (try day("2027-01-04")))
        #expect(count.uncoveredYears == [2027])
    }

    @Test func badCalendarRowsAreNamed() {
        let header = "date,kind,arrangement_year,holiday,holiday_en\n"
        #expect(
            throws: RegistryError.invalidReferenceData(
                file: "c.csv", line: 2,
                reason: "column kind: 2026-02-16 is a weekday: only a Saturday or Sunday can be a make-up working day")
        ) {
            try WorkingDayCalendar(csv: header + "2026-02-16,workday,2026,春节,Spring Festival\n", file: "c.csv")
        }
        #expect(
            throws: RegistryError.invalidReferenceData(
                file: "c.csv", line: 2, reason: "column date: \"2026-02-30\" is not a date (YYYY-MM-DD)")
        ) {
            try WorkingDayCalendar(csv: header + "2026-02-30,holiday,2026,春节,Spring Festival\n", file: "c.csv")
        }
        #expect(
            throws: RegistryError.invalidReferenceData(
                file: "c.csv", line: 3, reason: "column date: 2026-02-16 is listed twice")
        ) {
            try WorkingDayCalendar(
                csv: header + "2026-02-16,holiday,2026,春节,x\n2026-02-16,holiday,2026,春节,x\n", file: "c.csv")
        }
        #expect(
            throws: RegistryError.invalidReferenceData(
                file: "c.csv", line: 1, reason: "no arrangement for 2025 between 2024 and 2026")
        ) {
            try WorkingDayCalendar(
                csv: header + "2024-10-01,holiday,2024,国庆节,x\n2026-10-01,holiday,2026,国庆节,x\n", file: "c.csv")
        }
    }
}
