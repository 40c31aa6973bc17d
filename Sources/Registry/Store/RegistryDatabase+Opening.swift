import Foundation
import GRDB

extension RegistryDatabase {
    /// Opens the registry that must already be at `path`, never creating one: a missing path, a
    /// directory, an empty file, a file that is not SQLite, and an SQLite file without the
    /// registry's tables are each refused by name and left untouched.
    ///
    /// `.read` opens read-only connections: nothing is written, so a user without write
    /// permission (on the file or its directory) can read. A registry written by an older
    /// `puhui` is upgraded first when the file is writable (as any command always did), and
    /// refused with `registryNeedsUpgrade` when it is not. `.write` needs the file and its
    /// directory writable, else `registryReadOnly`; a write that meets another one in progress
    /// waits by `wait`.
    public static func openExisting(
        path: String, access: RegistryAccess, wait: WriteWait = .standard, clock: RegistryClock = .system
    ) throws -> RegistryDatabase {
        let file = RegistryFile(path: path)
        guard file.exists else { throw RegistryError.notARegistryFile(path: path, problem: .missing) }
        if let problem = try file.problem() { throw RegistryError.notARegistryFile(path: path, problem: problem) }
        let writable = file.isWritable
        // The read-only look is closed before a writable connection opens.
        if let database = try lookReadOnly(file, access: access, writable: writable, wait: wait, clock: clock) {
            return database
        }
        return try open(path: path, clock: clock, wait: wait)
    }

    /// Opens read-only connections and returns them when they are all `access` needs (a read of
    /// an up-to-date registry); nil when a writable connection is needed and allowed.
    static func lookReadOnly(
        _ file: RegistryFile, access: RegistryAccess, writable: Bool, wait: WriteWait, clock: RegistryClock
    ) throws -> RegistryDatabase? {
        let reader = try readOnlyConnection(file, writable: writable, wait: wait)
        let database = RegistryDatabase(readOnly: reader, path: file.path, clock: clock)
        let pending = try database.pendingMigrations()
        let reference = ReferenceData.embedded
        let referenceStale = try reference.map { try database.outlets.meta("reference_sha256") != $0.sha256 } ?? false
        switch access {
        case .read:
            if pending.isEmpty && (!referenceStale || !writable) { return database }
            guard writable else { throw RegistryError.registryNeedsUpgrade(path: file.path) }
        case .write:
            guard writable else { throw RegistryError.registryReadOnly(path: file.path) }
        }
        try reader.close()
        return nil
    }

    /// Read-only connections: a pool when SQLite can keep its `-shm` index (the file is
    /// writable, or the `-wal` and `-shm` files are already there, as they are while any
    /// connection has the registry open); else the file opened `immutable=1`, which needs no
    /// `-shm` and takes no lock — safe because without those files nobody has it open
    /// (SQLite's wal.html, "Read-Only Databases"; docs/LIMITS.md).
    static func readOnlyConnection(
        _ file: RegistryFile, writable: Bool, wait: WriteWait
    ) throws -> any DatabaseWriter {
        var configuration = configuration(wait: wait)
        configuration.readonly = true
        do {
            if writable || file.hasWALFiles {
                let pool = try DatabasePool(path: file.path, configuration: configuration)
                try pool.read { db in
                    _ = try Int.fetchOne(db, SQLRequest(literal: "SELECT count(*) FROM sqlite_master"))
                }
                return pool
            }
            let queue = try DatabaseQueue(path: file.immutableURI, configuration: configuration)
            try queue.read { db in _ = try Int.fetchOne(db, SQLRequest(literal: "SELECT count(*) FROM sqlite_master")) }
            return queue
        } catch {
            throw mapped(error, path: file.path)
        }
    }

    /// Wraps read-only connections as they are: no migration, no reference data.
    init(readOnly reader: any DatabaseWriter, path: String, clock: RegistryClock) {
        self.writer = reader
        self.clock = clock
        self.path = path
    }

    /// The embedded migrations this registry has not applied. Throws `notARegistryFile` for an
    /// SQLite file without the registry's tables, `registryNewerThanProgram` for one with
    /// migrations this program does not know.
    func pendingMigrations(_ migrations: [Migration] = Migration.embedded) throws -> [String] {
        let path = self.path
        return try read { db in
            let tables = Set(
                try String.fetchAll(
                    db,
                    SQLRequest(
                        literal: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")))
            guard tables.contains("grdb_migrations"), tables.contains("registry_meta") else {
                throw RegistryError.notARegistryFile(path: path, problem: .foreignDatabase)
            }
            let applied = Set(try String.fetchAll(db, SQLRequest(literal: "SELECT identifier FROM grdb_migrations")))
            let known = Set(migrations.map(\.identifier))
            let unknown = applied.subtracting(known).sorted()
            guard unknown.isEmpty else {
                throw RegistryError.registryNewerThanProgram(path: path, unknownMigrations: unknown)
            }
            return migrations.map(\.identifier).filter { !applied.contains($0) }
        }
    }
}
