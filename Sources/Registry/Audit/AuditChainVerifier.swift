/// Recomputes the audit chain entry by entry, in `seq` order, and names the first entry that
/// does not match: the one rule of `audit verify`, whichever store reads the entries.
///
/// ```swift
/// var verifier = AuditChainVerifier()
/// for entry in entries { if let broken = verifier.check(entry) { return broken } }
/// return verifier.result
/// ```
package struct AuditChainVerifier: Sendable {
    private var expectedSeq: Int64 = 1
    private var previousHash = AuditEntry.genesisHash
    /// Entries checked so far.
    package private(set) var count = 0

    package init() {}

    /// Checks the next entry: nil while the chain holds, else the verification naming the break.
    package mutating func check(_ entry: AuditEntry) -> AuditVerification? {
        count += 1
        if entry.seq != expectedSeq {
            return broken(
                entry.seq, .entryMissing, "entry \(expectedSeq) is missing (the log jumps to \(entry.seq))",
                missing: expectedSeq)
        }
        if entry.prevHash != previousHash {
            return broken(entry.seq, .linkBroken, "prev_hash does not match the hash of entry \(entry.seq - 1)")
        }
        if !entry.hashIsCorrect {
            return broken(
                entry.seq, .contentEdited, "the entry's content does not match its hash (edited after it was written)")
        }
        previousHash = entry.hash
        expectedSeq += 1
        return nil
    }

    /// The verification of an intact chain of the entries checked.
    package var result: AuditVerification {
        AuditVerification(
            entries: count, firstBrokenSeq: nil, reason: nil, head: count > 0 ? previousHash : nil,
            headSeq: Int64(count))
    }

    private func broken(_ seq: Int64, _ kind: AuditVerification.Break, _ reason: String, missing: Int64? = nil)
        -> AuditVerification
    {
        AuditVerification(
            entries: count, firstBrokenSeq: seq, reason: reason, kind: kind, missingSeq: missing,
            head: expectedSeq > 1 ? previousHash : nil, headSeq: expectedSeq - 1)
    }
}
