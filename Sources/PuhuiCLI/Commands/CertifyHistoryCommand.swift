import ArgumentParser
import Foundation
import PuhuiOutput
import Registry

/// `puhui certify history OUTLET`.
struct CertifyHistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Every recognition step of an outlet (认定记录).",
        discussion: """
            Oldest first: the step, the status before and after, the day, the officer, the reason, \
            the basis (parameters with their dates, the verification run, an override) and the \
            details (objections, the notice's last day, badges issued and voided).

            Examples:
              puhui certify history NT-0001
              puhui certify history NT-0001 --format json
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json
    }

    @Argument(help: ArgumentHelp("The outlet's id.", valueName: "outlet"))
    var outlet: String

    @Option(help: ArgumentHelp("Output: table or json.", valueName: "format"))
    var format: Format = .table

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let registry = try RegistrySession(common).openForReading()
            let events = try await registry.recognition.recognitionHistory(
                outletID: outlet.trimmingCharacters(in: .whitespaces))
            switch format {
            case .json:
                Console.out(try JSONOutput.encode(events.map(RecognitionEventJSON.init)))
            case .table:
                guard !events.isEmpty else {
                    Console.out(
                        lang.t(
                            "网点 \(outlet) 没有认定记录。受理申请：puhui certify apply \(outlet) --level LEVEL",
                            "Outlet \(outlet) has no recognition. Take an application with: puhui certify apply \(outlet) --level LEVEL"
                        ))
                    return
                }
                Console.out(RecognitionText.history(events, lang))
            }
        }
    }
}
