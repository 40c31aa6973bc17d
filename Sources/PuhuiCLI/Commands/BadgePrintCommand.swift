import ArgumentParser
import Foundation
import PuhuiOutput
import Registry

/// `puhui badge print NUMBER [--signing-key FILE] [--format table|json|html|svg|png --output FILE --public-url URL]`.
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

            --format html (a printable page with the fields and a QR code), svg or png (the QR \
            code alone, for a sign maker; png needs --output): the QR code encodes \
            {--public-url}/badge/{number}?t={token}, the check page of puhui serve, which shows \
            the live status and verifies the token (default URL: http://127.0.0.1:8080).

            Examples:
              puhui badge print NTE-2024-00006-6
              puhui badge print NTE-2024-00006-6 --signing-key badge.key --format json
              puhui badge print NTE-2024-00006-6 --format html --output badge.html
              puhui badge print NTE-2024-00006-6 --format png --output badge-qr.png
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json, html, svg, png
    }

    @Argument(help: ArgumentHelp("The badge number.", valueName: "number"))
    var number: String

    @Option(name: .customLong("signing-key"), help: ArgumentHelp("The badge-signing key file.", valueName: "file"))
    var signingKey: String?

    @Option(
        help: ArgumentHelp(
            "Output: table (the printable text), json, html (printable, with a QR code), svg or png (the QR code).",
            valueName: "format"))
    var format: Format = .table

    @Option(
        help: ArgumentHelp(
            "The file to write (replaced if it exists); standard output if not given (not for png).", valueName: "file")
    )
    var output: String?

    @Option(
        name: .customLong("public-url"),
        help: ArgumentHelp(
            "The check service's public address, for the QR code (default http://127.0.0.1:8080).", valueName: "url"))
    var publicURL: String?

    @OptionGroup var common: CommonOptions
    @OptionGroup var asOf: AsOfOption

    func validate() throws {
        if format == .png, output == nil {
            throw CLIError.usage("--format png 须给 --output 文件名", "--format png needs --output FILE")
        }
        if let output, output.trimmingCharacters(in: .whitespaces).isEmpty {
            throw CLIError.usage("--output：请给要写入的文件", "--output: give the file to write")
        }
        if let publicURL, !(publicURL.hasPrefix("http://") || publicURL.hasPrefix("https://")) {
            throw CLIError.usage(
                "--public-url \(publicURL)：请给 http:// 或 https:// 开头的网址",
                "--public-url \(publicURL): give an http:// or https:// URL")
        }
        if publicURL != nil, ![.html, .svg, .png].contains(format) {
            throw CLIError.usage(
                "--public-url 须与 --format html、svg 或 png 一起使用", "--public-url goes with --format html, svg or png")
        }
    }

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let day = asOf.resolve()
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
                Console.err(
                    lang.t(
                        "统一标识 \(badge.number) 当前为“\(badge.status.nameZH)”，不签发令牌。",
                        "Badge \(badge.number) is \(badge.status.rawValue): no token is signed."))
            } else if FileManager.default.fileExists(atPath: path) {
                let key = try BadgeSigningKey.load(from: path)
                try await registry.badges.checkBadgeKey(key, path: path)
                token = try BadgeToken.sign(badge.tokenPayload, with: key.privateKey)
            } else {
                Console.err(
                    lang.t(
                        "提示：\(path) 处没有标识签名私钥，本次打印不含令牌。用 puhui badge key init --officer 工号 生成。",
                        "note: no badge-signing key at \(path), so the badge is printed without a token; create one with puhui badge key init --officer ID."
                    ))
            }
            switch format {
            case .json: try emit(Array((try JSONOutput.encode(BadgeJSON.found(badge, token: token)) + "\n").utf8))
            case .table: try emit(Array((BadgeText.printable(badge, token: token) + "\n").utf8))
            case .html, .svg, .png:
                let printout = try BadgePrintout(
                    badge: badge, token: token, publicURL: publicURL ?? BadgeCheckLink.defaultBase)
                switch format {
                case .svg: try emit(Array(printout.svg().utf8))
                case .png: try emit(printout.png())
                default: try emit(Array(printout.html().utf8))
                }
                if publicURL == nil {
                    Console.err(
                        lang.t(
                            "提示：二维码指向 \(BadgeCheckLink.defaultBase)；对外打印请给 --public-url 服务的公网地址。",
                            "note: the QR code points at \(BadgeCheckLink.defaultBase); for badges to hang, give --public-url with the service's public address."
                        ))
                }
            }
        }
    }

    /// Writes the bytes to `--output` (whole, replacing the file), else to standard output.
    func emit(_ bytes: [UInt8]) throws {
        guard let output else {
            try Console.outBytes(Data(bytes))
            return
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIError.isFolder(output)
        }
        do { try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
            throw CLIError.writing(output, error.localizedDescription)
        }
    }
}
