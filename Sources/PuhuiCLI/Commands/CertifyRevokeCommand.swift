import ArgumentParser
import Foundation
import Registry

/// `puhui certify revoke OUTLET --reason TEXT`.
struct CertifyRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Revoke a recognition; the badge is withdrawn at once (撤销认定).",
        discussion: """
            certified or suspended → revoked; the badge verifies as revoked from --on. --reason is required.

            Examples:
              puhui certify revoke NT-0001 --officer wang.li --reason 虚报材料 --basis 认定办法第十五条
            """)

    @Argument(help: ArgumentHelp("The outlet's id.", valueName: "outlet"))
    var outlet: String

    @OptionGroup var step: RecognitionStepOptions

    func run() async throws {
        try await step.run { registry, officer, day in
            [
                try await registry.recognition.changeRecognition(
                    outletID: outlet.trimmingCharacters(in: .whitespaces), .revoke, on: day, officer: officer,
                    reason: step.officer.reason, basis: step.basis)
            ]
        }
    }
}
