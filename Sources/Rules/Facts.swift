import CEL

/// The activation a rule set is evaluated against: one outlet's facts as of a day, by root
/// (`outlet`, `operator`, `price`, `certification`, …; docs/RULES.md). `as_of` and `params` are
/// set by the engine from the evaluation's day.
public struct Facts: Sendable {
    /// Who the facts are about (the outlet's id), carried into the verdicts.
    public var subject: String
    /// Values by root name; a root not given is bound to an empty map.
    public var roots: [String: CELValue]

    public init(subject: String, roots: [String: CELValue]) {
        self.subject = subject
        self.roots = roots
    }

    /// `outlet.kind`, if present and a string.
    var kind: String? {
        roots["outlet"]?.mapValue?[.string("kind")]?.stringValue
    }
}
