import ArgumentParser

/// `puhui officer token`: officers' API tokens for `puhui serve`.
struct OfficerTokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Issue, list and revoke officers' API tokens for puhui serve (经办人接口令牌).",
        discussion: """
            A token acts as its officer at the HTTP service (Authorization: Bearer TOKEN), with \
            that officer's district scope. It is printed once, when issued; the registry keeps only \
            its SHA-256. The officer or a city-level officer issues and revokes it; both are in the \
            audit log (without the token).

            Examples:
              puhui officer token issue zhao.min --expires-in 30 --officer wang.li
              puhui officer token list
              puhui officer token revoke tok_0123456789abcdef --officer wang.li
            """,
        subcommands: [OfficerTokenIssueCommand.self, OfficerTokenListCommand.self, OfficerTokenRevokeCommand.self])
}
