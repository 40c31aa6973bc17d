import ArgumentParser
import Crypto
import Foundation
import Registry

/// `puhui audit verify`: recompute the chain; exit 65 naming the first entry that does not match.
struct AuditVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute the audit chain and name the first entry that does not match (核验审计链).",
        discussion: """
            Recomputes every entry's SHA-256 from its fields and the previous entry's hash. An \
            intact chain prints its length and head hash and exits 0. A broken one exits 65 and \
            names the first entry that does not match and how: content edited (the fields no \
            longer hash to the stored hash), link broken (prev_hash is not the previous entry's \
            hash) or entry missing (seq jumps). With --checkpoint LENGTH:HASH (from an earlier \
            `puhui audit checkpoint`), also checks that entry LENGTH still carries HASH, which \
            catches entries removed from the end of the log. It also checks the data against the \
            log: every operator, outlet, price and officer must be as its last audit entry says, \
            and each one changed, added or deleted behind puhui's back is named (exit 65).

            Examples:
              puhui audit verify
              puhui audit verify --public-key registry.pub
            """)

    @Option(help: ArgumentHelp("An earlier checkpoint, LENGTH:HASH, that must still hold.", valueName: "length:hash"))
    var checkpoint: String?

    @Option(
        name: .customLong("public-key"),
        help: ArgumentHelp(
            "The registry's public key file, to check the signed head (else the signing key file, if here).",
            valueName: "file"))
    var publicKey: String?

    @OptionGroup var common: CommonOptions
    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if let checkpoint, Self.parse(checkpoint) == nil {
            throw CLIError.usage(
                "--checkpoint \(checkpoint)：请写成 长度:哈希，如 1234:<64 位十六进制>",
                "--checkpoint \(checkpoint): write LENGTH:HASH, e.g. 1234:<64 hex digits>")
        }
    }

    static func parse(_ token: String) -> (length: Int64, head: String)? {
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let length = Int64(parts[0]), length >= 0, parts[1].count == 64,
            parts[1].allSatisfy(\.isHexDigit)
        else { return nil }
        return (length, parts[1].lowercased())
    }

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let registry = try RegistrySession(common).openForReading()
            let reporter = progress.reporter(lang)
            defer { reporter?.finish() }
            let verification = try await registry.audit.verifyAuditLog(progress: reporter?.handler)
            reporter?.finish()
            guard verification.isIntact else {
                let seq = verification.namedSeq ?? 0
                let why = verification.reason(in: lang) ?? verification.reason ?? ""
                Console.err(
                    lang.t(
                        "审计链在第 \(seq) 条断开：\(why)。该条之前的 \(verification.headSeq) 条完好。",
                        "the audit chain is broken at entry \(seq): \(why). The \(verification.headSeq) entries before it are intact."
                    ))
                throw ExitCode(65)
            }
            if let checkpoint, let (length, head) = Self.parse(checkpoint),
                let mismatch = try await registry.audit.auditCheckpointMismatch(length: length, head: head)
            {
                Console.err(
                    lang.t("审计链与检查点不符：", "the audit chain does not match the checkpoint: ") + mismatch.text(lang))
                throw ExitCode(65)
            }
            var signed = ""
            switch try await registry.audit.checkSignedHead(publicKey: try verificationKey()?.rawRepresentation) {
            case .tampered(let why):
                Console.err(lang.t("审计链头签名不符：", "the signed head does not match the audit chain: ") + why.text(lang))
                throw ExitCode(65)
            case .signed:
                signed = lang.t("，链头签名有效", ", head signed")
            case .noKeyToCheck(let fingerprint):
                Console.err(
                    lang.t(
                        "注意：链头已签名（密钥 \(fingerprint)），但本机没有密钥可供核对；用 --public-key 文件核对签名。",
                        "note: the head is signed (key \(fingerprint)) but no key is here to check it; check it with --public-key FILE."
                    ))
            case .unsigned:
                Console.err(
                    lang.t(
                        "注意：本登记库尚无签名密钥，链头未签名（puhui badge key init 生成密钥后每次提交都签名）。",
                        "note: this registry has no signing key yet, so its head is not signed (after puhui badge key init every commit signs it)."
                    ))
            }
            // The data against the log: every record as its last audit entry says it is.
            let mismatches = try await registry.audit.auditDataMismatches()
            guard mismatches.isEmpty else {
                for mismatch in mismatches { Console.err(mismatch.text.text(lang)) }
                Console.err(
                    lang.t(
                        "审计链本身完好（\(verification.entries) 条），但有 \(mismatches.count) 条记录与审计日志不符：登记库文件被绕过 puhui 改动。",
                        "the audit chain itself is intact (\(verification.entries) entries), but \(mismatches.count) record\(mismatches.count == 1 ? "" : "s") differ from the audit log: the registry file was changed behind puhui's back."
                    ))
                throw ExitCode(65)
            }
            let head = verification.head ?? AuditEntry.genesisHash
            let checked = (checkpoint == nil ? "" : lang.t("，与检查点一致", ", matches the checkpoint")) + signed
            Console.out(
                lang.t(
                    "共 \(verification.entries) 条，审计链完好\(checked)，链头 \(head)",
                    "\(verification.entries) entries, chain intact\(checked), head \(head)"))
        }
    }

    /// The public key that checks the signed head: `--public-key`, else the signing key file's.
    func verificationKey() throws -> Curve25519.Signing.PublicKey? {
        if let publicKey {
            try CLIError.requireFile(publicKey)
            return try BadgeSigningKey.loadPublicKey(from: publicKey)
        }
        return (try? BadgeSigningKey.load(from: BadgeSigningKey.path(option: nil)))?.privateKey.publicKey
    }
}
