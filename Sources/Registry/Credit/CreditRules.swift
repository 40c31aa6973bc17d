/// Credit decisions as pure functions (docs/CREDIT.md): how long a blacklisting is public, and
/// whether a credit repair (信用修复) may end it on a day. The store loads the record and the
/// rule set's terms, calls these, and writes what they decided.
public enum CreditRules {
    /// The public period of a blacklisting listed on `day`: at least `minimumMonths`, at most
    /// `maximumMonths` calendar months (a short month's last day when the day does not exist).
    public static func blacklistPeriod(
        listedOn day: LocalDate, minimumMonths: Int, maximumMonths: Int
    ) -> (minimumEnd: LocalDate, maximumEnd: LocalDate) {
        (day.adding(months: minimumMonths), day.adding(months: maximumMonths))
    }

    /// A repair ends a blacklisting only while it is active on `day` and not before its minimum
    /// public period has run.
    public static func checkRepair(_ listing: Blacklisting, on day: LocalDate) throws(CreditError) {
        let state = listing.state(on: day)
        guard state == .active else {
            throw .notActive(id: listing.id, on: day, state: state, until: listing.publicUntil(asOf: day))
        }
        guard day >= listing.minimumEnd else {
            throw .repairTooEarly(id: listing.id, on: day, earliest: listing.minimumEnd)
        }
    }

    /// A bad review's follow-up deadline: `workingDays` working days after the review's day by
    /// the holiday calendar; nil for a review that is not bad (3–5 need no follow-up).
    public static func followUpDue(
        score: ReviewScore, reviewedOn day: LocalDate, workingDays: Int, calendar: WorkingDayCalendar
    ) -> WorkingDayCalendar.Count? {
        guard score.isBad else { return nil }
        return calendar.adding(workingDays: workingDays, to: day)
    }
}
