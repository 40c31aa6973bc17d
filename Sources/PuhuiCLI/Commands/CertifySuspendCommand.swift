import ArgumentParser
import Foundation
import Registry

/// `puhui certify suspend OUTLET --reason TEXT`.
struct CertifySuspendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suspend",
        abstract: "Suspend a certified outlet's recognition (暂停认定).",
        discussion: """
            certified → suspended; the badge verifies as suspended at once. --reason is required.

            Examples:
              puhui certify suspend NT-0001 --officer wang.li --basis 通民政〔2026〕12号
            """)

    @Argument(help: ArgumentHelp("The outlet's id.", valueName: "outlet"))
    var outlet: String

    @OptionGroup var step: RecognitionStepOptions

    func run() async throws {
        try await step.run { registry, officer, day in
            [
                try await registry.recognition.changeRecognition(
                    outletID: outlet.trimmingCharacters(in: .whitespaces), .suspend, on: day, officer: officer,
                    reason: step.officer.reason, basis: step.basis)
            ]
        }
    }
}
