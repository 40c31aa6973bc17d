import ArgumentParser
import Foundation
import Registry

/// `puhui certify apply OUTLET --level LEVEL`.
struct CertifyApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Record an outlet's application for recognition (受理认定申请).",
        discussion: """
            Allowed when the outlet has no recognition in progress: never applied, or the last \
            one rejected, revoked or expired (a new recognition is started; the old one stays in \
            the history).

            Examples:
              puhui certify apply NT-0001 --level provincial --officer wang.li
              puhui certify apply NT-0001 --level municipal --officer wang.li --reason 窗口受理
            """)

    @Argument(help: ArgumentHelp("The outlet's id, e.g. NT-0001.", valueName: "outlet"))
    var outlet: String

    @Option(help: ArgumentHelp("The level applied for.", valueName: "level"))
    var level: CertificationLevel

    @OptionGroup var step: RecognitionStepOptions

    func run() async throws {
        try await step.run { registry, officer, day in
            [
                try await registry.recognition.applyForRecognition(
                    outletID: outlet.trimmingCharacters(in: .whitespaces), level: level, on: day, officer: officer,
                    reason: step.officer.reason, basis: step.basis)
            ]
        }
    }
}
