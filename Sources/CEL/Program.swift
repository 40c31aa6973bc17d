/// Options for `CEL.compile`.
public struct CELOptions: Sendable {
    /// Declared variables, in slot order: `evaluate(slots:)` takes values in this order,
    /// and reads of these names compile to array indexing instead of name lookups.
    public var variables: [String]
    /// Maximum source size in UTF-8 bytes.
    public var maxSourceLength: Int
    /// Maximum nesting depth of the expression (parser recursion and tree height).
    public var maxDepth: Int
    /// Maximum comprehension iterations per evaluation.
    public var maxIterations: Int

    public init(variables: [String] = [], maxSourceLength: Int = 100_000, maxDepth: Int = 250,
                maxIterations: Int = 1_000_000) {
        self.variables = variables
        self.maxSourceLength = maxSourceLength
        self.maxDepth = maxDepth
        self.maxIterations = maxIterations
    }
}

/// Entry point: `try CEL.compile("a + b", options: .init(variables: ["a", "b"]))`.
public enum CEL {
    /// Parses and compiles an expression. Throws a `CELError` with line, column and a
    /// caret-annotated `rendered` snippet on a syntax error or exceeded limit.
    public static func compile(_ text: String, options: CELOptions = .init()) throws -> Program {
        if text.utf8.count > options.maxSourceLength {
            throw CELError(.limit, "expression of \(text.utf8.count) bytes exceeds the limit of \(options.maxSourceLength)")
        }
        let source = Source(text)
        let ast = try Parser.parse(source, maxDepth: options.maxDepth)
        var slots: [String: Int] = [:]
        for (i, v) in options.variables.enumerated() where slots[v] == nil { slots[v] = i }
        var plain = Compiler(source: source, declared: slots, tracing: false)
        let root = try plain.compile(ast)
        var traced = Compiler(source: source, declared: slots, tracing: true)
        let traceRoot = try traced.compile(ast)
        return Program(source: source, variables: options.variables, slots: slots, root: root, traceRoot: traceRoot,
                       traceInfo: traced.info, localCount: max(plain.localCount, traced.localCount),
                       maxIterations: options.maxIterations)
    }
}

/// A compiled expression: immutable, `Sendable`, and safe to evaluate concurrently.
public struct Program: Sendable {
    let source: Source
    /// The declared variables in slot order.
    public let variables: [String]
    let slots: [String: Int]
    let root: Node
    let traceRoot: Node
    let traceInfo: [Int: Compiler.TraceInfo]
    let localCount: Int
    let maxIterations: Int

    /// The source text.
    public var text: String { source.text }

    /// The slot index of a declared variable.
    public func slot(of name: String) -> Int? { slots[name] }

    /// Evaluates with variables by name. Declared variables missing from `bindings`
    /// read as an `unknown_variable` error value.
    public func evaluate(_ bindings: [String: CELValue] = [:]) -> CELValue {
        var frame = Frame(slots: [], bindings: bindings, localCount: localCount, budget: maxIterations, tracing: false)
        return root.eval(&frame)
    }

    /// Evaluates with the declared variables' values in slot order (the cheapest form:
    /// no hashing per record). Missing trailing values read as errors.
    public func evaluate(slots values: [CELValue]) -> CELValue {
        if values.count < variables.count { return evaluate(slots: padded(values)) }
        var frame = Frame(slots: values, bindings: [:], localCount: localCount, budget: maxIterations, tracing: false)
        return root.eval(&frame)
    }

    /// Evaluates and records the value of every sub-expression.
    public func evaluateWithTrace(_ bindings: [String: CELValue] = [:]) -> CELTrace {
        let (v, records) = run(traceRoot, slots: [], bindings: bindings, tracing: true)
        return makeTrace(v, records)
    }

    /// Evaluates with slot values and records the value of every sub-expression.
    public func evaluateWithTrace(slots values: [CELValue]) -> CELTrace {
        let (v, records) = run(traceRoot, slots: padded(values), bindings: [:], tracing: true)
        return makeTrace(v, records)
    }

    /// `evaluate(bindings)` or, with `trace: true`, the traced form's result and steps.
    public func evaluate(_ bindings: [String: CELValue], trace: Bool) -> CELTrace {
        trace ? evaluateWithTrace(bindings) : CELTrace(result: evaluate(bindings), steps: [])
    }

    func unbound(_ name: String) -> CELValue {
        .error(CELError(.unknownVariable, "undeclared reference to '\(name)'"))
    }

    func padded(_ values: [CELValue]) -> [CELValue] {
        if values.count >= variables.count { return values }
        var v = values
        for i in values.count..<variables.count { v.append(unbound(variables[i])) }
        return v
    }

    func run(_ node: Node, slots: [CELValue], bindings: [String: CELValue], tracing: Bool) -> (CELValue, [(Int, CELValue)]) {
        var frame = Frame(slots: slots, bindings: bindings, localCount: localCount, budget: maxIterations, tracing: tracing)
        let v = node.eval(&frame)
        return (v, frame.records ?? [])
    }

    func makeTrace(_ result: CELValue, _ records: [(Int, CELValue)]) -> CELTrace {
        var steps: [CELTrace.Step] = []
        steps.reserveCapacity(records.count)
        for (id, value) in records {
            guard let info = traceInfo[id] else { continue }
            steps.append(CELTrace.Step(start: info.range.lowerBound, end: info.range.upperBound,
                                       text: source.slice(info.range), value: value, variable: info.variablePath))
        }
        return CELTrace(result: result, steps: steps)
    }
}

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
