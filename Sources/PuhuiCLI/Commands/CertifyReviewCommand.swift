import ArgumentParser
import Foundation
import Registry

/// `puhui certify review OUTLET [--run ID] [--ruleset FILE]`.
struct CertifyReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Attach a verification run to an application (认定审核).",
        discussion: """
            Without --run, verifies the outlet now as of --on with the default rule set (or \
            --ruleset) and stores the run (audited); with --run, attaches a stored run that covered \
            the outlet (e.g. from puhui verify --all). Allowed when applied or under review (a \
            later review replaces the run the notice looks at). An outlet with failing block \
            rules can still be reviewed; the notice then needs --override.

            Examples:
              puhui certify review NT-0001 --officer wang.li
              puhui certify review NT-0001 --run 3 --officer wang.li --on 2026-11-03
            """)

    @Argument(help: ArgumentHelp("The outlet's id.", valueName: "outlet"))
    var outlet: String

    @Option(
        name: .customLong("run"), parsing: .unconditional,
        help: ArgumentHelp("A stored verification run that covered the outlet.", valueName: "id"))
    var runID: Int64?

    @Option(
        help: ArgumentHelp("A rule file instead of the built-in default rule set (without --run).", valueName: "file"))
    var ruleset: String?

    @OptionGroup var step: RecognitionStepOptions

    func run() async throws {
        try await step.run { registry, officer, day in
            let ruleSet = try RulesFile.load(ruleset, step.common.language)
            return [
                try await registry.recognition.reviewRecognition(
                    outletID: outlet.trimmingCharacters(in: .whitespaces), runID: runID, ruleSet: ruleSet, on: day,
                    officer: officer, reason: step.officer.reason, basis: step.basis)
            ]
        }
    }
}
