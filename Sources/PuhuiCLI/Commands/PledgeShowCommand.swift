import ArgumentParser
import PuhuiOutput
import Registry

/// `puhui pledge show ID`: one pledge and the text signed.
struct PledgeShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a signed pledge and its text (查看承诺).",
        discussion: """
            Prints the record and the template text it was signed on, and checks that text still \
            has the SHA-256 recorded at signing.

            Examples:
              puhui pledge show 1
              puhui pledge show 1 --format json
            """)

    @Argument(help: ArgumentHelp("The pledge's id.", valueName: "id"))
    var id: Int64

    @Option(help: "Output format.")
    var format: RecordFormat = .table

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let registry = try RegistrySession(common).openForReading()
            guard let pledge = try await registry.credit.pledge(id: id) else {
                throw CreditError.recordNotFound(kind: LocalizedText(zh: "承诺", en: "pledge"), id: id)
            }
            let template = try PledgeTemplates.embedded().template(
                id: pledge.templateID, version: pledge.templateVersion)
            let intact = template?.sha256 == pledge.textSHA256
            switch format {
            case .json:
                Console.out(
                    try JSONOutput.encode(
                        Shown(pledge: pledge, text: template?.text, textMatches: intact), snakeCase: true))
            case .table:
                Console.out(CreditText.pledge(pledge, lang))
                Console.out(lang.t("运营主体：", "operator: ") + pledge.operatorUSCC)
                Console.out(lang.t("登记：", "recorded: ") + "\(pledge.recordedBy) \(pledge.recordedAt)")
                Console.out(
                    lang.t("文本 SHA-256：", "text SHA-256: ") + pledge.textSHA256
                        + (intact
                            ? lang.t("（与内置文本一致）", " (matches the embedded text)")
                            : lang.t("（与内置文本不一致！）", " (does NOT match the embedded text!)")))
                if let template { Console.out("\n" + template.text) }
            }
        }
    }

    struct Shown: Encodable {
        let pledge: CreditPledge
        let text: String?
        let textMatches: Bool
    }
}
