import Registry
import Rules

/// Verdicts for people: one outlet's verdicts with explanations, and the summary of a run.
enum VerdictText {
    static func symbol(_ result: VerdictResult) -> String {
        switch result {
        case .pass: "✔"
        case .fail: "✘"
        case .notApplicable: "–"
        case .error: "!"
        }
    }

    static func resultName(_ result: VerdictResult, _ lang: Language) -> String {
        switch result {
        case .pass: lang.t("通过", "pass")
        case .fail: lang.t("不通过", "fail")
        case .notApplicable: lang.t("不适用", "not applicable")
        case .error: lang.t("无法核验", "error")
        }
    }

    static func severityName(_ severity: Severity, _ lang: Language) -> String {
        switch severity {
        case .block: lang.t("否决", "block")
        case .warn: lang.t("警示", "warn")
        case .info: lang.t("提示", "info")
        }
    }

    /// One outlet: a header, each rule's verdict with its explanation, and the outcome.
    static func outlet(
        _ outcome: OutletVerdicts, name: String?, ruleSet: CompiledRuleSet, asOf: LocalDate, lang: Language
    ) -> String {
        let zh = lang == .zh
        var out: [String] = []
        out.append("\(outcome.subject)\(name.map { "  " + $0 } ?? "")")
        out.append(
            lang.t(
                "规则集 \(ruleSet.id) \(ruleSet.version)（哈希 \(ruleSet.shortHash)），核验日期 \(asOf)",
                "rule set \(ruleSet.id) \(ruleSet.version) (hash \(ruleSet.shortHash)), as of \(asOf)"))
        out.append("")
        for verdict in outcome.verdicts {
            let title = ruleSet.rule(verdict.rule)?.title.text(chinese: zh) ?? verdict.rule
            out.append(
                "\(symbol(verdict.result)) \(verdict.rule)  [\(severityName(verdict.severity, lang))]  \(resultName(verdict.result, lang))  \(title)"
            )
            if verdict.result != .notApplicable, verdict.message != title { out.append("    " + verdict.message) }
            let lines = verdict.explanation.lines(chinese: zh)
            switch verdict.result {
            case .pass:
                let facts = verdict.explanation.facts.map { "\($0.path) = \($0.value.explanationText)" }
                if !facts.isEmpty { out.append("    " + facts.joined(separator: "; ")) }
            case .notApplicable:
                if let reason = verdict.explanation.reason { out.append("    " + reason.text(chinese: zh)) }
            case .fail, .error:
                for line in lines { out.append("    " + line) }
            }
        }
        out.append("")
        let blocking = outcome.verdicts.filter(\.blocks).map(\.rule)
        if outcome.eligible {
            out.append(lang.t("结论：无否决项未通过，符合认定核验条件。", "Outcome: eligible — no block rule failed or erred."))
        } else {
            out.append(
                lang.t(
                    "结论：不符合认定核验条件（否决项：\(blocking.joined(separator: "、"))）。",
                    "Outcome: not eligible — block rules failed or erred: \(blocking.joined(separator: ", "))."))
        }
        return out.joined(separator: "\n")
    }
}
