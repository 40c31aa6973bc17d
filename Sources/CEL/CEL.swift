/// Entry point: `try CEL.compile("a + b", options: .init(variables: ["a", "b"]))`.
public enum CEL {
    /// Parses and compiles an expression. Throws a `CELError` with line, column and a
    /// caret-annotated `rendered` snippet on a syntax error or exceeded limit.
    public static func compile(_ text: String, options: CELOptions = .init()) throws -> CELProgram {
        if text.utf8.count > options.maxSourceLength {
            throw CELError(
                .limit, "expression of \(text.utf8.count) bytes exceeds the limit of \(options.maxSourceLength)")
        }
        let source = Source(text)
        let ast = try Parser.parse(source, maxDepth: options.maxDepth)
        if !options.types.isEmpty {
            var checker = Checker(source: source, types: options.types)
            _ = try checker.check(ast)
        }
        var slots: [String: Int] = [:]
        for (i, v) in options.variables.enumerated() where slots[v] == nil { slots[v] = i }
        var plain = Compiler(source: source, declared: slots, tracing: false, container: options.container)
        let root = try plain.compile(ast)
        var traced = Compiler(source: source, declared: slots, tracing: true, container: options.container)
        traced.regexes = plain.regexes
        let traceRoot = try traced.compile(ast)
        return CELProgram(
            source: source, variables: options.variables, slots: slots, root: root, traceRoot: traceRoot,
            traceInfo: traced.info, clauses: CELProgram.clauses(of: ast),
            clauseOperator: CELProgram.chainOperator(ast), references: plain.references.sorted(),
            localCount: max(plain.localCount, traced.localCount),
            maxIterations: options.maxIterations)
    }
}

extension CEL {
    /// `CEL.Program` etc. read naturally, and stay unambiguous even though the module
    /// and this namespace share the name `CEL` (so `CEL.CELValue` cannot be written).
    public typealias Program = CELProgram
    public typealias Value = CELValue
    public typealias Options = CELOptions
    public typealias Trace = CELTrace
}
