import CEL
import Dispatch
import PuhuiCore

/// How much explanation to build. Tracing every sub-expression costs time; a batch over the
/// whole registry keeps the full explanation only where it matters (fail, error).
public enum ExplanationDetail: Sendable {
    /// Every verdict carries its full explanation.
    case full
    /// Passing and not-applicable verdicts carry only their basis and reason; fail and error
    /// verdicts are re-evaluated with the trace and explained in full.
    case failuresOnly
}

extension CompiledRuleSet {
    static let emptyMap = CELValue.map(CELMap(pairs: []))

    /// Evaluates every rule on one outlet's facts as of a day.
    public func evaluate(_ facts: Facts, asOf day: LocalDate, detail: ExplanationDetail = .full) -> OutletVerdicts {
        evaluate(facts, on: parameters(on: day), detail: detail)
    }

    /// Evaluates every rule on one outlet's facts with the parameters in force on the snapshot's day.
    public func evaluate(_ facts: Facts, on snapshot: ParameterSnapshot, detail: ExplanationDetail = .full)
        -> OutletVerdicts
    {
        var slots = vocabulary.factRoots.map { facts.roots[$0] ?? Self.emptyMap }
        if let index = vocabulary.factRoots.firstIndex(of: "as_of") { slots[index] = snapshot.asOfValue }
        if let index = vocabulary.paramsSlot { slots[index] = snapshot.map }
        let kind = facts.kind
        return OutletVerdicts(
            subject: facts.subject,
            verdicts: rules.map { evaluate($0, slots: slots, kind: kind, snapshot: snapshot, detail: detail) })
    }

    /// Evaluates a batch in parallel on every core (chunks of outlets per task); the results are
    /// in the batch's order and identical to evaluating each outlet alone.
    public func evaluate(batch: [Facts], on snapshot: ParameterSnapshot, detail: ExplanationDetail = .failuresOnly)
        -> [OutletVerdicts]
    {
        let count = batch.count
        let workers = max(1, ProcessInfoCores.active)
        guard count >= 64, workers > 1 else {
            return batch.map { evaluate($0, on: snapshot, detail: detail) }
        }
        let chunkSize = max(32, count / (workers * 8))
        let chunks = (count + chunkSize - 1) / chunkSize
        let results = ResultSlots(count: count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * chunkSize
            for index in start..<min(count, start + chunkSize) {
                results.set(index, evaluate(batch[index], on: snapshot, detail: detail))
            }
        }
        return results.collect()
    }

