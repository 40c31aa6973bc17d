import CEL
import PuhuiCore

/// One dated value of a parameter: in force from `from` until the next value's `from`.
public struct ParameterValue: Sendable {
    /// The day the value takes effect.
    public let from: LocalDate
    public let value: CELValue
    /// The legal basis of the value (document and clause), shown with every verdict that reads it.
    public let basis: String
}
