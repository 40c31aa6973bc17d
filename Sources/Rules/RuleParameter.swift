import CEL
import PuhuiCore

/// A rule-set parameter (a threshold the bureau may change, e.g. the inclusive price cap): its
/// dated values. DOMAIN.md: anything marked [M] or [L] there is a parameter, never a constant.
public struct RuleParameter: Sendable {
    public let name: String
    public let title: RuleText?
    /// In ascending order of `from`, no two on the same day.
    public let values: [ParameterValue]

    /// The value in force on a day: the one with the latest `from` on or before it; nil before the
    /// first.
    public func value(on day: LocalDate) -> ParameterValue? {
        values.last { $0.from <= day }
    }
}
