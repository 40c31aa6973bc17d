/// A compiled expression: immutable, `Sendable`, and safe to evaluate concurrently.
public struct CELProgram: Sendable {
    let source: Source
    /// The declared variables in slot order.
    public let variables: [String]
    let slots: [String: Int]
    let root: Node
    let traceRoot: Node
    let traceInfo: [Int: Compiler.TraceInfo]
    /// Expression ids and ranges of the top-level `&&`/`||` operands.
    let clauses: [(id: Int, range: Range<Int>)]
    let clauseOperator: String?
    /// The variables (and dotted paths such as `price.monthly_fen`) the expression
    /// reads, sorted; comprehension variables and type names are excluded.
    public let references: [String]
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
        let v = root.eval(&frame)
        // A spent budget is final (see `Frame.finish`); tested inline so that the result is
        // moved out, not copied through a call (a copy per evaluation showed in the benchmark).
        if frame.budget < 0 { return Frame.budgetExceeded }
        return v
    }

    /// Evaluates with the declared variables' values in slot order (the cheapest form:
    /// no hashing per record). Missing trailing values read as errors.
    public func evaluate(slots values: [CELValue]) -> CELValue {
        if values.count < variables.count { return evaluate(slots: padded(values)) }
        var frame = Frame(slots: values, bindings: nil, localCount: localCount, budget: maxIterations, tracing: false)
        let v = root.eval(&frame)
        // A spent budget is final (see `Frame.finish`); tested inline so that the result is
        // moved out, not copied through a call (a copy per evaluation showed in the benchmark).
        if frame.budget < 0 { return Frame.budgetExceeded }
        return v
    }

    /// Evaluates and records the value of every sub-expression.
    public func evaluateWithTrace(_ bindings: [String: CELValue] = [:]) -> CELTrace {
        let (v, records) = run(traceRoot, slots: [], bindings: bindings, tracing: true)
        return makeTrace(v, records)
    }

    /// Evaluates with slot values and records the value of every sub-expression.
    public func evaluateWithTrace(slots values: [CELValue]) -> CELTrace {
        let (v, records) = run(traceRoot, slots: padded(values), bindings: nil, tracing: true)
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

    func run(_ node: Node, slots: [CELValue], bindings: [String: CELValue]?, tracing: Bool) -> (
        CELValue, [(Int, CELValue)]
    ) {
        var frame = Frame(
            slots: slots, bindings: bindings, localCount: localCount, budget: maxIterations, tracing: tracing)
        let v = frame.finish(node.eval(&frame))
        return (v, frame.records ?? [])
    }

    func makeTrace(_ result: CELValue, _ records: [(Int, CELValue)]) -> CELTrace {
        var steps: [CELTrace.Step] = []
        steps.reserveCapacity(records.count)
        var lastValue: [Int: CELValue] = [:]
        // One text per sub-expression, shared by all its steps: a comprehension body records a
        // step per iteration, and slicing the source anew for each cost more than evaluating.
        var texts: [Int: String] = [:]
        for (id, value) in records {
            guard let info = traceInfo[id] else { continue }
            lastValue[id] = value
            let text: String
            if let t = texts[id] {
                text = t
            } else {
                text = source.slice(info.range)
                texts[id] = text
            }
            steps.append(
                CELTrace.Step(
                    start: info.range.lowerBound, end: info.range.upperBound,
                    text: text, value: value, variable: info.variablePath))
        }
        let clauseList = clauses.map { c -> CELTrace.Clause in
            var vars: [String: CELValue] = [:]
            for st in steps where st.start >= c.range.lowerBound && st.end <= c.range.upperBound {
                if let v = st.variable { vars[v] = st.value }
            }
            return CELTrace.Clause(
                start: c.range.lowerBound, end: c.range.upperBound, text: source.slice(c.range),
                value: lastValue[c.id], variables: vars)
        }
        return CELTrace(result: result, steps: steps, clauses: clauseList, clauseOperator: clauseOperator)
    }
}
