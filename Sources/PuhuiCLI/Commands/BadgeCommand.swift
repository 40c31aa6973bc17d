import ArgumentParser

/// `puhui badge`: the unified badge (统一标识).
struct BadgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "badge",
        abstract: "Check, print and re-issue unified badges (统一标识查验).",
        discussion: """
            A badge number is NT + E (elder care) or C (childcare) + year + 5-digit serial + an \
            ISO 7064 MOD 37,36 check character, e.g. NTE-2026-00003-X: a mistyped number is \
            recognised as such. Anyone can check a number (no officer); the answer is the live \
            status. A printed badge carries a token signed with the registry's Ed25519 key that \
            can be checked offline with the public key. See docs/RECOGNITION.md.

            Examples:
              puhui badge verify NTE-2024-00006-6
              puhui badge verify NTE-2024-00006-6 --format json
              puhui badge key init --officer wang.li
              puhui badge print NTE-2024-00006-6
              puhui badge verify --token PH1.… --public-key puhui-badge.pub
            """,
        subcommands: [BadgeVerifyCommand.self, BadgePrintCommand.self, BadgeReissueCommand.self, BadgeKeyCommand.self])
}
