import CEL

/// A compiled `when`, `check` or `message` expression of a rule, with what it refers to.
public struct RuleExpression: Sendable {
    /// The expression's text as the rule file gives it.
    public let text: String
    /// The compiled program's two entry points (plain and traced), over the fact roots in slot
    /// order. Held as closures so this file does not depend on the name of CEL's program type.
    let run: @Sendable ([CELValue]) -> CELValue
    let runTraced: @Sendable ([CELValue]) -> CELTrace
    /// The parameters it reads (`params.NAME`).
    let parameters: [String]
    /// When the expression is a chain of `&&` or `||`: the operator and the operands' ranges (in
    /// Unicode scalars of `text`), for explanations.
    let operands: (op: String, ranges: [Range<Int>])?
}
