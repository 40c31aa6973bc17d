import Rules

/// The store boundary for the recognition (认定) workflow: every step from application to expiry, the history and the worklist.
///
/// The command line and the service call these operations and nothing else; `RegistryDatabase`
/// implements them on SQLite, and a second store implements the same protocol to run the same
/// contract tests. Errors are `UserFacingError`s.
public protocol RecognitionStore: Sendable {
    /// 申请: a new recognition at `level`, from no recognition in progress (never applied,
    /// rejected, revoked or expired).
    func applyForRecognition(
        outletID: String, level: CertificationLevel, on day: LocalDate, officer: String, reason: String,
        basis: String
    ) async throws -> RecognitionStepResult

    /// 审核: attaches a verification run of the outlet. With `runID` a stored run that covered
    /// the outlet; without, the outlet is verified now as of `day` with `ruleSet` and the run
    /// stored (audited as `verification.run`) — only after the step is known to be allowed.
    func reviewRecognition(
        outletID: String, runID: Int64?, ruleSet: CompiledRuleSet, on day: LocalDate, officer: String,
        reason: String, basis: String
    ) async throws -> RecognitionStepResult

    /// 公示: published on `day`, lasting the `recognition_notice_working_days` parameter in
    /// working days by the holiday calendar (`day` counted if a working day). Refused when the
    /// attached run has failing or erring block rules, unless `override` says why (recorded).
    func publishNotice(
        outletID: String, on day: LocalDate, override: String?, ruleSet: CompiledRuleSet,
        calendar: WorkingDayCalendar, officer: String, reason: String, basis: String
    ) async throws -> RecognitionStepResult

    /// 异议: an objection during the public notice, with who raised it and what it says.
    func recordObjection(
        outletID: String, by: String, text: String, on day: LocalDate, officer: String, reason: String
    ) async throws -> RecognitionStepResult

    /// 认定决定: after the notice (from the day after its last day), approve — which issues the
    /// badge, valid from `day` for `recognition_validity_months` — or reject. An approval with
    /// objections on record needs `reason` saying how they were resolved. A rejection is also
    /// allowed while under review (an application that cannot pass needs no notice).
    func decideRecognition(
        outletID: String, approve: Bool, on day: LocalDate, ruleSet: CompiledRuleSet, officer: String,
        reason: String, basis: String
    ) async throws -> RecognitionStepResult

    /// 暂停 / 恢复 / 撤销: `suspend` (certified → suspended), `reinstate` (suspended → certified)
    /// or `revoke` (certified or suspended → revoked, the badge withdrawn at once). `reason` is
    /// required.
    func changeRecognition(
        outletID: String, _ action: RecognitionAction, on day: LocalDate, officer: String, reason: String,
        basis: String
    ) async throws -> RecognitionStepResult

    /// 复核通过: a passed periodic review extends the validity by `recognition_validity_months`
    /// from its current end. Only while certified, from `recognition_review_window_days` before
    /// the end up to the end itself.
    func renewRecognition(
        outletID: String, on day: LocalDate, ruleSet: CompiledRuleSet, officer: String, reason: String,
        basis: String
    ) async throws -> RecognitionStepResult

    /// 到期: records, as of `day`, the expiry of every certified recognition whose validity ended
    /// before `day` without a passed periodic review (of the officer's district for a district
    /// officer). Each expiry takes effect the day after its validity's last day; the badge is
    /// withdrawn. One transaction; returns one result per expiry, in outlet order.
    func expireLapsedRecognitions(
        on day: LocalDate, officer: String, reason: String, basis: String
    ) async throws -> [RecognitionStepResult]

    /// Every step of every recognition of an outlet, oldest first.
    func recognitionHistory(outletID: String) async throws -> [RecognitionEvent]

    /// The officer's worklist: each outlet's recognition as it stood on `asOf` (replayed from
    /// its steps, `RecognitionReplay`; a recognition without steps as its row stands), by live
    /// status (`status`), certified ones whose validity ends within `expiringWithin` days of
    /// `asOf`, of one district. Outlets whose first step is after `asOf` are not listed.
    func recognitions(
        status: CertificationStatus?, expiringWithin days: Int?, district: String?, asOf: LocalDate
    ) async throws -> [RecognitionListing]
}
