import Registry
import Rules

/// Counts a run's verdicts as batches stream by, for the table summary of `verify --all`.
struct VerdictSummary {
    var counts: [String: [VerdictResult: Int]] = [:]
    var outlets = 0
    var eligible = 0
    /// Outlets with a failing or erring block or warn rule (up to a limit), with those rules.
    var findings: [(id: String, eligible: Bool, rules: [String])] = []
    var findingsOmitted = 0
    let findingsLimit: Int

    init(findingsLimit: Int = 200) {
        self.findingsLimit = findingsLimit
    }

    mutating func add(_ batch: [OutletVerdicts]) {
        for outcome in batch {
            outlets += 1
            if outcome.eligible { eligible += 1 }
            var rules: [String] = []
            for verdict in outcome.verdicts {
                counts[verdict.rule, default: [:]][verdict.result, default: 0] += 1
                if verdict.result == .fail || verdict.result == .error, verdict.severity != .info {
                    rules.append("\(verdict.rule) \(verdict.result == .error ? "!" : "✘")")
                }
            }
            guard !rules.isEmpty else { continue }
            if findings.count < findingsLimit {
                findings.append((outcome.subject, outcome.eligible, rules))
            } else {
                findingsOmitted += 1
            }
        }
    }

    func render(_ ruleSet: CompiledRuleSet, lang: Language) -> String {
        let zh = lang == .zh
        var table = TextTable([
            .init(title: lang.t("规则", "rule")), .init(title: lang.t("级别", "severity")),
            .init(title: lang.t("通过", "pass"), rightAligned: true),
            .init(title: lang.t("不通过", "fail"), rightAligned: true),
            .init(title: lang.t("无法核验", "error"), rightAligned: true),
            .init(title: lang.t("不适用", "n/a"), rightAligned: true), .init(title: lang.t("名称", "title"), maxWidth: 40),
        ])
        for rule in ruleSet.rules {
            let c = counts[rule.id] ?? [:]
            table.append([
                rule.id, VerdictText.severityName(rule.severity, lang), String(c[.pass] ?? 0), String(c[.fail] ?? 0),
                String(c[.error] ?? 0), String(c[.notApplicable] ?? 0), rule.title.text(chinese: zh),
            ])
        }
        var out = [table.render()]
        if !findings.isEmpty {
            out.append("")
            var list = TextTable([
                .init(title: lang.t("网点", "outlet")), .init(title: lang.t("结论", "outcome")),
                .init(title: lang.t("未通过的规则", "rules failed or erred")),
            ])
            for finding in findings {
                list.append([
                    finding.id, finding.eligible ? lang.t("符合", "eligible") : lang.t("不符合", "not eligible"),
                    finding.rules.joined(separator: ", "),
                ])
            }
            out.append(list.render())
            if findingsOmitted > 0 {
                out.append(
                    lang.t(
                        "……另有 \(findingsOmitted) 个网点未列出（用 --format csv 或 json 查看全部）",
                        "… and \(findingsOmitted) more outlets (use --format csv or json for all)"))
            }
        }
        return out.joined(separator: "\n")
    }
}
