/// The verdict of one rule on one outlet.
public struct Verdict: Sendable {
    public let rule: String
    public let result: VerdictResult
    public let severity: Severity
    /// The rule's message (its `message` expression, else its title).
    public let message: String
    public let explanation: Explanation

    /// A `block` rule that failed or erred: the outlet is not eligible.
    public var blocks: Bool {
        severity == .block && (result == .fail || result == .error)
    }
}
