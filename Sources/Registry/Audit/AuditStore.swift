import Foundation

/// The store boundary for the audit chain (审计链): verification, entries by sequence number (the change feed reads from here) or by filter, checkpoints.
///
/// The command line and the service call these operations and nothing else; `RegistryDatabase`
/// implements them on SQLite, and a second store implements the same protocol to run the same
/// contract tests. Errors are `UserFacingError`s.
public protocol AuditStore: Sendable {
    /// Audit entries matching `query`, oldest first (see `AuditQuery`).
    func auditEntries(matching query: AuditQuery) async throws -> [AuditEntry]

    /// The chain's length and head now, after verifying it (`AuditCheckpoint`).
    func auditCheckpoint() async throws -> AuditCheckpoint

    /// Whether entry `length` still carries `head` (an earlier checkpoint): nil when it does,
    /// else why not (English, Chinese).
    func auditCheckpointMismatch(length: Int64, head: String) async throws -> LocalizedText?

    /// Recomputes the audit chain; `progress`, when given, hears how many entries are checked.
    func verifyAuditLog(progress: ProgressHandler?) async throws -> AuditVerification

    /// Audit entries with `seq` ≥ `from`, in order, at most `limit`, each with the channel it
    /// came through when that was not the command line (`AuditEntry.channel`).
    func auditEntries(from seq: Int64, limit: Int) async throws -> [AuditEntry]

    /// The chain's last sequence number (0 when empty): every change moves it, so the service's
    /// ETags rest on it. One index lookup, no verification.
    func auditHeadSeq() async throws -> Int64

    /// The keys of the records of `entityType` (`operator`, `outlet`, …) with an audit entry at or
    /// after `since` (`YYYY-MM-DDTHH:MM:SSZ`, UTC): what changed since then, by the chain.
    func entityIDs(ofType entityType: String, changedSince since: String) async throws -> Set<String>
    /// The records whose current state is not what their last audit entry says (changed,
    /// added or deleted behind the program's back), in table then key order.
    func auditDataMismatches() async throws -> [RecordMismatch]

    /// The signed head against the chain, checked with the raw Ed25519 public key `publicKey`
    /// (from outside the registry; nil when none is at hand).
    func checkSignedHead(publicKey: Data?) async throws -> AuditHeadCheck

    /// Signs the chain's head as it is now (when the signing key has just been recorded).
    func signAuditHead(with signer: AuditHeadSigner) async throws
}
