import ArgumentParser
import Foundation
import Registry

/// `puhui certify notice OUTLET [--override REASON]`.
struct CertifyNoticeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice",
        abstract: "Publish the public notice of a reviewed application (认定公示).",
        discussion: """
            The notice starts on --on and lasts recognition_notice_working_days working days \
            (the rule-set parameter, 5) by the national holiday calendar with its make-up working \
            days; --on counts if it is a working day. The last day and the earliest decision date \
            are printed and recorded. Refused when the attached verification run has a failing \
            or erring block rule, unless --override says why the application goes ahead (recorded).

            Examples:
              puhui certify notice NT-0001 --officer wang.li --on 2026-11-04
              puhui certify notice NT-0009 --officer wang.li --override "消防验收已补办，见附件"
            """)

    @Argument(help: ArgumentHelp("The outlet's id.", valueName: "outlet"))
    var outlet: String

    @Option(help: ArgumentHelp("Why the notice goes ahead although block rules fail; recorded.", valueName: "reason"))
    var override: String?

    @OptionGroup var step: RecognitionStepOptions

    func run() async throws {
        try await step.run { registry, officer, day in
            [
                try await registry.recognition.publishNotice(
                    outletID: outlet.trimmingCharacters(in: .whitespaces), on: day, override: override,
                    ruleSet: try DefaultRuleSet.load(), calendar: try WorkingDayCalendar.embedded(), officer: officer,
                    reason: step.officer.reason, basis: step.basis)
            ]
        }
    }
}
