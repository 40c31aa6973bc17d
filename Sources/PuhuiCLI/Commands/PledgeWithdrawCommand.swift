import ArgumentParser
import Registry

/// `puhui pledge withdraw ID --on DATE`.
struct PledgeWithdrawCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Record that a pledge was withdrawn (撤回承诺).",
        discussion: """
            From --on the pledge no longer counts (the outlet has no current pledge until it signs \
            a new one).

            Examples:
              puhui pledge withdraw 1 --on 2026-11-25 --officer wang.li --reason "运营主体书面撤回"
            """)

    @Argument(help: ArgumentHelp("The pledge's id.", valueName: "id"))
    var id: Int64

    @OptionGroup var recording: RecordingOptions

    func run() async throws {
        let lang = recording.lang
        try await recording.run { registry, who, date in
            let pledge = try await registry.credit.withdrawPledge(
                id: id, on: date, officer: who, reason: recording.officer.reason)
            try recording.output(pledge) { lang.t("已登记撤回：", "Withdrawn: ") + CreditText.pledge(pledge, lang) }
        }
    }
}
