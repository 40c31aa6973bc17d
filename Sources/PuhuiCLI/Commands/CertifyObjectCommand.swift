import ArgumentParser
import Foundation
import Registry

/// `puhui certify object OUTLET --by WHO --text TEXT`.
struct CertifyObjectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "object",
        abstract: "Record an objection raised during the public notice (公示异议).",
        discussion: """
            Only during the notice (its first to its last day). An approval after an objection \
            needs --reason saying how it was resolved.

            Examples:
              puhui certify object NT-0001 --by "居民 李某" --text 收费高于公示价格 --officer wang.li
            """)

    @Argument(help: ArgumentHelp("The outlet's id.", valueName: "outlet"))
    var outlet: String

    @Option(help: ArgumentHelp("Who raised the objection.", valueName: "who"))
    var by: String

    @Option(help: ArgumentHelp("What the objection says.", valueName: "text"))
    var text: String

    @OptionGroup var step: RecognitionStepOptions

    func run() async throws {
        try await step.run { registry, officer, day in
            [
                try await registry.recognition.recordObjection(
                    outletID: outlet.trimmingCharacters(in: .whitespaces), by: by, text: text, on: day,
                    officer: officer,
                    reason: step.officer.reason)
            ]
        }
    }
}
