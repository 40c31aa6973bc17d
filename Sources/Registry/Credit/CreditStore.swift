import Rules

/// The store boundary for credit pledges (信用承诺), breaches, the blacklist (黑名单) as of a day, credit repair (信用修复).
///
/// The command line and the service call these operations and nothing else; `RegistryDatabase`
/// implements them on SQLite, and a second store implements the same protocol to run the same
/// contract tests. Errors are `UserFacingError`s.
public protocol CreditStore: Sendable {
    /// Records a breach at an outlet, linked to the outlet's pledge current on `on` (if any),
    /// and — when the rule set's parameters in force on `on` say the category blacklists — the
    /// operator's blacklisting: listed on `on`, minimum end `on` + the category's minimum months,
    /// maximum end `on` + the maximum months (calendar months, a short month's last day when the
    /// day does not exist: `LocalDate.adding(months:)`). All in one write transaction with its
    /// audit entries (`credit.breach`, `credit.blacklist`); a district officer only for an outlet
    /// of their district.
    func recordBreach(
        outletID: String, category: BreachCategory, evidence: String, on date: LocalDate, ruleSet: CompiledRuleSet,
        templates: PledgeTemplates, officer: String, reason: String
    ) async throws -> BreachOutcome

    func repairBlacklisting(
        id: Int64, on date: LocalDate, signatory: String, role: SignatoryRole, templates: PledgeTemplates,
        officer: String, reason: String
    ) async throws -> Blacklisting

    /// Breaches, all or one operator's, oldest first.
    func breaches(operatorUSCC: String?) async throws -> [CreditBreach]

    /// Blacklistings, all or one operator's, in listing order.
    func blacklistings(operatorUSCC: String?) async throws -> [Blacklisting]

    /// The public blacklist on `date` (公开的失信名单): every active blacklisting with its
    /// operator's name and the breach's category.
    func publicBlacklist(on date: LocalDate) async throws -> [BlacklistEntry]

    func signPledge(
        outletID: String, signatory: String, role: SignatoryRole, on date: LocalDate, templates: PledgeTemplates,
        officer: String, reason: String
    ) async throws -> CreditPledge

    func withdrawPledge(id: Int64, on date: LocalDate, officer: String, reason: String) async throws -> CreditPledge

    /// Every pledge, or those of one outlet, oldest first.
    func pledges(outletID: String?) async throws -> [CreditPledge]

    /// One pledge by id.
    func pledge(id: Int64) async throws -> CreditPledge?

    /// The outlet's current pledge on `date`: the latest signed on or before it, if that one is
    /// not withdrawn and its template version is still accepted (a newer pledge supersedes the
    /// older; a withdrawn or outdated latest one leaves none current).
    func currentPledge(outletID: String, on date: LocalDate, templates: PledgeTemplates) async throws -> CreditPledge?
}
