import ArgumentParser
import Registry

/// `puhui pledge withdraw ID --on DATE`.
struct PledgeWithdrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Record that a pledge was withdrawn (撤回承诺).",
        discussion: """
            From --on the pledge no longer counts (the outlet has no current pledge until it signs \
            a new one).

            Examples:
              puhui pledge withdraw 1 --on 2027-01-15 --officer wang.li --reason "运营主体书面撤回"
            """)

    @Argument(help: ArgumentHelp("The pledge's id.", valueName: "id"))
    var id: Int64

    @OptionGroup var on: OnDateOption
    @OptionGroup var common: CommonOptions
    @OptionGroup var officer: OfficerOptions

    func run() throws {
        let lang = common.language
        try CommandRunner.run(lang) {
            let date = try on.resolve()
            let registry = try RegistrySession(common).openForWriting()
            let who = try officer.writer(for: registry, lang)
            let pledge = try registry.withdrawPledge(id: id, on: date, officer: who, reason: officer.reason)
            Console.out(lang.t("已登记撤回：", "Withdrawn: ") + CreditText.pledge(pledge, lang))
        }
    }
}
