import ArgumentParser
import Foundation
import PuhuiOutput
import Registry

/// `puhui badge verify NUMBER` (live, from the registry) or `--token TOKEN --public-key FILE`
/// (offline signature check).
struct BadgeVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a badge: its live status, or a printed token's signature offline (标识查验).",
        discussion: """
            NUMBER: the outlet, operator, level, validity, the last verification run and the live \
            status as of --as-of (valid, suspended, revoked, expired, void, not_yet_valid). A \
            number with a wrong check character is reported as mistyped (with the badge one \
            character away, if exactly one exists). No officer needed; nothing is changed.

            --token with --public-key: checks the token's Ed25519 signature without any registry \
            and prints the signed fields (the live status needs the registry: badge verify NUMBER).

            Exit status: 0 valid (or a good signature); 1 known but not valid (or a bad \
            signature); 65 malformed or mistyped number, malformed token; 69 no such badge.

            Examples:
              puhui badge verify NTE-2024-00006-6
              puhui badge verify NTE-2024-00006-6 --as-of 2026-12-31 --format json
              puhui badge verify --token PH1.TlRF….Vx3… --public-key puhui-badge.pub
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json
    }

    @Argument(help: ArgumentHelp("The badge number, e.g. NTE-2024-00006-6.", valueName: "number"))
    var number: String?

    @Option(help: ArgumentHelp("A printed badge token to check offline (with --public-key).", valueName: "token"))
    var token: String?

    @Option(
        name: .customLong("public-key"),
        help: ArgumentHelp("The registry's badge public key file (puhui badge key public).", valueName: "file"))
    var publicKey: String?

    @Option(help: ArgumentHelp("Output: table or json.", valueName: "format"))
    var format: Format = .table

    @OptionGroup var common: CommonOptions
    @OptionGroup var asOf: AsOfOption

    func validate() throws {
        if (number == nil) == (token == nil) {
            throw CLIError.usage("请给标识编号或 --token，二者选一", "give a badge number, or --token (not both)")
        }
        if token != nil, publicKey == nil {
            throw CLIError.usage("--token 须给 --public-key 公钥文件", "--token needs --public-key FILE")
        }
        if number != nil, publicKey != nil {
            throw CLIError.usage("--public-key 须与 --token 一起使用", "--public-key goes with --token")
        }
    }

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            if let token, let publicKey {
                try verifyToken(token, publicKey, lang)
            } else if let number {
                try await verifyNumber(number, lang)
            }
        }
    }

    func verifyNumber(_ number: String, _ lang: Language) async throws {
        let day = asOf.resolve()
        let registry = try RegistrySession(common).openForReading()
        let given = number.trimmingCharacters(in: .whitespacesAndNewlines)
        let lookup = try await registry.badges.lookUpBadge(given, asOf: day)
        if case .found(let badge) = lookup {
            switch format {
            case .json: Console.out(try JSONOutput.encode(BadgeJSON.found(badge)))
            case .table: Console.out(BadgeText.verify(badge, lang))
            }
            if badge.status != .valid { throw ExitCode(1) }
        } else if let refusal = BadgeJSON.refusal(given, lookup) {
            switch format {
            case .json: Console.out(try JSONOutput.encode(refusal.members))
            case .table: Console.err(refusal.message.text(lang))
            }
            throw ExitCode(refusal.kind == .notFound ? 69 : 65)
        }
    }

    func verifyToken(_ token: String, _ path: String, _ lang: Language) throws {
        try CLIError.requireFile(path)
        let key = try BadgeSigningKey.loadPublicKey(from: path)
        let payload: BadgeToken.Payload
        do {
            payload = try BadgeToken.verify(token, with: key)
        } catch {
            let (code, status): (Int32, String) =
                switch error {
                case .malformed: (65, "malformed")
                case .badSignature: (1, "bad_signature")
                }
            if format == .json {
                Console.out(
                    try JSONOutput.encode([
                        "signature": JSONField.text(status), "message": .text(error.message.text(lang)),
                    ]))
            } else {
                Console.err(ErrorReport.prefix(lang) + error.message.text(lang))
            }
            throw ExitCode(code)
        }
        switch format {
        case .json:
            Console.out(
                try JSONOutput.encode([
                    "badge": JSONField.text(payload.number), "signature": .text("valid"),
                    "outlet": .text(payload.outletID),
                    "level": .text(payload.level.rawValue), "valid_from": .text(payload.validFrom.description),
                    "valid_to": .text(payload.validTo.description),
                    "key_fingerprint": .text(BadgeSigningKey.fingerprint(of: key)),
                ]))
        case .table:
            Console.out(
                [
                    lang.t(
                        "签名有效：该令牌由此公钥对应的登记库签发。", "Signature valid: the token was signed by this public key's registry."),
                    lang.t("统一标识：", "Badge: ") + payload.number,
                    lang.t("网点：", "Outlet: ") + payload.outletID,
                    lang.t("等级：", "Level: ") + payload.level.name(lang),
                    lang.t("有效期：", "Valid: ") + "\(payload.validFrom) — \(payload.validTo)",
                    lang.t(
                        "提醒：签名只证明令牌内容真实；是否仍有效（暂停、撤销、过期）请用 puhui badge verify \(payload.number) 查询。",
                        "Reminder: a signature proves the printed fields, not the live status; check that with puhui badge verify \(payload.number)."
                    ),
                ].joined(separator: "\n"))
        }
    }
}
