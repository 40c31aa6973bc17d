import CEL

extension Explanation.Reason {
    /// The reason in words, in Chinese or English.
    public func text(chinese zh: Bool) -> String {
        switch self {
        case .kindNotCovered(let kind, let appliesTo):
            let list = appliesTo.joined(separator: ", ")
            return zh ? "网点类型 \(kind) 不在适用范围（\(list)）内" : "kind \(kind) is not among applies_to (\(list))"
        case .missingKind:
            return zh
                ? "缺少事实 outlet.kind，无法判断是否适用" : "the fact outlet.kind is missing, so applicability cannot be decided"
        case .notYetEffective(let from):
            return zh ? "规则自 \(from) 起施行，核验日期在此之前" : "the rule is in force from \(from), after the as-of date"
        case .noLongerEffective(let to):
            return zh ? "规则施行至 \(to)，核验日期在此之后" : "the rule was in force until \(to), before the as-of date"
        case .whenFalse:
            return zh ? "适用条件（when）不成立" : "the rule's condition (when) is false"
        case .parameterNotInForce(let name, let firstFrom):
            let first = firstFrom.map { zh ? "（最早取值自 \($0) 起）" : " (its first value takes effect \($0))" } ?? ""
            return zh
                ? "参数 \(name) 在核验日期没有生效的取值\(first)"
                : "parameter \(name) has no value in force on the as-of date\(first)"
        case .evaluationError(let clause, let error):
            return zh
                ? "\(clause) 无法求值：\(error.kind.rawValue)：\(error.message)"
                : "\(clause) could not be evaluated: \(error.kind.rawValue): \(error.message)"
        case .notBoolean(let clause, let type):
            return zh ? "\(clause) 的结果是 \(type)，不是布尔值" : "\(clause) gave a \(type), not a bool"
        }
    }

    /// A stable code for the reason (JSON, stored runs).
    public var code: String {
        switch self {
        case .kindNotCovered: "kind_not_covered"
        case .missingKind: "missing_kind"
        case .notYetEffective: "not_yet_effective"
        case .noLongerEffective: "no_longer_effective"
        case .whenFalse: "when_false"
        case .parameterNotInForce: "parameter_not_in_force"
        case .evaluationError: "evaluation_error"
        case .notBoolean: "not_boolean"
        }
    }
}

extension Explanation {
    /// The explanation as lines an officer can read out: the basis, the reason, the facts and
    /// parameters read, and the failing or erring parts of a condition.
    public func lines(chinese zh: Bool) -> [String] {
        var out: [String] = []
        out.append((zh ? "依据：" : "basis: ") + basis)
        if let reason { out.append((zh ? "原因：" : "reason: ") + reason.text(chinese: zh)) }
        for fact in facts {
            out.append("\(fact.path) = \(fact.value.explanationText)")
        }
        for parameter in parameters {
            out.append(
                zh
                    ? "参数 \(parameter.name) = \(parameter.value.explanationText)（自 \(parameter.from) 起，依据 \(parameter.basis)）"
                    : "parameter \(parameter.name) = \(parameter.value.explanationText) (since \(parameter.from), basis \(parameter.basis))"
            )
        }
        for part in conditions where part.isCulprit {
            let value = part.value.map(\.explanationText) ?? "-"
            out.append(
                zh
                    ? "未满足（\(part.clause)）：\(part.expression) → \(value)"
                    : "failed part (\(part.clause)): \(part.expression) → \(value)")
        }
        if let messageError {
            out.append(zh ? "消息无法生成：\(messageError.message)" : "message could not be built: \(messageError.message)")
        }
        return out
    }
}

extension CELValue {
    /// A value as explanations show it: CEL literal syntax, strings quoted, errors as
    /// `error(no such key: …)`.
    public var explanationText: String {
        if case .error(let error) = self { return "error(\(error.kind.rawValue): \(error.message))" }
        return debugText
    }
}
