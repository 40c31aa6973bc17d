import ArgumentParser
import Foundation
import Registry

/// `puhui certify decide OUTLET --approve|--reject`.
struct CertifyDecideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Decide an application after its public notice: approve (badge issued) or reject (认定决定).",
        discussion: """
            From the day after the notice's last day. --approve issues the unified badge (next \
            serial of the family and year, with its check character), valid from --on for \
            recognition_validity_months months; with an objection on record it needs --reason \
            saying how the objection was resolved. --reject is also allowed while under review.

            Examples:
              puhui certify decide NT-0001 --approve --officer wang.li --on 2026-11-11
              puhui certify decide NT-0001 --reject --officer wang.li --reason "公示异议查实"
            """)

    @Argument(help: ArgumentHelp("The outlet's id.", valueName: "outlet"))
    var outlet: String

    @Flag(help: "Approve: the outlet is certified and the badge issued.")
    var approve = false

    @Flag(help: "Reject the application.")
    var reject = false

    @OptionGroup var step: RecognitionStepOptions

    func validate() throws {
        if approve == reject {
            throw CLIError.usage("请给 --approve 或 --reject，二者选一", "give --approve or --reject (one of them)")
        }
    }

    func run() async throws {
        try await step.run { registry, officer, day in
            [
                try await registry.recognition.decideRecognition(
                    outletID: outlet.trimmingCharacters(in: .whitespaces), approve: approve, on: day,
                    ruleSet: try DefaultRuleSet.load(), officer: officer, reason: step.officer.reason, basis: step.basis
                )
            ]
        }
    }
}
