import ArgumentParser
import Foundation
import Registry

/// `puhui badge key public [--out FILE]`.
struct BadgeKeyPublicCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "public",
        abstract: "Write the badge public key, for checking printed tokens offline.",
        discussion: """
            Two lines: `PUHUI BADGE PUBLIC KEY (Ed25519)` and the 32-byte key in base64. Publish it \
            so anyone can run puhui badge verify --token TOKEN --public-key FILE.

            Examples:
              puhui badge key public
              puhui badge key public --out puhui-badge.pub
            """)

    @Option(name: .customLong("signing-key"), help: ArgumentHelp("The badge-signing key file.", valueName: "file"))
    var signingKey: String?

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let key = try BadgeSigningKey.load(from: BadgeSigningKey.path(option: signingKey))
            guard let out else {
                Console.out(key.publicKeyText, terminator: "")
                return
            }
            do {
                try key.publicKeyText.write(toFile: out, atomically: true, encoding: .utf8)
            } catch {
                throw CLIError.writing(out, error.localizedDescription)
            }
            Console.err(
                lang.t(
                    "已写出公钥 \(out)，指纹 \(key.fingerprint)。",
                    "Wrote the public key to \(out), fingerprint \(key.fingerprint)."))
        }
    }
}
