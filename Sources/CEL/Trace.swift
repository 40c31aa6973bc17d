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

    /// One operand of the expression's top-level `&&` (or `||`) chain — for a rule
    /// `a && b && c`, the clauses are `a`, `b` and `c` — with its value (nil when it was
    /// not evaluated because the chain short-circuited) and the variables it read.
    public struct Clause: Sendable {
        public let start: Int
        public let end: Int
        public let text: String
        public let value: CELValue?
        public let variables: [String: CELValue]

        /// True when the clause evaluated to `false` or to an error.
        public var failed: Bool {
            switch value {
            case .bool(false)?, .error?: return true
            default: return false
            }
        }
    }

    public let result: CELValue
    public let steps: [Step]
    /// The operands of the top-level chain, in source order; a single clause (the whole
    /// expression) when the expression is not an `&&`/`||` chain.
    public let clauses: [Clause]
    /// `"&&"`, `"||"`, or nil when the expression is not such a chain.
    public let clauseOperator: String?

    init(result: CELValue, steps: [Step], clauses: [Clause] = [], clauseOperator: String? = nil) {
        self.result = result
        self.steps = steps
        self.clauses = clauses
        self.clauseOperator = clauseOperator
    }

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
