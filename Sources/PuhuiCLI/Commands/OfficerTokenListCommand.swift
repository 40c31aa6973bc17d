import ArgumentParser
import PuhuiOutput
import Registry

/// `puhui officer token list [--officer-id ID] [--format table|json]`: no secrets.
struct OfficerTokenListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List API tokens: id, officer, issued, expires, revoked; never the token (令牌列表).",
        discussion: """
            Examples:
              puhui officer token list
              puhui officer token list --of zhao.min --format json
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json
    }

    @Option(name: .customLong("of"), help: ArgumentHelp("Only this officer's tokens.", valueName: "id"))
    var of: String?

    @Option(help: ArgumentHelp("Output: table or json.", valueName: "format"))
    var format: Format = .table

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let registry = try RegistrySession(common).openForReading()
            let tokens = try await registry.officers.officerTokens(officerID: of)
            switch format {
            case .json:
                Console.out(try JSONOutput.encode(tokens, snakeCase: true))
            case .table:
                guard !tokens.isEmpty else {
                    Console.out(
                        lang.t(
                            "尚无令牌。用 puhui officer token issue 工号 签发。",
                            "No tokens. Issue one with: puhui officer token issue ID"))
                    return
                }
                var table = TextTable([
                    .init(title: lang.t("令牌", "token")), .init(title: lang.t("经办人", "officer")),
                    .init(title: lang.t("签发 (UTC)", "issued (UTC)")), .init(title: lang.t("签发人", "by")),
                    .init(title: lang.t("到期 (UTC)", "expires (UTC)")), .init(title: lang.t("吊销", "revoked")),
                ])
                for token in tokens {
                    table.append([
                        token.id, token.officerID, token.issuedAt, token.issuedBy, token.expiresAt,
                        token.revokedAt.map { "\($0) \(token.revokedBy ?? "")" } ?? "—",
                    ])
                }
                Console.out(table.render())
            }
        }
    }
}
