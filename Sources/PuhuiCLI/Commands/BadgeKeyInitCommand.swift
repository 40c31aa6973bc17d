import ArgumentParser
import Foundation
import Registry

/// `puhui badge key init [--signing-key FILE]`.
struct BadgeKeyInitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the badge-signing key (Ed25519) and record its fingerprint in the registry.",
        discussion: """
            Refuses to overwrite an existing key. When the registry exists, its fingerprint is \
            recorded (registry_meta, audited as badge.key) so a print with another key is \
            refused; that needs an officer once the registry has officers.

            Examples:
              puhui badge key init --officer wang.li
              puhui badge key init --signing-key /secure/badge.key --officer wang.li
            """)

    @Option(name: .customLong("signing-key"), help: ArgumentHelp("Where to create the key.", valueName: "file"))
    var signingKey: String?

    @OptionGroup var officer: OfficerOptions
    @OptionGroup var common: CommonOptions

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let path = BadgeSigningKey.path(option: signingKey)
            let session = RegistrySession(common)
            let registry = session.location.exists ? try session.openForWriting() : nil
            let who = officer.resolvedOfficer()
            if let registry {
                guard let who else { throw RegistryError.officerRequired }
                try await OfficerOptions.checkWriter(who, on: registry, lang)
            }
            let key = try BadgeSigningKey.create(at: path)
            if let registry, let who {
                try await registry.badges.recordBadgeKey(
                    fingerprint: key.fingerprint, officer: who, reason: officer.reason)
                // From now on every commit signs the audit chain's head with this key.
                try await registry.audit.signAuditHead(with: AuditHeadSigner(privateKey: key.privateKey))
            }
            Console.out(
                lang.t(
                    "已生成标识签名私钥 \(path)（仅本人可读），指纹 \(key.fingerprint)\(registry == nil ? "" : "，已记入登记库")。导出公钥：puhui badge key public --out 文件",
                    "Created the badge-signing key \(path) (owner-only), fingerprint \(key.fingerprint)\(registry == nil ? "" : ", recorded in the registry"). Export the public key with: puhui badge key public --out FILE"
                ))
        }
    }
}
