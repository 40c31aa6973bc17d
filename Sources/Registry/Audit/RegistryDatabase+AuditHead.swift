import GRDB

extension RegistryDatabase {
    /// The audit chain's last sequence number (0 for an empty chain). Every change to the
    /// registry appends to the chain, so an answer computed for the same request and day is the
    /// same while this number is: the service's ETags rest on it. One index lookup.
    public func auditHeadSeq() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1") ?? 0 }
    }
}
