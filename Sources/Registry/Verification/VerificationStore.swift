import Rules

/// The store boundary for facts for the rules, verification of one outlet or many, stored runs.
///
/// The command line and the service call these operations and nothing else; `RegistryDatabase`
/// implements them on SQLite, and a second store implements the same protocol to run the same
/// contract tests. Errors are `UserFacingError`s.
public protocol VerificationStore: Sendable {
    /// The facts of one outlet as of a day (docs/RULES.md). Throws `outletNotFound`.
    func facts(outletID: String, asOf: LocalDate) async throws -> Facts

    /// Verifies one outlet as of a day, with full explanations. Nothing is stored.
    func verify(outletID: String, ruleSet: CompiledRuleSet, asOf: LocalDate) async throws -> OutletVerdicts

    func verifyAll(
        ruleSet: CompiledRuleSet, asOf: LocalDate, scope: VerificationScope, officer: String?,
        storage: VerificationStorage, detail: ExplanationDetail, batchSize: Int,
        onBatch: ([OutletVerdicts]) throws -> Void, timings: ((VerificationTimings) -> Void)?,
        progress: ProgressHandler?
    ) async throws -> VerificationRun

    /// A stored run by id.
    func verificationRun(id: Int64) async throws -> VerificationRun?

    /// The stored fail/error verdicts of a run: (outlet id, rule, result, severity, message).
    func storedVerdicts(
        runID: Int64
    ) async throws -> [(outlet: String, rule: String, result: String, severity: String, message: String)]
}
