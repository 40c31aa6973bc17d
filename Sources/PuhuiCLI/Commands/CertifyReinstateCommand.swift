import ArgumentParser
import Foundation
import Registry

/// `puhui certify reinstate OUTLET --reason TEXT`.
struct CertifyReinstateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reinstate",
        abstract: "Reinstate a suspended recognition (恢复认定).",
        discussion: """
            suspended → certified, with the same badge and validity. --reason is required.

            Examples:
              puhui certify reinstate NT-0001 --officer wang.li --reason \"整改完成，复查合格\"
            """)

    @Argument(help: ArgumentHelp("The outlet's id.", valueName: "outlet"))
    var outlet: String

    @OptionGroup var step: RecognitionStepOptions

    func run() async throws {
        try await step.run { registry, officer, day in
            [
                try await registry.recognition.changeRecognition(
                    outletID: outlet.trimmingCharacters(in: .whitespaces), .reinstate, on: day, officer: officer,
                    reason: step.officer.reason, basis: step.basis)
            ]
        }
    }
}