    func evaluate(
        _ rule: Rule, slots: [CELValue], kind: String?, snapshot: ParameterSnapshot, detail: ExplanationDetail
    ) -> Verdict {
        let title = rule.title.zh.isEmpty ? rule.title.en : rule.title.zh
        func bare(_ result: VerdictResult, _ reason: Explanation.Reason) -> Verdict {
            Verdict(
                rule: rule.id, result: result, severity: rule.severity, message: title,
                explanation: .bare(rule.basis, reason))
        }
        if let kinds = rule.kinds {
            guard let kind else { return bare(.error, .missingKind) }
            if !kinds.contains(kind) {
                return bare(.notApplicable, .kindNotCovered(kind: kind, appliesTo: rule.appliesTo))
            }
        }
        if let from = rule.effectiveFrom, snapshot.asOf < from {
            return bare(.notApplicable, .notYetEffective(from: from))
        }
        if let to = rule.effectiveTo, snapshot.asOf > to { return bare(.notApplicable, .noLongerEffective(to: to)) }
        for name in rule.parameters where snapshot.values[name] == nil {
            return bare(.error, .parameterNotInForce(name: name, firstFrom: parameter(name)?.values.first?.from))
        }
        let tracing = detail == .full
        var traces: [(clause: String, expression: RuleExpression, trace: CELTrace)] = []
        func run(_ clause: String, _ expression: RuleExpression) -> CELValue {
            if tracing {
                let trace = expression.runTraced(slots)
                traces.append((clause, expression, trace))
                return trace.result
            }
            return expression.run(slots)
        }
        var result = VerdictResult.pass
        var reason: Explanation.Reason?
        if let when = rule.when {
            switch run("when", when) {
            case .bool(true): break
            case .bool(false):
                result = .notApplicable
                reason = .whenFalse
            case .error(let error):
                result = .error
                reason = .evaluationError(clause: "when", error: error)
            case let other:
                result = .error
                reason = .notBoolean(clause: "when", type: other.celType.name)
            }
        }
        if result == .pass {
            switch run("check", rule.check) {
            case .bool(true): break
            case .bool(false): result = .fail
            case .error(let error):
                result = .error
                reason = .evaluationError(clause: "check", error: error)
            case let other:
                result = .error
                reason = .notBoolean(clause: "check", type: other.celType.name)
            }
        }
        if !tracing {
            if result == .fail || result == .error {
                return evaluate(rule, slots: slots, kind: kind, snapshot: snapshot, detail: .full)
            }
            return bare(result, reason ?? .whenFalse).withoutReasonIf(result == .pass)
        }
        var message = title
        var messageError: CELError?
        if result != .notApplicable, let expression = rule.message {
            switch expression.run(slots) {
            case .string(let text): message = text
            case .error(let error): messageError = error
            case let other:
                messageError = CELError(.noMatchingOverload, "message gave \(other.celType.name), not string")
            }
        }
        let explanation = Explanation(
            basis: rule.basis, reason: reason, facts: factReadings(traces.map(\.trace)),
            parameters: rule.parameters.compactMap { name in
                snapshot.values[name].map {
                    Explanation.ParameterReading(name: name, value: $0.value, from: $0.from, basis: $0.basis)
                }
            },
            conditions: traces.flatMap { conditionParts($0.clause, $0.expression, $0.trace) },
            messageError: messageError)
        return Verdict(
            rule: rule.id, result: result, severity: rule.severity, message: message, explanation: explanation)
    }

    /// The facts read, by path, without a path that a longer one read extends (`price` when
    /// `price.monthly_fen` was read) and without `params` (listed with their dates instead).
    func factReadings(_ traces: [CELTrace]) -> [Explanation.FactReading] {
        var order: [String] = []
        var values: [String: CELValue] = [:]
        for trace in traces {
            for step in trace.steps {
                guard let path = step.variable else { continue }
                let root = path.split(separator: ".", maxSplits: 1).first.map(String.init) ?? path
                guard vocabulary.factRoots.contains(root), root != "params" else { continue }
                // A whole map is read only to look into it (`has(operator.x)` reads `operator`).
                if case .map = step.value { continue }
                if values[path] == nil { order.append(path) }
                values[path] = step.value
            }
        }
        return order.compactMap { path in
            if order.contains(where: { $0.count > path.count && $0.hasPrefix(path + ".") }) { return nil }
            return values[path].map { Explanation.FactReading(path: path, value: $0) }
        }
    }

    func conditionParts(_ clause: String, _ expression: RuleExpression, _ trace: CELTrace) -> [Explanation
        .ConditionPart]
    {
        guard let operands = expression.operands else { return [] }
        let scalars = Array(expression.text.unicodeScalars)
        return operands.ranges.map { range in
            let step = trace.steps.last { $0.start == range.lowerBound && $0.end == range.upperBound }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[range])
            let culprit: Bool
            switch step?.value {
            case .error?: culprit = true
            case .bool(false)?: culprit = !(operands.op == "||" && trace.result == .bool(true))
            case .bool?, nil: culprit = false
            case _?: culprit = true
            }
            return Explanation.ConditionPart(
                expression: String(text), value: step?.value, clause: clause, op: operands.op, isCulprit: culprit)
        }
    }
}

extension Verdict {
    fileprivate func withoutReasonIf(_ condition: Bool) -> Verdict {
        guard condition else { return self }
        return Verdict(
            rule: rule, result: result, severity: severity, message: message,
            explanation: .bare(explanation.basis, nil))
    }
}
