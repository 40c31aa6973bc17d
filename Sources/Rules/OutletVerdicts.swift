/// Every verdict of a rule set on one outlet, and its outcome: **eligible** only if no `block`
/// rule fails or errs.
public struct OutletVerdicts: Sendable {
    /// The outlet's id (the facts' subject).
    public let subject: String
    public let verdicts: [Verdict]

    public var eligible: Bool { !verdicts.contains { $0.blocks } }

    /// How many verdicts have a given result.
    public func count(_ result: VerdictResult) -> Int {
        verdicts.reduce(0) { $0 + ($1.result == result ? 1 : 0) }
    }
}
