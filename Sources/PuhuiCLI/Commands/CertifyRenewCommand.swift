import ArgumentParser
import Foundation
import Registry

/// `puhui certify renew OUTLET`.
struct CertifyRenewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renew",
        abstract: "Record a passed periodic review (复核通过): the validity is extended.",
        discussion: """
            Only while certified, from recognition_review_window_days (90) days before the \
            validity's last day up to that day; the validity is extended by \
            recognition_validity_months from its current end, on the same badge.

            Examples:
              puhui certify renew NT-0001 --officer wang.li --reason 年度复核合格 --on 2026-11-20
            """)

    @Argument(help: ArgumentHelp("The outlet's id.", valueName: "outlet"))
    var outlet: String

    @OptionGroup var step: RecognitionStepOptions

    func run() async throws {
        try await step.run { registry, officer, day in
            [
                try await registry.recognition.renewRecognition(
                    outletID: outlet.trimmingCharacters(in: .whitespaces), on: day, ruleSet: try DefaultRuleSet.load(),
                    officer: officer, reason: step.officer.reason, basis: step.basis)
            ]
        }
    }
}
