import PostgresNIO
import PuhuiResources
import Registry

/// The PostgreSQL schema's migrations: `Schema/postgresql/NNN_name.sql`, embedded in the binary,
/// applied in order and recorded in `puhui_migrations` (identifier and time), never edited
/// once released.
struct PostgresMigration: Sendable, Equatable {
    let identifier: String
    let sql: String

    /// Every embedded `Schema/postgresql/*.sql`, in file-name order.
    static var embedded: [PostgresMigration] {
        Migration.embedded(under: "Schema/postgresql").map { PostgresMigration(identifier: $0.identifier, sql: $0.sql) }
    }
}

extension PostgresRegistry {
    /// The advisory lock key under which migrations run, so that two processes opening a new
    /// database at once apply each migration once ('puhu' in ASCII).
    static let migrationLockKey: Int64 = 0x7075_6875

    /// Applies the migrations `puhui_migrations` does not list, in one transaction. Refuses a
    /// database with tables but no `puhui_migrations` (someone else's), and one that lists
    /// migrations this program does not know (a newer `puhui` wrote it).
    func migrate(_ migrations: [PostgresMigration]) async throws {
        let described = location.description
        do {
            try await client.withTransaction(logger: Self.logger) { connection in
                try await connection.run("SELECT pg_advisory_xact_lock(\(Self.migrationLockKey))")
                let tables = try await connection.values(
                    """
                    SELECT table_name::text FROM information_schema.tables
                    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                    """, as: String.self)
                if !tables.isEmpty, !tables.contains("puhui_migrations") {
                    throw PostgresStoreError.notARegistry(location: described)
                }
                try await connection.run(
                    """
                    CREATE TABLE IF NOT EXISTS puhui_migrations (
                        identifier text PRIMARY KEY,
                        applied_at text NOT NULL
                    )
                    """)
                let applied = Set(
                    try await connection.values("SELECT identifier FROM puhui_migrations", as: String.self))
                let known = Set(migrations.map(\.identifier))
                let unknown = applied.subtracting(known).sorted()
                guard unknown.isEmpty else {
                    throw PostgresStoreError.newerThanProgram(location: described, unknownMigrations: unknown)
                }
                for migration in migrations where !applied.contains(migration.identifier) {
                    for statement in SQLScript.statements(migration.sql) {
                        try await connection.run(PostgresQuery(unsafeSQL: statement))
                    }
                    try await connection.run(
                        "INSERT INTO puhui_migrations (identifier, applied_at) VALUES (\(migration.identifier), \(clock.timestamp()))"
                    )
                }
            }
        } catch {
            throw PostgresStoreError.mapped(error, location: described)
        }
    }
}
