import PuhuiCore

/// One rule of a rule set: a legal requirement checked against an outlet's facts.
public struct Rule: Sendable {
    /// Stable identifier, e.g. `CC-01`: verdicts, stored runs and tests name rules by it.
    public let id: String
    public let title: RuleText
    /// The legal basis (document and clause), shown with every verdict.
    public let basis: String
    public let severity: Severity
    /// The `applies_to` entries as written (kinds or groups); empty means every kind.
    public let appliesTo: [String]
    /// The kinds `appliesTo` expands to; nil means every kind.
    let kinds: Set<String>?
    /// The rule is in force from this day (inclusive), if given.
    public let effectiveFrom: LocalDate?
    /// … and to this day (inclusive), if given.
    public let effectiveTo: LocalDate?
    /// When false, the rule does not apply (not_applicable).
    public let when: RuleExpression?
    /// True: pass; false: fail.
    public let check: RuleExpression
    /// A CEL expression giving the verdict's message; the title when absent.
    public let message: RuleExpression?

    /// Every parameter the rule's expressions read, in order of first use.
    public var parameters: [String] {
        var seen: Set<String> = []
        var out: [String] = []
        for name in (when?.parameters ?? []) + check.parameters + (message?.parameters ?? []) where !seen.contains(name)
        {
            seen.insert(name)
            out.append(name)
        }
        return out
    }
}
