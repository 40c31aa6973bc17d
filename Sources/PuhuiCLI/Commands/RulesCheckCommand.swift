import ArgumentParser
import Rules

/// `puhui rules check FILE`: parse and compile; every problem as `FILE:LINE:COLUMN: error: …`.
struct RulesCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse and compile a rule file; report every problem with its line and column (检查规则文件).",
        discussion: """
            Problems (YAML syntax, CEL syntax inside when/check/message, unknown severity, duplicate \
            rule id, bad date, unknown parameter, fact or kind, a test naming an unknown rule, …) \
            are all reported, each as FILE:LINE:COLUMN: error: MESSAGE with the source line and a \
            caret. Exit status 65 if there is any.

            Examples:
              puhui rules check Seed/rules/nantong-inclusive.yaml
              puhui rules check my-rules.yaml --lang en
            """)

    @Argument(help: ArgumentHelp("The rule file (YAML).", valueName: "file"))
    var file: String

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let ruleSet = try RulesFile.load(file, lang)
            Console.out(
                lang.t(
                    "\(file)：无错误 — 规则集 \(ruleSet.id) 版本 \(ruleSet.version)，\(ruleSet.rules.count) 条规则，\(ruleSet.parameters.count) 个参数，\(ruleSet.tests.count) 个测试；内容哈希 \(ruleSet.hash)",
                    "\(file): ok — rule set \(ruleSet.id) version \(ruleSet.version), \(ruleSet.rules.count) rules, \(ruleSet.parameters.count) parameters, \(ruleSet.tests.count) tests; content hash \(ruleSet.hash)"
                ))
        }
    }
}
