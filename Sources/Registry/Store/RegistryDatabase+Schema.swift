import GRDB

extension RegistryDatabase {
    /// How many schema migrations the registry has applied (`Schema/NNN_*.sql`): its schema
    /// version, as the service's `GET /healthz` reports it.
    public func schemaVersion() throws -> Int {
        try read { db in try Int.fetchOne(db, SQLRequest(literal: "SELECT count(*) FROM grdb_migrations")) ?? 0 }
    }
}
