import CEL
import PuhuiCore

/// A test written in the rule file: facts as of a day and the verdicts they must give.
public struct RuleSetTest: Sendable {
    public let name: String
    public let asOf: LocalDate
    /// Facts by root name (`outlet`, `price`, …); `as_of` and `params` are added by the engine.
    public let facts: [String: CELValue]
    /// Expected results by rule id, in the file's order.
    public let expectations: [(rule: String, result: VerdictResult)]
    /// Where the test starts in the file (1-based line).
    public let line: Int
}
