import ArgumentParser

/// `puhui audit`: read and check the append-only, hash-chained audit log (审计日志).
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Read and verify the hash-chained audit log (审计日志).",
        discussion: """
            Every change to the registry appends one entry — who, when, what, the record before \
            and after, why — chained to the previous entry by SHA-256, so an edit behind the \
            tool's back breaks the chain at that entry. `verify` recomputes the chain; \
            `checkpoint` prints its length and head hash to publish elsewhere, which also catches \
            entries removed from the end.

            Examples:
              puhui audit log --entity outlet:NT-0001
              puhui audit log --officer wang.li --limit 20 --format json
              puhui audit verify
              puhui audit checkpoint --format json
            """,
        subcommands: [AuditLogCommand.self, AuditVerifyCommand.self, AuditCheckpointCommand.self])
}
