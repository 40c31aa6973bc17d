import ArgumentParser
import PuhuiOutput
import Registry

/// `puhui officer token revoke TOKEN-ID`.
struct OfficerTokenRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Revoke an API token from now on (吊销令牌).",
        discussion: """
            Examples:
              puhui officer token revoke tok_0123456789abcdef --officer wang.li
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json
    }

    @Argument(help: ArgumentHelp("The token's id (tok_…), as officer token list shows it.", valueName: "token-id"))
    var id: String

    @Option(help: ArgumentHelp("Output: table or json.", valueName: "format"))
    var format: Format = .table

    @OptionGroup var officer: OfficerOptions
    @OptionGroup var common: CommonOptions

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let registry = try RegistrySession(common).openForWriting()
            guard let who = officer.resolvedOfficer() else { throw RegistryError.officerRequired }
            let token = try await registry.officers.revokeOfficerToken(id: id, by: who, reason: officer.reason)
            switch format {
            case .json: Console.out(try JSONOutput.encode(token, snakeCase: true))
            case .table:
                Console.out(
                    lang.t("令牌 \(token.id)（\(token.officerID)）已吊销。", "Token \(token.id) (\(token.officerID)) revoked."))
            }
        }
    }
}
