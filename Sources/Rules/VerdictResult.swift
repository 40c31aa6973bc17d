/// The result of one rule for one outlet.
public enum VerdictResult: String, Sendable, Codable, CaseIterable {
    /// The check held.
    case pass
    /// The check did not hold.
    case fail
    /// The rule does not concern this outlet: its kind is not in `applies_to`, the as-of date is
    /// outside the rule's `effective` dates, or its `when` condition is false.
    case notApplicable = "not_applicable"
    /// The check could not be evaluated (a missing fact, a wrong type, a parameter with no value
    /// in force). Never a silent pass: an error of a `block` rule makes the outlet ineligible.
    case error
}
