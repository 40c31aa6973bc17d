import Foundation
import GRDB

/// The registry's store: one SQLite database (WAL, foreign keys on) reached through GRDB. Opening
/// it applies the embedded migrations that are missing and loads the reference data. Every write
/// appends to the audit log in the same transaction.
///
/// Errors thrown by its methods are `RegistryError`s, or `OfficerError`s when a change is refused
/// because of who makes it, or `CreditError`s for credit, review and inspection records.
public struct RegistryDatabase: Sendable {
    /// The connection (a `DatabasePool` for files, a `DatabaseQueue` in memory).
    package let writer: any DatabaseWriter
    /// Where timestamps come from.
    public let clock: RegistryClock
    /// The file's path, or `:memory:`.
    public let path: String
    /// The channel this value's writes come through, when not the command line (the service sets
    /// it per request: `AuditChannel.api(tokenID:)`); recorded with each audit entry and covered by
    /// its hash.
    public var auditChannel: AuditChannel?
    /// Signs the audit chain's head at every commit, once the registry records a signing key
    /// (`AuditHeadSigner`); set by whoever holds the key.
    public var auditSigner: AuditHeadSigner? = nil

    /// SQLite's page cache per connection, in KiB (64 MiB: large registries need far more than
    /// the 2 MiB default; see TECH-NOTES).
    static let cacheSizeKiB = 65_536
    /// The page cache while importing a large file, in KiB (256 MiB).
    static let importCacheSizeKiB = 262_144
    /// Files larger than this (bytes) import with `importCacheSizeKiB`.
    static let largeImportBytes = 4_000_000

    /// Opens (creating if needed, with its directory) the registry at a resolved location.
    public static func open(
        _ location: RegistryLocation, clock: RegistryClock = .system, wait: WriteWait = .standard
    ) throws -> RegistryDatabase {
        try open(path: location.path, clock: clock, wait: wait)
    }

    /// Opens (creating if needed, with its directory) the registry file at `path`.
    public static func open(
        path: String, clock: RegistryClock = .system, migrations: [Migration] = Migration.embedded,
        reference: ReferenceData? = ReferenceData.embedded, wait: WriteWait = .standard
    ) throws -> RegistryDatabase {
        let file = RegistryFile(path: path)
        if let problem = try file.problem(), problem != .empty {
            throw RegistryError.notARegistryFile(path: path, problem: problem)
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw RegistryError.cannotCreateDirectory(path: directory, reason: error.localizedDescription)
            }
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration(wait: wait))
        } catch {
            throw mapped(error, path: path)
        }
        return try RegistryDatabase(
            writer: pool, path: path, clock: clock, migrations: migrations, reference: reference)
    }

    /// A fresh registry in memory (tests, dry runs).
    public static func inMemory(
        clock: RegistryClock = .system, migrations: [Migration] = Migration.embedded,
        reference: ReferenceData? = ReferenceData.embedded
    ) throws -> RegistryDatabase {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
        } catch {
            throw mapped(error, path: ":memory:")
        }
        return try RegistryDatabase(
            writer: queue, path: ":memory:", clock: clock, migrations: migrations, reference: reference)
    }

    /// Wraps an open connection: checks it is a registry (or empty), applies missing migrations
    /// and loads the reference data.
    package init(
        writer: any DatabaseWriter, path: String, clock: RegistryClock, migrations: [Migration],
        reference: ReferenceData?
    ) throws {
        self.writer = writer
        self.clock = clock
        self.path = path
        try mapErrors {
            try Self.checkIsRegistry(writer, path: path)
            var migrator = DatabaseMigrator()
            for migration in migrations {
                migrator.registerMigration(migration.identifier) { db in
                    try db.execute(sql: migration.sql)
                }
            }
            let unknown = try writer.read { db -> [String] in
                guard try db.tableExists("grdb_migrations") else { return [] }
                let known = Set(migrations.map(\.identifier))
                return try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
            }
            guard unknown.isEmpty else {
                throw RegistryError.registryNewerThanProgram(path: path, unknownMigrations: unknown)
            }
            try migrator.migrate(writer)
        }
        if let reference {
            try loadReference(reference)
        }
    }

    static func configuration(wait: WriteWait = .standard) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // A write waits for another in progress (BEGIN IMMEDIATE meets SQLITE_BUSY) by `wait`.
        configuration.busyMode = .callback(wait.busyCallback())
        configuration.prepareDatabase { db in
            try setCacheSize(db, kiB: cacheSizeKiB)
        }
        return configuration
    }

    /// Sets the connection's page cache to `kiB` KiB. A PRAGMA's value cannot be a bound
    /// argument, so the Int (never text) is formatted into the statement.
    static func setCacheSize(_ db: Database, kiB: Int) throws {
        try db.execute(literal: "PRAGMA cache_size = \(sql: String(-kiB))")
    }

    /// An empty database is fine (it becomes a registry); one with tables but no migration
    /// record, or without our tables, is someone else's file.
    static func checkIsRegistry(_ writer: any DatabaseWriter, path: String) throws {
        try writer.read { db in
            let tables = try String.fetchAll(
                db,
                SQLRequest(literal: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
            guard !tables.isEmpty else { return }
            guard tables.contains("grdb_migrations"), tables.contains("registry_meta") || tables == ["grdb_migrations"]
            else {
                throw RegistryError.notARegistryFile(path: path, problem: .foreignDatabase)
            }
        }
    }

    /// Runs `body`; errors that speak for themselves pass through, GRDB's become `RegistryError`.
    func mapErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as any UserFacingError {
            throw error
        } catch {
            throw Self.mapped(error, path: path)
        }
    }

    /// A database or other foreign error as a `RegistryError`.
    static func mapped(_ error: any Error, path: String) -> any UserFacingError {
        switch error {
        case let error as any UserFacingError:
            return error
        case let error as DatabaseError where error.resultCode == .SQLITE_NOTADB:
            return RegistryError.notARegistryFile(path: path, problem: .notSQLite)
        case let error as DatabaseError where error.resultCode == .SQLITE_BUSY:
            return RegistryError.registryBusy(path: path)
        case let error as DatabaseError where error.resultCode == .SQLITE_READONLY:
            return RegistryError.registryReadOnly(path: path)
        case let error as DatabaseError:
            return RegistryError.database(error.message ?? error.description)
        default:
            return RegistryError.database(String(describing: error))
        }
    }

    /// Runs a read-only block.
    package func read<T: Sendable>(_ body: (Database) throws -> T) throws -> T {
        try mapErrors { try writer.read(body) }
    }

    /// Runs a write transaction with an audit log for `officer` and `reason`; the block's writes
    /// and its audit entries commit together. Once the registry has officers, `officer` must be
    /// an active registered one (`OfficerAuthority`), else `OfficerError` and nothing is written.
    func write<T: Sendable>(
        officer: String, reason: String, _ body: (Database, inout AuditLog) throws -> T
    ) throws -> T {
        try mapErrors {
            try writer.write { db in
                var log = try AuditLog(db, officer: officer, reason: reason, channel: auditChannel, clock: clock)
                let firstSeq = log.lastSeq + 1
                // Once the registry has officers, only an active registered one may write.
                _ = try OfficerAuthority.check(db, officer: log.officer)
                let result = try body(db, &log)
                if log.lastSeq >= firstSeq {
                    try signHead(db, log)
                }
                return result
            }
        }
    }
}
