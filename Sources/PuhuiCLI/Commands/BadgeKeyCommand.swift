import ArgumentParser

/// `puhui badge key`: the registry's badge-signing key.
struct BadgeKeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Create the badge-signing key and export its public key (标识签名密钥).",
        discussion: """
            The private key lives outside the registry file: --signing-key FILE, else \
            $PUHUI_SIGNING_KEY, else $XDG_CONFIG_HOME/puhui/badge-signing.key (or \
            ~/.config/puhui/badge-signing.key), created readable by its owner only.

            Examples:
              puhui badge key init --officer wang.li
              puhui badge key public --out puhui-badge.pub
            """,
        subcommands: [BadgeKeyInitCommand.self, BadgeKeyPublicCommand.self])
}
