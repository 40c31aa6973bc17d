import CEL
import PuhuiCore

/// Why a verdict came out as it did, in terms an officer can read out: the rule's legal basis,
/// the facts and parameters it read (parameters with the day their value took effect and its
/// basis), the parts of an `&&`/`||` condition with their values, and the reason for a
/// not-applicable or error result.
public struct Explanation: Sendable {
    /// A fact the rule read (`price.monthly_fen`) and the value it saw (an error value when
    /// the fact is missing).
    public struct FactReading: Sendable {
        public let path: String
        public let value: CELValue
    }

    /// A parameter the rule read: the value in force on the as-of day, since when, and why.
    public struct ParameterReading: Sendable {
        public let name: String
        public let value: CELValue
        public let from: LocalDate
        public let basis: String
    }

    /// One operand of a top-level `&&`/`||` in `when` or `check`, with its value (nil: not
    /// evaluated, because an earlier operand decided).
    public struct ConditionPart: Sendable {
        public let expression: String
        public let value: CELValue?
        /// `when` or `check`.
        public let clause: String
        /// The operator joining the parts (`&&` or `||`).
        public let op: String

        /// Whether this part is what made the condition false or erred: for `&&`, a false or
        /// erring operand; for `||` that did not hold, every false or erring operand.
        public let isCulprit: Bool
    }

    /// Why the result is `not_applicable` or `error`.
    public enum Reason: Sendable {
        case kindNotCovered(kind: String, appliesTo: [String])
        case missingKind
        case notYetEffective(from: LocalDate)
        case noLongerEffective(to: LocalDate)
        case whenFalse
        case parameterNotInForce(name: String, firstFrom: LocalDate?)
        case evaluationError(clause: String, error: CELError)
        case notBoolean(clause: String, type: String)
    }

    public let basis: String
    public let reason: Reason?
    public let facts: [FactReading]
    public let parameters: [ParameterReading]
    public let conditions: [ConditionPart]
    /// When the message expression itself could not be evaluated, why (the title was used).
    public let messageError: CELError?

    static func bare(_ basis: String, _ reason: Reason?) -> Explanation {
        Explanation(basis: basis, reason: reason, facts: [], parameters: [], conditions: [], messageError: nil)
    }
}
