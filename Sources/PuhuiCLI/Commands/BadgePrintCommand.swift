import ArgumentParser
import Foundation
import Registry

/// `puhui badge print NUMBER [--signing-key FILE]`.
struct BadgePrintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print a badge's text with its signed token (打印统一标识).",
        discussion: """
            The badge's fields in Chinese and English, how to check it, and a token signed now \
            with the registry's badge-signing key (--signing-key, else $PUHUI_SIGNING_KEY, else \
            ~/.config/puhui/badge-signing.key): PH1.<payload>.<signature>, checkable offline with \
            puhui badge verify --token. Without a key the badge is printed without a token and \
            stderr says how to create one. A key other than the one the registry recorded is \
            refused. No token is signed for a badge that is not valid on --as-of.

            Examples:
              puhui badge print NTE-2024-00006-6
              puhui badge print NTE-2024-00006-6 --signing-key /secure/badge-signing.key --format json
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json
    }

    @Argument(help: ArgumentHelp("The badge number.", valueName: "number"))
    var number: String

    @Option(name: .customLong("signing-key"), help: ArgumentHelp("The badge-signing key file.", valueName: "file"))
    var signingKey: String?

    @Option(help: ArgumentHelp("Output: table (the printable text) or json.", valueName: "format"))
    var format: Format = .table

    @OptionGroup var common: CommonOptions
    @OptionGroup var asOf: AsOfOption

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let day = try asOf.resolve()
            let registry = try RegistrySession(common).openForReading()
            let given = number.trimmingCharacters(in: .whitespacesAndNewlines)
            guard case .found(let badge) = try await registry.badges.lookUpBadge(given, asOf: day) else {
                throw CLIError.usage(
                    "“\(given)”不是登记库中的统一标识（用 puhui badge verify \(given) 查看原因）",
                    "\"\(given)\" is not a badge of this registry (puhui badge verify \(given) says why)")
            }
            var token: String?
            let path = BadgeSigningKey.path(option: signingKey)
            if badge.status != .valid {
                Console.err(lang.t(
                    "统一标识 \(badge.number) 当前为“\(badge.status.nameZH)”，不签发令牌。",
                    "Badge \(badge.number) is \(badge.status.rawValue): no token is signed."))
            } else if FileManager.default.fileExists(atPath: path) {
                let key = try BadgeSigningKey.load(from: path)
                try await registry.badges.checkBadgeKey(key, path: path)
                token = try BadgeToken.sign(badge.tokenPayload, with: key.privateKey)
            } else {
                Console.err(lang.t(
                    "提示：\(path) 处没有标识签名私钥，本次打印不含令牌。用 puhui badge key init --officer 工号 生成。",
                    "note: no badge-signing key at \(path), so the badge is printed without a token; create one with puhui badge key init --officer ID."))
            }
            switch format {
            case .json: Console.out(try JSONOutput.encode(BadgeText.json(badge, token: token)))
            case .table: Console.out(BadgeText.printable(badge, token: token))
            }
        }
    }
}
