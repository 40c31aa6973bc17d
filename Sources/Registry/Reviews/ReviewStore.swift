import Rules

/// The store boundary for residents' reviews (好差评) and their follow-ups.
///
/// The command line and the service call these operations and nothing else; `RegistryDatabase`
/// implements them on SQLite, and a second store implements the same protocol to run the same
/// contract tests. Errors are `UserFacingError`s.
public protocol ReviewStore: Sendable {
    /// Records a resident's review of an outlet. A bad review (1–2) gets its follow-up deadline:
    /// `on` + the parameter `review_follow_up_working_days` in force on `on`, counted with the
    /// working-day calendar (`WorkingDayCalendar.adding`). Audited as `review.add`; a district
    /// officer only for an outlet of their district.
    func addReview(
        outletID: String, score: Int, on date: LocalDate, text: String?, ruleSet: CompiledRuleSet,
        calendar: WorkingDayCalendar, officer: String, reason: String
    ) async throws -> ReviewRecorded

    func followUpReview(
        id: Int64, on date: LocalDate, text: String, rectified: Bool, officer: String, reason: String
    ) async throws -> Review

    /// Reviews, all or one outlet's, by day then id.
    func reviews(outletID: String?) async throws -> [Review]

    /// One review by id.
    func review(id: Int64) async throws -> Review?
}
