import ArgumentParser
import Foundation
import Registry

/// `puhui pledge sign OUTLET --signatory NAME --on DATE`.
struct PledgeSignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Record an outlet's signed credit pledge (登记信用承诺).",
        discussion: """
            The pledge is on the template version in use on --on (puhui pledge template). The \
            signatory must be the operator's recorded legal representative, unless --role \
            authorised_agent. A later pledge supersedes the earlier one.

            Examples:
              puhui pledge sign NT-0057 --signatory 蒋静 --on 2026-11-02 --officer wang.li
              puhui pledge sign NT-0057 --signatory 李四 --role authorised_agent
            """)

    @Argument(help: ArgumentHelp("The outlet's id, e.g. NT-0001.", valueName: "outlet"))
    var outlet: String

    @OptionGroup var signed: SignatoryOptions

    @OptionGroup var recording: RecordingOptions

    func run() async throws {
        let lang = recording.lang
        try await recording.run { registry, who, date in
            let pledge = try await registry.credit.signPledge(
                outletID: outlet.trimmingCharacters(in: .whitespaces), signatory: signed.signatory, role: signed.role,
                on: date,
                templates: try PledgeTemplates.embedded(), officer: who, reason: recording.officer.reason)
            try recording.output(pledge) {
                lang.t("已登记 \(pledge.outletID ?? outlet) 的", "Recorded for \(pledge.outletID ?? outlet): ")
                    + CreditText.pledge(pledge, lang)
                    + "\n" + lang.t("文本 SHA-256：", "text SHA-256: ") + pledge.textSHA256
            }
        }
    }
}
