import ArgumentParser
import Registry

/// `puhui pledge sign OUTLET --signatory NAME --on DATE`.
struct PledgeSignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Record an outlet's signed credit pledge (登记信用承诺).",
        discussion: """
            The pledge is on the template version in use on --on (puhui pledge template). The \
            signatory must be the operator's recorded legal representative, unless --role \
            authorised_agent. A later pledge supersedes the earlier one.

            Examples:
              puhui pledge sign NT-0001 --signatory 张伟 --on 2026-12-01 --officer wang.li
              puhui pledge sign NT-0001 --signatory 李四 --role authorised_agent --on 2026-12-01 --officer wang.li --reason "委托书 2026-11-30"
            """)

    @Argument(help: ArgumentHelp("The outlet's id, e.g. NT-0001.", valueName: "outlet"))
    var outlet: String

    @Option(help: ArgumentHelp("Who signed (the legal representative's name).", valueName: "name"))
    var signatory: String

    @Option(help: "The signatory's role.")
    var role: SignatoryRole = .legalRepresentative

    @OptionGroup var on: OnDateOption

    @Option(help: "Output format.")
    var format: RecordFormat = .table

    @OptionGroup var common: CommonOptions
    @OptionGroup var officer: OfficerOptions

    func run() throws {
        let lang = common.language
        try CommandRunner.run(lang) {
            let date = try on.resolve()
            let registry = try RegistrySession(common).openForWriting()
            let who = try officer.writer(for: registry, lang)
            let pledge = try registry.signPledge(
                outletID: outlet.trimmingCharacters(in: .whitespaces), signatory: signatory, role: role, on: date,
                templates: try PledgeTemplates.embedded(), officer: who, reason: officer.reason)
            switch format {
            case .json: Console.out(try JSONOutput.encode(pledge, snakeCase: true))
            case .table:
                Console.out(lang.t("已登记 \(pledge.outletID ?? outlet) 的", "Recorded for \(pledge.outletID ?? outlet): ") + CreditText.pledge(pledge, lang))
                Console.out(lang.t("文本 SHA-256：", "text SHA-256: ") + pledge.textSHA256)
            }
        }
    }
}
