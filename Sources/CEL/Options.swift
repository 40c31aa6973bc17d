/// Options for `CEL.compile`.
public struct CELOptions: Sendable {
    /// Declared variables, in slot order: `evaluate(slots:)` takes values in this order,
    /// and reads of these names compile to array indexing instead of name lookups.
    public var variables: [String]
    /// Optional static types of variables (by name or dotted path). When given,
    /// `compile` rejects operators that can never apply, e.g. `int_var * 0.85`.
    public var types: [String: CELType]
    /// The namespace expressions are resolved in (spec "Name Resolution"): with
    /// container `a.b`, the name `x` is looked up as `a.b.x`, `a.x`, then `x`.
    public var container: String
    /// Maximum source size in UTF-8 bytes.
    public var maxSourceLength: Int
    /// Maximum nesting depth of the expression (parser recursion and tree height).
    public var maxDepth: Int
    /// Maximum comprehension iterations per evaluation.
    public var maxIterations: Int

    public init(
        variables: [String] = [], types: [String: CELType] = [:], container: String = "",
        maxSourceLength: Int = 100_000, maxDepth: Int = 250,
        maxIterations: Int = 1_000_000
    ) {
        self.variables = variables
        self.types = types
        self.container = container
        self.maxSourceLength = maxSourceLength
        self.maxDepth = maxDepth
        self.maxIterations = maxIterations
    }
}
