import ArgumentParser
import PuhuiOutput
import Registry

/// `puhui officer token issue ID [--expires-in DAYS] [--format json]`.
struct OfficerTokenIssueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue",
        abstract: "Issue an API token for an officer; printed once (签发令牌).",
        discussion: """
            Examples:
              puhui officer token issue wang.li
              puhui officer token issue zhao.min --expires-in 30 --officer wang.li
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json
    }

    @Argument(help: ArgumentHelp("The officer the token acts as.", valueName: "id"))
    var id: String

    @Option(
        name: .customLong("expires-in"), parsing: .unconditional,
        help: ArgumentHelp("Days the token works (1–730).", valueName: "days"))
    var expiresIn: Int = OfficerToken.defaultDays

    @Option(help: ArgumentHelp("Output: table or json.", valueName: "format"))
    var format: Format = .table

    @OptionGroup var officer: OfficerOptions
    @OptionGroup var common: CommonOptions

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let registry = try RegistrySession(common).openForWriting()
            // The officer may issue their own token without --officer.
            let by = officer.resolvedOfficer() ?? id
            let (token, secret) = try await registry.officers.issueOfficerToken(
                officerID: id, days: expiresIn, by: by, reason: officer.reason)
            switch format {
            case .json:
                Console.out(
                    try JSONOutput.encode([
                        "id": JSONField.text(token.id), "officer": .text(token.officerID), "token": .text(secret),
                        "expires": .text(token.expiresAt),
                    ]))
            case .table:
                Console.out(secret)
                Console.err(
                    lang.t(
                        "已为 \(token.officerID) 签发令牌 \(token.id)，有效至 \(token.expiresAt)。令牌只显示这一次，请妥善保存。",
                        "Issued token \(token.id) for \(token.officerID), valid until \(token.expiresAt). It is shown only this once: keep it safe."
                    ))
            }
        }
    }
}
