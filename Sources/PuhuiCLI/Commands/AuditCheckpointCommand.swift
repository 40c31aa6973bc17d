import ArgumentParser
import PuhuiOutput
import Registry

/// `puhui audit checkpoint`: the chain's length and head hash, to publish elsewhere.
struct AuditCheckpointCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkpoint",
        abstract: "Print the audit chain's length and head hash, to publish elsewhere (审计链检查点).",
        discussion: """
            Publish the result outside the registry (a notice, a letter, a file the supervising \
            office keeps). Later, `puhui audit verify --checkpoint LENGTH:HASH` proves the first \
            LENGTH entries are unchanged — including that none was removed from the end, which \
            the chain alone cannot show. The chain is verified first; a broken chain exits 65.

            Examples:
              puhui audit checkpoint
              puhui audit checkpoint --format json > checkpoint-2026-11-29.json
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, json
    }

    @Option(help: "Output format.")
    var format: Format = .text

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let registry = try RegistrySession(common).openForReading()
            let checkpoint = try await registry.audit.auditCheckpoint()
            guard checkpoint.intact else {
                let verification = try await registry.audit.verifyAuditLog(progress: nil)
                let seq = verification.namedSeq ?? 0
                Console.err(
                    lang.t(
                        "审计链在第 \(seq) 条断开，不能作为检查点：\(verification.reason(in: lang) ?? "")",
                        "the audit chain is broken at entry \(seq); no checkpoint: \(verification.reason(in: lang) ?? "")"
                    ))
                throw ExitCode(65)
            }
            switch format {
            case .json:
                Console.out(try JSONOutput.encode(checkpoint))
            case .text:
                Console.out(lang.t("长度  \(checkpoint.length)", "length  \(checkpoint.length)"))
                Console.out(lang.t("链头  \(checkpoint.head)", "head    \(checkpoint.head)"))
                if let at = checkpoint.headAt { Console.out(lang.t("末条时间  \(at)", "head at \(at)")) }
                Console.out(lang.t("取于  \(checkpoint.takenAt)", "taken   \(checkpoint.takenAt)"))
                Console.out(
                    lang.t(
                        "核对：puhui audit verify --checkpoint \(checkpoint.token)",
                        "check: puhui audit verify --checkpoint \(checkpoint.token)"))
            }
        }
    }
}
