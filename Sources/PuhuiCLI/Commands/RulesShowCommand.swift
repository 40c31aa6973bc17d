import ArgumentParser
import Foundation
import Registry
import Rules

/// `puhui rules show FILE [--as-of DATE]`: the rules and the parameter values in force.
struct RulesShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a rule set's rules and the parameter values in force on a day (查看规则与参数).",
        discussion: """
            Each parameter with the value in force on the as-of day, since when and on what basis \
            (other dated values listed below it); each rule with its severity, applicability, \
            conditions and legal basis, marked when it is not in force on that day.

            Examples:
              puhui rules show Seed/rules/nantong-inclusive.yaml
              puhui rules show Seed/rules/nantong-inclusive.yaml --as-of 2024-12-31
            """)

    @Argument(help: ArgumentHelp("The rule file (YAML); omit for the built-in default rule set.", valueName: "file"))
    var file: String?

    @OptionGroup var common: CommonOptions
    @OptionGroup var asOf: AsOfOption

    func run() async throws {
        let lang = common.language
        let zh = lang == .zh
        try await CommandRunner.run(lang) {
            let ruleSet = try RulesFile.load(file, lang)
            let day = asOf.resolve()
            var out: [String] = []
            out.append("\(ruleSet.title.text(chinese: zh)) (\(ruleSet.id) \(ruleSet.version))")
            out.append(lang.t("内容哈希 ", "content hash ") + ruleSet.hash)
            out.append(lang.t("核验日期 ", "as of ") + day.description)
            out.append("")
            out.append(lang.t("参数", "Parameters"))
            for parameter in ruleSet.parameters {
                let title = parameter.title.map { " — " + $0.text(chinese: zh) } ?? ""
                if let current = parameter.value(on: day) {
                    out.append("  \(parameter.name) = \(current.value.explanationText)\(title)")
                    out.append(
                        lang.t(
                            "      自 \(current.from) 起；依据：\(current.basis)",
                            "      since \(current.from); basis: \(current.basis)"))
                } else {
                    out.append("  \(parameter.name)\(title)")
                    out.append(lang.t("      该日无生效取值", "      no value in force on that day"))
                }
                for other in parameter.values where other.from != parameter.value(on: day)?.from {
                    out.append(
                        lang.t(
                            "      （\(other.from) 起为 \(other.value.explanationText)：\(other.basis)）",
                            "      (from \(other.from): \(other.value.explanationText); \(other.basis))"))
                }
            }
            out.append("")
            out.append(lang.t("规则", "Rules"))
            for rule in ruleSet.rules {
                var inForce = true
                if let from = rule.effectiveFrom, day < from { inForce = false }
                if let to = rule.effectiveTo, day > to { inForce = false }
                let mark = inForce ? "" : lang.t("  〔该日未施行〕", "  [not in force on that day]")
                out.append("  \(rule.id)  [\(rule.severity.rawValue)]  \(rule.title.text(chinese: zh))\(mark)")
                let applies =
                    rule.appliesTo.isEmpty ? lang.t("全部类型", "every kind") : rule.appliesTo.joined(separator: ", ")
                var dates = ""
                if rule.effectiveFrom != nil || rule.effectiveTo != nil {
                    dates =
                        lang.t("；施行 ", "; in force ") + (rule.effectiveFrom?.description ?? "…") + " – "
                        + (rule.effectiveTo?.description ?? "")
                }
                out.append(lang.t("      适用：", "      applies to: ") + applies + dates)
                if let when = rule.when { out.append("      when:  " + Self.oneLine(when.text)) }
                out.append("      check: " + Self.oneLine(rule.check.text))
                let parameters = rule.parameters
                if !parameters.isEmpty {
                    out.append(lang.t("      参数：", "      parameters: ") + parameters.joined(separator: ", "))
                }
                out.append(lang.t("      依据：", "      basis: ") + rule.basis)
            }
            Console.out(out.joined(separator: "\n"))
        }
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
