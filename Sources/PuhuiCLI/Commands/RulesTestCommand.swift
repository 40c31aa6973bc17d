import ArgumentParser
import PuhuiCore
import Rules

/// `puhui rules test FILE`: run the file's own tests.
struct RulesTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run a rule file's tests (运行规则文件自带的测试).",
        discussion: """
            Each test gives facts as of a day and the verdict expected of some rules. A failure \
            shows what was expected, what came out, and its explanation. The last line is \
            "N passed, M failed"; the exit status is 1 if any test failed.

            Examples:
              puhui rules test Seed/rules/nantong-inclusive.yaml
              puhui rules test my-rules.yaml --verbose
            """)

    @Argument(help: ArgumentHelp("The rule file (YAML).", valueName: "file"))
    var file: String

    @Flag(help: "List passing tests too.")
    var verbose = false

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let lang = common.language
        var failed = 0
        try await CommandRunner.run(lang) {
            let ruleSet = try RulesFile.load(file, lang)
            let outcomes = ruleSet.runTests()
            for outcome in outcomes {
                if outcome.passed {
                    if verbose { Console.out("✔ \(outcome.test.name)") }
                    continue
                }
                failed += 1
                Console.out("✘ \(outcome.test.name) (\(file):\(outcome.test.line), as of \(outcome.test.asOf))")
                for mismatch in outcome.mismatches {
                    Console.out(
                        lang.t(
                            "    \(mismatch.rule)：期望 \(mismatch.expected.rawValue)，实际 \(mismatch.got.result.rawValue) — \(mismatch.got.message)",
                            "    \(mismatch.rule): expected \(mismatch.expected.rawValue), got \(mismatch.got.result.rawValue) — \(mismatch.got.message)"
                        ))
                    for line in mismatch.got.explanation.lines(chinese: lang == .zh) { Console.out("        " + line) }
                }
            }
            Console.out("\(outcomes.count - failed) passed, \(failed) failed")
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
