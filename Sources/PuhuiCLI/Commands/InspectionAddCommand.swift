import ArgumentParser
import Foundation
import Registry

/// `puhui inspection add OUTLET --on DATE --result pass|rectify|fail [--notes TEXT]`.
struct InspectionAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record an on-site inspection (登记现场检查).",
        discussion: """
            Examples:
              puhui inspection add NT-0001 --on 2026-11-20 --result pass --officer wang.li
              puhui inspection add NT-0057 --result rectify --notes 通道堆物 --officer wang.li
            """)

    @Argument(help: ArgumentHelp("The outlet's id, e.g. NT-0001.", valueName: "outlet"))
    var outlet: String

    @Option(help: "The inspection's result.")
    var result: InspectionResult

    @Option(help: ArgumentHelp("What was found.", valueName: "text"))
    var notes: String?

    @OptionGroup var recording: RecordingOptions

    func run() async throws {
        let lang = recording.lang
        try await recording.run { registry, who, date in
            let inspection = try await registry.inspections.addInspection(
                outletID: outlet.trimmingCharacters(in: .whitespaces), on: date, result: result, notes: notes,
                officer: who,
                reason: recording.officer.reason)
            try recording.output(inspection) {
                lang.t(
                    "已登记现场检查 #\(inspection.id)：\(inspection.outletID) · \(inspection.inspectedOn) · \(inspection.result.nameZH)",
                    "Recorded inspection #\(inspection.id): \(inspection.outletID) · \(inspection.inspectedOn) · \(inspection.result.nameEN)"
                )
            }
        }
    }
}
