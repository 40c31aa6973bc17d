/// The result of a traced evaluation: the value of every evaluated sub-expression in
/// evaluation order (children before parents), keyed by its source range.
public struct CELTrace: Sendable {
    public struct Step: Sendable {
        /// Offsets in Unicode scalars into the source text (`end` exclusive).
        public let start: Int
        public let end: Int
        /// The sub-expression's source text.
        public let text: String
        public let value: CELValue
        /// For reads of variables (`price`, `price.monthly_fen`): the dotted path read.
        public let variable: String?
    }

    public let result: CELValue
    public let steps: [Step]

    /// The variables (and paths) read, with the values seen.
    public var variablesRead: [String: CELValue] {
        var out: [String: CELValue] = [:]
        for s in steps { if let v = s.variable { out[v] = s.value } }
        return out
    }

    /// The last recorded value of the sub-expression with exactly this source text.
    public func value(of text: String) -> CELValue? {
        steps.last { $0.text == text }?.value
    }
}
